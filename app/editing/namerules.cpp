// SPDX-License-Identifier: MIT
#include "namerules.h"

#include <QCoreApplication>

namespace NameRules {

qsizetype length(QStringView name)
{
    qsizetype count = name.size();
    for (qsizetype i = 0; i + 1 < name.size(); ++i) {
        if (name[i].isHighSurrogate() && name[i + 1].isLowSurrogate())
            --count; // the pair is one code point
    }
    return count;
}

bool hasControlCharacter(QStringView name)
{
    // Every control character (category Cc) is in the Basic Multilingual Plane.
    return std::any_of(name.begin(), name.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

VoidResult check(QStringView name)
{
    if (name.trimmed().isEmpty())
        return VoidResult::failure(
            name.isEmpty()
                ? QCoreApplication::translate("NameRules", "Give the segment a name.")
                : QCoreApplication::translate("NameRules",
                                              "A name cannot be only spaces; give the segment a "
                                              "name."));
    if (hasControlCharacter(name))
        return VoidResult::failure(QCoreApplication::translate(
            "NameRules", "Names cannot hold control characters such as tabs or line breaks."));
    if (const qsizetype size = length(name); size > maxLength)
        return VoidResult::failure(
            QCoreApplication::translate("NameRules",
                                        "Names have at most 100 characters (this one has %1).")
                .arg(size));
    return VoidResult::success();
}

VoidResult check(const QString &name, const QStringList &otherNames)
{
    if (VoidResult alone = check(QStringView(name)); !alone.isOk())
        return alone;
    if (otherNames.contains(name))
        return VoidResult::failure(
            QCoreApplication::translate("NameRules",
                                        "Another segment is already called \"%1\"; names must "
                                        "be unique.")
                .arg(name));
    return VoidResult::success();
}

namespace {

/// What is left of a name when case, spacing and normalisation are set aside.
QString lookalikeKey(const QString &name)
{
    QString key = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

} // namespace

QString lookalikeWarning(const QString &name, const QStringList &otherNames)
{
    const QString key = lookalikeKey(name);
    if (key.isEmpty())
        return {};
    for (const QString &other : otherNames) {
        if (other != name && lookalikeKey(other) == key)
            return QCoreApplication::translate(
                       "NameRules",
                       "Another segment is called \"%1\": the same but for capitals, spaces or "
                       "how letters are encoded. Two such names are easily mixed up.")
                .arg(other);
    }
    return {};
}

QString copyName(const QString &name, const QStringList &taken)
{
    return uniqueName(QCoreApplication::translate("NameRules", "Copy of %1").arg(name), taken);
}

QString uniqueName(const QString &name, const QStringList &taken)
{
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? QString() : QStringLiteral(" (%1)").arg(n);
        QString base = name;
        // Shorten by code points, never splitting a surrogate pair.
        while (length(base) + length(suffix) > maxLength)
            base.chop(base.size() >= 2 && base.back().isLowSurrogate() ? 2 : 1);
        QString candidate = base + suffix;
        if (!taken.contains(candidate, Qt::CaseInsensitive))
            return candidate;
    }
}

} // namespace NameRules
