// SPDX-License-Identifier: MIT
#pragma once

#include "builderitem.h"

#include <QTimer>

#include <limits>
#include <optional>

class BuilderGroupWidget;
class Clock;
class BuilderKeyFilter;
class BuilderModel;
class QLabel;
class QScrollArea;

/// The visual builder: draws a BuilderModel's tree (groups, condition rows, locked SQL
/// pieces), turns what a person does into model edits, and shows in a banner why something
/// could not be done or shown. It never touches SQL text itself: QueryViews does.
class BuilderView : public QWidget
{
    Q_OBJECT

public:
    /// `clock`: the day a new date condition starts on.
    BuilderView(BuilderModel *model, const Clock *clock, QWidget *parent = nullptr);

    void setFields(const QList<BuilderFields::Field> &fields);
    void setListNames(const QHash<QString, QString> &names);
    const BuilderContext &context() const { return m_context; }
    /// The banner's text; empty hides it.
    void setProblem(const QString &text);
    QString problem() const;
    /// Whether rows can be edited (not while the SQL shown is not the SQL in the editor).
    void setEditable(bool editable);
    /// The drawn item at `path`, or nullptr.
    /// (Draws what is still to draw first.)
    BuilderItem *itemAt(const BuilderPath &path);
    void apply(const BuilderEdit &edit);
    /// Slices of a draw are still to come.
    bool isDrawing() const { return m_nextSlice.isActive(); }

Q_SIGNALS:
    void undoRequested();
    void redoRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpBanner();
    void setUpConditions();
    /// Draws the model now when the builder is shown, else when it is next shown: drawing a
    /// 10 KB query takes longer than a keystroke may, and the SQL view does not need it.
    void refresh();
    void draw();
    /// Draws on where the last slice stopped, for up to `budgetNs`; schedules the next.
    void drawSlice(qint64 budgetNs = std::numeric_limits<qint64>::max());
    /// Redraws only the row at m_changed (an edit of one condition or SQL piece): typing in a
    /// builder field must not redraw a whole 10 KB query per key. False when it cannot.
    bool drawChangedItem();
    void giveKeys(QWidget *widget);
    Result<BuilderPath> applyToModel(const BuilderEdit &edit);
    Result<BuilderPath> move(const BuilderPath &path, int by);
    Result<BuilderPath> moveTo(const BuilderPath &path, const BuilderPath &parent, int index);
    void focusAfterRemoving(const BuilderPath &path);
    void focusItem(const BuilderPath &path);

    /// The first slice draws what fills the pane; later ones keep each turn of the event loop
    /// short (their rows still have to be shown and laid out after them).
    static constexpr qint64 FirstSliceNs = 12'000'000;
    static constexpr qint64 SliceNs = 8'000'000;

    BuilderModel *m_model;
    QLabel *m_banner;
    QScrollArea *m_scroll;
    BuilderGroupWidget *m_root;
    QLabel *m_statement;
    BuilderKeyFilter *m_keys;
    BuilderContext m_context;
    QTimer m_nextSlice;
    int m_generation = 0; ///< the draw under way (BuilderDrawSlice)
    bool m_stale = false; ///< the model changed while the builder was hidden
    std::optional<BuilderPath> m_changed; ///< the one node the pending change is about
};
