// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "httpresponse.h"
#include "retrypolicy.h"
#include "secretscrubber.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;

/// One API operation in flight: its HTTP attempts, the waits between them, and its end.
/// Emits finished() exactly once, then deletes itself. Created by SendGridClient.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        RetryPolicy retry;
        Clock *clock = nullptr;
        qint64 maxBodyBytes = 32 * 1024 * 1024;
        QByteArray secret; ///< removed from every text this call reports (never from data)
        /// When set, nothing is sent: the call finishes (after the caller has connected to it)
        /// with Outcome::Refused and this reason.
        QString refusal;
        bool readsOnly = false; ///< a POST that changes nothing (a search): nothing to apply
    };

    /// The most of a body taken from the reply between two turns of the event loop.
    static constexpr qint64 PieceBytes = 1024 * 1024;

    ApiCall(QNetworkAccessManager *manager, QNetworkRequest request, QByteArray method,
            QByteArray body, Settings settings, QObject *parent = nullptr);
    ~ApiCall() override;

    QByteArray method() const { return m_method; }
    int attempt() const { return m_attempt; }
    bool isFinished() const { return m_finished; }
    /// Scrubs this call's API key from texts made from its replies.
    SecretScrubber scrubber() const { return SecretScrubber(m_settings.secret); }

    /// Stops the operation; finished() reports Outcome::Cancelled. No effect once finished.
    void cancel();

Q_SIGNALS:
    /// A failed attempt will be tried again after `delayMs`; reported as it happens.
    void retryScheduled(int nextAttempt, qint64 delayMs, const ApiError &cause);
    /// Every attempt's raw reply, including those that will be retried.
    void attemptFinished(const HttpResponse &response);
    void finished(const HttpResponse &response);

private:
    void startAttempt();
    void refuse();
    void onReplyFinished();
    /// Takes what has arrived, PieceBytes at a time, so that a large body is copied as it comes
    /// rather than in one go at the end (30 MB: 130 ms on the GUI thread); aborts a body over
    /// maxBodyBytes.
    void takeArrived();
    HttpResponse responseFrom(QNetworkReply *reply);
    QString tlsProblem(QNetworkReply *reply) const;
    void finish(HttpResponse response);

    QNetworkAccessManager *m_manager;
    QNetworkRequest m_request;
    QByteArray m_method;
    QByteArray m_body;
    Settings m_settings;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_received; ///< the body so far, of the current attempt
    QDateTime m_startedAt;
    QString m_sslProblem; ///< the first certificate error of the current attempt
    int m_attempt = 0;
    bool m_tooLarge = false;
    bool m_takeQueued = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
