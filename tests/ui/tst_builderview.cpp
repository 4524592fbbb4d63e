// SPDX-License-Identifier: MIT
// The visual builder in the real window on the sandbox: a segment built by clicks and keys is
// saved as the builder's SQL and reopens as the same conditions; locked SQL survives builder
// edits; one undo history serves both views; SQL that does not parse leaves the last reading.
#include "builderview.h"
#include "query/parser.h"
#include "queryviews.h"
#include "segmenteditorpanel.h"
#include "segmentlistpanel.h"
#include "support/sandboxfixture.h"
#include "support/screenshots.h"
#include "support/windowharness.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTest>
#include <QTextCursor>

class tst_BuilderView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void buildSaveAndReopen();
    void lockedPieceSurvivesAnEditElsewhere();
    void undoAfterABuilderEditRestoresTheSql();
    void dragAndDropMovesRows();
    void aDropTheModelRefusesMovesNothing();
    void sqlThatDoesNotParseKeepsTheLastReading();

    // Last: it moves the clock on, which the tests before should not see.
    void aNewDateConditionStartsOnTheClocksDay();

private:
    QueryViews *views() const;
    BuilderView *builder() const { return views()->builder(); }
    template<typename T>
    T *in(const BuilderPath &path, const char *name) const;
    void showVisual();
    /// Picks the combo's entry starting with `text` by typing it, as a keyboard user does.
    static void choose(QComboBox *combo, const QString &text);
    static void retype(QLineEdit *edit, const QString &text);
    void replaceSql(const QString &text);
    /// Drops the item at `from` on the group at `group`, `at` in the group's coordinates, as
    /// the window passes a drag on (QDrag::exec would wait for a real mouse); true if taken.
    bool drop(const BuilderPath &from, const BuilderPath &group, QPoint at);
    /// Just above (or, past the last row, below) row `index` of the group at `group`.
    QPoint above(const BuilderPath &group, int index) const;
    QStringList fieldOrder() const;
    QString listId(const QString &name);
    void screenshot(const QString &file);
    void everyEditorIsNamedAndTabbedInOrder();

    SandboxFixture m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_BuilderView::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_harness = std::make_unique<WindowHarness>(m_sandbox);
    QVERIFY(m_harness->open());
    m_harness->window()->resize(1400, 1300);
}

void tst_BuilderView::cleanup()
{
    // The next test opens another segment without a draft prompt (the Revert button would ask).
    m_harness->window()->editor()->revert();
}

QueryViews *tst_BuilderView::views() const
{
    return m_harness->window()->findChild<QueryViews *>("queryViews");
}

template<typename T>
T *tst_BuilderView::in(const BuilderPath &path, const char *name) const
{
    BuilderItem *item = builder()->itemAt(path);
    return item ? item->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

void tst_BuilderView::showVisual()
{
    m_harness->window()->activateWindow(); // focus and keys need the active window
    QVERIFY(QTest::qWaitForWindowActive(m_harness->window()));
    QTabBar *tabs = views()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(QueryViews::Visual).center());
    QCOMPARE(views()->currentIndex(), int(QueryViews::Visual));
}

void tst_BuilderView::choose(QComboBox *combo, const QString &text)
{
    QVERIFY(combo);
    const int target = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(target >= 0, qPrintable(text));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_F4); // opens the list
    QAbstractItemView *list = combo->view();
    QTRY_VERIFY(list->isVisible());
    const int steps = target - combo->currentIndex();
    for (int i = 0; i < std::abs(steps); ++i)
        QTest::keyClick(list, steps > 0 ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(combo->currentIndex(), target);
    // The offscreen platform leaves the closed list the active window: keys and focus would
    // go nowhere.
    combo->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(combo->window()));
}

void tst_BuilderView::retype(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

// As a paste into the SQL view would: one edit of its document.
void tst_BuilderView::replaceSql(const QString &text)
{
    QTextCursor cursor(m_harness->sqlField()->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

bool tst_BuilderView::drop(const BuilderPath &from, const BuilderPath &group, QPoint at)
{
    QWidget *target = builder()->itemAt(group);
    std::unique_ptr<QMimeData> mime(BuilderItem::mimeFor(from));
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(target, &move);
    QDropEvent dropped(at, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

QPoint tst_BuilderView::above(const BuilderPath &group, int index) const
{
    const BuilderNode *node = views()->model().node(group);
    const bool last = index >= node->children.size();
    const QRect row
        = builder()->itemAt(BuilderPath(group) << (last ? index - 1 : index))->geometry();
    return {row.center().x(), last ? row.bottom() + 2 : row.top() + 2};
}

/// The fields of the conditions in the order the SQL names them.
QStringList tst_BuilderView::fieldOrder() const
{
    QStringList fields;
    const QString sql = m_harness->sqlField()->toPlainText();
    static const QRegularExpression condition(QStringLiteral("(\\w+) = '"));
    for (const QRegularExpressionMatch &m : condition.globalMatch(sql))
        fields << m.captured(1);
    return fields;
}

QString tst_BuilderView::listId(const QString &name)
{
    const auto lists = QJsonDocument::fromJson(
        m_sandbox.send("GET", "/v3/marketing/lists?page_size=100", "/v3/marketing/lists").body);
    for (const QJsonValue &list : lists["result"].toArray())
        if (list["name"].toString() == name)
            return list["id"].toString();
    return {};
}

// Pictures for people to look at (Screenshots::keep).
void tst_BuilderView::screenshot(const QString &file)
{
    QWidget *panel = m_harness->window()->findChild<SegmentEditorPanel *>();
    QVERIFY(Screenshots::keep(panel, file));
}

void tst_BuilderView::everyEditorIsNamedAndTabbedInOrder()
{
    // Rows added to a shown builder show on the next pass of the event loop.
    QTRY_VERIFY(in<QLineEdit>({4, 1}, "value")->isVisible());
    for (QWidget *w : builder()->findChildren<QWidget *>()) {
        const bool inner = qobject_cast<QAbstractSpinBox *>(w->parentWidget()); // its line
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(builder()) && !inner)
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    QWidget *field = in<QComboBox>({3}, "field");
    const QList<QWidget *> order
        = {in<QComboBox>({3}, "operator"),        in<QLineEdit>({3}, "singleSend"),
           in<QComboBox>({3}, "period"),          in<QSpinBox>({3}, "days"),
           in<QAbstractButton>({3}, "moveUp"),    in<QAbstractButton>({3}, "moveDown"),
           in<QAbstractButton>({3}, "duplicate"), in<QAbstractButton>({3}, "remove"),
           in<QAbstractButton>({4}, "not")};
    field->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(field->window()));
    field->setFocus();
    QVERIFY(field->hasFocus());
    for (QWidget *next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
}

void tst_BuilderView::buildSaveAndReopen()
{
    QVERIFY(m_harness->select("Germany"));
    const QString id = m_harness->window()->segmentList()->currentSegmentId();
    showVisual();
    QCOMPARE(in<QLineEdit>({0}, "value")->text(), QStringLiteral("Germany"));
    retype(in<QLineEdit>({0}, "value"), "FR");
    QVERIFY2(m_harness->sqlField()->toPlainText().contains("country = 'FR'"),
             qPrintable(m_harness->sqlField()->toPlainText()));
    screenshot("simple.png");

    auto *add = builder()->itemAt({})->findChild<QAbstractButton *>("addCondition");
    QTest::mouseClick(add, Qt::LeftButton);
    choose(in<QComboBox>({1}, "field"), "created_at");
    choose(in<QComboBox>({1}, "operator"), "is within");
    QVERIFY(in<QSpinBox>({1}, "count"));
    QCOMPARE(in<QSpinBox>({1}, "count")->value(), 30);

    QTest::mouseClick(add, Qt::LeftButton);
    choose(in<QComboBox>({2}, "field"), "list membership");
    choose(in<QComboBox>({2}, "list"), "VIP");

    QTest::mouseClick(add, Qt::LeftButton);
    choose(in<QComboBox>({3}, "field"), "email activity");
    choose(in<QComboBox>({3}, "operator"), "opened");
    QCOMPARE(in<QComboBox>({3}, "period")->currentIndex(), 1); // in the last …
    QCOMPARE(in<QSpinBox>({3}, "days")->value(), 30);

    QTest::mouseClick(builder()->itemAt({})->findChild<QAbstractButton *>("addGroup"),
                      Qt::LeftButton);
    QTest::mouseClick(in<QAbstractButton>({4}, "or"), Qt::LeftButton);
    retype(in<QLineEdit>({4, 0}, "value"), "a@example.com");
    QTest::mouseClick(in<QAbstractButton>({4}, "addCondition"), Qt::LeftButton);
    choose(in<QComboBox>({4, 1}, "field"), "city");
    retype(in<QLineEdit>({4, 1}, "value"), "Paris");
    screenshot("nested.png");
    everyEditorIsNamedAndTabbedInOrder();
    if (QTest::currentTestFailed())
        return;

    const QString sql = m_harness->sqlField()->toPlainText();
    QCOMPARE(views()->model().sql().value(), sql);
    for (const char *part :
         {"country = 'FR'", "created_at >= now() - INTERVAL 30 DAY", "event_type = 'open'",
          "email = 'a@example.com'\n", "OR city = 'Paris'"})
        QVERIFY2(sql.contains(QLatin1String(part)), qPrintable(part + ("\nin\n" + sql)));
    QVERIFY(sql.contains("array_contains(list_ids, '" + listId("VIP") + "')"));

    auto *panel = m_harness->window()->findChild<SegmentEditorPanel *>();
    QTRY_VERIFY2(panel->firstQueryError().isEmpty(), qPrintable(panel->firstQueryError()));
    QVERIFY(m_harness->saveAndWait());
    const QString stored = m_harness->fromApi(id)["query_dsl"].toString();
    QCOMPARE(stored, sql);
    QVERIFY(!QueryParser::parse(stored).hasErrors());

    const BuilderQuery built = views()->model().snapshot();
    QVERIFY(m_harness->select("Gmail readers"));
    QVERIFY(views()->model().snapshot() != built);
    QVERIFY(m_harness->select("Germany"));
    QCOMPARE(views()->model().root(), built.root);
    QCOMPARE(in<QLineEdit>({0}, "value")->text(), QStringLiteral("FR"));
    QCOMPARE(in<QComboBox>({1}, "field")->currentData().toString(), QStringLiteral("created_at"));
    QCOMPARE(in<QComboBox>({2}, "list")->currentText(), QStringLiteral("VIP"));
    QCOMPARE(in<QComboBox>({3}, "operator")->currentText(), QStringLiteral("opened an email"));
    QVERIFY(in<QAbstractButton>({4}, "or")->isChecked());
    QCOMPARE(in<QLineEdit>({4, 1}, "value")->text(), QStringLiteral("Paris"));
}

void tst_BuilderView::lockedPieceSurvivesAnEditElsewhere()
{
    QVERIFY(m_harness->select("Gmail readers"));
    showVisual();
    const QString foreign = QStringLiteral("lower(city)  =  'paris'");
    replaceSql("SELECT contact_id, updated_at FROM contact_data WHERE " + foreign
               + " AND country = 'France'");
    QTRY_VERIFY(builder()->itemAt({0})
                && builder()->itemAt({0})->kind() == BuilderNode::Kind::Locked);
    QCOMPARE(in<QPlainTextEdit>({0}, "lockedSql")->toPlainText(), foreign);
    // Why it is locked, in plain words.
    QCOMPARE(in<QLabel>({0}, "lockedLabel")->text(),
             QStringLiteral("SQL the builder cannot draw: uses a function the builder does not "
                            "offer"));
    screenshot("locked.png");
    retype(in<QLineEdit>({1}, "value"), "Spain");
    const QString sql = m_harness->sqlField()->toPlainText();
    // Only the value edited changes: the rest stays as it was written.
    QCOMPARE(sql,
             "SELECT contact_id, updated_at FROM contact_data WHERE " + foreign
                 + " AND country = 'Spain'");
    QCOMPARE(views()->model().node({0})->locked.sql, foreign);

    // Edited as text, the piece replaces itself and is still kept verbatim.
    QPlainTextEdit *piece = in<QPlainTextEdit>({0}, "lockedSql");
    piece->setFocus();
    QTest::keyClick(piece, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(piece, "lower(city) IN ('lyon',  'nice')");
    QTRY_VERIFY2(m_harness->sqlField()->toPlainText().contains(
                     "WHERE lower(city) IN ('lyon',  'nice') AND country = 'Spain'"),
                 qPrintable(m_harness->sqlField()->toPlainText() + builder()->problem()));
}

void tst_BuilderView::undoAfterABuilderEditRestoresTheSql()
{
    QVERIFY(m_harness->select("VIP list"));
    showVisual();
    const QString before = m_harness->sqlField()->toPlainText();
    QTest::mouseClick(builder()->itemAt({})->findChild<QAbstractButton *>("addCondition"),
                      Qt::LeftButton);
    const QString added = m_harness->sqlField()->toPlainText();
    QVERIFY(added != before);
    retype(in<QLineEdit>({1}, "value"), "x");
    QVERIFY(m_harness->sqlField()->toPlainText().contains("email = 'x'"));

    // Ctrl+Z in the builder's own text field undoes in the SQL document, not in the field.
    QTest::keyClick(in<QLineEdit>({1}, "value"), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_harness->sqlField()->toPlainText(), added);
    QTRY_COMPARE(in<QLineEdit>({1}, "value")->text(), QString());
    QTest::keyClick(in<QComboBox>({1}, "field"), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_harness->sqlField()->toPlainText(), before);
    QTRY_VERIFY(!builder()->itemAt({1}));

    // Keys on a row: Ctrl+Up moves it, Delete removes it.
    QTest::mouseClick(builder()->itemAt({})->findChild<QAbstractButton *>("addCondition"),
                      Qt::LeftButton);
    QTest::keyClick(in<QComboBox>({1}, "field"), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(views()->model().node({0})->condition.field, QStringLiteral("email"));
    QVERIFY(in<QComboBox>({0}, "field")->hasFocus());
    QTest::keyClick(in<QComboBox>({0}, "field"), Qt::Key_Delete);
    QCOMPARE(views()->model().root().children.size(), 1);
    QVERIFY(!m_harness->sqlField()->toPlainText().contains("email"));
}

// Rows move by their drag handles: within a group, into another group and out to the parent;
// each drop is one undo step, and a group dropped into itself moves nothing.
void tst_BuilderView::dragAndDropMovesRows()
{
    QVERIFY(m_harness->select("VIP list"));
    showVisual();
    replaceSql("SELECT contact_id, updated_at FROM contact_data WHERE country = 'DE' AND "
               "(city = 'Bonn' OR city = 'Paris') AND email = 'a@example.com'");
    QTRY_VERIFY(builder()->itemAt({1, 1}));
    QCOMPARE(fieldOrder(), QStringList({"country", "city", "city", "email"}));
    auto *handle = in<QLabel>({2}, "dragHandle");
    QVERIFY(handle);
    QCOMPARE(handle->accessibleName(), QStringLiteral("Drag to move"));
    QVERIFY(in<QLabel>({1}, "dragHandle"));
    const QString before = m_harness->sqlField()->toPlainText();

    QVERIFY(drop({2}, {}, above({}, 0))); // email to the top
    QCOMPARE(views()->model().node({0})->condition.field, QStringLiteral("email"));
    QCOMPARE(fieldOrder(), QStringList({"email", "country", "city", "city"}));
    QVERIFY(in<QComboBox>({0}, "field")->hasFocus());
    QTest::keyClick(in<QComboBox>({0}, "field"), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_harness->sqlField()->toPlainText(), before);
    QTRY_COMPARE(views()->model().node({0})->condition.field, QStringLiteral("country"));

    QVERIFY(drop({0}, {1}, above({1}, 2))); // country to the end of the group
    QCOMPARE(views()->model().root().children.size(), 2);
    QCOMPARE(views()->model().node({0, 2})->condition.field, QStringLiteral("country"));
    QVERIFY2(m_harness->sqlField()->toPlainText().contains("OR country = 'DE'"),
             qPrintable(m_harness->sqlField()->toPlainText()));
    QTRY_VERIFY(builder()->itemAt({0, 2}));

    QVERIFY(drop({0, 0}, {}, above({}, 2))); // Bonn out of the group, to the end
    QCOMPARE(fieldOrder(), QStringList({"city", "country", "email", "city"}));
    QCOMPARE(views()->model().node({2})->condition.values, QStringList({"Bonn"}));

    // A group over itself, or where it already is, moves nothing and writes nothing.
    QTRY_VERIFY(builder()->itemAt({2}));
    const QString moved = m_harness->sqlField()->toPlainText();
    QVERIFY(!drop({0}, {0}, above({0}, 1)));
    QVERIFY(!drop({0}, {}, above({}, 1)));
    QCOMPARE(m_harness->sqlField()->toPlainText(), moved);
    QVERIFY(builder()->problem().isEmpty());
}

// A group dropped below the deepest group the model allows stays where it is; the banner says
// why.
void tst_BuilderView::aDropTheModelRefusesMovesNothing()
{
    QVERIFY(m_harness->select("VIP list"));
    showVisual();
    QString nested = QStringLiteral("city = 'x'");
    for (int level = BuilderQuery::MaxGroupDepth; level >= 1; --level)
        nested = QStringLiteral("(city = 'c%1' %2 %3)")
                     .arg(QString::number(level), level % 2 ? "OR" : "AND", nested);
    replaceSql("SELECT contact_id, updated_at FROM contact_data WHERE country = 'DE' AND " + nested
               + " AND (email = 'a@example.com' OR email = 'b@example.com')");
    const BuilderPath deepest(BuilderQuery::MaxGroupDepth - 1, 1); // the root is a level too
    QTRY_VERIFY(builder()->itemAt(deepest)
                && builder()->itemAt(deepest)->kind() == BuilderNode::Kind::Group);
    const QString deep = m_harness->sqlField()->toPlainText();
    const BuilderQuery tree = views()->model().snapshot();
    QVERIFY(drop({2}, deepest, above(deepest, 0)));
    QCOMPARE(views()->model().snapshot(), tree);
    QCOMPARE(m_harness->sqlField()->toPlainText(), deep);
    QVERIFY2(builder()->problem().contains("nested"), qPrintable(builder()->problem()));
}

void tst_BuilderView::sqlThatDoesNotParseKeepsTheLastReading()
{
    QVERIFY(m_harness->select("High lifetime value"));
    showVisual();
    const BuilderQuery good = views()->model().snapshot();
    QTextCursor end(m_harness->sqlField()->document());
    end.movePosition(QTextCursor::End);
    end.insertText(" AND (");
    auto *banner = builder()->findChild<QLabel *>("builderProblem");
    QTRY_VERIFY(!banner->isHidden());
    QVERIFY2(banner->text().contains("does not parse"), qPrintable(banner->text()));
    screenshot("parse-error.png");
    QCOMPARE(views()->model().snapshot(), good);
    QCOMPARE(in<QLineEdit>({0}, "value")->text(), QStringLiteral("800"));
    QVERIFY(!builder()->itemAt({})->isEnabled()); // edits would overwrite the SQL being typed
    const QString typed = m_harness->sqlField()->toPlainText();
    QTabBar *tabs = views()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(QueryViews::Sql).center());
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(QueryViews::Visual).center());
    QCOMPARE(m_harness->sqlField()->toPlainText(), typed); // switching changes nothing
    end.insertText("city = 'Bonn')");
    QTRY_VERIFY(builder()->itemAt({})->isEnabled());
    QTRY_VERIFY(banner->isHidden());
    QCOMPARE(views()->model().root().children.size(), 2);
}

// The day comes from the window's clock, not the wall clock (#20 §4): two days on, a new
// "is on" condition starts on that day.
void tst_BuilderView::aNewDateConditionStartsOnTheClocksDay()
{
    QVERIFY(m_harness->select("Germany"));
    showVisual();
    m_sandbox.clock().moveOn(std::chrono::hours(49));
    auto *add = builder()->itemAt({})->findChild<QAbstractButton *>("addCondition");
    QTest::mouseClick(add, Qt::LeftButton);
    choose(in<QComboBox>({1}, "field"), "created_at");
    choose(in<QComboBox>({1}, "operator"), "is on");
    auto *date = in<QDateEdit>({1}, "date");
    QVERIFY(date);
    QCOMPARE(date->date(), m_sandbox.clock().now().toLocalTime().date());
}

QTEST_MAIN(tst_BuilderView)
#include "tst_builderview.moc"
