// SPDX-License-Identifier: MIT
#pragma once

#include "api/segmentsummary.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class SegmentTableModel;
class StatusIconProxy;

/// The left pane: a search field and the account's segments, with loading, empty and error
/// states drawn in place of the table (the error state has Retry).
class SegmentListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentListPanel(QWidget *parent = nullptr);

    void showLoading();
    void showError(const QString &message);
    /// Keeps the selected segment selected when it is still there.
    void setSegments(QList<SegmentSummary> segments, QHash<QString, QString> listNames);
    void updateSegment(const SegmentSummary &segment);
    /// Forgets the rows and which segment was open (another account is being opened).
    void clear();
    void setListNames(QHash<QString, QString> listNames);
    QString currentSegmentId() const;
    void selectSegment(const QString &id);
    QStringList namesExcept(const QString &id) const;
    const SegmentTableModel *model() const { return m_model; }
    void focusSearch();

Q_SIGNALS:
    void currentChanged(const QString &segmentId);
    void retryRequested();

private:
    void showTableOrEmpty();

    SegmentTableModel *m_model;
    StatusIconProxy *m_icons;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QPushButton *m_retry;
    QString m_announcedId;
};
