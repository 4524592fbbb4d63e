// SPDX-License-Identifier: MIT
#pragma once

#include "common/latestwork.h"
#include "query/diagnostic.h"
#include "query/fieldcatalogue.h"

#include <QTimer>
#include <QWidget>

class Clock;
class MessageLine;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;
class QToolButton;
class QueryViews;
class SqlEditor;

/// The editor: name with live validation (message under the field), the SQL editor with
/// diagnostics, Format, Revert and Save. Save is enabled only when something changed and the
/// name is valid; query errors turn it into "Save anyway" (SendGrid decides validity).
class SegmentEditorPanel : public QWidget
{
    Q_OBJECT

public:
    /// `clock`: the day a new date condition in the builder starts on.
    explicit SegmentEditorPanel(const Clock *clock, QWidget *parent = nullptr);

    /// Starts editing a segment as loaded; the edit may already differ (a restored draft).
    void load(const QString &baseName, const QString &baseQuery, const QString &name,
              const QString &query, const QStringList &otherNames);
    void clear();
    void setCatalogue(const FieldCatalogue &catalogue);
    /// List id -> name, for completion, naming list ids in the SQL and the builder's lists.
    void setListNames(const QHash<QString, QString> &names);
    void setOtherNames(const QStringList &names);
    QString name() const;
    QString query() const;
    /// Whether the query holds anything but white space, without copying it.
    bool hasQuery() const;
    bool isDirty() const;
    /// A lint waits for typing to pause.
    bool isLintScheduled() const { return m_lintTimer.isActive(); }
    /// SendGrid's own messages: under the name field, or placed on the SQL.
    void showServerNameError(const QString &message);
    void showServerQueryError(const QString &message);
    void revert();
    void format();
    void setSaving(bool saving);
    /// A profile that may not change segments: Save is disabled and `reason` is its tooltip.
    /// An empty reason allows saving again.
    void setReadOnlyReason(const QString &reason);
    bool canSave() const;
    /// The first error the linter or SendGrid found in the query, as "line:column: message".
    QString firstQueryError() const;

Q_SIGNALS:
    void saveRequested();
    /// The Revert button: the window asks before revert() drops the edit.
    void revertRequested();
    void edited();
    /// An input the editor did not take (a paste over its size limit), and why.
    void refused(const QString &reason);

private:
    /// "+N more" lists this many problems at most: a label of 20,000 lines helps nobody.
    static constexpr int MaxListedDiagnostics = 100;
    /// Lines the listed problems may take under the editor; the tooltip has them all.
    static constexpr int MaxShownDiagnostics = 8;

    void nameControls();
    void buildLayout();
    void connectEdits();
    void validate();
    void lint();
    void showLint(QList<Diagnostic> diagnostics);
    Diagnostic serverQueryDiagnostic() const;
    void updateSaveButton();
    void showDiagnostics();

    QLineEdit *m_name;
    MessageLine *m_nameError;
    SqlEditor *m_sql;
    QueryViews *m_views; ///< "Visual | SQL" over m_sql
    MessageLine *m_queryStatus; ///< the first problem, or all of them ("+N more")
    QToolButton *m_moreDiagnostics; ///< "+N more": lists every diagnostic, not just the first
    QToolButton *m_fixIt; ///< applies the first fix-it the diagnostics offer
    QStackedLayout *m_pages;
    QWidget *m_editorPage;
    QLabel *m_emptyState; ///< shown while no segment is open
    QPushButton *m_format;
    QPushButton *m_revert;
    QPushButton *m_save;
    QTimer m_lintTimer;
    LatestWork m_lintWork {this}; ///< the lint of a huge query, off the GUI thread
    FieldCatalogue m_catalogue;
    QStringList m_otherNames;
    QString m_baseName;
    QString m_baseQuery;
    QList<Diagnostic> m_diagnostics;
    QString m_serverQueryError;
    QString m_seenQuery; ///< the SQL as of its last change, to tell edits from re-highlighting
    QString m_readOnlyReason;
    bool m_saving = false;
    bool m_loading = false;
};
