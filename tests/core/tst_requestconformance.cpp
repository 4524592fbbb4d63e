// SPDX-License-Identifier: MIT
// What the client sends, checked against SendGrid's official OpenAPI files read at test time:
// method, path template, query parameters and body keys with their JSON types.
#include "api/contactsapi.h"
#include "api/fielddefinitionsapi.h"
#include "api/listsapi.h"
#include "api/segmentsapi.h"
#include "api/sendgridclient.h"
#include "support/awaitresult.h"
#include "support/fixtures.h"
#include "support/loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

struct Operation
{
    QString specFile;
    std::function<void(QObject *context, SendGridClient *client)> start;
};

QJsonObject resolve(const QJsonObject &spec, QJsonObject schema)
{
    while (schema.contains(QStringLiteral("$ref"))) {
        const QStringList parts
            = schema.value(QStringLiteral("$ref")).toString().mid(2).split(u'/');
        QJsonValue node = spec;
        for (const QString &p : parts)
            node = node.toObject().value(p);
        schema = node.toObject();
    }
    return schema;
}

bool jsonTypeMatches(const QString &type, const QJsonValue &value)
{
    if (type == QStringLiteral("string"))
        return value.isString();
    if (type == QStringLiteral("array"))
        return value.isArray();
    if (type == QStringLiteral("boolean"))
        return value.isBool();
    if (type == QStringLiteral("integer") || type == QStringLiteral("number"))
        return value.isDouble();
    if (type == QStringLiteral("object"))
        return value.isObject();
    return true;
}

bool queryValueMatches(const QString &type, const QString &value)
{
    if (type == QStringLiteral("boolean"))
        return value == QStringLiteral("true") || value == QStringLiteral("false");
    if (type == QStringLiteral("integer")) {
        bool ok = false;
        value.toLongLong(&ok);
        return ok;
    }
    return true;
}

// The spec path template matching `path`, e.g. /v3/marketing/segments/2.0/{segment_id}.
QString matchTemplate(const QJsonObject &paths, const QString &path)
{
    QString best;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        QString pattern = QRegularExpression::escape(it.key());
        pattern.replace(QRegularExpression(QStringLiteral("\\\\\\{[^}]+\\\\\\}")),
                        QStringLiteral("[^/]+"));
        if (QRegularExpression(u'^' + pattern + u'$').match(path).hasMatch()
            && (best.isEmpty() || !it.key().contains(u'{')))
            best = it.key();
    }
    return best;
}

} // namespace

class tst_RequestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operation_data();
    void operation();

private:
    LoopbackServer m_server;
};

void tst_RequestConformance::initTestCase()
{
    QVERIFY(m_server.start());
    m_server.setHandler(
        [](const LoopbackServer::Request &) { return LoopbackServer::Reply::json(200, "{}"); });
}

void tst_RequestConformance::operation_data()
{
    QTest::addColumn<QString>("specFile");
    QTest::addColumn<int>("index");
    const QString seg = QStringLiteral("tsg_mc_segments_2.0_v3.json");
    QTest::newRow("segments list") << seg << 0;
    QTest::newRow("segments list filtered") << seg << 1;
    QTest::newRow("segments get") << seg << 2;
    QTest::newRow("segments create") << seg << 3;
    QTest::newRow("segments update") << seg << 4;
    QTest::newRow("segments delete") << seg << 5;
    QTest::newRow("segments refresh") << seg << 6;
    QTest::newRow("field definitions") << QStringLiteral("tsg_mc_custom_fields_v3.json") << 7;
    QTest::newRow("lists") << QStringLiteral("tsg_mc_lists_v3.json") << 8;
    QTest::newRow("contacts search") << QStringLiteral("tsg_mc_contacts_v3.json") << 9;
    QTest::newRow("contacts count") << QStringLiteral("tsg_mc_contacts_v3.json") << 10;
}

void tst_RequestConformance::operation()
{
    QFETCH(QString, specFile);
    QFETCH(int, index);
    SendGridClient client;
    QVERIFY(client.setBaseUrl(m_server.baseUrl()).isOk());
    QVERIFY(client.setApiKey(Fixtures::fakeApiKey()).isOk());
    SegmentsApi segments(&client);
    const QString id = QStringLiteral("0c6f3f6e-4b2a-4f1d-9d8e-3a2b1c0d9e8f");
    auto ignore = [](const auto &) {};
    SegmentPatch patch {QStringLiteral("New name"),
                        QStringLiteral("SELECT contact_id, updated_at FROM contact_data")};
    const QList<std::function<void()>> starts = {
        [&] { segments.list({}, this, ignore); },
        [&] {
            segments.list({{id}, {QStringLiteral("l1")}, true}, this, ignore);
        },
        [&] { segments.get(id, false, this, ignore); },
        [&] {
            segments.create({QStringLiteral("N"),
                             QStringLiteral("SELECT contact_id, updated_at FROM contact_data"),
                             {id}},
                            this, ignore);
        },
        [&] { segments.update(id, patch, this, ignore); },
        [&] { segments.remove(id, this, ignore); },
        [&] { segments.refresh(id, QStringLiteral("America/Chicago"), this, ignore); },
        [&] { FieldDefinitionsApi(&client).list(this, ignore); },
        [&] { ListsApi(&client).list(100, QStringLiteral("tok"), this, ignore); },
        [&] { ContactsApi(&client).search(QStringLiteral("email LIKE 'a%'"), this, ignore); },
        [&] { ContactsApi(&client).count(this, ignore); },
    };
    m_server.clearRequests();
    starts.at(index)();
    QTRY_COMPARE(m_server.requests().size(), 1);
    const LoopbackServer::Request request = m_server.requests().constFirst();

    const QJsonObject spec = Fixtures::openApi(specFile);
    const QJsonObject paths = spec.value(QStringLiteral("paths")).toObject();
    const QString path = request.url.path(QUrl::FullyEncoded);
    const QString pathTemplate = matchTemplate(paths, path);
    QVERIFY2(!pathTemplate.isEmpty(), qPrintable(path + QStringLiteral(" is not in ") + specFile));
    const QJsonObject op = paths.value(pathTemplate)
                               .toObject()
                               .value(QString::fromLatin1(request.method).toLower())
                               .toObject();
    QVERIFY2(!op.isEmpty(),
             qPrintable(request.method + u' ' + pathTemplate + QStringLiteral(" not in spec")));

    QHash<QString, QJsonObject> declared;
    for (const QJsonValue &p : op.value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject param = resolve(spec, p.toObject());
        if (param.value(QStringLiteral("in")) == QStringLiteral("query"))
            declared.insert(param.value(QStringLiteral("name")).toString(),
                            resolve(spec, param.value(QStringLiteral("schema")).toObject()));
    }
    for (const auto &[name, value] : QUrlQuery(request.url).queryItems(QUrl::FullyDecoded)) {
        QVERIFY2(declared.contains(name),
                 qPrintable(QStringLiteral("query parameter ") + name
                            + QStringLiteral(" not declared")));
        QVERIFY2(
            queryValueMatches(declared.value(name).value(QStringLiteral("type")).toString(), value),
            qPrintable(name));
    }

    const QJsonObject requestBody
        = resolve(spec, op.value(QStringLiteral("requestBody")).toObject());
    const QJsonObject bodySchema = resolve(spec,
                                           requestBody.value(QStringLiteral("content"))
                                               .toObject()
                                               .value(QStringLiteral("application/json"))
                                               .toObject()
                                               .value(QStringLiteral("schema"))
                                               .toObject());
    if (bodySchema.isEmpty()) {
        QVERIFY2(request.body.isEmpty(), "a body was sent where the spec defines none");
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject properties = bodySchema.value(QStringLiteral("properties")).toObject();
    for (auto it = body.begin(); it != body.end(); ++it) {
        QVERIFY2(
            properties.contains(it.key()),
            qPrintable(QStringLiteral("body key ") + it.key() + QStringLiteral(" not in schema")));
        const QJsonObject property = resolve(spec, properties.value(it.key()).toObject());
        QVERIFY2(jsonTypeMatches(property.value(QStringLiteral("type")).toString(), it.value()),
                 qPrintable(it.key()));
        if (property.contains(QStringLiteral("maxItems")))
            QVERIFY(it.value().toArray().size()
                    <= property.value(QStringLiteral("maxItems")).toInt());
    }
    for (const QJsonValue &required : bodySchema.value(QStringLiteral("required")).toArray())
        QVERIFY2(body.contains(required.toString()),
                 qPrintable(required.toString() + QStringLiteral(" missing")));
}

QTEST_GUILESS_MAIN(tst_RequestConformance)
#include "tst_requestconformance.moc"
