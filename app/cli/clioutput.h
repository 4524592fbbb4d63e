// SPDX-License-Identifier: MIT
#pragma once

#include "clitext.h"

#include <QString>

#include <cstdio>

#include <unistd.h>

/// Writes to a standard stream at once (unbuffered by Qt), so output and exit codes stay in order.
namespace CliOutput {

/// On a terminal, every control character but line breaks and tabs is shown escaped
/// (CliText::visibleLines), whatever the caller escaped already: text that reaches a terminal
/// never acts on it. In a pipe the bytes are the program's (SQL and JSON stay exact); server
/// text in plain-text output is escaped field by field (CliText::visible) in both cases.
inline void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = (isatty(fileno(stream)) ? CliText::visibleLines(text) : text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

/// "segmentdesk-cli: <message>" on standard error; the message may quote what the user typed
/// or a server said, so its control characters are shown escaped (line breaks kept).
inline void error(const QString &message)
{
    write(stderr, QStringLiteral("segmentdesk-cli: %1\n").arg(CliText::visibleLines(message)));
}

} // namespace CliOutput
