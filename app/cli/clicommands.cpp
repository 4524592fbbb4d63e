// SPDX-License-Identifier: MIT
// The operations of CliApp; the parsing and output plumbing live in cliapp.cpp.
#include "cliapp.h"
#include "editing/namerules.h"

#include "api/fielddefinitionsapi.h"
#include "api/listsapi.h"
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "cliformat.h"
#include "clihistory.h"
#include "cliinput.h"
#include "clioutput.h"
#include "clipreview.h"
#include "editing/segmentwrite.h"
#include "query/querylimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

template<typename T>
ApiCallback<T> CliApp::printer(QString (*format)(const T &))
{
    return [this, format](const ApiResult<T> &result) {
        if (!result.isOk())
            return finishWithError(result.error);
        m_json ? finishWithJson(m_lastBody) : finishWithOutput(format(*result.value));
    };
}

// What update and create print: the segment as saved, filed in the local history first.
ApiCallback<Segment> CliApp::savedPrinter()
{
    return CliHistory::recording(historyProfileId(), HistoryVersion::Source::ThisApp,
                                 m_client->clock(), printer<Segment>(&CliFormat::segmentDetails));
}

bool CliApp::readQueryFile(QString *query, QString *problem) const
{
    const QString path = m_parser.value(QStringLiteral("query-file"));
    const Result<QByteArray> read = CliInput::read(path, QueryLimits::MaxQueryBytes);
    if (!read.isOk()) {
        *problem = read.error();
        return false;
    }
    *query = QString::fromUtf8(read.value()).trimmed();
    if (query->isEmpty()) {
        *problem = QStringLiteral("the query in %1 is empty").arg(path);
        return false;
    }
    return true;
}

namespace {
QString noArguments(const QString &command)
{
    return QStringLiteral("%1 takes no arguments").arg(command);
}
} // namespace

int CliApp::checkId(const QString &id)
{
    const QString problem = SendGridClient::idProblem(id);
    return problem.isEmpty() ? int(Ok) : usage(problem);
}

int CliApp::runList(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(noArguments(QStringLiteral("list")));
    auto *api = new SegmentsApi(m_client, this);
    track(api->list({}, this, printer<QList<SegmentSummary>>(&CliFormat::segmentTable)));
    return StillRunning;
}

int CliApp::runShow(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("show takes one segment id"));
    if (const int bad = checkId(args.first()); bad != Ok)
        return bad;
    auto *api = new SegmentsApi(m_client, this);
    track(api->get(args.first(), true, this,
                   CliHistory::recording(historyProfileId(), HistoryVersion::Source::Elsewhere,
                                         m_client->clock(),
                                         printer<Segment>(&CliFormat::segmentDetails))));
    return StillRunning;
}

int CliApp::runUpdate(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("update takes one segment id"));
    if (const int bad = checkId(args.first()); bad != Ok)
        return bad;
    SegmentPatch patch;
    if (m_parser.isSet(QStringLiteral("name")))
        patch.name = m_parser.value(QStringLiteral("name"));
    if (m_parser.isSet(QStringLiteral("query-file"))) {
        QString query, problem;
        if (!readQueryFile(&query, &problem))
            return usage(problem);
        patch.queryDsl = query;
    }
    if (patch.isEmpty())
        return usage(QStringLiteral("update needs --name or --query-file"));
    auto *api = new SegmentsApi(m_client, this);
    runWrite(SegmentWrite::update(api, args.first(), patch, this), savedPrinter());
    return StillRunning;
}

int CliApp::runCreate(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(QStringLiteral("create takes --name and --query-file, no id"));
    SegmentCreate segment;
    segment.name = m_parser.value(QStringLiteral("name"));
    if (segment.name.isEmpty() || !m_parser.isSet(QStringLiteral("query-file")))
        return usage(QStringLiteral("create needs --name and --query-file"));
    QString problem;
    if (!readQueryFile(&segment.queryDsl, &problem))
        return usage(problem);
    if (m_parser.isSet(QStringLiteral("parent-list"))) {
        const QString list = m_parser.value(QStringLiteral("parent-list"));
        if (const int bad = checkId(list); bad != Ok)
            return bad;
        segment.parentListIds = {list};
    }
    auto *api = new SegmentsApi(m_client, this);
    runWrite(SegmentWrite::create(api, segment, this), savedPrinter());
    return StillRunning;
}

// The original, then (unless --name says) the account's names for a unique "Copy of …".
int CliApp::runDuplicate(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("duplicate takes one segment id"));
    if (const int bad = checkId(args.first()); bad != Ok)
        return bad;
    auto *api = new SegmentsApi(m_client, this);
    track(api->get(args.first(), false, this, [this, api](const ApiResult<Segment> &original) {
        if (!original.isOk())
            return finishWithError(original.error);
        const Segment &s = *original.value;
        if (!m_parser.isSet(QStringLiteral("name")))
            return createUniquelyNamed(
                {NameRules::copyName(s.name, {}), s.queryDsl, s.parentListIds});
        runWrite(
            SegmentWrite::create(
                api, {m_parser.value(QStringLiteral("name")), s.queryDsl, s.parentListIds}, this),
            savedPrinter());
    }));
    return StillRunning;
}

// A deleted segment's history outlives it: the version chosen is created again, as a new segment.
int CliApp::runRecreate(const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return usage(
            QStringLiteral("recreate takes a segment id and, optionally, a version number"));
    if (const int bad = checkId(args.first()); bad != Ok)
        return bad;
    const Result<HistoryVersion> version
        = CliHistory::find(historyProfileId(), args.first(), args.value(1));
    if (!version.isOk())
        return usage(version.error());
    // Only a segment gone from the account is recreated; one still there would be duplicated.
    auto *api = new SegmentsApi(m_client, this);
    const QString &id = args.first();
    track(api->get(id, false, this, [this, id, v = version.value()](const ApiResult<Segment> &s) {
        if (s.isOk()) {
            CliOutput::error(
                QStringLiteral("segment %1 still exists; use duplicate to copy it").arg(id));
            return QCoreApplication::exit(Usage);
        }
        if (s.error.kind != ApiError::Kind::NotFound)
            return finishWithError(s.error);
        createUniquelyNamed({v.name, v.queryDsl, {}});
    }));
    return StillRunning;
}

void CliApp::createUniquelyNamed(SegmentCreate segment)
{
    auto *api = new SegmentsApi(m_client, this);
    track(api->list({}, this, [this, api, segment](const ApiResult<QList<SegmentSummary>> &listed) {
        if (!listed.isOk())
            return finishWithError(listed.error);
        QStringList taken;
        for (const SegmentSummary &s : *listed.value)
            taken << s.name;
        SegmentCreate unique = segment;
        unique.name = NameRules::uniqueName(segment.name, taken);
        runWrite(SegmentWrite::create(api, unique, this), savedPrinter());
    }));
}

int CliApp::runDelete(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("delete takes one segment id"));
    if (const int bad = checkId(args.first()); bad != Ok)
        return bad;
    const QString &id = args.first();
    if (!m_parser.isSet(QStringLiteral("yes"))) {
        if (!isatty(STDIN_FILENO) || m_parser.isSet(QStringLiteral("api-key-stdin")))
            return usage(QStringLiteral("deleting needs confirmation: add --yes"));
        std::fprintf(stderr, "Delete segment %s? This cannot be undone. [y/N] ", qPrintable(id));
        if (!CliInput::readLine().toLower().startsWith(u'y'))
            return usage(QStringLiteral("not deleted"));
    }
    auto *api = new SegmentsApi(m_client, this);
    track(api->remove(id, this, [this, id](const ApiResult<NoContent> &result) {
        if (!result.isOk())
            return finishWithError(result.error);
        finishWithOutput(QStringLiteral("Deleted segment %1\n").arg(id));
    }));
    return StillRunning;
}

int CliApp::runRefresh(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("refresh takes one segment id"));
    if (const int bad = checkId(args.first()); bad != Ok)
        return bad;
    QString zone = m_parser.value(QStringLiteral("time-zone"));
    if (zone.isEmpty())
        zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    // QTimeZone(id).isValid(), not isTimeZoneIdAvailable(): the latter lists zone.tab's zones
    // only, without Etc/UTC (many servers' zone) and the other Etc/* zones.
    if (!QTimeZone(zone.toUtf8()).isValid())
        return usage(QStringLiteral("unknown time zone \"%1\"; use an IANA name such as "
                                    "America/Chicago")
                         .arg(zone));
    auto *api = new SegmentsApi(m_client, this);
    track(api->refresh(args.first(), zone, this, [this](const ApiResult<RefreshJob> &result) {
        if (!result.isOk())
            return finishWithError(result.error);
        m_json ? finishWithJson(m_lastBody)
               : finishWithOutput(
                   QStringLiteral("Refresh started (job %1)\n").arg(result.value->jobId));
    }));
    return StillRunning;
}

int CliApp::runFields(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(noArguments(QStringLiteral("fields")));
    auto *api = new FieldDefinitionsApi(m_client, this);
    track(api->list(this, printer<QList<FieldDefinition>>(&CliFormat::fieldTable)));
    return StillRunning;
}

int CliApp::runLists(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(noArguments(QStringLiteral("lists")));
    listPage({});
    return StillRunning;
}

void CliApp::listPage(const QString &pageToken)
{
    auto *api = new ListsApi(m_client, this);
    track(api->list(1000, pageToken, this, [this](const ApiResult<ContactListPage> &result) {
        if (!result.isOk())
            return finishWithError(result.error);
        m_pages.append(m_lastBody);
        m_lists.append(result.value->lists);
        if (!result.value->nextPageToken.isEmpty() && m_pages.size() < 1000) {
            listPage(result.value->nextPageToken);
            return;
        }
        if (!m_json)
            return finishWithOutput(CliFormat::listTable(m_lists));
        QJsonArray all;
        for (const QByteArray &page : std::as_const(m_pages))
            for (const QJsonValue item :
                 QJsonDocument::fromJson(page).object().value(QStringLiteral("result")).toArray())
                all.append(item);
        finishWithJson(QJsonDocument(QJsonObject {{QStringLiteral("result"), all}}).toJson());
    }));
}

int CliApp::runPreview(const QStringList &args)
{
    if (!args.isEmpty() || !m_parser.isSet(QStringLiteral("query-file")))
        return usage(QStringLiteral("preview takes --query-file F (and --segment ID)"));
    const QString segment = m_parser.value(QStringLiteral("segment"));
    if (!segment.isEmpty())
        if (const int bad = checkId(segment); bad != Ok)
            return bad;
    QString query, problem;
    if (!readQueryFile(&query, &problem))
        return usage(problem);
    static_assert(CliPreview::NotPreviewable == NotPreviewable);
    auto *preview = new CliPreview(m_client, m_json, this);
    connect(preview, &CliPreview::failed, this, &CliApp::finishWithError);
    connect(preview, &CliPreview::finished, this, [](int code) { QCoreApplication::exit(code); });
    preview->start(query, segment);
    return StillRunning;
}
