// SPDX-License-Identifier: MIT
#include "builderlockedpiece.h"

#include "builderlabels.h"
#include "builderrowbuttons.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>

BuilderLockedPiece::BuilderLockedPiece(QWidget *parent)
    : BuilderItem(parent)
    , m_label(new QLabel(tr("SQL the builder cannot draw")))
    , m_text(new QPlainTextEdit)
    , m_buttons(new BuilderRowButtons(tr("SQL piece")))
{
    setObjectName(QStringLiteral("locked"));
    setAccessibleName(tr("SQL the builder cannot draw"));
    setFocusPolicy(Qt::ClickFocus);
    setFrameShape(QFrame::StyledPanel);
    QFont small = m_label->font();
    small.setItalic(true);
    m_label->setFont(small);
    m_label->setObjectName(QStringLiteral("lockedLabel"));
    m_label->setToolTip(tr("Kept exactly as written; edit it here or in the SQL view"));
    setUpText();
    m_label->setBuddy(m_text);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 2, 2);
    layout->setVerticalSpacing(1);
    layout->addWidget(makeDragHandle(), 0, 0);
    layout->addWidget(m_label, 0, 1);
    layout->addWidget(m_buttons, 0, 2, Qt::AlignRight);
    layout->addWidget(m_text, 1, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    m_pause.setSingleShot(true);
    m_pause.setInterval(600);
    connect(&m_pause, &QTimer::timeout, this, &BuilderLockedPiece::send);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        fitHeight();
        if (m_text->toPlainText() != m_sql)
            m_pause.start();
    });
    connect(m_buttons, &BuilderRowButtons::requested, this, &BuilderLockedPiece::request);
}

// The SQL as written: fixed-width, unwrapped, tinted as text kept as it is.
void BuilderLockedPiece::setUpText()
{
    m_text->setObjectName(QStringLiteral("lockedSql"));
    m_text->setAccessibleName(tr("SQL the builder cannot draw"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true);
    QPalette kept = m_text->palette(); // reads as "kept as is", not as a blank form field
    kept.setColor(QPalette::Base, kept.color(QPalette::AlternateBase));
    m_text->setPalette(kept);
}

void BuilderLockedPiece::display(const BuilderPath &path, const BuilderNode &node,
                                 const BuilderContext &context)
{
    Q_UNUSED(context)
    setPath(path);
    m_label->setText(
        tr("SQL the builder cannot draw: %1").arg(BuilderLabels::lockReason(node.locked.reason)));
    // Only a change of the piece itself replaces the text: a redraw for an edit elsewhere
    // leaves what is being typed here (or was refused, as the banner says) alone.
    if (node.locked.sql == m_sql)
        return;
    m_sql = node.locked.sql;
    m_pause.stop();
    m_text->setPlainText(m_sql);
}

// As tall as its text (up to 12 lines): the whole piece is visible without scrolling.
void BuilderLockedPiece::fitHeight()
{
    const int lines = std::clamp(m_text->document()->blockCount(), 1, 12);
    const int height = m_text->fontMetrics().lineSpacing() * lines
        + int(m_text->document()->documentMargin() * 2) + m_text->frameWidth() * 2 + 2;
    m_text->setFixedHeight(height);
}

void BuilderLockedPiece::send()
{
    BuilderEdit edit;
    edit.kind = BuilderEdit::Kind::SetLocked;
    edit.path = path();
    edit.sql = m_text->toPlainText();
    Q_EMIT requested(edit);
}

QWidget *BuilderLockedPiece::focusTarget()
{
    return m_text;
}

void BuilderLockedPiece::setPosition(bool first, bool last)
{
    m_buttons->setPosition(first, last);
}

QWidget *BuilderLockedPiece::chainTabs(QWidget *previous)
{
    if (previous)
        setTabOrder(previous, m_text);
    return chainChildren(m_text, m_buttons);
}
