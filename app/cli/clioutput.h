// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdio>

/// Writes to a standard stream at once (unbuffered by Qt), so output and exit codes stay in order.
namespace CliOutput {

inline void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace CliOutput
