// SPDX-License-Identifier: MIT
#pragma once

#include "api/contactlist.h"
#include "api/fielddefinition.h"
#include "api/segment.h"

/// Human-readable renderings of API values for the terminal.
namespace CliFormat {

QString segmentTable(const QList<SegmentSummary> &segments);
QString segmentDetails(const Segment &segment);
QString fieldTable(const QList<FieldDefinition> &fields);
QString listTable(const QList<ContactList> &lists);

} // namespace CliFormat
