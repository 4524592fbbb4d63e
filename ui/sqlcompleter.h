// SPDX-License-Identifier: MIT
#pragma once

#include "query/completion.h"
#include "query/fieldcatalogue.h"

#include <QHash>
#include <QObject>

class QAbstractItemView;
class QCompleter;
class QKeyEvent;
class QModelIndex;
class SqlEditor;
class QStandardItemModel;

/// Completion in the SQL editor: a popup of what fits at the cursor (QueryCompletion), opened
/// by Ctrl+Space or while typing. Enter or Tab inserts the chosen entry, Esc closes the popup.
/// The candidates are computed on the GUI thread: they take well under a millisecond for a
/// 10 KB query (bench_editor), so typing never waits for them.
class SqlCompleter : public QObject
{
    Q_OBJECT

public:
    explicit SqlCompleter(SqlEditor *editor);

    void setCatalogue(const FieldCatalogue &catalogue) { m_catalogue = catalogue; }
    void setListNames(const QHash<QString, QString> &names) { m_listNames = names; }
    const QHash<QString, QString> &listNames() const { return m_listNames; }

    /// Opens the popup at the cursor with whatever fits there, even with nothing typed.
    void open();
    /// After `typed` went into the text: opens, updates or closes the popup.
    void typed(QChar typed);
    /// After the cursor moved or text was deleted: updates the open popup or closes it.
    void refresh();
    /// A key pressed while the popup is open: true when it was the popup's (Enter, Tab, Esc,
    /// Up, Down).
    bool handleKey(QKeyEvent *event);
    bool isOpen() const;
    QAbstractItemView *popup() const;

private:
    Completion completionAtCursor() const;
    void show(const Completion &completion);
    void accept(const QModelIndex &index);
    QString describe(const CompletionCandidate &candidate) const;

    SqlEditor *m_editor;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    FieldCatalogue m_catalogue;
    QHash<QString, QString> m_listNames;
};
