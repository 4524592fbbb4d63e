// SPDX-License-Identifier: MIT
#pragma once

#include "local/historyversion.h"

#include <QDialog>
#include <QSet>

class Clock;
class HistoryPanel;
class HistoryStore;
class QLabel;
class QListWidget;

/// The segments of a profile that are gone from its account but kept in the local history:
/// one is picked, its versions compared, and one of them created again as a new segment.
class RecreateDialog : public QDialog
{
    Q_OBJECT

public:
    /// `listedIds`: the segments the account has now; every other one with history is shown.
    /// `clock`: the time the versions' ages count from.
    RecreateDialog(HistoryStore *history, const QString &profileId, const QSet<QString> &listedIds,
                   Clock *clock, QWidget *parent = nullptr);

    /// How many deleted segments are offered.
    int deletedCount() const;

Q_SIGNALS:
    void recreateRequested(const HistoryVersion &version);

private:
    void listDeleted(const QSet<QString> &listedIds);
    void showVersions();

    HistoryStore *m_history;
    QString m_profileId;
    QListWidget *m_segments;
    HistoryPanel *m_versions;
    QLabel *m_message;
};
