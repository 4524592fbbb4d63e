// SPDX-License-Identifier: MIT
#include "clihistory.h"

#include "clioutput.h"
#include "clitext.h"
#include "historyrecorder.h"
#include "tableprinter.h"

#include "common/clock.h"
#include "local/historystore.h"
#include "local/localpaths.h"
#include "query/querydiff.h"

#include <memory>

namespace CliHistory {
namespace {

int fail(int code, const QString &message)
{
    CliOutput::error(message);
    return code;
}

QString validationText(const HistoryVersion &v)
{
    return v.validationError.isEmpty()
        ? v.validation
        : v.validation + QStringLiteral(" (") + v.validationError + u')';
}

QString countText(const HistoryVersion &v)
{
    return v.contactsCount ? QString::number(*v.contactsCount) : QStringLiteral("-");
}

QString versionTable(const QList<HistoryVersion> &versions)
{
    TablePrinter table({QStringLiteral("#"), QStringLiteral("RECORDED"), QStringLiteral("SOURCE"),
                        QStringLiteral("CONTACTS"), QStringLiteral("VALIDATION"),
                        QStringLiteral("NAME")});
    for (const HistoryVersion &v : versions)
        table.addRow({QString::number(v.number), v.recordedAt.toUTC().toString(Qt::ISODate),
                      HistoryVersion::sourceName(v.source), countText(v), validationText(v),
                      v.name});
    return table.toString();
}

QString describe(const HistoryVersion &v)
{
    return QStringLiteral("#%1  %2  %3, %4 contacts, %5\n")
        .arg(QString::number(v.number), v.recordedAt.toUTC().toString(Qt::ISODate),
             HistoryVersion::sourceName(v.source), countText(v),
             CliText::visible(validationText(v)));
}

QString diffText(const HistoryVersion &a, const HistoryVersion &b)
{
    QString out = QStringLiteral("--- ") + describe(a) + QStringLiteral("+++ ") + describe(b);
    const QString before = CliText::visible(a.name), after = CliText::visible(b.name);
    out += a.name == b.name ? QStringLiteral("name: unchanged (%1)\n").arg(after)
                            : QStringLiteral("name: [-%1-]{+%2+}\n").arg(before, after);
    const QueryDiff query = QueryDiff::compare(a.queryDsl, b.queryDsl);
    out += query.hasChanges()
        ? QStringLiteral("query:\n") + CliText::visibleLines(query.toInlineText()) + u'\n'
        : QStringLiteral("query: no differences\n");
    return out;
}

const HistoryVersion *findNumber(const QList<HistoryVersion> &versions, const QString &typed)
{
    bool ok = false;
    const int number = typed.toInt(&ok);
    for (const HistoryVersion &v : versions) {
        if (ok && v.number == number)
            return &v;
    }
    return nullptr;
}

int printDiff(const QList<HistoryVersion> &versions, const QStringList &arguments)
{
    const HistoryVersion *a = findNumber(versions, arguments.at(1));
    const HistoryVersion *b = findNumber(versions, arguments.at(2));
    for (const auto &[found, typed] :
         {std::pair(a, arguments.at(1)), std::pair(b, arguments.at(2))}) {
        if (!found)
            return fail(2,
                        QStringLiteral("segment %1 has no version %2 in the history (see "
                                       "segmentdesk-cli history %1)")
                            .arg(arguments.at(0), typed));
    }
    CliOutput::write(stdout, diffText(*a, *b));
    return 0;
}

} // namespace

int run(const Options &options)
{
    if (options.diff && options.arguments.size() != 3)
        return fail(2,
                    QStringLiteral("history --diff takes a segment id and two version "
                                   "numbers: history ID --diff A B"));
    if (!options.diff && options.arguments.size() != 1)
        return fail(2, QStringLiteral("history takes one segment id (and --diff A B to compare)"));
    const QString segmentId = options.arguments.constFirst();
    HistoryStore store;
    if (const VoidResult opened = store.open(LocalPaths::historyFile()); !opened.isOk())
        return fail(1, opened.error());
    const QString &profile = options.profileId;
    const Result<QList<HistoryVersion>> versions = store.versions(profile, segmentId);
    if (!versions.isOk())
        return fail(1, versions.error());
    if (options.diff)
        return printDiff(versions.value(), options.arguments);
    if (versions.value().isEmpty()) {
        CliOutput::write(
            stdout,
            QStringLiteral("No history for segment %1 (profile %2): it is kept from the "
                           "first show, update or create.\n")
                .arg(segmentId, profile));
        return 0;
    }
    CliOutput::write(stdout, versionTable(versions.value()));
    return 0;
}

Result<HistoryVersion> find(const QString &profileId, const QString &segmentId,
                            const QString &number)
{
    HistoryStore store;
    if (const VoidResult opened = store.open(LocalPaths::historyFile()); !opened.isOk())
        return Result<HistoryVersion>::failure(opened.error());
    const Result<QList<HistoryVersion>> versions = store.versions(profileId, segmentId);
    if (!versions.isOk())
        return Result<HistoryVersion>::failure(versions.error());
    if (versions.value().isEmpty())
        return Result<HistoryVersion>::failure(
            QStringLiteral("no history for segment %1 (profile %2)").arg(segmentId, profileId));
    if (number.isEmpty())
        return Result<HistoryVersion>::success(versions.value().constLast());
    if (const HistoryVersion *found = findNumber(versions.value(), number))
        return Result<HistoryVersion>::success(*found);
    return Result<HistoryVersion>::failure(
        QStringLiteral("segment %1 has no version %2 in the history (see segmentdesk-cli "
                       "history %1)")
            .arg(segmentId, number));
}

ApiCallback<Segment> recording(const QString &profileId, HistoryVersion::Source source,
                               Clock *clock, ApiCallback<Segment> next)
{
    auto recorder = std::make_shared<HistoryRecorder>(); // opens the store while the request is out
    return [profileId, source, clock, recorder,
            next = std::move(next)](const ApiResult<Segment> &result) {
        if (result.isOk()) {
            const VoidResult kept = recorder->record(
                HistoryVersion::fromSegment(profileId, *result.value, source, clock->now()));
            if (!kept.isOk())
                CliOutput::write(stderr, QStringLiteral("warning: %1\n").arg(kept.error()));
        }
        next(result);
    };
}

} // namespace CliHistory
