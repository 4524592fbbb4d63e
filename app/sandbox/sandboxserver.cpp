// SPDX-License-Identifier: MIT
#include "sandboxserver.h"

#include "contactgenerator.h"
#include "sandboxapi.h"
#include "sandboxhttpserver.h"
#include "sandboxstore.h"

#include <QElapsedTimer>
#include <QHostAddress>

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

SandboxServer::~SandboxServer() = default;

QString SandboxServer::start()
{
    m_store = std::make_unique<SandboxStore>();
    if (const QString problem = m_store->open(m_options.dataDir); !problem.isEmpty())
        return problem;
    if (const QString problem = seed(); !problem.isEmpty())
        return problem;
    m_api = std::make_unique<SandboxApi>(*m_store, m_options);
    m_api->engine().loadAll(); // brings the starter segments' counts up to date once
    m_http = new SandboxHttpServer(
        [api = m_api.get()](const SandboxRequest &r) { return api->handle(r); }, m_options.faults,
        this);
    m_port = m_http->listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0)
        return QStringLiteral("Cannot listen on 127.0.0.1:%1 (is the port in use?)")
            .arg(m_options.port);
    return {};
}

QString SandboxServer::seed()
{
    if (m_store->isSeeded())
        return {};
    // A large store takes a while: say what is happening, and how long it took.
    QElapsedTimer timer;
    timer.start();
    qInfo("sandbox: generating %d contacts…", m_options.contacts);
    ContactGenerator generator(*m_store, m_options.seed, QDateTime::currentDateTimeUtc());
    m_store->setBulkLoading(true);
    const QString problem = generator.generate(qMax(0, m_options.contacts));
    m_store->setBulkLoading(false);
    if (!problem.isEmpty())
        return problem;
    m_store->markSeeded(m_options.seed);
    const QString indexProblem = m_store->createIndexes();
    qInfo("sandbox: generated and indexed in %.1f s", double(timer.elapsed()) / 1000);
    return indexProblem;
}
