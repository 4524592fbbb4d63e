// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"
#include "editing/segmentedit.h"

#include <QObject>
#include <QPointer>

#include <functional>

class EditFlow;
class ProfileFlow;
class QMessageBox;
class SegmentEditorPanel;
class QWidget;

/// The questions around an edit and its save, asked window-modal without a nested event loop:
/// unsaved changes before moving on (Save, Discard, Cancel), the production confirmation, a
/// query with errors, a conflict with SendGrid's version. What the person wanted once a save
/// chosen here lands waits for it and is dropped if it does not land.
class EditGuard : public QObject
{
    Q_OBJECT

public:
    EditGuard(EditFlow *flow, ProfileFlow *profiles, SegmentEditorPanel *editor, QWidget *window);

    /// With an unsaved edit, asks whether to save, discard or stay; `proceed` runs once it is
    /// fine to move on: at once without an edit, after Discard, or once a save chosen here has
    /// landed. `stay` runs otherwise.
    void confirmLeavingEdit(std::function<void()> proceed, std::function<void()> stay = {});
    /// Once per session for a production profile: `next` runs when the person confirms `what`.
    void confirmProduction(const QString &what, std::function<void()> next);
    /// Saves the editor's edit, after the confirmations it needs.
    void save();

Q_SIGNALS:
    /// The save landed as `segment`, or did not (`ok` false); `message` says how. What waited
    /// for it runs after the window's own reaction (connected first).
    void saveEnded(bool ok, const Segment &segment, const QString &message);

private:
    QMessageBox *unsavedChangesQuestion();
    void saveThen(std::function<void()> next);
    void confirmInvalidQuery(std::function<void()> next);
    void onConflict(const Segment &base, const Segment &theirs, const SegmentEdit &mine);
    void onSaved(const Segment &segment, const QString &message);
    void onNotSaved(const QString &message, const ApiError &error);
    /// What waited for the save goes: it did not land, or the person declined it.
    void dropWaiting();

    EditFlow *m_flow;
    ProfileFlow *m_profiles;
    SegmentEditorPanel *m_editor;
    QWidget *m_window;
    /// Holds what waits for the save chosen in the unsaved-changes question; gone with it.
    QPointer<QObject> m_waiting;
};
