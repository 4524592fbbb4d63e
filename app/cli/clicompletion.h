// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

/// The shell completion scripts of segmentdesk-cli (`segmentdesk-cli completion bash|zsh`; the
/// package installs what they print). Written from the command table and the options, so a
/// command or option added there is completed without another list to keep: the command names
/// (in zsh with their help), every option, the words a command's synopsis starts with
/// ("list|add|…"), and file names for the rest.
namespace CliCompletion {

/// For bash (bash-completion's completions folder, or `source`).
QString bash(const QList<CliCommand> &commands, const QList<QCommandLineOption> &options);
/// For zsh (a `_segmentdesk-cli` file in $fpath).
QString zsh(const QList<CliCommand> &commands, const QList<QCommandLineOption> &options);

} // namespace CliCompletion
