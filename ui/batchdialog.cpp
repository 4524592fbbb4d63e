// SPDX-License-Identifier: MIT
#include "batchdialog.h"

#include "flows/batchflow.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString statusText(BatchOutcome::Status status)
{
    switch (status) {
    case BatchOutcome::Status::Done:
        return BatchDialog::tr("done");
    case BatchOutcome::Status::Failed:
        return BatchDialog::tr("failed");
    case BatchOutcome::Status::Cancelled:
        return BatchDialog::tr("not sent (cancelled)");
    }
    return {};
}

} // namespace

BatchDialog::BatchDialog(BatchFlow *batch, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_batch(batch)
    , m_progress(new QProgressBar)
    , m_state(new QLabel)
    , m_outcomes(new QTreeWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(title);
    m_progress->setAccessibleName(tr("Progress"));
    m_state->setObjectName(QStringLiteral("batchState"));
    m_state->setWordWrap(true);
    m_outcomes->setObjectName(QStringLiteral("batchOutcomes"));
    m_outcomes->setAccessibleName(tr("What became of each segment"));
    m_outcomes->setHeaderLabels({tr("Segment"), tr("Outcome"), tr("Details")});
    m_outcomes->setRootIsDecorated(false);
    m_outcomes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_outcomes->hide();
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BatchDialog::reject);
    connect(batch, &BatchFlow::progressed, this, &BatchDialog::onProgressed);
    connect(batch, &BatchFlow::waiting, this, &BatchDialog::onWaiting);
    connect(batch, &BatchFlow::finished, this, &BatchDialog::onFinished);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcomes, 1);
    layout->addWidget(m_buttons);
    resize(640, 200);
}

void BatchDialog::onProgressed(int settled, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(settled);
    m_state->setText(tr("%1 of %2 done…").arg(settled).arg(total));
}

void BatchDialog::onWaiting(const QString &name, qint64 delayMs, const ApiError &cause)
{
    const QString why = cause.kind == ApiError::Kind::RateLimited ? tr("SendGrid's rate limit")
                                                                  : cause.toDisplayString();
    m_state->setText(tr("Waiting %1 s before trying \"%2\" again: %3")
                         .arg(QLocale().toString(double(delayMs) / 1000.0, 'f', 1), name, why));
}

void BatchDialog::onFinished(const QList<BatchOutcome> &outcomes)
{
    int failed = 0;
    for (const BatchOutcome &o : outcomes) {
        auto *item = new QTreeWidgetItem(m_outcomes, {o.name, statusText(o.status), o.detail});
        item->setToolTip(2, o.detail);
        failed += o.status == BatchOutcome::Status::Failed ? 1 : 0;
    }
    m_state->setText(failed == 0
                         ? tr("Finished.")
                         : tr("Finished; %n segment(s) failed: see why below.", nullptr, failed));
    m_outcomes->show();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    resize(width(), 420);
}

QStringList BatchDialog::outcomeLines() const
{
    QStringList lines;
    for (int i = 0; i < m_outcomes->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_outcomes->topLevelItem(i);
        lines << item->text(0) + QStringLiteral(" — ") + item->text(1);
    }
    return lines;
}

void BatchDialog::reject()
{
    if (m_batch->isRunning())
        return m_batch->cancel(); // finished() follows, and the dialog stays to say what was done
    QDialog::reject();
}
