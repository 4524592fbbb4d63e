// SPDX-License-Identifier: MIT
// libFuzzer target: the sandbox's request handling (SandboxApi::handle: routing, the bearer
// key, query parameters, JSON bodies, the checks of segment, field, list, refresh and search
// bodies, evaluation of the stored query) and the fault definitions of /__sandbox/faults
// (FaultInjector), in-process without sockets. Input: a route byte, a flags byte, a first line
// (the id, the query string, or for the raw route the path) and the body; "@list", "@segment"
// and "@field" in the body become ids that exist. The store (200 generated contacts, in a
// temporary folder, where the evaluation threads open their own connections) persists across
// inputs and is made afresh every `inputsPerStore` inputs so that creations cannot pile up.
// Answers that wait for an evaluation are waited for; a deadline of 2 s bounds each.
// Built with -DSEGMENTDESK_FUZZ=ON.
#include "sandbox/contactgenerator.h"
#include "sandbox/evaluationpool.h"
#include "sandbox/faultinjector.h"
#include "sandbox/fieldtable.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>
#include <optional>

namespace {

constexpr int inputsPerStore = 2000;
constexpr int contacts = 200;
const QString apiKey = QStringLiteral("SG.fuzz-made-up-key");

struct Route
{
    const char *method;
    const char *path; ///< %1: the id; empty: the first line is the path
};

const Route routes[] = {
    {"GET", "/v3/marketing/segments/2.0"},
    {"POST", "/v3/marketing/segments/2.0"},
    {"POST", "/v3/marketing/segments/2.0/refresh/%1"},
    {"GET", "/v3/marketing/segments/2.0/%1"},
    {"PATCH", "/v3/marketing/segments/2.0/%1"},
    {"DELETE", "/v3/marketing/segments/2.0/%1"},
    {"GET", "/v3/marketing/field_definitions"},
    {"POST", "/v3/marketing/field_definitions"},
    {"PATCH", "/v3/marketing/field_definitions/%1"},
    {"DELETE", "/v3/marketing/field_definitions/%1"},
    {"GET", "/v3/marketing/lists"},
    {"POST", "/v3/marketing/lists"},
    {"GET", "/v3/scopes"},
    {"POST", "/v3/marketing/contacts/search"},
    {"GET", "/v3/marketing/contacts/count"},
    {"GET", ""},
    {"POST", ""},
    {"PATCH", ""},
};
constexpr size_t routeCount = sizeof(routes) / sizeof(routes[0]);

void require(bool condition)
{
    if (!condition)
        std::abort();
}

QString firstId(const SandboxStore &store, const char *table)
{
    const Result<QVariant> id
        = store.scalar(QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 1").arg(table));
    return id.isOk() ? id.value().toString() : QString();
}

/// A fresh store with generated contacts, lists, fields and starter segments, and the API on it.
struct Sandbox
{
    QTemporaryDir dir;
    SandboxStore store;
    SandboxOptions options;
    std::unique_ptr<EvaluationPool> pool;
    std::unique_ptr<SandboxApi> api;
    FaultInjector faults;
    QString segmentId, listId, fieldId, createdId;

    Sandbox()
    {
        options.rateLimitPerMinute = 0; // a 429 would hide every handler after the first minute
        // Validation (5 s) is due after 5 ms, so stored queries get run; a sample schedule (an
        // hour) after 3.6 s, so not every read recomputes every segment.
        options.timeScale = 1000;
        options.apiKeys = {apiKey};
        options.evaluationDeadline = std::chrono::seconds(2);
        require(dir.isValid() && store.open(dir.path()).isOk());
        ContactGenerator generator(store, 1, QDateTime::currentDateTimeUtc());
        require(generator.generate(contacts).isOk() && store.createIndexes().isOk());
        pool = std::make_unique<EvaluationPool>(store.fileName(), options.evaluationDeadline,
                                                options.evaluationThreads);
        api = std::make_unique<SandboxApi>(store, *pool, options);
        segmentId = firstId(store, "segments");
        listId = firstId(store, "lists");
        const Result<QList<FieldDefinition>> fields = FieldTable(store).all();
        fieldId
            = fields.isOk() && !fields.value().isEmpty() ? fields.value().first().id : QString();
    }

    ~Sandbox() { pool->stop(); }

    /// The answer, once the evaluation it may wait for has ended.
    SandboxResponse handle(const SandboxRequest &request)
    {
        std::optional<SandboxResponse> answer;
        api->handle(request, [&answer](const SandboxResponse &r) { answer = r; });
        while (!answer)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return *answer;
    }

    QString idFor(uint8_t choice, const QString &line) const
    {
        switch (choice & 3) {
        case 0:
            return segmentId;
        case 1:
            return line;
        case 2:
            return createdId;
        default:
            return fieldId;
        }
    }
};

// Never deleted at exit: the store's connection must close before Qt SQL's own globals are
// gone, and static destruction order does not promise that.
Sandbox *sandbox = nullptr;
int inputs = 0;

SandboxRequest requestFrom(const Sandbox &s, const uint8_t *data, size_t size)
{
    const Route &route = routes[data[0] % routeCount];
    const uint8_t flags = data[1];
    const QByteArray rest(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const qsizetype newline = rest.indexOf('\n');
    const QString line = QString::fromUtf8(newline < 0 ? rest : rest.left(newline));
    SandboxRequest request;
    request.method = route.method;
    request.path = *route.path ? QString::fromLatin1(route.path).arg(s.idFor(flags, line)) : line;
    request.query = QUrlQuery(line);
    request.body = newline < 0 ? QByteArray() : rest.mid(newline + 1);
    request.body.replace("@list", s.listId.toUtf8())
        .replace("@segment", s.segmentId.toUtf8())
        .replace("@field", s.fieldId.toUtf8());
    request.authorization = (flags & 4) ? rest.left(64) : "Bearer " + apiKey.toUtf8();
    return request;
}

// What /__sandbox/faults does with a body, and the matching of a fault against the request.
void injectFaults(Sandbox &s, const SandboxRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (doc.isNull())
        return;
    (void)s.faults.add(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    (void)s.faults.take(request.method, request.path);
    if (s.faults.describe().size() > 100)
        s.faults.clear();
}

// A 500 is the sandbox failing, not the request: not a crash, but worth reading. The count and
// the first few answers go to stderr.
void countServerError(const SandboxResponse &response)
{
    static int count = 0;
    if (++count <= 5)
        qWarning("sandbox answered 500 (#%d): %s", count, response.body.left(300).constData());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    if (!sandbox || ++inputs % inputsPerStore == 0) {
        delete sandbox; // one database connection at a time
        sandbox = new Sandbox();
    }
    const SandboxRequest request = requestFrom(*sandbox, data, size);
    if (data[1] & 8) {
        injectFaults(*sandbox, request);
        return 0;
    }
    const SandboxResponse response = sandbox->handle(request);
    require(response.status >= 200 && response.status < 600);
    if (!response.body.isEmpty())
        require(QJsonDocument::fromJson(response.body).isObject()); // SendGrid answers JSON
    if (response.status == 500)
        countServerError(response);
    const QString id = QJsonDocument::fromJson(response.body).object().value(u"id").toString();
    if (response.status < 300 && !id.isEmpty())
        sandbox->createdId = id;
    return 0;
}
