// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// What the person has in the editor for one segment: its name and query.
struct SegmentEdit
{
    QString name;
    QString queryDsl;

    friend bool operator==(const SegmentEdit &, const SegmentEdit &) = default;
};
