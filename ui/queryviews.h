// SPDX-License-Identifier: MIT
#pragma once

#include "common/latestwork.h"
#include "query/buildermodel.h"
#include "query/fieldcatalogue.h"

#include <QTabWidget>
#include <QTimer>

class BuilderView;
class Clock;
class SqlEditor;

/// One edit, two views: "Visual" (the builder) and "SQL" (the editor). The SQL editor's text
/// stays the single source of truth: each builder edit replaces the text as one undoable edit
/// of its document, so one undo history serves both views; a change in the SQL view is read
/// back into the builder after a pause, and when it does not parse the builder keeps its last
/// good reading and says why. Switching views never changes the text.
class QueryViews : public QTabWidget
{
    Q_OBJECT

public:
    enum Page { Visual, Sql };

    /// `clock`: the day a new date condition starts on.
    QueryViews(SqlEditor *sql, const Clock *clock, QWidget *parent = nullptr);

    void setCatalogue(const FieldCatalogue &catalogue);
    void setListNames(const QHash<QString, QString> &names);
    /// Reads the editor's text now, as a new segment: when it does not parse, the builder
    /// starts empty rather than showing another segment's reading.
    void reload();
    /// While a save runs the text must not change: the builder is read-only, as the editor.
    void setSaving(bool saving);
    BuilderView *builder() const { return m_builder; }
    const BuilderModel &model() const { return m_model; }

private:
    void read();
    void show(Result<BuilderQuery> reading);
    void write();
    void updateEditable();

    SqlEditor *m_sql;
    BuilderModel m_model;
    BuilderView *m_builder;
    FieldCatalogue m_catalogue;
    QTimer m_readTimer;
    LatestWork m_readWork {this}; ///< a huge query is read off the GUI thread
    QString m_known; ///< the editor's text the builder last read or wrote
    bool m_reading = false;
    bool m_writing = false;
    bool m_saving = false;
    bool m_parsed = true; ///< the editor's text is what the builder shows
};
