// SPDX-License-Identifier: MIT
#include "previewpanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace {
QLabel *figureLabel(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText); // contact data is never interpreted as rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel)
    , m_matches(figureLabel(QStringLiteral("previewMatches"), tr("Preview: matching contacts")))
    , m_joins(figureLabel(QStringLiteral("previewJoins"), tr("Preview: contacts who would join")))
    , m_leaves(
          figureLabel(QStringLiteral("previewLeaves"), tr("Preview: contacts who would leave")))
{
    setObjectName(QStringLiteral("preview"));
    setFrameShape(QFrame::StyledPanel);
    // Its lines are read in full: the response below gives up room, this panel does not.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_heading->setObjectName(QStringLiteral("previewHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto *layout = new QFormLayout(this);
    layout->addRow(m_heading);
    layout->addRow(tr("Would match:"), m_matches);
    layout->addRow(tr("Would join:"), m_joins);
    layout->addRow(tr("Would leave:"), m_leaves);
    clear();
}

void PreviewPanel::showSearching()
{
    m_heading->setText(tr("Preview of your unsaved query: searching…"));
    show();
}

void PreviewPanel::showResult(const LivePreviewResult &result)
{
    m_heading->setText(
        tr("Preview of your unsaved query as of %1 — not a saved count; SendGrid counts the "
           "segment once it is saved")
            .arg(QLocale().toString(result.previewedAt.toLocalTime().time(), QLocale::LongFormat)));
    m_matches->setText(describe(result.matches));
    const bool compared = result.joins && result.leaves;
    m_joins->setText(compared ? describe(*result.joins) : QString());
    m_leaves->setText(compared ? describe(*result.leaves) : QString());
    for (QLabel *label : {m_joins, m_leaves}) {
        label->setVisible(compared);
        static_cast<QFormLayout *>(layout())->labelForField(label)->setVisible(compared);
    }
    show();
}

void PreviewPanel::clear()
{
    hide();
    for (QLabel *label : {m_heading, m_matches, m_joins, m_leaves})
        label->clear();
}

QString PreviewPanel::describe(const PreviewFigure &figure)
{
    if (!figure.notTranslatable.isEmpty())
        return tr("no preview: %1").arg(figure.notTranslatable);
    if (!figure.answer.isOk())
        return tr("no preview: %1").arg(figure.answer.error.toDisplayString().simplified());
    if (figure.atMost)
        return tr("at most %Ln contact(s) match the field and list conditions; email activity is "
                  "counted by SendGrid after saving (about 30 minutes for a new condition)",
                  nullptr, int(figure.count()));
    QStringList some;
    for (const Contact &c : figure.answer.value->contacts.mid(0, 3))
        some << c.email;
    const QString count = tr("%Ln contact(s)", nullptr, int(figure.count()));
    if (some.isEmpty())
        return count;
    return count + QStringLiteral(": ") + some.join(QStringLiteral(", "))
        + (figure.count() > some.size() ? QStringLiteral(", …") : QString());
}
