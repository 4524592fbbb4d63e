// SPDX-License-Identifier: MIT
#include "querydiff.h"

#include "lexer.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace {

constexpr int CommentKind = -1;
constexpr int OtherKind = -2; ///< characters the lexer skipped (with a diagnostic)

/// One token or comment as written: what the diff compares.
struct Unit
{
    int kind = 0;
    QStringView raw;
    SourceRange range;

    bool operator==(const Unit &other) const { return kind == other.kind && raw == other.raw; }
};

/// Adds the runs of non-whitespace characters in text[from, to) as units of their own.
void addSkipped(const QString &text, int from, int to, std::vector<Unit> &units)
{
    int start = -1;
    for (int i = from; i <= to; ++i) {
        const bool space = i == to || text.at(i).isSpace();
        if (!space && start < 0)
            start = i;
        if (space && start >= 0) {
            units.push_back(
                {OtherKind, QStringView(text).mid(start, i - start), {start, i - start}});
            start = -1;
        }
    }
}

std::vector<Unit> unitsOf(const QString &text)
{
    const LexResult lexed = tokenize(text);
    std::vector<Unit> units;
    units.reserve(lexed.tokens.size() + size_t(lexed.comments.size()));
    const auto add = [&](int kind, SourceRange range) {
        units.push_back({kind, QStringView(text).mid(range.offset, range.length), range});
    };
    for (const Token &token : lexed.tokens) {
        if (token.kind != Token::Kind::End)
            add(int(token.kind), token.range);
    }
    for (const Comment &comment : lexed.comments)
        add(CommentKind, comment.range);
    const auto byOffset
        = [](const Unit &x, const Unit &y) { return x.range.offset < y.range.offset; };
    std::stable_sort(units.begin(), units.end(), byOffset);
    // Every character but whitespace belongs to a unit, so that no edit goes unseen.
    const size_t lexedCount = units.size();
    int pos = 0;
    for (size_t i = 0; i <= lexedCount; ++i) {
        const int gapEnd = i < lexedCount ? units[i].range.offset : int(text.size());
        addSkipped(text, pos, gapEnd, units);
        if (i < lexedCount)
            pos = qMax(pos, units[i].range.end());
    }
    std::stable_sort(units.begin(), units.end(), byOffset);
    return units;
}

/// Collects runs while the edit script is walked in order.
class RunBuilder
{
public:
    using Kind = QueryDiff::Run::Kind;

    RunBuilder(const std::vector<Unit> &a, const std::vector<Unit> &b)
        : m_a(a)
        , m_b(b)
    { }

    void same()
    {
        append(Kind::Same, m_a[m_ia].range, m_b[m_ib].range);
        ++m_ia;
        ++m_ib;
    }
    void removed()
    {
        append(Kind::Removed, m_a[m_ia].range, {positionIn(m_b, m_ib), 0});
        ++m_ia;
    }
    void added()
    {
        append(Kind::Added, {positionIn(m_a, m_ia), 0}, m_b[m_ib].range);
        ++m_ib;
    }
    QList<QueryDiff::Run> take() { return std::move(m_runs); }

private:
    /// Where an insertion before `units[index]` happens: the end of the unit before it.
    static int positionIn(const std::vector<Unit> &units, size_t index)
    {
        return index == 0 ? 0 : units[index - 1].range.end();
    }

    void append(Kind kind, SourceRange inA, SourceRange inB)
    {
        if (!m_runs.isEmpty() && m_runs.constLast().kind == kind) {
            QueryDiff::Run &last = m_runs.last();
            if (kind != Kind::Added)
                last.inA = SourceRange::cover(last.inA, inA);
            if (kind != Kind::Removed)
                last.inB = SourceRange::cover(last.inB, inB);
            return;
        }
        m_runs.append({kind, {}, inA, inB});
    }

    const std::vector<Unit> &m_a;
    const std::vector<Unit> &m_b;
    size_t m_ia = 0;
    size_t m_ib = 0;
    QList<QueryDiff::Run> m_runs;
};

/// The runs of the shortest edit script from `a` to `b`: deletions first within each change.
void addEditScript(RunBuilder &builder, const std::vector<Unit> &a, const std::vector<Unit> &b)
{
    dtl::Diff<Unit> diff(a, b, true);
    diff.compose();
    for (const auto &[unit, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON)
            builder.same();
        else if (info.type == dtl::SES_DELETE)
            builder.removed();
        else
            builder.added();
    }
}

} // namespace

QueryDiff QueryDiff::compare(const QString &a, const QString &b)
{
    QueryDiff result;
    result.m_a = a;
    result.m_b = b;
    // The units view the copies kept in `result`, whose text the runs are cut from.
    const std::vector<Unit> ua = unitsOf(result.m_a);
    const std::vector<Unit> ub = unitsOf(result.m_b);

    // A common prefix and suffix are matched here, so that an edit inside a long query costs
    // the diff only the part that changed.
    size_t prefix = 0;
    while (prefix < ua.size() && prefix < ub.size() && ua[prefix] == ub[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < ua.size() - prefix && suffix < ub.size() - prefix
           && ua[ua.size() - 1 - suffix] == ub[ub.size() - 1 - suffix])
        ++suffix;

    RunBuilder builder(ua, ub);
    for (size_t i = 0; i < prefix; ++i)
        builder.same();
    const std::vector<Unit> middleA(ua.begin() + long(prefix), ua.end() - long(suffix));
    const std::vector<Unit> middleB(ub.begin() + long(prefix), ub.end() - long(suffix));
    addEditScript(builder, middleA, middleB);
    for (size_t i = 0; i < suffix; ++i)
        builder.same();

    result.m_runs = builder.take();
    for (Run &run : result.m_runs) {
        run.text = run.kind == Run::Kind::Removed ? a.mid(run.inA.offset, run.inA.length)
                                                  : b.mid(run.inB.offset, run.inB.length);
    }
    return result;
}

QList<QueryDiff::Run> QueryDiff::changes() const
{
    QList<Run> changed;
    std::copy_if(m_runs.cbegin(), m_runs.cend(), std::back_inserter(changed),
                 [](const Run &run) { return run.kind != Run::Kind::Same; });
    return changed;
}

bool QueryDiff::hasChanges() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(),
                       [](const Run &run) { return run.kind != Run::Kind::Same; });
}

QString QueryDiff::toInlineText() const
{
    QString out;
    int posA = 0;
    int posB = 0;
    Run::Kind previous = Run::Kind::Same;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        const Run &run = m_runs.at(i);
        // The whitespace written before the run in its own text; none at the very start, and
        // none between a removal and the addition that replaces it.
        const bool inA = run.kind == Run::Kind::Removed;
        const QString gap
            = inA ? m_a.mid(posA, run.inA.offset - posA) : m_b.mid(posB, run.inB.offset - posB);
        if (i > 0 && !(run.kind == Run::Kind::Added && previous == Run::Kind::Removed))
            out += gap;
        if (run.kind == Run::Kind::Removed)
            out += QStringLiteral("[-") + run.text + QStringLiteral("-]");
        else if (run.kind == Run::Kind::Added)
            out += QStringLiteral("{+") + run.text + QStringLiteral("+}");
        else
            out += run.text;
        if (run.kind != Run::Kind::Added)
            posA = run.inA.end();
        if (run.kind != Run::Kind::Removed)
            posB = run.inB.end();
        previous = run.kind;
    }
    return out;
}
