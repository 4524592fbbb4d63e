// SPDX-License-Identifier: MIT
// Profiles in a settings file of their own (a QTemporaryDir): rules, CRUD, the sandbox profile.
#include "profiles/profilestore.h"
#include "profiles/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
Profile named(const QString &name, Profile::Region region = Profile::Region::Global,
              const QString &url = {})
{
    Profile p;
    p.name = name;
    p.region = region;
    p.customUrl = QUrl(url);
    return p;
}
} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void validate_data();
    void validate();
    void sandboxAlwaysExists();
    void sandboxCannotBeRemoved();
    void addFindUpdateRemove();
    void namesAreUniqueIgnoringCase_data();
    void namesAreUniqueIgnoringCase();
    void storedAcrossInstances();
    void duplicateNamesTheCopy();
    void markUsed();
    void unreadableProfileIsSkipped_data();
    void unreadableProfileIsSkipped();
    void unreadableLineKeepsTheFile_data();
    void unreadableLineKeepsTheFile();
    void unwritableFileIsAnError();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("SegmentDesk.conf")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
};

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(path());
    m_store = std::make_unique<ProfileStore>(m_settings.get());
}

void tst_ProfileStore::validate_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: valid
    QTest::newRow("global") << named(QStringLiteral("Acme")) << QString();
    QTest::newRow("eu") << named(QStringLiteral("Acme EU"), Profile::Region::Eu) << QString();
    QTest::newRow("custom https") << named(QStringLiteral("Proxy"), Profile::Region::Custom,
                                           QStringLiteral("https://sendgrid.proxy.example"))
                                  << QString();
    QTest::newRow("custom http loopback") << named(QStringLiteral("Local"), Profile::Region::Custom,
                                                   QStringLiteral("http://127.0.0.1:8080"))
                                          << QString();
    QTest::newRow("custom http remote") << named(QStringLiteral("Bad"), Profile::Region::Custom,
                                                 QStringLiteral("http://sendgrid.proxy.example"))
                                        << QStringLiteral("only allowed for this computer");
    QTest::newRow("custom without url")
        << named(QStringLiteral("Bad"), Profile::Region::Custom) << QStringLiteral("full URL");
    QTest::newRow("custom ftp") << named(QStringLiteral("Bad"), Profile::Region::Custom,
                                         QStringLiteral("ftp://example.com"))
                                << QStringLiteral("Unsupported scheme");
    QTest::newRow("empty name") << named(QString()) << QStringLiteral("needs a name");
    QTest::newRow("blank name") << named(QStringLiteral("  ")) << QStringLiteral("needs a name");
    QTest::newRow("padded name") << named(QStringLiteral(" Acme")) << QStringLiteral("spaces");
    QTest::newRow("control character")
        << named(QStringLiteral("Ac\nme")) << QStringLiteral("control");
    QTest::newRow("too long") << named(QString(101, u'x')) << QStringLiteral("at most 100");
    QTest::newRow("sandbox region elsewhere")
        << named(QStringLiteral("Fake"), Profile::Region::Sandbox) << QStringLiteral("sandbox");
}

void tst_ProfileStore::validate()
{
    QFETCH(Profile, profile);
    QFETCH(QString, problem);
    const VoidResult valid = profile.validate();
    QCOMPARE(valid.isOk(), problem.isEmpty());
    QVERIFY2(valid.error().contains(problem), qPrintable(valid.error()));
    // The store applies the same rules.
    QCOMPARE(m_store->add(profile).isOk(), problem.isEmpty());
}

void tst_ProfileStore::sandboxAlwaysExists()
{
    const Result<QList<Profile>> all = m_store->profiles();
    QVERIFY(all.isOk());
    QCOMPARE(all.value().size(), 1);
    QCOMPARE(all.value().first().id, Profile::sandboxId());
    QVERIFY(all.value().first().baseUrl().isEmpty());
    QVERIFY(!QFile::exists(path())); // listing writes nothing
    QVERIFY(m_store->add(named(QStringLiteral("Zeta"))).isOk());
    QVERIFY(m_store->add(named(QStringLiteral("alpha"))).isOk());
    const Result<QList<Profile>> listed = m_store->profiles();
    QVERIFY(listed.isOk());
    QStringList names;
    for (const Profile &p : listed.value())
        names << p.name;
    QCOMPARE(names,
             (QStringList {QStringLiteral("Sample data"), QStringLiteral("alpha"),
                           QStringLiteral("Zeta")}));
}

void tst_ProfileStore::sandboxCannotBeRemoved()
{
    const VoidResult removed = m_store->remove(Profile::sandboxId());
    QVERIFY(!removed.isOk());
    QVERIFY(removed.error().contains(QStringLiteral("cannot be removed")));
    QVERIFY(!m_store->duplicate(Profile::sandboxId()).isOk());
    // Its settings (here: last used) are stored like any other profile's, and it stays unique.
    QVERIFY(m_store->markUsed(Profile::sandboxId(), QDateTime::currentDateTimeUtc()).isOk());
    QCOMPARE(m_store->profiles().value().size(), 1);
    QVERIFY(m_store->find(Profile::sandboxId()).value().lastUsed.isValid());
}

void tst_ProfileStore::addFindUpdateRemove()
{
    Profile p = named(QStringLiteral("Acme"), Profile::Region::Eu);
    p.id = Profile::sandboxId(); // replaced: add always creates a new profile
    p.tag = Profile::Tag::Production;
    const Result<Profile> added = m_store->add(p);
    QVERIFY2(added.isOk(), qPrintable(added.error()));
    QVERIFY(!added.value().id.isNull());
    QVERIFY(!added.value().isSandbox());
    QCOMPARE(m_store->findByName(QStringLiteral("ACME")).value().id, added.value().id);

    Profile changed = added.value();
    changed.name = QStringLiteral("Acme Inc");
    changed.readOnly = true;
    QVERIFY(m_store->update(changed).isOk());
    const Profile found = m_store->find(changed.id).value();
    QCOMPARE(found.name, QStringLiteral("Acme Inc"));
    QVERIFY(found.readOnly);
    QCOMPARE(found.tag, Profile::Tag::Production);
    QCOMPARE(found.baseUrl(), QUrl(QStringLiteral("https://api.eu.sendgrid.com")));

    QVERIFY(m_store->remove(changed.id).isOk());
    QVERIFY(!m_store->find(changed.id).isOk());
    QVERIFY(!m_store->remove(changed.id).isOk());
    QVERIFY(!m_store->update(changed).isOk()); // gone: update does not bring it back
}

void tst_ProfileStore::namesAreUniqueIgnoringCase_data()
{
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("same") << QStringLiteral("Acme") << false;
    QTest::newRow("other case") << QStringLiteral("aCME") << false;
    QTest::newRow("sandbox's name") << QStringLiteral("sample data") << false;
    QTest::newRow("different") << QStringLiteral("Acme 2") << true;
}

void tst_ProfileStore::namesAreUniqueIgnoringCase()
{
    QFETCH(QString, second);
    QFETCH(bool, accepted);
    QVERIFY(m_store->add(named(QStringLiteral("Acme"))).isOk());
    const Result<Profile> added = m_store->add(named(second));
    QCOMPARE(added.isOk(), accepted);
    if (!accepted)
        QVERIFY2(added.error().contains(QStringLiteral("already exists")),
                 qPrintable(added.error()));
}

void tst_ProfileStore::storedAcrossInstances()
{
    Profile p = named(QStringLiteral("Local"), Profile::Region::Custom,
                      QStringLiteral("http://127.0.0.1:3030"));
    p.tag = Profile::Tag::Staging;
    p.lastUsed = QDateTime(QDate(2026, 3, 2), QTime(9, 15, 0, 250), Qt::UTC);
    const Result<Profile> added = m_store->add(p);
    QVERIFY(added.isOk());
    m_store.reset();
    m_settings.reset();

    Settings reopened(path());
    ProfileStore store(&reopened);
    const Profile back = store.find(added.value().id).value();
    QCOMPARE(back.name, p.name);
    QCOMPARE(back.region, Profile::Region::Custom);
    QCOMPARE(back.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:3030")));
    QCOMPARE(back.tag, Profile::Tag::Staging);
    QCOMPARE(back.lastUsed, p.lastUsed);
}

void tst_ProfileStore::duplicateNamesTheCopy()
{
    Profile p = named(QStringLiteral("Acme"), Profile::Region::Eu);
    p.readOnly = true;
    p.lastUsed = QDateTime::currentDateTimeUtc();
    const QUuid id = m_store->add(p).value().id;
    const Result<Profile> first = m_store->duplicate(id);
    const Result<Profile> second = m_store->duplicate(id);
    const Result<Profile> named = m_store->duplicate(id, QStringLiteral("Acme staging"));
    QVERIFY(first.isOk() && second.isOk() && named.isOk());
    QCOMPARE(first.value().name, QStringLiteral("Acme copy"));
    QCOMPARE(second.value().name, QStringLiteral("Acme copy 2"));
    QCOMPARE(named.value().name, QStringLiteral("Acme staging"));
    QVERIFY(first.value().id != id);
    QCOMPARE(first.value().region, Profile::Region::Eu);
    QVERIFY(first.value().readOnly);
    QVERIFY(!first.value().lastUsed.isValid());
    QVERIFY(!m_store->duplicate(id, QStringLiteral("acme")).isOk());
    QCOMPARE(m_store->profiles().value().size(), 5);
}

void tst_ProfileStore::markUsed()
{
    const QUuid id = m_store->add(named(QStringLiteral("Acme"))).value().id;
    const QDateTime when(QDate(2026, 11, 29), QTime(22, 0), Qt::UTC);
    QVERIFY(m_store->markUsed(id, when).isOk());
    QCOMPARE(m_store->find(id).value().lastUsed, when);
    QVERIFY(!m_store->markUsed(QUuid::createUuid(), when).isOk());
}

void tst_ProfileStore::unreadableProfileIsSkipped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("region") << QStringLiteral("region") << QStringLiteral("mars")
                            << QStringLiteral("Unknown region \"mars\"");
    QTest::newRow("tag") << QStringLiteral("tag") << QStringLiteral("red")
                         << QStringLiteral("Unknown tag \"red\"");
}

// One profile a newer version (or a hand) wrote with a region or tag this one does not know
// made every profile unusable; now only that one is skipped, said, and kept in the file.
void tst_ProfileStore::unreadableProfileIsSkipped()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    QVERIFY(m_store->add(named(QStringLiteral("Acme"))).isOk());
    const QUuid mars = m_store->add(named(QStringLiteral("Mars"))).value().id;
    m_store.reset();
    m_settings.reset();
    const QString rawKey
        = QStringLiteral("profiles/%1/%2").arg(mars.toString(QUuid::WithoutBraces), key);
    QSettings(path(), QSettings::IniFormat).setValue(rawKey, value);

    Settings reopened(path());
    ProfileStore store(&reopened);
    QCOMPARE(store.profiles().value().size(), 2); // the sample data and Acme
    QVERIFY(store.findByName(QStringLiteral("Acme")).isOk());
    const QStringList problems = store.problems();
    QCOMPARE(problems.size(), 1);
    for (const QString &part : {QStringLiteral("\"Mars\""), problem, path()})
        QVERIFY2(problems.first().contains(part), qPrintable(problems.first()));
    QVERIFY(store.add(named(QStringLiteral("Zed"))).isOk());
    QCOMPARE(QSettings(path(), QSettings::IniFormat).value(rawKey).toString(), value);
}

void tst_ProfileStore::unreadableLineKeepsTheFile_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("section without ]") << QByteArray("[profiles");
    QTest::newRow("section without name") << QByteArray("[]");
    QTest::newRow("open quote") << QByteArray("note=\"never closed");
    QTest::newRow("no key=value") << QByteArray("garbage line");
    QTest::newRow("value without key") << QByteArray("=value");
    QTest::newRow("trailing backslash") << QByteArray("note=joins the next\\");
}

// One malformed line hid every profile, then the next change rewrote the file from what
// QSettings had made of it. Now the profiles that can be read are, and nothing writes over the
// file; the message says which file and which line.
void tst_ProfileStore::unreadableLineKeepsTheFile()
{
    QFETCH(QByteArray, line);
    const QUuid acme = m_store->add(named(QStringLiteral("Acme"))).value().id;
    QVERIFY(m_store->add(named(QStringLiteral("Zed"))).isOk());
    m_store.reset();
    m_settings.reset();
    QFile file(path());
    QVERIFY(file.open(QIODevice::Append));
    file.write(line + '\n');
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const int lineNumber = int(before.count('\n'));
    {
        Settings reopened(path());
        ProfileStore store(&reopened);
        QCOMPARE(store.profiles().value().size(), 3); // the sample data, Acme and Zed
        QVERIFY(store.problems().constFirst().contains(
            QStringLiteral("%1 cannot be read whole (line %2:").arg(path()).arg(lineNumber)));
        const Result<Profile> added = store.add(named(QStringLiteral("New")));
        QVERIFY(!added.isOk());
        QVERIFY2(added.error().contains(path()), qPrintable(added.error()));
        QVERIFY(!store.writable().isOk());
        QVERIFY(!store.markUsed(acme, QDateTime::currentDateTimeUtc()).isOk());
        QVERIFY(!store.remove(acme).isOk());
        reopened.setLayout(Settings::LayoutKey::MainSplitter, "state");
    } // QSettings writes pending changes when destroyed: there must be none
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void tst_ProfileStore::unwritableFileIsAnError()
{
    // A folder where the file should be: QSettings cannot write it.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("SegmentDesk.conf")));
    const Result<Profile> added = m_store->add(named(QStringLiteral("Acme")));
    QVERIFY(!added.isOk());
    QVERIFY2(added.error().contains(QStringLiteral("Cannot write")), qPrintable(added.error()));
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
