// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QStringList>

/// SendGrid's rules for a segment name, checked before anything is sent (the editor) and when
/// a request arrives (the sandbox), so both count and refuse alike.
namespace NameRules {

constexpr qsizetype maxLength = 100;

/// Length as SendGrid and the spec's maxLength count it: Unicode code points, so an emoji is
/// one character (QString::size() would count two UTF-16 units).
qsizetype length(QStringView name);
/// Whether `name` holds a control character (Unicode category Cc: tabs, line breaks, NUL…).
bool hasControlCharacter(QStringView name);

/// Whether the name alone is acceptable: not empty or only whitespace, no control characters,
/// 1–100 code points. The error is the line shown under the name field.
VoidResult check(QStringView name);

/// check() plus uniqueness: `otherNames` are the account's other segments.
VoidResult check(const QString &name, const QStringList &otherNames);

/// A name SendGrid accepts that a person cannot tell from one of `otherNames`: the same but for
/// case, spacing or Unicode normalisation ("GERMANY" beside "Germany", "Köln" composed and
/// decomposed). The warning to show under the name field, or an empty string.
QString lookalikeWarning(const QString &name, const QStringList &otherNames);

/// "Copy of <name>", then "Copy of <name> (2)", (3)… until it is not in `taken`, shortened to
/// maxLength code points when the original is long.
QString copyName(const QString &name, const QStringList &taken);
/// `name`, or "<name> (2)", (3)… until it is not in `taken`, shortened likewise: a segment
/// recreated from the history keeps its name when it is free.
QString uniqueName(const QString &name, const QStringList &taken);

} // namespace NameRules
