// SPDX-License-Identifier: MIT
#include "queryviews.h"

#include "builderview.h"
#include "query/builderreader.h"
#include "query/querylimits.h"
#include "sqleditor.h"

#include <QTabBar>
#include <QTextCursor>

QueryViews::QueryViews(SqlEditor *sql, const Clock *clock, QWidget *parent)
    : QTabWidget(parent)
    , m_sql(sql)
    , m_builder(new BuilderView(&m_model, clock))
{
    setObjectName(QStringLiteral("queryViews"));
    setAccessibleName(tr("Query views"));
    setDocumentMode(true);
    // Tab reaches the tab bar, and the page through it: the tab widget itself takes no focus.
    setFocusPolicy(Qt::NoFocus);
    tabBar()->setAccessibleName(tr("Visual or SQL view of the query"));
    addTab(m_builder, tr("&Visual"));
    addTab(m_sql, tr("S&QL"));
    setTabToolTip(Visual, tr("Build the query from conditions"));
    setTabToolTip(Sql, tr("Edit the query as SQL"));
    setCurrentIndex(Sql);
    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(150); // as the linter: after a pause in typing
    connect(&m_readTimer, &QTimer::timeout, this, &QueryViews::read);
    // textChanged also comes for new highlighting and underlines: only new text is read.
    connect(m_sql, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_writing && m_sql->text() != m_known)
            m_readTimer.start();
    });
    connect(&m_model, &BuilderModel::changed, this, &QueryViews::write);
    connect(m_builder, &BuilderView::undoRequested, m_sql, &QPlainTextEdit::undo);
    connect(m_builder, &BuilderView::redoRequested, m_sql, &QPlainTextEdit::redo);
    m_builder->setFields(BuilderFields::available(m_catalogue));
}

void QueryViews::setCatalogue(const FieldCatalogue &catalogue)
{
    m_catalogue = catalogue;
    m_builder->setFields(BuilderFields::available(m_catalogue));
    read(); // field types decide what is drawable
}

void QueryViews::setListNames(const QHash<QString, QString> &names)
{
    m_builder->setListNames(names);
}

void QueryViews::reload()
{
    read();
    if (m_parsed)
        return;
    // Another segment's reading would be a lie: an empty builder until the SQL parses.
    m_reading = true;
    m_model.restore({});
    m_reading = false;
}

void QueryViews::read()
{
    m_readTimer.stop();
    const QString text = m_sql->text();
    m_known = text;
    if (text.size() <= QueryLimits::InlineAnalysisChars) {
        m_readWork.cancel();
        return show(text.trimmed().isEmpty() ? Result<BuilderQuery>::success({}) // nothing yet
                                             : BuilderReader::read(text, m_catalogue));
    }
    m_parsed = false; // not editable until the reading arrives
    updateEditable();
    m_builder->setProblem(tr("Reading the query…"));
    m_readWork.run([text, catalogue = m_catalogue] { return BuilderReader::read(text, catalogue); },
                   [this, text](Result<BuilderQuery> reading) {
                       if (text == m_known)
                           show(std::move(reading));
                   });
}

void QueryViews::show(Result<BuilderQuery> reading)
{
    m_reading = true;
    if (reading.isOk())
        m_model.restore(std::move(reading.value()));
    m_reading = false;
    m_parsed = reading.isOk();
    updateEditable();
    m_builder->setProblem(reading.isOk() ? QString()
                                         : tr("The builder shows the last reading that parsed and "
                                              "cannot be edited until the SQL parses again. %1")
                                               .arg(reading.error()));
}

void QueryViews::setSaving(bool saving)
{
    m_saving = saving;
    updateEditable();
}

void QueryViews::updateEditable()
{
    m_builder->setEditable(m_parsed && !m_saving);
}

// The builder's edit becomes the editor's text as one undoable edit.
void QueryViews::write()
{
    if (m_reading)
        return;
    const Result<QString> sql = m_model.sql();
    if (!sql.isOk()) {
        m_builder->setProblem(tr("Not in the SQL yet: %1").arg(sql.error()));
        return;
    }
    m_builder->setProblem({});
    m_known = sql.value();
    if (sql.value() == m_sql->text())
        return;
    m_writing = true;
    QTextCursor cursor(m_sql->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(sql.value());
    cursor.endEditBlock();
    m_writing = false;
}
