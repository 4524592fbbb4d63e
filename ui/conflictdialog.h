// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

/// Someone changed the segment since it was loaded: shows base, theirs and mine (name and
/// SQL; theirs and mine with their token-level changes against base marked in place, removals
/// included) and lets the person choose.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Cancel, KeepMine, TakeTheirs };

    struct Version
    {
        QString name;
        QString queryDsl;
    };

    ConflictDialog(const Version &base, const Version &theirs, const Version &mine,
                   QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    /// One version's column; `base` is what its changes are marked against (none: the base).
    QWidget *column(const QString &id, const QString &title, const Version &version,
                    const Version *base);

    Choice m_choice = Choice::Cancel;
};
