// SPDX-License-Identifier: MIT
#include "clicommand.h"

#include <QRegularExpression>

namespace {
constexpr qsizetype HelpColumn = 32;
} // namespace

const CliCommand *CliCommand::find(const QList<CliCommand> &table, const QString &name)
{
    for (const CliCommand &command : table) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QStringList CliCommand::words() const
{
    static const QRegularExpression choice(QStringLiteral("^[a-z]+(\\|[a-z]+)+$"));
    const QString first = arguments.section(u' ', 0, 0);
    return choice.match(first).hasMatch() ? first.split(u'|') : QStringList();
}

QString CliCommand::helpText(const QList<CliCommand> &table)
{
    const QString indent(HelpColumn, u' ');
    QString out = QStringLiteral("Commands:\n");
    for (const CliCommand &command : table) {
        QString usage = QStringLiteral("  ") + command.name;
        if (!command.arguments.isEmpty())
            usage += u' ' + command.arguments;
        const QStringList lines = command.help.split(u'\n');
        // A long synopsis takes its own line; the help starts under it.
        out += usage.size() < HelpColumn ? usage.leftJustified(HelpColumn) : usage + u'\n' + indent;
        out += lines.join(u'\n' + indent) + u'\n';
    }
    return out;
}
