// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"
#include "editing/livepreviewresult.h"

#include <QObject>

class LivePreview;
class SendGridClient;

/// `segmentdesk-cli preview`: how many contacts an unsaved query matches and, with a segment,
/// who would join and who would leave it, through the same LivePreview as the window.
class CliPreview : public QObject
{
    Q_OBJECT

public:
    /// Exit code when a figure cannot be previewed (no contacts-search equivalent).
    static constexpr int NotPreviewable = 6;
    /// Contacts named per figure in the text output.
    static constexpr int namesShown = 5;

    CliPreview(SendGridClient *client, bool json, QObject *parent = nullptr);

    /// Previews `query`; with `segmentId`, against that segment's saved query (fetched first).
    void start(const QString &query, const QString &segmentId);

Q_SIGNALS:
    void failed(const ApiError &error);
    void finished(int exitCode); ///< after the preview was printed

private:
    void onSegmentFetched(const QString &query, const ApiResult<Segment> &result);
    void onPreviewed(const LivePreviewResult &result);
    static QString text(const LivePreviewResult &result);
    static QByteArray json(const LivePreviewResult &result);

    SendGridClient *m_client;
    LivePreview *m_preview;
    bool m_json;
};
