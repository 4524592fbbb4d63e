// SPDX-License-Identifier: MIT
#include "responseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ResponseParser {
namespace {

ApiError::Kind kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    if (status >= 200 && status < 300)
        return Kind::None;
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    if (status >= 400)
        return Kind::Validation;
    return Kind::BadPayload; // 1xx/3xx are not answers SendGrid gives to API calls
}

ApiError transportError(const HttpResponse &response)
{
    using Outcome = HttpResponse::Outcome;
    switch (response.outcome) {
    case Outcome::NetworkFailure: {
        ApiError error = ApiError::make(ApiError::Kind::Network, response.networkErrorText);
        error.mayHaveBeenApplied = response.mayHaveBeenApplied;
        return error;
    }
    case Outcome::TlsFailure:
        return ApiError::make(ApiError::Kind::Tls, response.networkErrorText);
    case Outcome::TimedOut: {
        ApiError error = ApiError::make(
            ApiError::Kind::Timeout,
            QCoreApplication::translate("ApiError", "The server did not answer in time"));
        error.mayHaveBeenApplied = response.mayHaveBeenApplied;
        return error;
    }
    case Outcome::TooLarge:
        return ApiError::make(
            ApiError::Kind::BadPayload,
            QCoreApplication::translate("ApiError", "The reply is larger than the 32 MB limit"),
            response.status);
    case Outcome::Cancelled:
        return ApiError::make(ApiError::Kind::Cancelled,
                              QCoreApplication::translate("ApiError", "Cancelled"));
    case Outcome::Refused:
        return ApiError::make(ApiError::Kind::Refused, response.networkErrorText);
    case Outcome::Replied:
        break;
    }
    return {};
}

QDateTime resetTime(const HttpResponse &response)
{
    bool ok = false;
    const qint64 epoch = response.header("x-ratelimit-reset").trimmed().toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime();
}

} // namespace

void readErrorBody(const QByteArray &body, ApiError &error)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    for (const QJsonValue item : root.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject e = item.toObject();
        const QString message = e.value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            error.errors.append({e.value(QStringLiteral("field")).toString(), message});
    }
    if (root.value(QStringLiteral("error")).isString())
        error.message = root.value(QStringLiteral("error")).toString();
    else if (root.value(QStringLiteral("error")).isObject())
        error.message = root.value(QStringLiteral("error"))
                            .toObject()
                            .value(QStringLiteral("message"))
                            .toString();
    if (error.requestId.isEmpty())
        error.requestId = root.value(QStringLiteral("id")).toString();
}

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString text = QString::fromUtf8(body.left(qsizetype(maxChars) * 8));
    text.remove(hidden);
    text.replace(tags, QStringLiteral(" "));
    text.replace(space, QStringLiteral(" "));
    text = text.trimmed();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + u'…';
    return text;
}

ApiError errorFromResponse(const HttpResponse &response)
{
    if (response.outcome != HttpResponse::Outcome::Replied)
        return transportError(response);
    ApiError error;
    error.kind = kindForStatus(response.status);
    if (error.isOk())
        return error;
    error.httpStatus = response.status;
    error.mayHaveBeenApplied = response.mayHaveBeenApplied;
    error.rateLimitReset = resetTime(response);
    error.rateLimitLimit = response.header("x-ratelimit-limit").trimmed().toInt();
    error.requestId = QString::fromLatin1(response.header("x-request-id"));
    readErrorBody(response.body, error);
    if (error.message.isEmpty() && error.errors.isEmpty()) {
        error.message = ApiError::kindName(error.kind);
        error.detail = bodyExcerpt(response.body);
    }
    return error;
}

ApiResult<QJsonObject> jsonObject(const HttpResponse &response)
{
    ApiError error = errorFromResponse(response);
    if (!error.isOk())
        return ApiResult<QJsonObject>::failure(error);
    auto bad = [&](const QString &why) {
        ApiError e = ApiError::make(ApiError::Kind::BadPayload, why, response.status);
        e.mayHaveBeenApplied = response.write; // the 2xx said yes; what it holds is unknown
        e.detail = bodyExcerpt(response.body);
        return ApiResult<QJsonObject>::failure(e);
    };
    if (response.body.trimmed().isEmpty())
        return bad(QCoreApplication::translate(
            "ApiError", "The server sent an empty reply where data was expected"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool html = response.body.trimmed().startsWith('<');
        return bad(html ? QCoreApplication::translate("ApiError",
                                                      "The server sent a web page instead of JSON")
                        : QCoreApplication::translate("ApiError",
                                                      "The reply is not valid JSON (%1 at byte %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    }
    if (!doc.isObject())
        return bad(QCoreApplication::translate("ApiError", "The reply is JSON but not an object"));
    return ApiResult<QJsonObject>::success(doc.object());
}

} // namespace ResponseParser
