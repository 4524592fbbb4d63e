// SPDX-License-Identifier: MIT
#include "functionsignatures.h"

#include <algorithm>

namespace FunctionSignatures {

std::span<const FunctionSignature> all()
{
    static const FunctionSignature signatures[] = {
        {u"array_contains", 2, 2, false, u"list_column, value | [values]"},
        {u"contains", 2, 2, false, u"text, part"},
        {u"lower", 1, 1, false, u"text"},
        {u"upper", 1, 1, false, u"text"},
        {u"length", 1, 1, false, u"text"},
        {u"concat", 1, -1, false, u"text, …"},
        {u"current_timestamp", 0, 0, false, u""},
        {u"now", 0, 0, false, u""},
        {u"timestampadd", 3, 3, false, u"unit, count, time"},
        {u"max", 1, 1, true, u"column"},
    };
    return signatures;
}

const FunctionSignature *find(QStringView name)
{
    const auto signatures = all();
    const auto at = std::find_if(signatures.begin(), signatures.end(),
                                 [name](const FunctionSignature &s) { return s.name == name; });
    return at == signatures.end() ? nullptr : &*at;
}

} // namespace FunctionSignatures
