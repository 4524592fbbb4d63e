// SPDX-License-Identifier: MIT
// The segment list in a real window on the in-process sandbox: filtering with an unsaved edit,
// Esc, the context menu, and how the list reads at 1280×800.
#include "models/segmenttablemodel.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "support/sandboxfixture.h"
#include "support/screenshots.h"
#include "support/windowharness.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <QTimer>
#include <optional>

namespace {

/// Records every modal dialog that shows up while it lives and answers it with `answer`.
class ModalWatch
{
public:
    explicit ModalWatch(QString answer = QStringLiteral("Cancel"))
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_answered)
                return;
            m_answered = modal;
            seen << modal->objectName();
            WindowTest::clickButton(modal, m_answer);
        });
        m_timer.start();
    }
    void setAnswer(const QString &answer) { m_answer = answer; }
    QStringList seen;

private:
    QString m_answer;
    QPointer<QWidget> m_answered;
    QTimer m_timer;
};

} // namespace

class tst_SegmentListPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readableAt1280x800();
    void filteringNeverAsks_data();
    void filteringNeverAsks();
    void stayingOnTheEditWhileFilteredKeepsTheListUsable();
    void reloadingWhileTheOpenSegmentIsHiddenNeverAsks();
    void escClearsTheFilterThenCancelsWork();
    void contextMenuActsOnTheRowUnderThePointer();
    void refreshFromTheContextMenuRereadsTheList();

private:
    SegmentListPanel *list() const { return m_harness->window()->segmentList(); }
    QTableView *table() const
    {
        return m_harness->window()->findChild<QTableView *>("segmentTable");
    }
    QLineEdit *filter() const
    {
        return m_harness->window()->findChild<QLineEdit *>("segmentFilter");
    }
    QLabel *hiddenNote() const { return list()->findChild<QLabel *>("hiddenOpenSegment"); }
    QModelIndex rowNamed(const QString &name) const;
    QString selectedName() const;
    void clickRow(const QString &name);
    QMenu *openContextMenu(const QString &name);

    std::optional<SandboxFixture> m_sandbox; ///< each test its own: no state leaks
    QTemporaryDir m_settings;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_SegmentListPanel::initTestCase()
{
    QVERIFY(m_settings.isValid());
    // The window's remembered layout (splitter, geometry) comes from a folder of this test's own.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void tst_SegmentListPanel::init()
{
    m_sandbox.emplace();
    QVERIFY(m_sandbox->start());
    m_harness = std::make_unique<WindowHarness>(*m_sandbox);
    QVERIFY(m_harness->open());
}

void tst_SegmentListPanel::cleanup()
{
    m_harness.reset();
    m_sandbox.reset();
}

QModelIndex tst_SegmentListPanel::rowNamed(const QString &name) const
{
    const QModelIndexList hits = table()->model()->match(
        table()->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}

QString tst_SegmentListPanel::selectedName() const
{
    const QModelIndexList rows = table()->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data().toString() : QString();
}

void tst_SegmentListPanel::clickRow(const QString &name)
{
    const QModelIndex index = rowNamed(name);
    QVERIFY2(index.isValid(), qPrintable(name));
    table()->scrollTo(index);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
}

QMenu *tst_SegmentListPanel::openContextMenu(const QString &name)
{
    const QModelIndex index = rowNamed(name);
    if (!index.isValid())
        return nullptr;
    const QPoint pos = table()->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, table()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(table()->viewport(), &event);
    return list()->findChild<QMenu *>("segmentContextMenu");
}

void tst_SegmentListPanel::readableAt1280x800()
{
    MainWindow *window = m_harness->window();
    window->resize(1280, 800);
    QTRY_COMPARE(window->size(), QSize(1280, 800));
    QCoreApplication::processEvents();
    QVERIFY(Screenshots::keep(window, QStringLiteral("list-1280x800.png")));
    QVERIFY2(!table()->horizontalScrollBar()->isVisible(), "a column is behind the scroll bar");
    const QHeaderView *header = table()->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            QVERIFY(header->sectionViewportPosition(column) + header->sectionSize(column)
                    <= table()->viewport()->width());
    }
    // Every name fits its cell: nothing is elided while there is room.
    const QFontMetrics metrics(table()->font());
    const int nameWidth = header->sectionSize(0);
    for (int row = 0; row < table()->model()->rowCount(); ++row) {
        const QString name = table()->model()->index(row, 0).data().toString();
        QVERIFY2(metrics.horizontalAdvance(name) + 12 <= nameWidth, qPrintable(name));
    }
    // The columns that start hidden come back from the header's menu.
    QVERIFY(header->isSectionHidden(SegmentTableModel::ParentList));
    const QPoint onHeader(header->sectionViewportPosition(0) + 5, header->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, onHeader, header->mapToGlobal(onHeader));
    QApplication::sendEvent(header->viewport(), &event);
    auto *columns = list()->findChild<QMenu *>("columnMenu");
    QVERIFY(columns);
    const QList<QAction *> entries = columns->actions();
    QCOMPARE(entries.size(), SegmentTableModel::ColumnCount - 1);
    QAction *parentList = entries.at(SegmentTableModel::ParentList - 1);
    QCOMPARE(parentList->text(), QStringLiteral("Parent list"));
    QVERIFY(!parentList->isChecked());
    parentList->trigger();
    QVERIFY(!header->isSectionHidden(SegmentTableModel::ParentList));
    columns->close();
    // The update time is shown (as an age, or the date once a week old), in full in the tooltip.
    const int updated = table()->model()->columnCount() - 1;
    QVERIFY(!header->isSectionHidden(updated));
    const QModelIndex when = table()->model()->index(0, updated);
    QVERIFY(!when.data().toString().isEmpty());
    QVERIFY(when.data(Qt::ToolTipRole).toString().size() > when.data().toString().size());
}

void tst_SegmentListPanel::filteringNeverAsks_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("hidesIt");
    QTest::newRow("text that hides it") << QStringLiteral("Germany") << true;
    QTest::newRow("text that keeps it") << QStringLiteral("Bounce") << false;
    QTest::newRow("text that matches nothing") << QStringLiteral("zzz") << true;
}

// Issue #12, bug 1: typing in the filter with an unsaved edit raised "Unsaved changes".
void tst_SegmentListPanel::filteringNeverAsks()
{
    QFETCH(QString, typed);
    QFETCH(bool, hidesIt);
    QVERIFY(m_harness->select("Bounced"));
    const QString bounced = list()->currentSegmentId();
    m_harness->nameField()->setText("Bounced, unsaved");
    ModalWatch modals;
    filter()->setFocus();
    QTest::keyClicks(filter(), typed);
    QCOMPARE(modals.seen, QStringList());
    QCOMPARE(filter()->text(), typed);
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Bounced, unsaved"));
    QVERIFY(m_harness->window()->editor()->isDirty());
    QCOMPARE(list()->currentSegmentId(), bounced);
    QVERIFY(hiddenNote());
    QCOMPARE(hiddenNote()->isVisible(), hidesIt);
    if (hidesIt)
        QVERIFY(hiddenNote()->text().contains("Bounced"));
    QCOMPARE(selectedName(), hidesIt ? QString() : QStringLiteral("Bounced"));
    filter()->clear();
    QCOMPARE(modals.seen, QStringList());
    QCOMPARE(selectedName(), QStringLiteral("Bounced"));
    QVERIFY(!hiddenNote()->isVisible());
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Bounced, unsaved"));
}

// After "stay here" the panel's open segment is the edited one again, so another row (or the
// same one) asks again instead of doing nothing.
void tst_SegmentListPanel::stayingOnTheEditWhileFilteredKeepsTheListUsable()
{
    QVERIFY(m_harness->select("Bounced"));
    const QString bounced = list()->currentSegmentId();
    m_harness->nameField()->setText("Bounced, unsaved");
    ModalWatch modals;
    QTest::keyClicks(filter(), "Germany");
    clickRow("Germany");
    QTRY_COMPARE(modals.seen, QStringList {"unsavedChanges"});
    QTRY_COMPARE(list()->currentSegmentId(), bounced);
    QTRY_COMPARE(selectedName(), QString());
    QVERIFY(hiddenNote() && hiddenNote()->isVisible());
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Bounced, unsaved"));
    QSignalSpy opened(m_harness->window(), &MainWindow::segmentLoaded);
    modals.setAnswer("Discard");
    clickRow("Germany");
    QTRY_COMPARE(modals.seen.size(), 2);
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Germany"));
    QCOMPARE(selectedName(), QStringLiteral("Germany"));
    QVERIFY(!hiddenNote()->isVisible());
}

// A reload (F5, or after a save) with the open segment filtered out used to find no current row
// and open the first one shown, which asked about the unsaved edit.
void tst_SegmentListPanel::reloadingWhileTheOpenSegmentIsHiddenNeverAsks()
{
    QVERIFY(m_harness->select("Bounced"));
    const QString bounced = list()->currentSegmentId();
    m_harness->nameField()->setText("Bounced, unsaved");
    ModalWatch modals;
    QTest::keyClicks(filter(), "Gmail");
    const QString gmail
        = rowNamed("Gmail readers").data(SegmentTableModel::SegmentIdRole).toString();
    QVERIFY(!gmail.isEmpty());
    QCOMPARE(m_sandbox
                 ->send("PATCH", QStringLiteral("/v3/marketing/segments/2.0/") + gmail,
                        QStringLiteral("/v3/marketing/segments/2.0/{segment_id}"),
                        QJsonObject {{"name", "Gmail readers (renamed elsewhere)"}})
                 .status,
             200);
    m_harness->window()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed("Gmail readers (renamed elsewhere)").isValid(), 10000);
    QCOMPARE(modals.seen, QStringList());
    QCOMPARE(list()->currentSegmentId(), bounced);
    QCOMPARE(selectedName(), QString());
    QVERIFY(hiddenNote()->isVisible());
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Bounced, unsaved"));
}

void tst_SegmentListPanel::escClearsTheFilterThenCancelsWork()
{
    QAction *cancel = nullptr;
    for (QAction *action : m_harness->window()->actions()) {
        if (action->shortcut() == QKeySequence(Qt::Key_Escape))
            cancel = action;
    }
    QVERIFY(cancel);
    QSignalSpy cancelled(cancel, &QAction::triggered);
    m_harness->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_harness->window()));
    filter()->setFocus();
    QTest::keyClicks(filter(), "Germ");
    QTest::keyClick(filter(), Qt::Key_Escape);
    QCOMPARE(filter()->text(), QString());
    QCOMPARE(cancelled.size(), 0);
    QTest::keyClick(filter(), Qt::Key_Escape); // empty filter: the window's Esc as before
    QCOMPARE(cancelled.size(), 1);
}

void tst_SegmentListPanel::contextMenuActsOnTheRowUnderThePointer()
{
    const QString germany = rowNamed("Germany").data(SegmentTableModel::SegmentIdRole).toString();
    QVERIFY(!germany.isEmpty());
    QSignalSpy duplicates(list(), &SegmentListPanel::duplicateRequested); // someone listens
    QMenu *menu = openContextMenu("Germany");
    QVERIFY(menu);
    QStringList texts;
    QHash<QString, QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts << action->text().remove(u'&');
        actions.insert(texts.last(), action);
    }
    QCOMPARE(texts,
             QStringList({"Open", "Duplicate…", "Delete…", "Copy segment id", "Refresh list"}));
    QVERIFY(actions["Duplicate…"]->isEnabled());
    QVERIFY(actions["Delete…"]->isEnabled()); // the window handles it (asks, then deletes)
    actions["Duplicate…"]->trigger();
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.first().first().toString(), germany);
    actions["Copy segment id"]->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), germany);
    QVERIFY(m_harness->window()->statusMessage().contains("Copied"));
    QSignalSpy opened(m_harness->window(), &MainWindow::segmentLoaded);
    actions["Open"]->trigger();
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_harness->nameField()->text(), QStringLiteral("Germany"));
    QCOMPARE(list()->currentSegmentId(), germany);
    QCOMPARE(selectedName(), QStringLiteral("Germany"));
    menu->close();
}

void tst_SegmentListPanel::refreshFromTheContextMenuRereadsTheList()
{
    const QString id
        = rowNamed("Birthday unknown").data(SegmentTableModel::SegmentIdRole).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_sandbox
                 ->send("PATCH", QStringLiteral("/v3/marketing/segments/2.0/") + id,
                        QStringLiteral("/v3/marketing/segments/2.0/{segment_id}"),
                        QJsonObject {{"name", "Birthday unknown (renamed elsewhere)"}})
                 .status,
             200);
    QMenu *menu = openContextMenu("Birthday unknown");
    QVERIFY(menu);
    QAction *refresh = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&') == u"Refresh list")
            refresh = action;
    }
    QVERIFY(refresh);
    refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed("Birthday unknown (renamed elsewhere)").isValid(), 10000);
    menu->close();
}

QTEST_MAIN(tst_SegmentListPanel)
#include "tst_segmentlistpanel.moc"
