// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

/// Reads an API key for `profiles add`: from the terminal without echo, or the first line of
/// standard input when it is not a terminal (scripts: `pass show sg | segmentdesk-cli …`).
/// Never from an argument, where other users could read it in the process list.
namespace KeyPrompt {

Result<QString> readKey(const QString &prompt);

} // namespace KeyPrompt
