// SPDX-License-Identifier: MIT
#include "segmentjob.h"

#include "fieldtable.h"
#include "query/fieldcatalogue.h"
#include "query/linter.h"
#include "querydeadline.h"
#include "sandboxstore.h"
#include "segmentengine.h"
#include "segmentevaluator.h"

#include <QJsonDocument>

SegmentJob::SegmentJob(SandboxStore &store, const QueryDeadline &deadline, SandboxClock clock)
    : m_store(store)
    , m_deadline(deadline)
    , m_clock(clock)
{ }

SegmentRow SegmentJob::run(SegmentRow row, bool recount) const
{
    const QString current = SegmentEngine::stamp(m_clock.now());
    if (row.validation == u"PENDING" && row.validateAt <= current)
        validate(row);
    if (row.validation != u"VALID")
        return row;
    if (row.nextSampleUpdate <= current)
        countOnSchedule(row);
    else if (recount)
        recompute(row);
    return row;
}

void SegmentJob::countOnSchedule(SegmentRow &row) const
{
    const qint64 before = row.contactsCount;
    const bool first = row.sampleUpdatedAt.isEmpty();
    recompute(row);
    // Unchanged membership backs off toward a day, as SendGrid's schedule does.
    row.sampleInterval = !first && before == row.contactsCount
        ? qMin(row.sampleInterval * 2, SegmentEngine::longestSampleInterval)
        : SegmentEngine::firstSampleInterval;
    row.nextSampleUpdate = SegmentEngine::stamp(m_clock.later(row.sampleInterval));
}

// The linter's dialect rules first; then what SQLite says of the compiled statement, so a
// query the linter lets through but SQLite refuses (too deep, a dropped column) is INVALID too.
void SegmentJob::validate(SegmentRow &row) const
{
    const Result<QList<FieldDefinition>> fields = FieldTable(m_store).all();
    if (!fields.isOk()) {
        row.validation = QStringLiteral("INVALID");
        row.errorMessage = fields.error();
        return;
    }
    const QList<Diagnostic> diagnostics
        = QueryLinter::lint(row.queryDsl, FieldCatalogue(fields.value()));
    const auto error
        = std::find_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) {
              return d.severity == Diagnostic::Severity::Error;
          });
    if (error != diagnostics.end()) {
        row.validation = QStringLiteral("INVALID");
        row.errorMessage = error->toString();
        return;
    }
    const VoidResult runnable = SegmentEvaluator(m_store, m_clock.now()).check(row.queryDsl);
    row.validation = runnable.isOk() ? QStringLiteral("VALID") : QStringLiteral("INVALID");
    row.errorMessage = runnable.isOk() ? QString() : runnable.error();
}

void SegmentJob::recompute(SegmentRow &row) const
{
    const Result<Evaluation> result
        = SegmentEvaluator(m_store, m_clock.now()).evaluate(row.queryDsl, row.parentListId);
    if (!result.isOk()) {
        row.validation = QStringLiteral("INVALID");
        row.errorMessage = m_deadline.expired()
            ? QStringLiteral("SendGrid could not finish counting this segment within %1; "
                             "simplify the query")
                  .arg(QueryDeadline::seconds(m_deadline.budget()))
            : result.error();
        return;
    }
    row.contactsCount = result.value().count;
    row.sample
        = QString::fromUtf8(QJsonDocument(result.value().sample).toJson(QJsonDocument::Compact));
    row.sampleUpdatedAt = SegmentEngine::stamp(m_clock.now());
}
