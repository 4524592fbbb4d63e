// SPDX-License-Identifier: MIT
#include "namerules.h"

#include <QCoreApplication>

namespace NameRules {

QString problem(const QString &name, const QStringList &otherNames)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("NameRules", "Give the segment a name.");
    if (name.size() > 100)
        return QCoreApplication::translate("NameRules",
                                           "Names have at most 100 characters (this one has %1).")
            .arg(name.size());
    if (otherNames.contains(name))
        return QCoreApplication::translate("NameRules",
                                           "Another segment is already called \"%1\"; names must "
                                           "be unique.")
            .arg(name);
    return {};
}

} // namespace NameRules
