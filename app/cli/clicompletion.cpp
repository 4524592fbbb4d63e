// SPDX-License-Identifier: MIT
#include "clicompletion.h"

namespace {

// Both scripts find the command as the parser does: the first word that is no option and no
// option's value. Before it they offer the commands, after it the words its synopsis starts
// with; an option's value, and anything else, is left to file name completion.
const char *BashScript
    = R"sh(# bash completion for segmentdesk-cli, written by `segmentdesk-cli completion bash` from
# its command table; do not edit.
_segmentdesk_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} cmd= at=0 choices= i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        %1) (( i++ )) ;;
        -*) ;;
        *) cmd=${COMP_WORDS[i]} at=$i; break ;;
        esac
    done
    if [[ $cur == -* ]]; then
        choices="%2"
    elif [[ -z $cmd ]]; then
        case ${COMP_WORDS[COMP_CWORD-1]} in
        %1) return ;;
        esac
        choices="%3"
    elif ((COMP_CWORD == at + 1)); then
        case $cmd in
%4        esac
    fi
    COMPREPLY=($(compgen -W "$choices" -- "$cur"))
}
complete -o default -F _segmentdesk_cli segmentdesk-cli
)sh";

const char *ZshScript = R"sh(#compdef segmentdesk-cli
# zsh completion for segmentdesk-cli, written by `segmentdesk-cli completion zsh` from its
# command table; do not edit.
_segmentdesk-cli()
{
    local -a commands
    commands=(
%3    )
    local cmd i at=0
    for ((i = 2; i < CURRENT; i++)); do
        case ${words[i]} in
        (%1) (( i++ )) ;;
        (-*) ;;
        (*) cmd=${words[i]} at=$i; break ;;
        esac
    done
    if [[ $PREFIX == -* ]]; then
        compadd -- %2
    elif [[ -z $cmd ]]; then
        case ${words[CURRENT-1]} in
        (%1) _files; return ;;
        esac
        _describe -t commands 'segmentdesk-cli command' commands
    elif ((CURRENT == at + 1)); then
        case $cmd in
%4        (*) _files ;;
        esac
    else
        _files
    fi
}
_segmentdesk-cli "$@"
)sh";

/// Every option as typed ("--base-url"), Qt's --help and --version included.
QStringList optionWords(const QList<QCommandLineOption> &options, bool valuesOnly)
{
    QStringList out;
    for (const QCommandLineOption &option : options) {
        if (valuesOnly && option.valueName().isEmpty())
            continue;
        for (const QString &name : option.names())
            out += (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }
    if (!valuesOnly)
        out += {QStringLiteral("--help"), QStringLiteral("--version")};
    return out;
}

QStringList commandNames(const QList<CliCommand> &commands)
{
    QStringList out;
    for (const CliCommand &command : commands)
        out += command.name;
    return out;
}

/// One case branch per command whose synopsis starts with words: `prefix name) action words ;;`.
QString wordCases(const QList<CliCommand> &commands, const QString &pattern)
{
    QString out;
    for (const CliCommand &command : commands) {
        const QStringList words = command.words();
        if (!words.isEmpty())
            out += pattern.arg(command.name, words.join(u' '));
    }
    return out;
}

/// zsh's `name:help` pairs, single-quoted; the help's first line.
QString describedCommands(const QList<CliCommand> &commands)
{
    QString out;
    for (const CliCommand &command : commands) {
        QString pair = command.name + u':' + command.help.section(u'\n', 0, 0);
        out += QStringLiteral("        '%1'\n").arg(pair.replace(u'\'', QStringLiteral("'\\''")));
    }
    return out;
}

} // namespace

QString CliCompletion::bash(const QList<CliCommand> &commands,
                            const QList<QCommandLineOption> &options)
{
    return QString::fromUtf8(BashScript)
        .arg(optionWords(options, true).join(u'|'), optionWords(options, false).join(u' '),
             commandNames(commands).join(u' '),
             wordCases(commands, QStringLiteral("        %1) choices=\"%2\" ;;\n")));
}

QString CliCompletion::zsh(const QList<CliCommand> &commands,
                           const QList<QCommandLineOption> &options)
{
    return QString::fromUtf8(ZshScript).arg(
        optionWords(options, true).join(u'|'), optionWords(options, false).join(u' '),
        describedCommands(commands),
        wordCases(commands, QStringLiteral("        (%1) compadd -- %2 ;;\n")));
}
