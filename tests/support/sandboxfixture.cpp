// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"

#include "fixtures.h"

#include "api/sendgridclient.h"

#include <QSignalSpy>
#include <QTest>

SandboxFixture::SandboxFixture(SandboxOptions options)
    : m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = &m_clock;
    m_sandbox = std::make_unique<Sandbox>(m_options);
}

SandboxFixture::~SandboxFixture() = default;

SandboxOptions SandboxFixture::defaults()
{
    SandboxOptions o;
    o.contacts = 2000;
    o.seed = 7;
    o.timeScale = 1000;
    o.faults = true;
    o.apiKeys = {Fixtures::fakeApiKey()};
    return o;
}

bool SandboxFixture::start()
{
    QSignalSpy started(m_sandbox.get(), &Sandbox::started);
    QSignalSpy failed(m_sandbox.get(), &Sandbox::failed);
    m_sandbox->start();
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 60000)) {
        qWarning("the sandbox did not start within 60 s");
        return false;
    }
    if (!failed.isEmpty()) {
        qWarning("the sandbox failed: %s", qPrintable(failed.first().first().toString()));
        return false;
    }
    m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl(), apiKey());
    return true;
}

QJsonArray SandboxFixture::segments()
{
    const QString path = QStringLiteral("/v3/marketing/segments/2.0");
    return m_http->send("GET", path, path).json().value(QStringLiteral("results")).toArray();
}

bool SandboxFixture::injectFault(const QJsonObject &fault)
{
    return m_http
               ->send("POST", QStringLiteral("/__sandbox/faults"), {},
                      QJsonDocument(fault).toJson(QJsonDocument::Compact))
               .status
        == 200;
}

QString SandboxFixture::createSegment(const QString &name, const QString &query)
{
    const QString segments = QStringLiteral("/v3/marketing/segments/2.0");
    const Exchange e
        = send("POST", segments, segments, QJsonObject {{"name", name}, {"query_dsl", query}});
    if (e.status != 201)
        qWarning("create answered %d: %s", e.status, e.body.left(300).constData());
    return e.json().value("id").toString();
}

std::unique_ptr<SendGridClient> SandboxFixture::client() const
{
    auto client = std::make_unique<SendGridClient>();
    if (!client->setBaseUrl(baseUrl()).isOk() || !client->setApiKey(apiKey()).isOk())
        return nullptr;
    return client;
}

QJsonObject SandboxFixture::settledSegment(const QString &id)
{
    QJsonObject segment;
    (void)QTest::qWaitFor(
        [&] {
            segment = send("GET", "/v3/marketing/segments/2.0/" + id + "?contacts_sample=false",
                           QStringLiteral("/v3/marketing/segments/2.0/{segment_id}"))
                          .json();
            return segment[u"status"][u"query_validation"].toString() != u"PENDING";
        },
        10000);
    return segment;
}
