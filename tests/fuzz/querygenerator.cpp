// SPDX-License-Identifier: MIT
#include "querygenerator.h"

namespace QueryGenerator {
namespace {

/// How a step combines with the expression built so far (`e`):
/// Append: e before open×n middle close×n after
/// Conjoin: e AND before open×n middle close×n after
/// Wrap: before open×n e close×n after (`middle` unused)
/// Join: n more JOINs in the statement around the expression
enum class Mode { Append, Conjoin, Wrap, Join };

struct Construct
{
    Mode mode;
    const char *before;
    const char *open;
    const char *middle;
    const char *close;
    const char *after;
};

// Every construct the parser reads, as a long chain or a deep nest. "- " keeps its space:
// "--" starts a comment.
const Construct constructs[] = {
    {Mode::Append, "", " OR last_name = 'b'", "", "", ""},
    {Mode::Append, "", " AND city = 'c'", "", "", ""},
    {Mode::Append, "", " AND country = 'd' OR city = 'e'", "", "", ""},
    {Mode::Append, "", " OR email NOT LIKE '%a%'", "", "", ""},
    {Mode::Append, "", " AND first_name IS NOT NULL", "", "", ""},
    {Mode::Append, "", " AND 1 NOT BETWEEN 0 AND 2", "", "", ""},
    {Mode::Append, "", " /* c */", "", "", ""},
    {Mode::Append, "", " -- c\n", "", "", ""},
    {Mode::Conjoin, "1", " + 1", "", "", " = 2"},
    {Mode::Conjoin, "2", " * 2", "", "", " = 4"},
    {Mode::Conjoin, "9", " - 1 / 1 % 7", "", "", " = 0"},
    {Mode::Conjoin, "1", " = 1", "", "", ""},
    {Mode::Conjoin, "", "- ", "1", "", " = -1"},
    {Mode::Conjoin, "", "lower(", "first_name", ")", " = 'x'"},
    {Mode::Conjoin, "coalesce(first_name", ", last_name", "", "", ") = 'x'"},
    {Mode::Conjoin, "array_contains(list_ids, ", "[", "'a'", "]", ")"},
    {Mode::Conjoin, "array_contains(list_ids, ['a'", ", 'b'", "", "", "])"},
    {Mode::Conjoin, "updated_at > TIMESTAMP '2024-01-01T00:00:00Z' - ", "INTERVAL ", "1", " day",
     ""},
    {Mode::Conjoin, "updated_at > TIMESTAMP '2024-01-01T00:00:00Z'", " - INTERVAL 1 day", "", "",
     ""},
    {Mode::Conjoin, "postal_code IN ('1'", ", '2'", "", "", ")"},
    {Mode::Conjoin, "postal_code NOT IN (", "(", "'1'", ")", ")"},
    {Mode::Conjoin, "", "(1 + ", "1", ")", " = 1"},
    {Mode::Conjoin, "first_name = '", "a", "", "", "'"},
    {Mode::Conjoin, "\"", "a", "", "", "\" = 1"},
    {Mode::Conjoin, "", "9", "", "", " = 1"},
    {Mode::Wrap, "", "NOT ", "", "", ""},
    {Mode::Wrap, "", "(", "", ")", ""},
    {Mode::Wrap, "", "NOT (", "", ")", ""},
    {Mode::Wrap, "", "contact_id IN (SELECT contact_id FROM contact_data WHERE ", "", ")", ""},
    {Mode::Join, "", "", "", "", ""},
};
constexpr size_t constructCount = sizeof(constructs) / sizeof(constructs[0]);

QString apply(const Construct &c, const QString &e, int n)
{
    const QString open = QString::fromLatin1(c.open).repeated(n);
    const QString close = QString::fromLatin1(c.close).repeated(n);
    const QString before = QString::fromLatin1(c.before);
    const QString after = QString::fromLatin1(c.after);
    switch (c.mode) {
    case Mode::Append:
        return e + before + open + QString::fromLatin1(c.middle) + close + after;
    case Mode::Conjoin:
        return e + QStringLiteral(" AND ") + before + open + QString::fromLatin1(c.middle) + close
            + after;
    case Mode::Wrap:
        return before + open + e + close + after;
    case Mode::Join:
        break;
    }
    return e;
}

qsizetype grownSize(const Construct &c, qsizetype current, int n)
{
    const qsizetype perRepeat = qsizetype(qstrlen(c.open) + qstrlen(c.close));
    return current + 64 + qsizetype(qstrlen(c.before) + qstrlen(c.after)) + perRepeat * n;
}

QString statement(const QString &where, int joins)
{
    const QString join = QStringLiteral(" JOIN event_data AS e ON c.contact_id = e.contact_id");
    return QStringLiteral("SELECT c.contact_id, c.updated_at FROM contact_data AS c")
        + join.repeated(joins) + QStringLiteral(" WHERE ") + where;
}

} // namespace

bool isProgram(const uint8_t *data, size_t size)
{
    return size >= 1 && data[0] == marker;
}

QString expand(const uint8_t *data, size_t size)
{
    const bool asStatement = size >= 2 && (data[1] & 1);
    QString e = QStringLiteral("first_name = 'a'");
    int joins = 0;
    for (size_t at = 2, steps = 0; at + 3 <= size && steps < maxSteps; at += 3, ++steps) {
        const Construct &c = constructs[data[at] % constructCount];
        const int n = qMin(maxRepeat, int(data[at + 1]) << (data[at + 2] % 9));
        if (grownSize(c, e.size() + joins * 64, n) > maxChars)
            continue;
        if (c.mode == Mode::Join)
            joins += n;
        else
            e = apply(c, e, n);
    }
    return asStatement ? statement(e, joins) : e;
}

} // namespace QueryGenerator
