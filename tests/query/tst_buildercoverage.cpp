// SPDX-License-Identifier: MIT
// Every template, every starter segment of the sample data and every engagement example of the
// query corpus opens in the builder without a locked piece; written back unchanged it is the
// same text, and the builder's own layout of it selects the same contacts in the sandbox.
#include "editing/segmenttemplates.h"
#include "query/builderreader.h"
#include "query/builderwriter.h"
#include "query/fieldcatalogue.h"
#include "query/parser.h"
#include "support/lockedpieces.h"
#include "support/queryexamples.h"
#include "support/seededstore.h"

#include <QTest>

namespace {

struct Walked
{
    QString source; ///< "template", "sample" or "corpus"
    QString title;
    QString text;
    bool expression = false;
    bool mustDraw = true; ///< false: corpus examples without engagement (counted only)
};

int lockedCount(const BuilderQuery &query)
{
    return int(lockedPieces(query.root).size()) + (query.head ? 1 : 0) + (query.tail ? 1 : 0);
}

} // namespace

class tst_BuilderCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithoutLockedPieces_data();
    void opensWithoutLockedPieces();
    void cleanupTestCase();

private:
    QList<Walked> walked() const;

    SeededStore m_store;
    FieldCatalogue m_catalogue;
    QHash<QString, int> m_locked; ///< per source, over everything walked
};

void tst_BuilderCoverage::initTestCase()
{
    const VoidResult opened = m_store.open(&m_catalogue);
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
}

QList<Walked> tst_BuilderCoverage::walked() const
{
    QList<Walked> out;
    for (const SegmentTemplate &t : SegmentTemplates::all(QStringLiteral("LIST_ID")))
        out.append({QStringLiteral("template"), t.title, t.queryDsl});
    const auto segments = m_store.starterSegments();
    for (const auto &[name, query] : segments.value())
        out.append({QStringLiteral("sample"), name, query});
    for (const QueryExample &example : loadQueryExamples()) {
        const bool engagement
            = example.text.contains(QStringLiteral("event_"), Qt::CaseInsensitive);
        out.append({QStringLiteral("corpus"), example.title, example.text, example.v1Expression,
                    engagement});
    }
    return out;
}

void tst_BuilderCoverage::opensWithoutLockedPieces_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expression");
    QTest::addColumn<bool>("mustDraw");
    const QList<Walked> all = walked();
    QVERIFY(all.size() > 40);
    for (const Walked &w : all)
        QTest::newRow(qPrintable(w.source + QStringLiteral(": ") + w.title))
            << w.source << w.text << w.expression << w.mustDraw;
}

void tst_BuilderCoverage::opensWithoutLockedPieces()
{
    QFETCH(QString, source);
    QFETCH(QString, text);
    QFETCH(bool, expression);
    QFETCH(bool, mustDraw);
    const Result<BuilderQuery> read = BuilderReader::read(text, m_catalogue);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    const int locked = lockedCount(read.value());
    m_locked[source] += locked;
    if (mustDraw)
        QCOMPARE(locked, 0);
    // Opened and written unchanged: the same text, byte for byte.
    const Result<QString> written = BuilderWriter::toSql(read.value());
    QVERIFY2(written.isOk(), qPrintable(written.error()));
    QCOMPARE(written.value(), text);
    if (expression)
        return; // SGQL v1: engagement pseudo-fields the sandbox's contact_data does not have
    // The builder's own layout of the same reading (as after an edit elsewhere) selects the
    // same contacts.
    BuilderQuery fresh = read.value();
    BuilderReader::forgetSource(fresh);
    const Result<QString> laidOut = BuilderWriter::toSql(fresh);
    QVERIFY2(laidOut.isOk(), qPrintable(laidOut.error()));
    const Result<QStringList> original = m_store.members(text);
    if (!original.isOk()) {
        // Custom fields this store does not have: then only the layout may have changed.
        const ParsedQuery before = QueryParser::parse(text);
        const ParsedQuery after = QueryParser::parse(laidOut.value());
        QVERIFY2(structurallyEqual(before.statement, after.statement),
                 qPrintable(original.error() + u'\n' + laidOut.value()));
        return;
    }
    const Result<QStringList> members = m_store.members(laidOut.value());
    QVERIFY2(members.isOk(), qPrintable(members.error() + u'\n' + laidOut.value()));
    QCOMPARE(members.value(), original.value());
    qInfo("%lld contacts: %s", qlonglong(members.value().size()),
          qPrintable(QString(laidOut.value()).replace(u'\n', u' ')));
}

void tst_BuilderCoverage::cleanupTestCase()
{
    qInfo("locked pieces: templates %d, samples %d, corpus %d", m_locked.value("template"),
          m_locked.value("sample"), m_locked.value("corpus"));
}

QTEST_GUILESS_MAIN(tst_BuilderCoverage)
#include "tst_buildercoverage.moc"
