// SPDX-License-Identifier: MIT
#include "sandboxserver.h"

#include "contactgenerator.h"
#include "evaluationpool.h"
#include "querydeadline.h"
#include "sandboxapi.h"
#include "sandboxhttpserver.h"
#include "sandboxstore.h"
#include "segmentjob.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QTimer>

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

// The evaluations go first: a running query ends at once and no result is written back into a
// store that is closing.
SandboxServer::~SandboxServer()
{
    if (m_pool)
        m_pool->stop();
}

QString SandboxServer::dataDir()
{
    if (!m_options.dataDir.isEmpty())
        return m_options.dataDir;
    m_scratch = std::make_unique<QTemporaryDir>();
    return m_scratch->isValid() ? m_scratch->path() : QString();
}

VoidResult SandboxServer::start()
{
    const QString folder = dataDir();
    if (folder.isEmpty())
        return VoidResult::failure(QStringLiteral("Cannot make a temporary folder for the "
                                                  "sandbox's data: %1")
                                       .arg(m_scratch->errorString()));
    m_store = std::make_unique<SandboxStore>();
    if (VoidResult opened = m_store->open(folder); !opened.isOk())
        return opened;
    if (VoidResult seeded = seed(); !seeded.isOk())
        return seeded;
    m_pool = std::make_unique<EvaluationPool>(m_store->fileName(), m_options.evaluationDeadline,
                                              m_options.evaluationThreads);
    m_api = std::make_unique<SandboxApi>(*m_store, *m_pool, m_options);
    m_http = new SandboxHttpServer(
        [api = m_api.get()](const SandboxRequest &r, const SandboxApi::Reply &reply) {
            api->handle(r, reply);
        },
        m_options, this);
    m_port = m_http->listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0)
        return VoidResult::failure(
            QStringLiteral("Cannot listen on 127.0.0.1:%1 (is the port in use?)")
                .arg(m_options.port));
    // Segments a store kept from before whose validation or count is due are evaluated in the
    // background once the event loop runs; start() itself never runs a stored query.
    QTimer::singleShot(0, this, [api = m_api.get()] { api->scheduleDue(); });
    return VoidResult::success();
}

VoidResult SandboxServer::seed()
{
    const Result<bool> seeded = m_store->isSeeded();
    if (!seeded.isOk() || seeded.value())
        return seeded.isOk() ? VoidResult::success() : VoidResult::failure(seeded.error());
    // A large store takes a while: say what is happening, and how long it took.
    QElapsedTimer timer;
    timer.start();
    qInfo("sandbox: generating %d contacts…", m_options.contacts);
    ContactGenerator generator(*m_store, m_options.seed, SandboxClock(m_options.clock, 1).now());
    VoidResult done = m_store->setBulkLoading(true);
    if (done.isOk())
        done = generator.generate(qMax(0, m_options.contacts));
    // Journaling comes back even after a failed load.
    if (VoidResult journaled = m_store->setBulkLoading(false); done.isOk())
        done = journaled;
    if (done.isOk())
        done = m_store->markSeeded(m_options.seed);
    if (done.isOk())
        done = m_store->createIndexes();
    if (done.isOk())
        done = countStarterSegments();
    qInfo("sandbox: generated and indexed in %.1f s", double(timer.elapsed()) / 1000);
    return done;
}

// A new store's starter segments are counted before it serves, so the first list shows their
// counts: they are the generator's own queries, quick to run, and nothing is served yet. Segments
// stored by anyone are counted on the evaluation threads.
VoidResult SandboxServer::countStarterSegments()
{
    SegmentEngine engine(*m_store, {m_options.clock, m_options.timeScale});
    Result<QList<SegmentRow>> rows = engine.loadAll();
    if (!rows.isOk())
        return VoidResult::failure(rows.error());
    for (const SegmentRow &row : rows.value()) {
        const QueryDeadline deadline(m_store->nativeHandle(), m_options.evaluationDeadline);
        if (VoidResult saved
            = engine.save(SegmentJob(*m_store, deadline, engine.clock()).run(row, false));
            !saved.isOk())
            return saved;
    }
    return VoidResult::success();
}
