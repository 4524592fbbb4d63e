// SPDX-License-Identifier: MIT
#pragma once

#include "flows/batchoutcome.h"

#include <QDialog>

struct ApiError;
class BatchFlow;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTreeWidget;

/// A batch action under way (#21 §1): how far it is, the wait it is in when SendGrid's rate
/// limit holds it back, Cancel, and at the end what became of each segment. Closing the
/// dialog while it runs cancels what has not been sent.
class BatchDialog : public QDialog
{
    Q_OBJECT

public:
    BatchDialog(BatchFlow *batch, const QString &title, QWidget *parent = nullptr);

    /// The outcomes as listed, one line per segment: "name — what happened".
    QStringList outcomeLines() const;

protected:
    void reject() override;

private:
    void onProgressed(int settled, int total);
    void onWaiting(const QString &name, qint64 delayMs, const ApiError &cause);
    void onFinished(const QList<BatchOutcome> &outcomes);

    BatchFlow *m_batch;
    QProgressBar *m_progress;
    QLabel *m_state;
    QTreeWidget *m_outcomes;
    QDialogButtonBox *m_buttons;
};
