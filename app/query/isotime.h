// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

/// Whether `text` is a time as SendGrid documents them (ISO-8601): yyyy-MM-dd, optionally
/// THH:mm[:ss[.zzz]] and Z or ±HH[[:]mm].
bool isIsoTime(QStringView text);
