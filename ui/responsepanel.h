// SPDX-License-Identifier: MIT
#pragma once

#include "api/segment.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class SampleModel;

/// What SendGrid says about the segment: counts (labelled stale when they predate the last
/// edit), validation, every timestamp (local time, live countdown to the next update), manual
/// refreshes, and the contact sample (copy, CSV export).
class ResponsePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResponsePanel(QWidget *parent = nullptr);

    /// `queryEditedAt`: when this app last saved a query change (counts older than it are stale).
    void showSegment(const Segment &segment, const QHash<QString, QString> &listNames,
                     const QDateTime &queryEditedAt = {});
    void clear();
    /// Refresh is disabled with `reason` as its tooltip (a read-only profile); empty: allowed.
    void setReadOnlyReason(const QString &reason);
    /// Writes the sample as CSV; returns the problem or "".
    QString exportCsv(const QString &filePath) const;
    QString statusText() const;
    const SampleModel *sample() const { return m_sample; }

Q_SIGNALS:
    void refreshRequested();

private:
    void updateCountdown();
    void updateRefreshButton();
    void copySample() const;
    void chooseExportFile();

    Segment m_segment;
    SampleModel *m_sample;
    QLabel *m_count;
    QLabel *m_status;
    QLabel *m_times;
    QLabel *m_next;
    QLabel *m_refreshes;
    QPushButton *m_refresh;
    QString m_readOnlyReason;
    QTableView *m_table;
    QTimer m_countdown;
};
