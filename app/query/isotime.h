// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

/// Whether `text` is a time as SendGrid documents them (ISO-8601): yyyy-MM-dd, optionally
/// THH:mm[:ss[.zzz]] and Z or ±HH[[:]mm].
bool isIsoTime(QStringView text);
/// Written as yyyy-MM-dd (with or without a time) though no such day or time exists
/// (2024-13-45, 2023-02-29, 25:00): a mistake, not another way of writing a time.
bool isImpossibleIsoTime(QStringView text);
