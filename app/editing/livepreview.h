// SPDX-License-Identifier: MIT
#pragma once

#include "livepreviewplan.h"
#include "livepreviewresult.h"

#include "common/latestwork.h"
#include "common/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiCall;
class ContactsApi;

/// Previews an unsaved definition while it is edited: after a pause in the edits (debounced),
/// how many contacts it matches and, against the saved definition, who joins and who leaves,
/// through SGQL v1 contact searches, or a local sandbox's own preview where no search says the
/// same (LivePreviewPlan). An edit cancels the searches in flight, so only the
/// latest text's preview is delivered. Never waits: every answer arrives through previewed().
class LivePreview : public QObject
{
    Q_OBJECT

public:
    explicit LivePreview(ContactsApi *api, QObject *parent = nullptr);

    static constexpr int defaultDelayMs = 300;
    /// The pause after the last edit before searching (0: on the next turn of the event loop).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }

    /// The saved definition joins and leaves compare with (empty: none), and the segment's
    /// parent lists, which restrict every figure as they restrict the segment.
    void setSaved(const QString &savedQuery, const QStringList &parentListIds = {});
    /// The unsaved text changed: cancels what is in flight and previews it after the delay.
    void edit(const QString &query);
    /// Stops the pending preview and the searches in flight; nothing more is delivered.
    void cancel();
    bool isBusy() const { return m_timer.isActive() || m_planning || m_outstanding > 0; }

Q_SIGNALS:
    /// The searches for `query` were sent (after the delay).
    void searchStarted(const QString &query);
    /// Every figure of the latest text has arrived (or could not be asked).
    void previewed(const LivePreviewResult &result);

private:
    enum class Figure { Matches, Joins, Leaves };

    void start();
    void search(const LivePreviewPlan &plan);
    void ask(Figure figure, const LivePreviewPlan::Figure &request);
    /// One request: the sandbox answers the matches and, when `compared`, joins and leaves.
    void askSandbox(bool compared);
    void onSandboxPreviewed(quint64 generation, const ApiResult<SandboxPreview> &result);
    void onSearchFinished(quint64 generation, Figure figure,
                          const ApiResult<ContactSearchResult> &result);
    PreviewFigure &slot(Figure figure);
    void deliverIfComplete();

    ContactsApi *m_api;
    QTimer m_timer;
    QString m_query;
    QString m_saved;
    QStringList m_parentListIds;
    QList<QPointer<ApiCall>> m_calls;
    quint64 m_generation = 0; ///< answers of an older generation are dropped
    int m_outstanding = 0;
    bool m_pending = false; ///< m_query is waiting, being searched or answered; cancel() ends it
    LivePreviewResult m_result;
    LatestWork m_planWork {this}; ///< a huge query's searches are planned off the GUI thread
    bool m_planning = false;
};
