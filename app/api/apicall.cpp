// SPDX-License-Identifier: MIT
#include "apicall.h"

#include "common/clock.h"
#include "responseparser.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#if QT_CONFIG(ssl)
#    include <QSslError>
#endif

using namespace std::chrono;

namespace {

// Errors of the connection itself (Qt numbers them below 200, proxies included), as opposed to
// errors Qt derives from an HTTP status. A connection that breaks after the status line still
// reports the status: the error decides, or a half body would pass for SendGrid's answer.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure;
}

// Errors raised before any byte of the request can have left this machine.
bool requestNeverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

/// Whether the reply leaves open if the server applied the request. A gateway's 502 or 504
/// speaks for itself, not for the server behind it, which may have applied the write before the
/// gateway gave up on it.
bool fateUnknown(const HttpResponse &response, QNetworkReply::NetworkError error)
{
    const bool gatewayFailed = response.outcome == HttpResponse::Outcome::Replied
        && (response.status == 502 || response.status == 504);
    return response.outcome == HttpResponse::Outcome::TimedOut || gatewayFailed
        || (response.outcome == HttpResponse::Outcome::NetworkFailure
            && (response.status != 0 || !requestNeverSent(error)));
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *manager, QNetworkRequest request, QByteArray method,
                 QByteArray body, Settings settings, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(request) // QNetworkRequest has no move constructor
    , m_method(std::move(method))
    , m_body(std::move(body))
    , m_settings(std::move(settings))
{
    if (!m_settings.clock)
        m_settings.clock = Clock::system();
    m_startedAt = m_settings.clock->now();
    if (m_settings.refusal.isEmpty())
        startAttempt();
    else // queued: finished() reaches the handlers connected after construction
        QMetaObject::invokeMethod(this, &ApiCall::refuse, Qt::QueuedConnection);
}

void ApiCall::refuse()
{
    HttpResponse response;
    response.outcome = HttpResponse::Outcome::Refused; // cancel() may have finished it first
    response.networkErrorText = m_settings.refusal;
    finish(response);
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
    m_sslProblem.clear();
    m_received.clear();
    m_reply = m_manager->sendCustomRequest(m_request, m_method, m_body);
#if QT_CONFIG(ssl)
    // Not ignored, so Qt aborts the handshake; the reason is kept to say which certificate.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_sslProblem = errors.constFirst().errorString();
    });
#endif
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::takeArrived);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::takeArrived);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::takeArrived()
{
    if (m_tooLarge || !m_reply)
        return;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_settings.maxBodyBytes
        || m_received.size() + m_reply->bytesAvailable() > m_settings.maxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    if (announced > m_received.capacity())
        m_received.reserve(announced);
    // A piece at a time, the rest after the events waiting meanwhile: Qt reads ahead without
    // bound, and 30 MB that came while the GUI thread was busy took 100 ms to copy.
    const qsizetype had = m_received.size();
    m_received.resize(had + qMin(m_reply->bytesAvailable(), PieceBytes));
    const qint64 read = m_reply->read(m_received.data() + had, m_received.size() - had);
    m_received.resize(had + qMax<qint64>(0, read));
    if (m_reply->bytesAvailable() > 0 && !m_takeQueued) {
        m_takeQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_takeQueued = false;
                takeArrived();
            },
            Qt::QueuedConnection);
    }
}

HttpResponse ApiCall::responseFrom(QNetworkReply *reply)
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
    } else if (!m_sslProblem.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        response.outcome = HttpResponse::Outcome::TlsFailure;
        response.networkErrorText = tlsProblem(reply);
    } else if ((response.status == 0 && error != QNetworkReply::NoError)
               || isTransportError(error)) {
        response.outcome = HttpResponse::Outcome::NetworkFailure;
        response.networkErrorText = response.status == 0
            ? reply->errorString()
            : QCoreApplication::translate("ApiError",
                                          "The connection broke while HTTP %1 was arriving (%2)")
                  .arg(response.status)
                  .arg(reply->errorString());
    } else {
        m_received.append(reply->readAll());
        response.body = std::exchange(m_received, {});
    }
    response.write = m_method != "GET" && !m_settings.readsOnly;
    response.mayHaveBeenApplied = response.write && fateUnknown(response, error);
    response.networkErrorText = scrubber().scrub(response.networkErrorText);
    return response;
}

QString ApiCall::tlsProblem(QNetworkReply *reply) const
{
    const QString host = m_request.url().host();
    if (m_sslProblem.isEmpty())
        return QCoreApplication::translate("ApiError", "The secure connection to %1 failed: %2")
            .arg(host, reply->errorString());
    return QCoreApplication::translate("ApiError", "The certificate of %1 is not trusted: %2")
        .arg(host, m_sslProblem);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (!m_cancelled && !m_tooLarge && reply->bytesAvailable() > PieceBytes) {
        // The body is taken in pieces first; finished() stays for the last one.
        takeArrived();
        QMetaObject::invokeMethod(this, &ApiCall::onReplyFinished, Qt::QueuedConnection);
        return;
    }
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
                                  scrubber().scrub(ResponseParser::errorFromResponse(response)));
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
