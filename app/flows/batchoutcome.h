// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

/// How one segment of a batch (#21 §1) ended.
struct BatchOutcome
{
    enum class Status { Done, Failed, Cancelled };

    QString id;
    QString name;
    Status status = Status::Cancelled;
    /// Failed: what went wrong; Done: what was made (a copy's name), or empty.
    QString detail;

    bool operator==(const BatchOutcome &) const = default;
};

Q_DECLARE_METATYPE(BatchOutcome)
