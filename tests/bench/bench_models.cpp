// SPDX-License-Identifier: MIT
// The list pane's costs at 10,000 segments: decoding SendGrid's JSON into the model (budget
// 60 ms) and one filter keystroke through the sort/filter proxy (budget 8 ms).
// Run by scripts/bench, not by ctest.
#include "models/segmenttablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QTest>

class bench_Models : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decode10kSegmentsIntoModel();
    void jsonDocumentAlone10k();
    void filterKeystroke10k();

private:
    QByteArray m_json;
};

void bench_Models::initTestCase()
{
    QJsonArray results;
    for (int i = 0; i < 10000; ++i) {
        results.append(QJsonObject {
            {"id", QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'))},
            {"name", QStringLiteral("Segment %1 — %2").arg(i).arg(i % 7 ? "customers" : "leads")},
            {"contacts_count", i * 13},
            {"created_at", "2026-03-02T09:15:00Z"},
            {"updated_at", "2026-11-20T16:42:11.250Z"},
            {"sample_updated_at", "2026-11-26T08:00:00Z"},
            {"next_sample_update", "2026-11-26T09:00:00Z"},
            {"parent_list_ids", QJsonArray()},
            {"query_version", "2"},
            {"status", QJsonObject {{"query_validation", i % 10 ? "VALID" : "PENDING"}}}});
    }
    m_json = QJsonDocument(QJsonObject {{"results", results}}).toJson(QJsonDocument::Compact);
}

void bench_Models::decode10kSegmentsIntoModel()
{
    SegmentTableModel model;
    QBENCHMARK
    {
        const auto decoded = SegmentSummary::listFromJson(QJsonDocument::fromJson(m_json).object());
        model.setSegments(*decoded.value);
    }
    QCOMPARE(model.rowCount(), 10000);
}

// The reference for the decode: Qt reading the same text into a QJsonDocument, which the
// decode starts with.
void bench_Models::jsonDocumentAlone10k()
{
    QJsonDocument document;
    QBENCHMARK
    {
        document = QJsonDocument::fromJson(m_json);
    }
    QVERIFY(document.isObject());
}

void bench_Models::filterKeystroke10k()
{
    SegmentTableModel model;
    model.setSegments(
        *SegmentSummary::listFromJson(QJsonDocument::fromJson(m_json).object()).value);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(SegmentTableModel::Name); // as the list pane filters
    proxy.setSortRole(SegmentTableModel::SortRole);
    proxy.sort(SegmentTableModel::Name);
    int typed = 0;
    QBENCHMARK
    {
        // One more character each time, as typing does: "l", "le", "lea", …
        proxy.setFilterFixedString(QStringLiteral("leads").left(1 + typed++ % 5));
    }
    QVERIFY(proxy.rowCount() > 0);
}

QTEST_GUILESS_MAIN(bench_Models)
#include "bench_models.moc"
