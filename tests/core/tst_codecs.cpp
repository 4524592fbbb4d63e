// SPDX-License-Identifier: MIT
// JSON codecs against SendGrid's own examples (read from the official OpenAPI files) and fixtures.
#include "api/contactlist.h"
#include "api/fielddefinition.h"
#include "api/responseparser.h"
#include "api/segment.h"
#include "api/segmentsapi.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

struct FoundExample
{
    QString file;
    QString pointer; ///< where in the file, e.g. /paths/…/responses/200/…/examples/response
    QJsonValue value;
};

void collect(const QJsonValue &node, const QString &file, const QString &pointer,
             QList<FoundExample> &out)
{
    if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collect(array.at(i), file, pointer + u'/' + QString::number(i), out);
        return;
    }
    const QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString here = pointer + u'/' + it.key();
        if (it.key() == QStringLiteral("example")) {
            out.append({file, here, it.value()});
        } else if (it.key() == QStringLiteral("examples") && it.value().isObject()) {
            const QJsonObject named = it.value().toObject();
            for (auto ex = named.begin(); ex != named.end(); ++ex)
                out.append({file, here + u'/' + ex.key(),
                            ex.value().toObject().value(QStringLiteral("value"))});
        } else {
            collect(it.value(), file, here, out);
        }
    }
}

template<typename T>
QString problemOf(const ApiResult<T> &result)
{
    return result.isOk() ? QString() : result.error.toDisplayString();
}

// Decodes `value` as the operation or schema at `pointer` expects; a problem text, or empty.
// `handled` is false when no codec of ours reads that example.
QString decodeExample(const FoundExample &ex, bool *handled)
{
    *handled = true;
    const QJsonObject o = ex.value.toObject();
    const QString &p = ex.pointer;
    if (p.contains(QStringLiteral("/field_definitions/get/responses/200")))
        return problemOf(FieldDefinition::listFromJson(o));
    if (p.contains(QStringLiteral("/field_definitions"))
        && p.contains(QStringLiteral("/responses/200")))
        return problemOf(FieldDefinition::fromJson(o, {}, false));
    if (p.contains(QStringLiteral("ReservedFieldDefinitionsResponse"))) {
        for (const QJsonValue &v : ex.value.toArray())
            if (auto r = FieldDefinition::fromJson(v.toObject(), {}, true); !r.isOk())
                return problemOf(r);
        return {};
    }
    if (p.contains(QStringLiteral("CustomFieldDefinitionsResponse")))
        return problemOf(FieldDefinition::fromJson(o, {}, false));
    if (p.contains(QStringLiteral("/lists/get/responses/200")))
        return problemOf(ContactListPage::fromJson(o));
    if (p.contains(QStringLiteral("/lists/post/responses/201"))
        || p.contains(QStringLiteral("/lists/{id}/patch/responses/200")))
        return problemOf(ContactList::fromJson(o));
    if (p.contains(QStringLiteral("/refresh/{segment_id}/post/responses/202"))
        || p.contains(QStringLiteral("SegmentRefresh202")))
        return problemOf(RefreshJob::fromJson(o));
    if (p.contains(QStringLiteral("ContactResponse")))
        return problemOf(Contact::fromJson(o));
    if (p.contains(QStringLiteral("/search/")) && p.contains(QStringLiteral("/responses/200"))) {
        const QJsonObject byEmail = o.value(QStringLiteral("result")).toObject();
        for (const QJsonValue &entry : byEmail) {
            if (entry.toObject().contains(QStringLiteral("error")))
                continue; // "no contact with this email" entries carry no contact
            if (auto r
                = Contact::fromJson(entry.toObject().value(QStringLiteral("contact")).toObject());
                !r.isOk())
                return problemOf(r);
        }
        return byEmail.isEmpty() ? QStringLiteral("no contacts in example") : QString();
    }
    if (p.contains(QStringLiteral("/responses/4")) || p.contains(QStringLiteral("/responses/5"))
        || p.contains(QStringLiteral("ErrorResponse"))) {
        ApiError error;
        ResponseParser::readErrorBody(QJsonDocument(o).toJson(), error);
        return error.message.isEmpty() && error.errors.isEmpty()
            ? QStringLiteral("no message read from error example")
            : QString();
    }
    *handled = false;
    return {};
}

} // namespace

class tst_Codecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampsAgreeWithQDateTime_data();
    void timestampsAgreeWithQDateTime();
    void openApiExamples_data();
    void openApiExamples();
    void everyResponseExampleIsCovered();
    void segmentFixtureDecodes();
    void roundTrip_data();
    void roundTrip();
    void timestampsAreUtc_data();
    void timestampsAreUtc();
    void listEnvelope();
    void fieldDefinitions();
    void listPagesCarryToken();
    void patchHasOnlyChangedFields();
    void optionalFieldsAreTolerant_data();
    void optionalFieldsAreTolerant();
    void identityFieldsAreStrict_data();
    void identityFieldsAreStrict();
    void numbersBeyondQint64AreRefused_data();
    void numbersBeyondQint64AreRefused();
    void tolerantListsKeepEveryItem();
};

static QList<FoundExample> allExamples()
{
    QList<FoundExample> out;
    for (const QString &file :
         {QStringLiteral("tsg_mc_segments_2.0_v3.json"),
          QStringLiteral("tsg_mc_custom_fields_v3.json"), QStringLiteral("tsg_mc_lists_v3.json"),
          QStringLiteral("tsg_mc_contacts_v3.json")})
        collect(Fixtures::openApi(file), file, {}, out);
    return out;
}

void tst_Codecs::openApiExamples_data()
{
    QTest::addColumn<int>("index");
    const auto examples = allExamples();
    QVERIFY(examples.size() >= 30); // the four files hold 36 examples today
    for (int i = 0; i < examples.size(); ++i) {
        bool handled = false;
        decodeExample(examples[i], &handled);
        if (handled)
            QTest::newRow(qPrintable(examples[i].file + examples[i].pointer)) << i;
    }
}

void tst_Codecs::openApiExamples()
{
    QFETCH(int, index);
    bool handled = false;
    const QString problem = decodeExample(allExamples().at(index), &handled);
    QVERIFY(handled);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Codecs::everyResponseExampleIsCovered()
{
    // Every example of a response body of an operation the client performs must be decoded.
    const QStringList ours
        = {QStringLiteral("/segments/2.0"), QStringLiteral("/field_definitions"),
           QStringLiteral("/v3/marketing/lists/get"), QStringLiteral("/contacts/search/")};
    int decoded = 0;
    for (const FoundExample &ex : allExamples()) {
        bool handled = false;
        decodeExample(ex, &handled);
        decoded += handled;
        const bool response = ex.pointer.contains(QStringLiteral("/responses/"));
        const bool ourOperation = std::any_of(
            ours.begin(), ours.end(), [&](const QString &s) { return ex.pointer.contains(s); });
        QVERIFY2(handled || !response || !ourOperation, qPrintable(ex.pointer));
    }
    QVERIFY2(decoded >= 17, qPrintable(QString::number(decoded)));
}

void tst_Codecs::segmentFixtureDecodes()
{
    const auto json = QJsonDocument::fromJson(Fixtures::data(QStringLiteral("segment_200.json")));
    const auto result = Segment::fromJson(json.object());
    QVERIFY2(result.isOk(), qPrintable(problemOf(result)));
    const Segment &s = *result.value;
    QCOMPARE(s.contactsSample.size(), 2);
    QCOMPARE(s.contactsSample[0].postalCode, QStringLiteral("80302")); // integer in the spec
    QCOMPARE(s.contactsSample[1].postalCode, QStringLiteral("80202")); // text in the contacts API
    QCOMPARE(s.contactsSample[0].customFields.value(QStringLiteral("loyalty_tier")).toString(),
             QStringLiteral("gold"));
    QCOMPARE(s.status.validation(), SegmentStatus::Validation::Valid);
    QCOMPARE(s.refreshesUsed, std::optional<qint64>(1));
    QVERIFY(s.hasSample);
}

void tst_Codecs::roundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("segment") << QStringLiteral("segment_200.json");
    QTest::newRow("list item") << QStringLiteral("segments_list_200.json");
}

void tst_Codecs::roundTrip()
{
    QFETCH(QString, fixture);
    const QJsonObject json = QJsonDocument::fromJson(Fixtures::data(fixture)).object();
    if (json.contains(QStringLiteral("results"))) {
        const auto list = SegmentSummary::listFromJson(json);
        QVERIFY(list.isOk());
        for (const SegmentSummary &s : *list.value) {
            const auto again = SegmentSummary::fromJson(s.toJson());
            QVERIFY(again.isOk());
            QCOMPARE(*again.value, s);
        }
        return;
    }
    const auto first = Segment::fromJson(json);
    QVERIFY(first.isOk());
    const auto second = Segment::fromJson(first.value->toJson());
    QVERIFY2(second.isOk(), qPrintable(problemOf(second)));
    QCOMPARE(*second.value, *first.value);
    QCOMPARE(second.value->updatedAt.raw, QStringLiteral("2026-11-20T16:42:11.250Z")); // raw kept
}

void tst_Codecs::timestampsAreUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("epochMs");
    QTest::newRow("Z") << QStringLiteral("2026-11-26T08:00:00Z") << qint64(1795680000000);
    QTest::newRow("ms") << QStringLiteral("2026-11-26T08:00:00.250Z") << qint64(1795680000250);
    QTest::newRow("µs") << QStringLiteral("2026-11-26T08:00:00.250123Z") << qint64(1795680000250);
    QTest::newRow("offset") << QStringLiteral("2026-11-26T09:00:00+01:00") << qint64(1795680000000);
    QTest::newRow("no zone = UTC")
        << QStringLiteral("2026-11-26T08:00:00") << qint64(1795680000000);
}

void tst_Codecs::timestampsAreUtc()
{
    QFETCH(QString, text);
    QFETCH(qint64, epochMs);
    const Timestamp t = Timestamp::fromString(text);
    QCOMPARE(t.utc.timeSpec(), Qt::UTC);
    QCOMPARE(t.utc.toMSecsSinceEpoch(), epochMs);
    QCOMPARE(t.raw, text);
}

void tst_Codecs::listEnvelope()
{
    const auto json
        = QJsonDocument::fromJson(Fixtures::data(QStringLiteral("segments_list_200.json")));
    const auto list = SegmentSummary::listFromJson(json.object());
    QVERIFY(list.isOk());
    QCOMPARE(list.value->size(), 2);
    QCOMPARE(list.value->at(1).status.errorMessage,
             QStringLiteral("unknown column frist_name at line 1, column 72"));
    const auto bad
        = SegmentSummary::listFromJson(QJsonObject {{QStringLiteral("results"), QJsonArray {1}}});
    QVERIFY(bad.error.toDisplayString().contains(QStringLiteral("results[0]")));
    const auto missing
        = SegmentSummary::listFromJson(QJsonObject {{QStringLiteral("result"), QJsonArray {}}});
    QVERIFY(missing.error.toDisplayString().contains(QStringLiteral("\"results\" is missing")));
}

void tst_Codecs::fieldDefinitions()
{
    const auto json = QJsonDocument::fromJson(Fixtures::data(QStringLiteral("fields_200.json")));
    const auto fields = FieldDefinition::listFromJson(json.object());
    QVERIFY(fields.isOk());
    QCOMPARE(fields.value->size(), 6);
    const auto created
        = std::find_if(fields.value->begin(), fields.value->end(),
                       [](const auto &f) { return f.name == QStringLiteral("created_at"); });
    QVERIFY(created->reserved && created->readOnly);
    QCOMPARE(created->type, FieldDefinition::Type::Date);
    const auto badType
        = FieldDefinition::fromJson({{QStringLiteral("id"), QStringLiteral("x")},
                                     {QStringLiteral("name"), QStringLiteral("n")},
                                     {QStringLiteral("field_type"), QStringLiteral("Boolean")}},
                                    {}, false);
    // An unknown type costs neither the field nor the list: it reads as Text, with a warning.
    QVERIFY(badType.isOk());
    QCOMPARE(badType.value->type, FieldDefinition::Type::Text);
    QVERIFY(badType.warnings.join(u' ').contains(QStringLiteral("Boolean")));
}

void tst_Codecs::listPagesCarryToken()
{
    const auto page = ContactListPage::fromJson(
        QJsonDocument::fromJson(Fixtures::data(QStringLiteral("lists_page1.json"))).object());
    QVERIFY(page.isOk());
    QCOMPARE(page.value->nextPageToken, QStringLiteral("tok2"));
    const auto last = ContactListPage::fromJson(
        QJsonDocument::fromJson(Fixtures::data(QStringLiteral("lists_page2.json"))).object());
    QCOMPARE(last.value->nextPageToken, QString());
}

void tst_Codecs::patchHasOnlyChangedFields()
{
    SegmentSummary base;
    base.name = QStringLiteral("A");
    const QString query = QStringLiteral("SELECT contact_id, updated_at FROM contact_data");
    QVERIFY(SegmentPatch::between(base, query, QStringLiteral("A"), query).isEmpty());
    QCOMPARE(SegmentPatch::between(base, query, QStringLiteral("B"), query).toJson(),
             (QJsonObject {{QStringLiteral("name"), QStringLiteral("B")}}));
    QCOMPARE(SegmentPatch::between(base, query, QStringLiteral("A"),
                                   query + QStringLiteral(" WHERE 1=1"))
                 .toJson()
                 .keys(),
             QStringList {QStringLiteral("query_dsl")});
}

void tst_Codecs::timestampsAgreeWithQDateTime_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         {"2026-11-20T16:42:11Z", "2026-11-20T16:42:11.250Z", "2024-02-29T00:00:00Z",
          "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-20T24:00:00Z",
          "2026-11-20T16:42:11+02:00", "2026-11-20T16:42:11", "2026-11-20", "2026-11-20T16:42:1xZ",
          "not a time", ""})
        QTest::newRow(text) << QString::fromLatin1(text);
}

// Timestamp reads SendGrid's usual shape by hand; it must agree with QDateTime everywhere.
void tst_Codecs::timestampsAgreeWithQDateTime()
{
    QFETCH(QString, text);
    QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (expected.isValid() && expected.timeSpec() == Qt::LocalTime)
        expected.setTimeSpec(Qt::UTC);
    const Timestamp t = Timestamp::fromString(text);
    QCOMPARE(t.raw, text);
    QCOMPARE(t.utc.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(t.utc, expected.toUTC());
}

namespace {

QJsonObject segmentJson()
{
    return QJsonDocument::fromJson(Fixtures::data(QStringLiteral("segment_200.json"))).object();
}

QJsonObject withField(QJsonObject json, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    return json;
}

} // namespace

// A malformed or missing optional field never fails the segment: it reads as unknown and the
// warning names it. "string" is what a mock of SendGrid's spec answers for its timestamps.
void tst_Codecs::optionalFieldsAreTolerant_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("warning");
    const QJsonObject s = segmentJson();
    QTest::newRow("spec mock time") << withField(s, "created_at", "string") << "created_at";
    QTest::newRow("not ISO time") << withField(s, "updated_at", "yesterday") << "updated_at";
    QTest::newRow("time is null") << withField(s, "sample_updated_at", QJsonValue::Null)
                                  << "sample_updated_at";
    QTest::newRow("time is number")
        << withField(s, "next_sample_update", 1700000000) << "next_sample_update";
    QTest::newRow("time missing") << withField(s, "created_at", QJsonValue::Undefined)
                                  << "created_at";
    QTest::newRow("version not text") << withField(s, "query_version", 2) << "query_version";
    QTest::newRow("unknown status")
        << withField(s, "status", QJsonObject {{"query_validation", "REVIEWING"}})
        << "status.query_validation";
    QTest::newRow("status null") << withField(s, "status", QJsonValue::Null) << "status";
    QTest::newRow("status missing") << withField(s, "status", QJsonValue::Undefined) << "status";
    QTest::newRow("parent ids mixed")
        << withField(s, "parent_list_ids", QJsonArray {"a", 7}) << "parent_list_ids[1]";
    QTest::newRow("refreshes text") << withField(s, "refreshes_used", "one") << "refreshes_used";
    QJsonArray sample = s.value("contacts_sample").toArray();
    QJsonObject contact = sample.at(1).toObject();
    contact.insert("id", 7);
    sample.replace(1, contact);
    QTest::newRow("sample contact without id")
        << withField(s, "contacts_sample", sample) << "contacts_sample[1].id";
    contact = sample.at(0).toObject();
    contact.insert("first_name", QJsonArray {});
    sample.replace(0, contact);
    QTest::newRow("sample name not text")
        << withField(s, "contacts_sample", sample) << "contacts_sample[0].first_name";
}

void tst_Codecs::optionalFieldsAreTolerant()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, warning);
    const auto result = Segment::fromJson(json);
    QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString()));
    QVERIFY2(result.warnings.join(u'\n').contains(u'"' + warning + u'"'),
             qPrintable(result.warnings.join(u'\n')));
    const Segment &s = *result.value;
    QCOMPARE(s.id, json.value("id").toString());
    QCOMPARE(s.queryDsl, json.value("query_dsl").toString());
    if (warning == QStringLiteral("created_at") && json.contains("created_at")) {
        QVERIFY(!s.createdAt.utc.isValid()); // unknown, not a made-up time
        QCOMPARE(s.createdAt.raw, QStringLiteral("string")); // kept as sent
    }
    if (warning.startsWith(QStringLiteral("status")))
        QCOMPARE(s.status.validation(), SegmentStatus::Validation::Unknown);
    if (warning == QStringLiteral("contacts_sample[1].id"))
        QCOMPARE(s.contactsSample.size(), 1);
}

void tst_Codecs::identityFieldsAreStrict_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expected");
    const QJsonObject s = segmentJson();
    QTest::newRow("id number") << withField(s, "id", 7) << "\"id\" should be text";
    QTest::newRow("id missing") << withField(s, "id", QJsonValue::Undefined) << "\"id\" is missing";
    QTest::newRow("name null") << withField(s, "name", QJsonValue::Null)
                               << "\"name\" should be text";
    QTest::newRow("query missing")
        << withField(s, "query_dsl", QJsonValue::Undefined) << "\"query_dsl\" is missing";
    QTest::newRow("query object") << withField(s, "query_dsl", QJsonObject {})
                                  << "\"query_dsl\" should be text";
}

void tst_Codecs::identityFieldsAreStrict()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, expected);
    const auto result = Segment::fromJson(json);
    QCOMPARE(result.error.kind, ApiError::Kind::BadPayload);
    QVERIFY2(result.error.message.contains(expected), qPrintable(result.error.message));
}

// Found by fuzz_decoders: converting a double beyond qint64 (1e67) to qint64 was undefined
// behaviour (UBSan aborts; on ARM 2^63 saturated and passed as 9223372036854775807).
void tst_Codecs::numbersBeyondQint64AreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("readable");
    const double twoTo63 = 9223372036854775808.0;
    for (const char *field : {"contacts_count", "refreshes_used"}) {
        const QString f = QString::fromLatin1(field);
        QTest::addRow("%s 1e67", field) << f << 1e67 << false;
        QTest::addRow("%s -1e67", field) << f << -1e67 << false;
        QTest::addRow("%s 2^63", field) << f << twoTo63 << false;
        QTest::addRow("%s -2^63", field) << f << -twoTo63 << true;
    }
}

void tst_Codecs::numbersBeyondQint64AreRefused()
{
    QFETCH(QString, field);
    QFETCH(double, number);
    QFETCH(bool, readable);
    const auto result = Segment::fromJson(withField(segmentJson(), field, number));
    const qint64 lowest = std::numeric_limits<qint64>::min();
    if (field == u"contacts_count") { // strict: the segment is refused
        QCOMPARE(result.isOk(), readable);
        if (readable)
            QCOMPARE(result.value->contactsCount, lowest);
        else
            QVERIFY(result.error.message.contains(u"\"contacts_count\" should be a whole number"));
        return;
    }
    QVERIFY2(result.isOk(), qPrintable(result.error.toDisplayString())); // tolerant: unknown
    QCOMPARE(result.value->refreshesUsed, readable ? std::optional<qint64>(lowest) : std::nullopt);
    QCOMPARE(result.warnings.join(u'\n').contains(u"\"refreshes_used\""), !readable);
}

// One odd item never costs a whole list: segments, lists and field definitions.
void tst_Codecs::tolerantListsKeepEveryItem()
{
    QJsonObject envelope
        = QJsonDocument::fromJson(Fixtures::data(QStringLiteral("segments_list_200.json")))
              .object();
    QJsonArray results = envelope.value("results").toArray();
    QJsonObject first = results.at(0).toObject();
    first.insert("sample_updated_at", "string");
    first.insert("status", QJsonObject {{"query_validation", QJsonValue::Null}});
    results.replace(0, first);
    envelope.insert("results", results);
    const auto list = SegmentSummary::listFromJson(envelope);
    QVERIFY2(list.isOk(), qPrintable(list.error.toDisplayString()));
    QCOMPARE(list.value->size(), 2);
    QVERIFY(!list.value->at(0).sampleUpdatedAt.utc.isValid());
    QVERIFY(list.warnings.join(u' ').contains(QStringLiteral("results[0].sample_updated_at")));

    const auto lists = ContactListPage::fromJson(
        {{"result",
          QJsonArray {
              QJsonObject {{"id", "l1"}, {"name", "A"}, {"contact_count", QJsonValue::Null}},
              QJsonObject {{"id", "l2"}, {"name", "B"}, {"contact_count", "many"}}}}});
    QVERIFY2(lists.isOk(), qPrintable(lists.error.toDisplayString()));
    QCOMPARE(lists.value->lists.size(), 2);
    QVERIFY(lists.warnings.join(u' ').contains(QStringLiteral("result[1].contact_count")));

    const auto fields = FieldDefinition::listFromJson(
        {{"custom_fields",
          QJsonArray {QJsonObject {{"id", "e1"}, {"name", "tier"}, {"field_type", "Text"}},
                      QJsonObject {{"id", "e2"}, {"name", "x"}, {"field_type", QJsonValue::Null}}}},
         {"reserved_fields",
          QJsonArray {
              QJsonObject {{"name", "email"}, {"field_type", "Text"}, {"read_only", "no"}}}}});
    QVERIFY2(fields.isOk(), qPrintable(fields.error.toDisplayString()));
    QCOMPARE(fields.value->size(), 3);
    QVERIFY(fields.warnings.join(u' ').contains(QStringLiteral("reserved_fields[0].read_only")));
}

QTEST_GUILESS_MAIN(tst_Codecs)
#include "tst_codecs.moc"
