// SPDX-License-Identifier: MIT
#include "sandboxserver.h"

#include "contactgenerator.h"
#include "sandboxapi.h"
#include "sandboxhttpserver.h"
#include "sandboxstore.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTimer>

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

SandboxServer::~SandboxServer() = default;

VoidResult SandboxServer::start()
{
    m_store = std::make_unique<SandboxStore>();
    if (VoidResult opened = m_store->open(m_options.dataDir); !opened.isOk())
        return opened;
    if (VoidResult seeded = seed(); !seeded.isOk())
        return seeded;
    m_api = std::make_unique<SandboxApi>(*m_store, m_options);
    m_http = new SandboxHttpServer(
        [api = m_api.get()](const SandboxRequest &r) { return api->handle(r); }, m_options, this);
    m_port = m_http->listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0)
        return VoidResult::failure(
            QStringLiteral("Cannot listen on 127.0.0.1:%1 (is the port in use?)")
                .arg(m_options.port));
    // Brings the starter segments' counts up to date once the event loop runs, so the first
    // list request finds them done; start() itself never evaluates a stored query.
    QTimer::singleShot(0, this, [api = m_api.get()] { (void)api->engine().loadAll(); });
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
    ContactGenerator generator(*m_store, m_options.seed, QDateTime::currentDateTimeUtc());
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
    qInfo("sandbox: generated and indexed in %.1f s", double(timer.elapsed()) / 1000);
    return done;
}
