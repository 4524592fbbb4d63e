// SPDX-License-Identifier: MIT
#include "apicall.h"

#include "clock.h"
#include "responseparser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace std::chrono;

ApiCall::ApiCall(QNetworkAccessManager *manager, QNetworkRequest request, QByteArray method,
                 QByteArray body, Settings settings, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_method(std::move(method))
    , m_body(std::move(body))
    , m_settings(std::move(settings))
{
    if (!m_settings.clock)
        m_settings.clock = Clock::system();
    m_startedAt = m_settings.clock->now();
    startAttempt();
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // onReplyFinished() reports the cancellation
        return;
    }
    HttpResponse response;
    response.outcome = HttpResponse::Outcome::Cancelled;
    finish(response);
}

void ApiCall::startAttempt()
{
    ++m_attempt;
    m_tooLarge = false;
    m_reply = m_manager->sendCustomRequest(m_request, m_method, m_body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::checkSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::checkSize);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::checkSize()
{
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_settings.maxBodyBytes
        || m_reply->bytesAvailable() > m_settings.maxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

HttpResponse ApiCall::responseFrom(QNetworkReply *reply) const
{
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    const auto error = reply->error();
    if (m_cancelled) {
        response.outcome = HttpResponse::Outcome::Cancelled;
    } else if (m_tooLarge) {
        response.outcome = HttpResponse::Outcome::TooLarge;
    } else if (error == QNetworkReply::OperationCanceledError
               || error == QNetworkReply::TimeoutError) {
        // Nobody but the transfer timeout aborts a reply that was not cancelled.
        response.outcome = HttpResponse::Outcome::TimedOut;
    } else if (response.status == 0 && error != QNetworkReply::NoError) {
        response.outcome = HttpResponse::Outcome::NetworkFailure;
        response.networkErrorText = reply->errorString();
    } else {
        response.body = reply->readAll();
    }
    if (!m_settings.secret.isEmpty()) {
        // A misbehaving server might echo the key; nothing downstream may ever see it.
        response.body.replace(m_settings.secret, "[key]");
        response.networkErrorText.replace(QString::fromUtf8(m_settings.secret),
                                          QStringLiteral("[key]"));
    }
    return response;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    // An aborted reply can still report metadata or data after finished(); none of it matters.
    reply->disconnect(this);
    reply->deleteLater();
    const HttpResponse response = responseFrom(reply);
    Q_EMIT attemptFinished(response);

    if (response.outcome != HttpResponse::Outcome::Cancelled
        && RetryPolicy::isRetryable(m_method, response)) {
        const auto now = m_settings.clock->now();
        const auto delay = m_settings.retry.delayBefore(
            m_attempt + 1, response, now, milliseconds(m_startedAt.msecsTo(now)),
            QRandomGenerator::global()->generateDouble());
        if (delay) {
            Q_EMIT retryScheduled(m_attempt + 1, delay->count(),
                                  ResponseParser::errorFromResponse(response));
            m_settings.clock->schedule(*delay, this, [this] {
                if (!m_cancelled && !m_finished)
                    startAttempt();
            });
            return;
        }
    }
    finish(response);
}

void ApiCall::finish(HttpResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(response);
    deleteLater();
}
