// SPDX-License-Identifier: MIT
#include "httprequestparser.h"

using Parse = HttpRequestParse;
using Status = HttpRequestParse::Status;

namespace {

constexpr qsizetype maxChunkLineBytes = 1024;

// RFC 9110's tchar: what a method or a header name may be made of.
bool isToken(const QByteArray &text)
{
    static const QByteArray punctuation = "!#$%&'*+-.^_`|~";
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || punctuation.contains(c);
    });
}

bool isHex(const QByteArray &text)
{
    return !text.isEmpty() && text.size() <= 15
        && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

Parse &refuse(Parse &p, Status status, const QString &why = {})
{
    p.status = status;
    p.problem = why;
    return p;
}

bool readRequestLine(const QByteArray &line, Parse &p)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()
        || (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0"))
        return false;
    p.method = parts[0];
    p.target = parts[1];
    p.version = parts[2];
    return true;
}

bool readHeaderLine(const QByteArray &line, Parse &p)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.left(colon)) || line.contains('\0'))
        return false;
    p.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return true;
}

// The chunked body from `at` (RFC 9112 §7.1), trailers skipped.
Parse &readChunks(const QByteArray &bytes, qsizetype at, qint64 maxBodyBytes, Parse &p)
{
    QByteArray body;
    for (;;) {
        const qsizetype lineEnd = bytes.indexOf("\r\n", at);
        if (lineEnd < 0)
            return bytes.size() - at > maxChunkLineBytes
                ? refuse(p, Status::Malformed, QStringLiteral("chunk size line too long"))
                : p;
        const QByteArray sizeText = bytes.mid(at, lineEnd - at).split(';').first().trimmed();
        if (!isHex(sizeText))
            return refuse(p, Status::Malformed, QStringLiteral("bad chunk size"));
        const qint64 size = sizeText.toLongLong(nullptr, 16);
        at = lineEnd + 2;
        if (size == 0)
            break;
        if (qint64(body.size()) + size > maxBodyBytes)
            return refuse(p, Status::BodyTooLarge);
        if (qint64(bytes.size() - at) < size + 2)
            return p;
        if (bytes.mid(at + size, 2) != "\r\n")
            return refuse(p, Status::Malformed, QStringLiteral("chunk without its CRLF"));
        body += bytes.mid(at, size);
        at += size + 2;
    }
    for (;;) { // trailer lines, up to the blank one
        const qsizetype end = bytes.indexOf("\r\n", at);
        if (end < 0)
            return bytes.size() - at > HttpRequestParser::maxHeadBytes
                ? refuse(p, Status::HeadTooLarge)
                : p;
        const bool blank = end == at;
        at = end + 2;
        if (blank)
            break;
    }
    p.body = body;
    p.consumed = at;
    p.status = Status::Complete;
    return p;
}

// Content-Length (every copy the same), or no body.
Parse &readDeclaredBody(const QByteArray &bytes, qint64 maxBodyBytes, Parse &p)
{
    for (const auto &[name, value] : std::as_const(p.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        const bool digits = !value.isEmpty() && value.size() <= 18
            && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || (p.declaredLength && *p.declaredLength != value.toLongLong()))
            return refuse(p, Status::Malformed, QStringLiteral("bad Content-Length"));
        p.declaredLength = value.toLongLong();
    }
    const qint64 length = p.declaredLength.value_or(0);
    if (qint64(bytes.size() - p.headBytes) < length)
        return p;
    if (length <= maxBodyBytes)
        p.body = bytes.mid(p.headBytes, length);
    p.consumed = p.headBytes + length;
    p.status = Status::Complete;
    return p;
}

} // namespace

QByteArray HttpRequestParse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequestParse::expectsContinue() const
{
    return header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
}

bool HttpRequestParse::keepAlive() const
{
    bool close = version == "HTTP/1.0";
    for (const QByteArray &option : header("Connection").split(',')) {
        if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
            close = true;
        else if (option.trimmed().compare("keep-alive", Qt::CaseInsensitive) == 0)
            close = false;
    }
    return !close;
}

HttpRequestParse HttpRequestParser::parse(const QByteArray &bytes, qint64 maxBodyBytes)
{
    Parse p;
    // Empty lines before a request are ignored (RFC 9112 §2.2): some clients end a body so.
    qsizetype start = 0;
    while (bytes.mid(start, 2) == "\r\n")
        start += 2;
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n", start);
    const qsizetype firstLineEnd = bytes.indexOf("\r\n", start);
    if (firstLineEnd >= 0 && !readRequestLine(bytes.mid(start, firstLineEnd - start), p))
        return refuse(p, Status::Malformed, QStringLiteral("bad request line"));
    if (headEnd < 0 || headEnd + 4 - start > maxHeadBytes)
        return bytes.size() - start > maxHeadBytes ? refuse(p, Status::HeadTooLarge) : p;
    p.headComplete = true;
    p.headBytes = headEnd + 4;
    const QByteArray fields = firstLineEnd < headEnd
        ? bytes.mid(firstLineEnd + 2, headEnd - firstLineEnd - 2)
        : QByteArray();
    for (const QByteArray &line : fields.split('\n')) {
        if (!fields.isEmpty() && !readHeaderLine(line.endsWith('\r') ? line.chopped(1) : line, p))
            return refuse(p, Status::Malformed, QStringLiteral("bad header line"));
    }
    const QByteArray coding = p.header("Transfer-Encoding");
    if (coding.isEmpty())
        return readDeclaredBody(bytes, maxBodyBytes, p);
    if (!p.header("Content-Length").isEmpty())
        return refuse(p, Status::Malformed,
                      QStringLiteral("both Content-Length and Transfer-Encoding"));
    if (coding.compare("chunked", Qt::CaseInsensitive) != 0)
        return refuse(p, Status::Malformed, QStringLiteral("only the chunked coding is read"));
    return readChunks(bytes, p.headBytes, maxBodyBytes, p);
}
