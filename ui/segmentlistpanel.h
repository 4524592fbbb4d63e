// SPDX-License-Identifier: MIT
#pragma once

#include "api/segmentsummary.h"

#include <QMetaMethod>
#include <QWidget>

class Clock;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class SegmentFilterModel;
class QStackedWidget;
class QTableView;
class QTimer;
class SegmentTableModel;
class StatusIconProxy;

/// The left pane: a search field and the account's segments, with loading, empty and error
/// states drawn in place of the table (the error state has Retry).
///
/// The panel remembers which segment the window has open. Only the person moving the current
/// row (click, keys, "Open" in the context menu) or selectSegment() announces currentChanged;
/// filtering, reloading and updating rows never do: they keep the open segment selected while it
/// is shown, and say so when the filter hides it.
class SegmentListPanel : public QWidget
{
    Q_OBJECT

public:
    /// `clock`: what ages and countdowns are measured against (the client's).
    explicit SegmentListPanel(Clock *clock, QWidget *parent = nullptr);

    void showLoading();
    void showError(const QString &message);
    /// Keeps the open segment selected when it is still there.
    void setSegments(QList<SegmentSummary> segments, QHash<QString, QString> listNames);
    void updateSegment(const SegmentSummary &segment);
    /// A save changed the segment's query: its count shows as the previous query's until the next.
    void noteQueryEdited(const QString &id, const QDateTime &at);
    /// Forgets the rows and which segment was open (another account is being opened).
    void clear();
    void setListNames(QHash<QString, QString> listNames);
    /// The query of segment `id` as last seen: the filter matches query text too.
    void setQuery(const QString &id, const QString &query);
    bool knowsQuery(const QString &id) const;
    QString filterText() const;
    /// The segment the window has open (or is opening), also while the filter hides its row.
    QString currentSegmentId() const { return m_openId; }
    /// Makes `id` the open segment and selects its row; an empty id takes the first row shown.
    /// Announces currentChanged when the open segment changes. The window also calls it to put
    /// the selection back on the edited segment when the person chose to stay there.
    void selectSegment(const QString &id);
    QStringList namesExcept(const QString &id) const;
    /// The selected rows' segments, top to bottom as shown (the open one among them).
    QList<SegmentSummary> selectedSegments() const;
    const SegmentTableModel *model() const { return m_model; }
    void focusSearch();

Q_SIGNALS:
    void currentChanged(const QString &segmentId);
    void retryRequested();
    /// From the context menu; Duplicate and Delete are offered only while someone listens.
    void duplicateRequested(const QString &segmentId);
    void deleteRequested(const QString &segmentId);
    /// From the context menu on a selection of several rows.
    void duplicateSelectedRequested();
    void deleteSelectedRequested();
    void refreshRequested();
    /// The id is on the clipboard.
    void idCopied(const QString &segmentId);
    /// The filter's text changed (typed, cleared with Esc).
    void filterChanged(const QString &text);

private:
    void setUpSearch();
    void setUpTable();
    void fitColumns();
    QWidget *statePage();
    void showTableOrEmpty();
    void onCurrentRowChanged();
    void applyFilter(const QString &text);
    /// Puts the selection on the open segment without announcing anything.
    void showOpenSegment();
    QModelIndex rowOf(const QString &id) const;
    void showContextMenu(const QPoint &pos);
    template<typename Signal>
    bool isListenedTo(Signal signal) const
    {
        return isSignalConnected(QMetaMethod::fromSignal(signal));
    }

    SegmentTableModel *m_model;
    StatusIconProxy *m_icons;
    SegmentFilterModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_hiddenNote;
    QTableView *m_table;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QPushButton *m_retry;
    Clock *m_clock;
    QTimer *m_ageTicker;
    QString m_openId;
    /// Set while the panel itself moves the current row, so that the move is not announced.
    bool m_quiet = false;
};
