// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"

#include "fixtures.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

QJsonObject Exchange::toRecord() const
{
    QJsonObject record {{QStringLiteral("method"), QString::fromLatin1(method).toLower()},
                        {QStringLiteral("path"), operationPath},
                        {QStringLiteral("status"), status}};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isNull())
        record.insert(QStringLiteral("body"),
                      doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    return record;
}

SandboxFixture::SandboxFixture(SandboxOptions options)
    : m_options(std::move(options))
    , m_sandbox(std::make_unique<Sandbox>(m_options))
{ }

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
    if (!failed.isEmpty())
        qWarning("the sandbox failed: %s", qPrintable(failed.first().first().toString()));
    return failed.isEmpty();
}

Exchange SandboxFixture::send(const QByteArray &method, const QString &path,
                              const QString &operationPath, const QByteArray &body,
                              const QByteArray &authorization)
{
    QNetworkRequest request(baseUrl().resolved(QUrl(path)));
    request.setRawHeader("Authorization",
                         authorization.isEmpty() ? "Bearer " + apiKey().toUtf8() : authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        reply->abort();
    Exchange e {method,
                operationPath,
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll(),
                {}};
    for (const auto &[name, value] : reply->rawHeaderPairs())
        e.headers.insert(name.toLower(), value);
    reply->deleteLater();
    m_exchanges.append(e);
    return e;
}

Exchange SandboxFixture::send(const QByteArray &method, const QString &path,
                              const QString &operationPath, const QJsonObject &body)
{
    return send(method, path, operationPath, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool SandboxFixture::injectFault(const QJsonObject &fault)
{
    return send("POST", QStringLiteral("/__sandbox/faults"), {},
                QJsonDocument(fault).toJson(QJsonDocument::Compact))
               .status
        == 200;
}
