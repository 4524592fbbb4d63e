// SPDX-License-Identifier: MIT
#include "sqlcompleter.h"

#include "sqleditor.h"

#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeView>

namespace {

constexpr int InsertRole = Qt::UserRole;

} // namespace

SqlCompleter::SqlCompleter(SqlEditor *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    auto *view = new QTreeView;
    view->setObjectName(QStringLiteral("completionPopup"));
    view->setHeaderHidden(true);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // sized to its entries
    m_completer->setPopup(view); // the completer owns it
    m_completer->setWidget(editor);
    // The candidates are already filtered and ordered; the completer only shows them.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &SqlCompleter::accept);
}

Completion SqlCompleter::completionAtCursor() const
{
    return QueryCompletion::complete(m_editor->text(), m_editor->textCursor().position(),
                                     m_catalogue, m_listNames);
}

void SqlCompleter::open()
{
    if (m_editor->isReadOnly())
        return;
    const Completion completion = completionAtCursor();
    if (completion.candidates.isEmpty())
        return m_completer->popup()->hide();
    show(completion);
}

void SqlCompleter::typed(QChar typed)
{
    const Completion completion = completionAtCursor();
    if (completion.opensWhileTyping(typed, isOpen()))
        show(completion);
    else
        m_completer->popup()->hide();
}

void SqlCompleter::refresh()
{
    if (!isOpen())
        return;
    const Completion completion = completionAtCursor();
    if (completion.candidates.isEmpty())
        return m_completer->popup()->hide();
    show(completion);
}

bool SqlCompleter::isOpen() const
{
    return m_completer->popup()->isVisible();
}

QAbstractItemView *SqlCompleter::popup() const
{
    return m_completer->popup();
}

void SqlCompleter::show(const Completion &completion)
{
    QAbstractItemView *view = m_completer->popup();
    const QFontMetrics metrics(view->font());
    int nameWidth = 0;
    int detailWidth = 0;
    m_model->clear();
    m_model->setColumnCount(2);
    for (const CompletionCandidate &candidate : completion.candidates) {
        auto *name = new QStandardItem(candidate.label);
        name->setData(candidate.insert, InsertRole);
        auto *detail = new QStandardItem(describe(candidate));
        detail->setForeground(m_editor->palette().brush(QPalette::PlaceholderText));
        nameWidth = qMax(nameWidth, metrics.horizontalAdvance(name->text()));
        detailWidth = qMax(detailWidth, metrics.horizontalAdvance(detail->text()));
        m_model->appendRow({name, detail});
    }
    // Sized to the entries: the popup opens at the cursor, not squeezed against the screen edge.
    const int padding = 3 * metrics.horizontalAdvance(u'M');
    QRect at = m_editor->cursorRect();
    at.translate(m_editor->viewport()->pos());
    at.setWidth(nameWidth + detailWidth + 2 * padding
                + view->verticalScrollBar()->sizeHint().width());
    m_completer->complete(at);
    static_cast<QTreeView *>(view)->setColumnWidth(0, nameWidth + padding);
    view->setCurrentIndex(m_model->index(0, 0));
}

QString SqlCompleter::describe(const CompletionCandidate &candidate) const
{
    using Kind = CompletionCandidate::Kind;
    using Type = FieldCatalogue::Type;
    switch (candidate.kind) {
    case Kind::Field: {
        const Type type = candidate.type.value_or(Type::Text);
        const QString name = type == Type::Number ? tr("Number")
            : type == Type::Date                  ? tr("Date")
            : type == Type::TextArray             ? tr("list of text")
            : type == Type::Json                  ? tr("JSON")
                                                  : tr("Text");
        return candidate.detail == FieldCatalogue::eventTable() ? tr("%1 · event_data").arg(name)
                                                                : name;
    }
    case Kind::Function:
        return candidate.detail;
    case Kind::Table:
        return tr("table");
    case Kind::Alias:
        return tr("alias of %1").arg(candidate.detail);
    case Kind::List:
        return tr("list %1").arg(candidate.detail);
    case Kind::Keyword:
        return tr("keyword");
    }
    return {};
}

bool SqlCompleter::handleKey(QKeyEvent *event)
{
    if (!isOpen())
        return false;
    QAbstractItemView *view = m_completer->popup();
    const int row = view->currentIndex().row();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        accept(view->currentIndex());
        return true;
    case Qt::Key_Escape:
        view->hide();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // Keys sent to the editor itself (not through the popup) still move the choice.
        const int next
            = qBound(0, row + (event->key() == Qt::Key_Up ? -1 : 1), m_model->rowCount() - 1);
        view->setCurrentIndex(m_model->index(next, 0));
        return true;
    }
    default:
        return false;
    }
}

void SqlCompleter::accept(const QModelIndex &index)
{
    m_completer->popup()->hide();
    if (!index.isValid())
        return;
    const QString insert = index.siblingAtColumn(0).data(InsertRole).toString();
    // The range is read again: the popup may have been opened a few keys ago.
    const Completion completion = completionAtCursor();
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(completion.replace.offset);
    cursor.setPosition(completion.replace.end(), QTextCursor::KeepAnchor);
    cursor.insertText(insert);
    m_editor->setTextCursor(cursor);
    if (insert.endsWith(u'('))
        typed(u'('); // array_contains( goes on to the list columns
}
