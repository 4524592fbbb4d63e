// SPDX-License-Identifier: MIT
#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const Version &base, const Version &theirs, const Version &mine,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Segment changed by someone else"));
    setAccessibleName(windowTitle());
    auto *explanation = new QLabel(tr("This segment was changed in SendGrid after you opened it. "
                                      "Lines that differ from the version you started from are "
                                      "highlighted. Choose which version to keep."));
    explanation->setWordWrap(true);
    auto *columns = new QHBoxLayout;
    columns->addWidget(column(tr("When you opened it"), base, base));
    columns->addWidget(column(tr("Theirs (in SendGrid now)"), theirs, base));
    columns->addWidget(column(tr("Mine (your edit)"), mine, base));
    auto *buttons = new QDialogButtonBox;
    QPushButton *keepMine
        = buttons->addButton(tr("Save mine over theirs"), QDialogButtonBox::AcceptRole);
    QPushButton *takeTheirs
        = buttons->addButton(tr("Take theirs, drop mine"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1100, 480);
}

QWidget *ConflictDialog::column(const QString &title, const Version &version, const Version &base)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    auto *name = new QLabel(version.name);
    name->setTextFormat(Qt::PlainText);
    name->setWordWrap(true);
    if (version.name != base.name)
        name->setStyleSheet(QStringLiteral("background: #fff3b0"));
    auto *sql = new QPlainTextEdit(version.queryDsl);
    sql->setReadOnly(true);
    sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    sql->setAccessibleName(title + tr(": query"));
    const QStringList baseLines = base.queryDsl.split(u'\n');
    QList<QTextEdit::ExtraSelection> changed;
    for (QTextBlock block = sql->document()->begin(); block.isValid(); block = block.next()) {
        if (baseLines.contains(block.text()))
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(QColor(0xff, 0xf3, 0xb0));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(block);
        changed.append(selection);
    }
    sql->setExtraSelections(changed);
    layout->addWidget(heading);
    layout->addWidget(name);
    layout->addWidget(sql, 1);
    return box;
}
