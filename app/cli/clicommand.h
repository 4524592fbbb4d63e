// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class CliApp;

/// One command of segmentdesk-cli. CliApp::commands() holds them all in one table, which drives
/// the dispatch, the refusal under a read-only profile, --help, shell completion and the tests
/// of the man page and the completion scripts: a command added there is in all of them, or in
/// none.
struct CliCommand
{
    /// Offline commands need no key and no server. Writes change the account: a read-only
    /// profile refuses them (and its client refuses every write request, whatever the command).
    enum class Access { Offline, Reads, Writes };

    QString name;
    QString arguments; ///< the synopsis after the name
    Access access = Access::Reads;
    QString help; ///< for --help; a line break continues it on the next line
    int (CliApp::*run)(const QStringList &args) = nullptr;

    bool writes() const { return access == Access::Writes; }
    /// The words the synopsis starts with ("list|add|remove|test [NAME]": list, add, remove,
    /// test), which shell completion offers as the first argument; empty for anything else.
    QStringList words() const;
    /// The command named `name` in `table`, or nullptr.
    static const CliCommand *find(const QList<CliCommand> &table, const QString &name);
    /// The "Commands:" block of --help: one entry per command, help aligned after the synopsis.
    static QString helpText(const QList<CliCommand> &table);
};
