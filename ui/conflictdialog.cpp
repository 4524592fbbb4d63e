// SPDX-License-Identifier: MIT
#include "conflictdialog.h"

#include "diffpane.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const Version &base, const Version &theirs, const Version &mine,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Segment changed by someone else"));
    setAccessibleName(windowTitle());
    auto *explanation = new QLabel(tr("This segment was changed in SendGrid after you opened it. "
                                      "Each side shows what it changed in the version you started "
                                      "from: added on green, removed struck through on red. "
                                      "Choose which version to keep."));
    explanation->setWordWrap(true);
    auto *columns = new QHBoxLayout;
    columns->addWidget(column(QStringLiteral("base"), tr("When you opened it"), base, nullptr));
    columns->addWidget(
        column(QStringLiteral("theirs"), tr("Theirs (in SendGrid now)"), theirs, &base));
    columns->addWidget(column(QStringLiteral("mine"), tr("Mine (your edit)"), mine, &base));
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

QWidget *ConflictDialog::column(const QString &id, const QString &title, const Version &version,
                                const Version *base)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    // Theirs and mine show their changes against base in place: a renamed segment shows the old
    // name struck through, the query its removed tokens struck through and its added ones marked.
    auto *name = new QLabel(base ? markedNameHtml(base->name, version.name)
                                 : version.name.toHtmlEscaped());
    name->setObjectName(id + QStringLiteral("Name"));
    name->setTextFormat(Qt::RichText);
    name->setWordWrap(true);
    auto *sql = new DiffPane;
    sql->setObjectName(id + QStringLiteral("Query"));
    if (base)
        sql->showInline(QueryDiff::compare(base->queryDsl, version.queryDsl), base->queryDsl,
                        version.queryDsl);
    else
        sql->showPlain(version.queryDsl);
    sql->setAccessibleName(title + tr(": query"));
    layout->addWidget(heading);
    layout->addWidget(name);
    layout->addWidget(sql, 1);
    return box;
}
