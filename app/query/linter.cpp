// SPDX-License-Identifier: MIT
#include "linter.h"

#include "astarena.h"
#include "functionsignatures.h"
#include "isotime.h"
#include "joincheck.h"
#include "tablescope.h"

namespace {

using Type = FieldCatalogue::Type;

DiagnosticText argumentCount(const FunctionSignature &s)
{
    const QString n = QString::number(s.minArguments);
    if (s.maxArguments == s.minArguments)
        return s.minArguments == 0 ? DiagnosticText(QT_TRANSLATE_NOOP("Diagnostic", "no arguments"))
            : s.minArguments == 1
            ? DiagnosticText(QT_TRANSLATE_NOOP("Diagnostic", "one argument"))
            : DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic", "%1 arguments"), {n}};
    return s.minArguments == 1
        ? DiagnosticText(QT_TRANSLATE_NOOP("Diagnostic", "at least one argument"))
        : DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic", "at least %1 arguments"), {n}};
}

bool isComparison(QStringView op)
{
    static const QStringView ops[] = {u"=", u"!=", u"<", u"<=", u">", u">="};
    return std::find(std::begin(ops), std::end(ops), op) != std::end(ops);
}

class Linter
{
public:
    Linter(const FieldCatalogue &catalogue, QStringView text)
        : m_catalogue(catalogue)
        , m_text(text)
    { }

    QList<Diagnostic> run(const ParsedQuery &query)
    {
        if (query.form == ParsedQuery::Form::Statement)
            statement(*query.statement, {}, true);
        else
            // SGQL v1 reaches engagement through pseudo-fields (event_type, …) on the contact.
            expression(query.expression,
                       {{QStringView(), FieldCatalogue::contactTable()},
                        {FieldCatalogue::eventTable(), FieldCatalogue::eventTable()}});
        return m_out;
    }

private:
    void add(Diagnostic::Severity severity, SourceRange range, DiagnosticText message,
             const QString &fixIt = {}, std::optional<SourceRange> fixRange = {})
    {
        m_out.append(
            Diagnostic::make(severity, range, std::move(message), fixIt, fixRange.value_or(range)));
    }

    /// Where `name` (a view of the query text) is: a fix-it replaces the name alone, not the
    /// qualifier or alias around it. Names that are not slices of the text keep `whole`.
    SourceRange nameRange(QStringView name, SourceRange whole) const
    {
        const QChar *begin = m_text.data();
        const std::less<const QChar *> before;
        if (before(name.data(), begin) || before(begin + m_text.size(), name.data() + name.size()))
            return whole;
        return {int(name.data() - begin), int(name.size())};
    }

    void statement(const SelectStatement &s, TableScope scope, bool topLevel)
    {
        if (s.from.table.isEmpty())
            return; // the parser already reported it
        addTable(s.from, scope);
        for (const Join &j : s.joins)
            addTable(j.table, scope);
        if (topLevel)
            selectList(s);
        if (s.items.size() == 3) {
            m_aggregateAllowed = true;
            expression(s.items[2].expr, scope);
            m_aggregateAllowed = false;
        }
        QList<QStringView> before {s.from.referenceName()};
        for (const Join &j : s.joins) {
            joinCondition(j, scope);
            if (const auto unrelated = JoinCheck::unrelatedTables(j, before))
                add(Diagnostic::Severity::Warning, j.on->range, *unrelated);
            before << j.table.referenceName();
        }
        expression(s.where, scope);
        for (const ExprPtr &g : s.groupBy)
            expression(g, scope);
        if (s.having)
            m_selectAliases.append(s.items.size() > 2 ? s.items[2].alias : QStringView());
        m_aggregateAllowed = true;
        expression(s.having, scope);
        m_aggregateAllowed = false;
        const bool hasContacts = scope.hasTable(FieldCatalogue::contactTable());
        const bool tablesKnown = FieldCatalogue::isKnownTable(s.from.table);
        if (topLevel && tablesKnown && !hasContacts)
            add(Diagnostic::Severity::Error, s.from.range,
                QT_TRANSLATE_NOOP(
                    "Diagnostic",
                    "A segment must select from contact_data: it is the table of contacts"));
    }

    void addTable(const TableRef &t, TableScope &scope)
    {
        if (!FieldCatalogue::isKnownTable(t.table)) {
            add(Diagnostic::Severity::Error, t.range,
                DiagnosticText {
                    QT_TRANSLATE_NOOP(
                        "Diagnostic",
                        "Unknown table \"%1\": segments can only use contact_data and event_data"),
                    {t.table}},
                (t.table.contains(u'e', Qt::CaseInsensitive) && t.table.contains(u'v')
                     ? FieldCatalogue::eventTable()
                     : FieldCatalogue::contactTable())
                    .toString(),
                nameRange(t.table, t.range));
            return;
        }
        const bool events = sameName(t.table, FieldCatalogue::eventTable());
        scope.add(t.referenceName(),
                  events ? FieldCatalogue::eventTable() : FieldCatalogue::contactTable());
    }

    void selectList(const SelectStatement &s)
    {
        auto isColumn = [](const SelectItem &item, QStringView name) {
            return item.expr->kind == Expr::Kind::Column && sameName(item.expr->name, name);
        };
        const bool required = s.items.size() >= 2 && isColumn(s.items[0], u"contact_id")
            && isColumn(s.items[1], u"updated_at");
        const bool extraOk = s.items.size() == 2
            || (s.items.size() == 3 && s.items[2].expr->kind == Expr::Kind::Function
                && s.items[2].expr->name == u"max" && !s.items[2].alias.isEmpty());
        if (!required || !extraOk) {
            SourceRange range = s.items.isEmpty() ? s.range : s.items.first().expr->range;
            range
                = SourceRange::cover(range, s.items.isEmpty() ? range : s.items.last().expr->range);
            add(Diagnostic::Severity::Error, range,
                QT_TRANSLATE_NOOP(
                    "Diagnostic",
                    "A segment selects exactly contact_id, updated_at (plus at most one "
                    "MAX(…) AS name for last-event queries)"),
                QStringLiteral("contact_id, updated_at"));
        }
    }

    void joinCondition(const Join &j, const TableScope &scope)
    {
        const Expr *on = j.on;
        auto isContactId = [](const Expr *e) {
            return e && e->kind == Expr::Kind::Column && sameName(e->name, u"contact_id");
        };
        if (on
            && !(on->kind == Expr::Kind::Binary && on->op == u"=" && isContactId(on->children[0])
                 && isContactId(on->children[1])))
            add(Diagnostic::Severity::Error, on->range,
                QT_TRANSLATE_NOOP("Diagnostic",
                                  "Tables can only be joined on contact_id, e.g. ON c.contact_id = "
                                  "e.contact_id"));
        expression(on, scope);
    }

    void expression(const Expr *root, const TableScope &scope)
    {
        if (!root)
            return;
        switch (root->kind) {
        case Expr::Kind::Column:
        case Expr::Kind::Path:
            column(*root, scope);
            return;
        case Expr::Kind::Function:
            function(*root);
            break;
        case Expr::Kind::Binary:
            comparison(*root, scope);
            break;
        case Expr::Kind::InSelect:
            statement(*root->subquery, scope, false);
            break;
        default:
            break;
        }
        for (const ExprPtr &child : root->children)
            expression(child, scope);
    }

    /// Where a column reference points: its table, and its type there when the catalogue
    /// knows the name.
    struct ColumnRef
    {
        QStringView table;
        std::optional<Type> type;
    };

    /// The table and type of `e`; nullopt when its qualifier names no table of the query.
    std::optional<ColumnRef> resolve(const Expr &e, const TableScope &scope) const
    {
        if (!e.qualifier.isEmpty()) {
            const auto table = scope.find(e.qualifier);
            if (!table)
                return std::nullopt;
            return ColumnRef {*table, m_catalogue.columnType(*table, e.name)};
        }
        for (QStringView table : {FieldCatalogue::contactTable(), FieldCatalogue::eventTable()}) {
            if (!scope.hasTable(table))
                continue;
            if (const auto type = m_catalogue.columnType(table, e.name))
                return ColumnRef {table, type};
        }
        const QStringView table = scope.find({}).value_or(FieldCatalogue::contactTable());
        return ColumnRef {table, m_catalogue.columnType(table, e.name)};
    }

    void column(const Expr &e, const TableScope &scope)
    {
        if (e.qualifier.isEmpty()
            && (sameName(e.name, u"current_timestamp") || isSelectAlias(e.name)))
            return;
        const auto ref = resolve(e, scope);
        if (!ref) {
            add(Diagnostic::Severity::Error, e.range,
                DiagnosticText {
                    QT_TRANSLATE_NOOP("Diagnostic", "\"%1\" is not a table or alias of this query"),
                    {e.qualifier}});
            return;
        }
        if (e.kind == Expr::Kind::Path && ref->type != Type::Json)
            add(Diagnostic::Severity::Warning, e.range,
                QT_TRANSLATE_NOOP("Diagnostic", "Paths with : only work on event_data.data"));
        if (ref->type)
            return;
        const QString suggestion = m_catalogue.closest(ref->table, e.name);
        const bool custom
            = ref->table == FieldCatalogue::contactTable() && !m_catalogue.hasCustomFields();
        const DiagnosticText name = e.name;
        DiagnosticText message = custom
            ? DiagnosticText {QT_TRANSLATE_NOOP(
                                  "Diagnostic",
                                  "\"%1\" is not a reserved field; make sure a custom "
                                  "field with this name exists"),
                              {name}}
            : DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic", "Unknown column \"%1\" in %2"),
                              {name, ref->table}};
        if (!suggestion.isEmpty())
            message = {QT_TRANSLATE_NOOP("Diagnostic", "%1 — did you mean \"%2\"?"),
                       {message, suggestion}};
        add(custom ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error, e.range, message,
            suggestion, nameRange(e.name, e.range));
    }

    void function(const Expr &e)
    {
        const FunctionSignature *signature = FunctionSignatures::find(e.name);
        if (!signature) {
            add(Diagnostic::Severity::Error, e.range,
                DiagnosticText {
                    QT_TRANSLATE_NOOP(
                        "Diagnostic",
                        "Unknown function %1(): segments can use array_contains, contains, "
                        "lower, upper, length, concat, now, current_timestamp, "
                        "timestampadd and max"),
                    {e.name}});
            return;
        }
        const int count = int(e.children.size());
        if (count < signature->minArguments
            || (signature->maxArguments >= 0 && count > signature->maxArguments)) {
            add(Diagnostic::Severity::Error, e.range,
                e.name == u"array_contains"
                    ? QT_TRANSLATE_NOOP("Diagnostic",
                                        "array_contains takes two arguments: a list column and a "
                                        "value or [values]")
                    : DiagnosticText {QT_TRANSLATE_NOOP("Diagnostic", "%1() takes %2, not %3"),
                                      {e.name, argumentCount(*signature), QString::number(count)}});
        }
        if (signature->aggregate && !m_aggregateAllowed)
            add(Diagnostic::Severity::Error, e.range,
                DiagnosticText {
                    QT_TRANSLATE_NOOP(
                        "Diagnostic",
                        "%1() is an aggregate: it belongs in the select list or HAVING, "
                        "not in WHERE, ON or GROUP BY"),
                    {e.name}});
    }

    void comparison(const Expr &e, const TableScope &scope)
    {
        if (!isComparison(e.op))
            return;
        const Expr *col = e.children[0];
        const Expr *value = e.children[1];
        if (col->kind != Expr::Kind::Column)
            std::swap(col, value);
        if (col->kind != Expr::Kind::Column || value->kind != Expr::Kind::Literal)
            return;
        const auto ref = resolve(*col, scope);
        if (!ref || !ref->type)
            return;
        typeMismatch(*ref->type, *col, *value, e.range);
    }

    void typeMismatch(Type type, const Expr &col, const Expr &value, SourceRange range)
    {
        using L = Expr::LiteralType;
        if (type == Type::Number && value.literalType == L::String)
            add(Diagnostic::Severity::Warning, range,
                DiagnosticText {
                    QT_TRANSLATE_NOOP("Diagnostic",
                                      "%1 is a Number field compared with text; remove the quotes"),
                    {col.name}},
                value.value.toString(), value.range);
        else if (type == Type::Text && value.literalType == L::Number)
            add(Diagnostic::Severity::Warning, range,
                DiagnosticText {
                    QT_TRANSLATE_NOOP("Diagnostic",
                                      "%1 is a Text field compared with a number; quote the value"),
                    {col.name}},
                QStringLiteral("'%1'").arg(value.value), value.range);
        else if (type == Type::TextArray)
            add(Diagnostic::Severity::Warning, range,
                DiagnosticText {
                    QT_TRANSLATE_NOOP("Diagnostic", "%1 is a list; use array_contains(%1, value)"),
                    {col.name}});
        else if (type == Type::Date && value.literalType == L::String
                 && isImpossibleIsoTime(value.value))
            add(Diagnostic::Severity::Error, range,
                DiagnosticText {
                    QT_TRANSLATE_NOOP(
                        "Diagnostic",
                        "%1: '%2' is no real day or time; ISO-8601 months run 01 to 12, "
                        "days to the month's last, hours 00 to 23"),
                    {col.name, value.value}});
        else if (type == Type::Date && value.literalType == L::String && !isIsoTime(value.value))
            add(Diagnostic::Severity::Warning, range,
                DiagnosticText {
                    QT_TRANSLATE_NOOP(
                        "Diagnostic",
                        "%1 is a date; write times as ISO-8601, e.g. '2024-06-19T00:00:00Z'"),
                    {col.name}});
    }

    bool isSelectAlias(QStringView name) const
    {
        return std::any_of(m_selectAliases.begin(), m_selectAliases.end(),
                           [name](QStringView a) { return !a.isEmpty() && sameName(a, name); });
    }

    const FieldCatalogue &m_catalogue;
    QStringView m_text;
    QList<QStringView> m_selectAliases;
    bool m_aggregateAllowed = false; ///< in the select list and HAVING only
    QList<Diagnostic> m_out;
};

} // namespace

namespace QueryLinter {

QList<Diagnostic> lint(const ParsedQuery &query, const FieldCatalogue &catalogue, QStringView text)
{
    QList<Diagnostic> out = query.diagnostics;
    if (!query.hasErrors())
        // Names view the parse's own copy of the text, so their offsets are taken there.
        out += Linter(catalogue, query.arena ? query.arena->source() : text).run(query);
    placeDiagnostics(out, text);
    return out;
}

QList<Diagnostic> lint(QStringView text, const FieldCatalogue &catalogue)
{
    return lint(QueryParser::parse(text), catalogue, text);
}

} // namespace QueryLinter
