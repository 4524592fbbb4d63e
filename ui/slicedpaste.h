// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTextCursor>

class QPlainTextEdit;
class SoftBreaks;

/// A paste too long to insert between two repaints (a 1.5 MB, 20,000-line query takes about
/// 100 ms to insert), put in a slice of SliceChars at a time between turns of the event loop,
/// as one undoable edit. Each slice ends at a line break (a soft one in a long line), so the
/// editor lays out whole lines. A long selection it replaces goes by slices first (removing a
/// 1.5 MB selection takes as long as inserting it). Input while slices remain first puts the rest
/// in (finish()); a new text for the editor cancels them (cancel()); so does a change made by
/// anyone else.
class SlicedPaste : public QObject
{
    Q_OBJECT

public:
    static constexpr int SliceChars = 32 * 1024;

    SlicedPaste(QPlainTextEdit *editor, SoftBreaks *breaks);

    /// Replaces the editor's selection with `shown` (as SoftBreaks::prepare() made it, with
    /// its breaks still prepared), the first slice now.
    void start(const QString &shown);
    bool isRunning() const { return m_toRemove > 0 || m_next < m_text.size(); }
    /// Inserts what is left now.
    void finish();
    /// Drops what is left.
    void cancel();

private:
    void insertSlice();
    void removeSlice();
    /// Opens the slice's edit block: the first one starts the undo step, the others join it.
    void beginSlice();
    void endSlice();
    void scheduleNext();

    QPlainTextEdit *m_editor;
    SoftBreaks *m_breaks;
    QString m_text;
    QList<int> m_textBreaks; ///< soft breaks in m_text, ascending
    qsizetype m_next = 0;
    int m_toRemove = 0; ///< characters of the replaced selection still to remove
    bool m_started = false; ///< whether a slice opened the undo step
    QTextCursor m_cursor;
    int m_revision = 0; ///< the document's after the last slice
    bool m_scheduled = false;
};
