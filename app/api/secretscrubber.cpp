// SPDX-License-Identifier: MIT
#include "secretscrubber.h"

Q_LOGGING_CATEGORY(lcApi, "segmentdesk.api")

namespace {

// A real key is 69 characters; a sandbox or test key may be one letter. A key that short is
// replaced only where it stands alone, or every "e" of an error message would be masked.
constexpr qsizetype AnywhereLength = 16;

bool isKeyCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-';
}

} // namespace

SecretScrubber::SecretScrubber(const QByteArray &secret)
    : m_secret(QString::fromLatin1(secret))
{ }

QString SecretScrubber::scrub(QString text) const
{
    if (m_secret.isEmpty())
        return text;
    const QString mask = QStringLiteral("[key]");
    for (qsizetype at = text.indexOf(m_secret); at >= 0; at = text.indexOf(m_secret, at)) {
        const qsizetype end = at + m_secret.size();
        const bool alone = (at == 0 || !isKeyCharacter(text.at(at - 1)))
            && (end == text.size() || !isKeyCharacter(text.at(end)));
        if (m_secret.size() >= AnywhereLength || alone) {
            text.replace(at, m_secret.size(), mask);
            at += mask.size();
        } else {
            at = end;
        }
    }
    return text;
}

QStringList SecretScrubber::scrub(QStringList texts) const
{
    for (QString &text : texts)
        text = scrub(std::move(text));
    return texts;
}

ApiError SecretScrubber::scrub(ApiError error) const
{
    error.message = scrub(std::move(error.message));
    error.detail = scrub(std::move(error.detail));
    error.requestId = scrub(std::move(error.requestId));
    for (FieldError &e : error.errors) {
        e.field = scrub(std::move(e.field));
        e.message = scrub(std::move(e.message));
    }
    return error;
}
