// SPDX-License-Identifier: MIT
#include "clitext.h"

namespace CliText {
namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e
        || c == 0x200f || c == 0x061c;
}

/// Characters that act on a terminal or on how a line is shown, rather than being shown.
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || isBidiControl(c);
}

QString escape(char16_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c < 0x80)
        return QStringLiteral("\\x%1").arg(int(c), 2, 16, QChar(u'0'));
    return QStringLiteral("\\u%1").arg(int(c), 4, 16, QChar(u'0'));
}

QString escaped(const QString &text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool kept = keepLines && (c == u'\n' || c == u'\t');
        if (isControl(c) && !kept)
            out += escape(c);
        else
            out += ch;
    }
    return out;
}

} // namespace

QString visible(const QString &text)
{
    return escaped(text, false);
}

QString visibleLines(const QString &text)
{
    return escaped(text, true);
}

QString errorText(ApiError error)
{
    error.message = visible(error.message);
    error.detail = visible(error.detail);
    for (FieldError &e : error.errors) {
        e.field = visible(e.field);
        e.message = visible(e.message);
    }
    return error.toDisplayString();
}

QByteArray json(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    // Raw C0 characters other than layout never occur in JSON text (JSON escapes them), so
    // each character escaped here is inside a string, where \uXXXX means the same.
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isControl(c) && c >= 0x20)
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QChar(u'0'));
        else
            out += ch;
    }
    return out.toUtf8();
}

} // namespace CliText
