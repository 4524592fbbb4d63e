// SPDX-License-Identifier: MIT
// BuilderValueEditor's email activity editor: which email, and when.
#include "buildervalueeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

// Which email: one single send, or any.
void BuilderValueEditor::addSingleSend()
{
    auto *singleSend = new QLineEdit;
    singleSend->setObjectName(QStringLiteral("singleSend"));
    singleSend->setAccessibleName(tr("Single send id (empty: any email)"));
    singleSend->setPlaceholderText(tr("any email, or a single send id"));
    singleSend->setMinimumWidth(200);
    connect(singleSend, &QLineEdit::textEdited, this, &BuilderValueEditor::emitEdited);
    addSlot(
        singleSend, [singleSend] { return singleSend->text(); },
        [singleSend](const QString &v) { singleSend->setText(v); });
}

// When: at any time, or in the last N days.
void BuilderValueEditor::addEngagement()
{
    addSingleSend();
    auto *when = new QWidget;
    auto *layout = new QHBoxLayout(when);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *period = new QComboBox;
    period->setObjectName(QStringLiteral("period"));
    period->setAccessibleName(tr("When"));
    period->addItem(tr("at any time"));
    period->addItem(tr("in the last"));
    auto *days = new QSpinBox;
    days->setObjectName(QStringLiteral("days"));
    days->setAccessibleName(tr("Days"));
    days->setRange(1, 999999);
    days->setValue(30);
    days->setSuffix(tr(" days"));
    layout->addWidget(period);
    layout->addWidget(days);
    connect(period, &QComboBox::activated, this, [this, days, period] {
        days->setHidden(period->currentIndex() == 0);
        emitEdited();
    });
    connect(days, &QSpinBox::valueChanged, this, &BuilderValueEditor::emitEdited);
    // Empty days: at any time (or, for the "did not" operators, never).
    addSlot(
        when,
        [period, days] {
            return period->currentIndex() == 0 ? QString() : QString::number(days->value());
        },
        [period, days](const QString &v) {
            period->setCurrentIndex(v.isEmpty() ? 0 : 1);
            days->setHidden(v.isEmpty());
            if (!v.isEmpty())
                days->setValue(v.toInt());
        });
}
