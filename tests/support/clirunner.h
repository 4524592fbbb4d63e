// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Runs segmentdesk-cli (or any program) as a user would, while this thread's event loop keeps
/// serving in-process servers, and remembers every run's output for the secrets audits.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out; ///< standard output; on a terminal, everything the terminal showed
        QString err;
    };

    explicit CliRunner(QString program)
        : m_program(std::move(program))
    { }

    /// With standard input a pipe holding `stdinData`; `extra` is added to this environment
    /// (SENDGRID_API_KEY is removed unless `extra` sets it).
    Run run(const QStringList &args, const QByteArray &stdinData = {},
            const QProcessEnvironment &extra = {});
    /// On a pseudo-terminal: types `typed` once the terminal shows `prompt`.
    Run runOnTerminal(const QStringList &args, const QByteArray &prompt, const QByteArray &typed);

    const QList<Run> &runs() const { return m_runs; }

private:
    QString m_program;
    QList<Run> m_runs;
};
