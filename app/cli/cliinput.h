// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>

namespace CliInput {
/// The bytes of `path` ("-": standard input), at most `limit` of them: a longer input is
/// refused (not cut), with a message naming the path and the limit.
Result<QByteArray> read(const QString &path, qsizetype limit);
} // namespace CliInput
