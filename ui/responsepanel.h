// SPDX-License-Identifier: MIT
#pragma once

#include "api/segment.h"

#include <QTimer>
#include <QWidget>

class Clock;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class SampleModel;

/// What SendGrid says about the segment: counts and sample (marked as from the previous query,
/// with a refresh at hand, when they predate the last saved query change), validation, every
/// timestamp (local time, live countdown to the next update), manual refreshes, and the contact
/// sample (copy, CSV export).
class ResponsePanel : public QWidget
{
    Q_OBJECT

public:
    /// `clock`: what ages and countdowns are measured against (the client's).
    explicit ResponsePanel(Clock *clock, QWidget *parent = nullptr);

    /// `queryEditedAt`: when this app last saved a query change (counts older than it are stale).
    void showSegment(const Segment &segment, const QHash<QString, QString> &listNames,
                     const QDateTime &queryEditedAt = {});
    void clear();
    /// Refresh is disabled with `reason` as its tooltip (a read-only profile); empty: allowed.
    void setReadOnlyReason(const QString &reason);
    /// Writes the sample as CSV; returns the problem or "".
    QString exportCsv(const QString &filePath) const;
    QString statusText() const;
    /// Where Export CSV proposes to write: the documents folder, a file named after the segment.
    QString defaultExportPath() const;
    const SampleModel *sample() const { return m_sample; }

Q_SIGNALS:
    void refreshRequested();
    /// What a copy or an export did, for the window's status line.
    /// What a copy or an export did; `problem`: it failed.
    void feedback(const QString &message, bool problem = false);

private:
    void buildPreviousQueryBanner();
    void setUpSampleTable();
    QHBoxLayout *sampleButtons();
    void updateCountdown();
    void updateRefreshButton();
    void copySample();
    void chooseExportFile();
    void showPreviousQueryMark(bool previous);

    Clock *m_clock;
    Segment m_segment;
    SampleModel *m_sample;
    QLabel *m_count;
    QLabel *m_status;
    QLabel *m_times;
    QLabel *m_next;
    QLabel *m_refreshes;
    QPushButton *m_refresh;
    QFrame *m_previousQuery; ///< the banner over count and sample after a query change
    QLabel *m_previousQueryText;
    QPushButton *m_refreshNow;
    QLabel *m_sampleCaption;
    QString m_readOnlyReason;
    QTableView *m_table;
    QTimer m_countdown;
};
