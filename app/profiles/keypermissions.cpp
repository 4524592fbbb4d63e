// SPDX-License-Identifier: MIT
#include "keypermissions.h"

KeyPermissions KeyPermissions::fromScopes(const QStringList &scopes)
{
    const auto has = [&scopes](const char *scope) { return scopes.contains(QLatin1String(scope)); };
    KeyPermissions p;
    p.read = has("marketing_campaigns.read") || has("marketing.read");
    p.create = has("marketing_campaigns.create");
    p.update = has("marketing_campaigns.update");
    p.remove = has("marketing_campaigns.delete");
    return p;
}
