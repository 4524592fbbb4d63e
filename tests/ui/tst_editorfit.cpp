// SPDX-License-Identifier: MIT
// An editor that fits a laptop screen (#19 §4): at 1280×800 and 1400×900, light and dark,
// English and German, the builder shows at least eight rows of an engagement segment next to
// the count and the live preview, and no row is cut off; the window's minimum height stays
// under 700 px with every dock open; nothing moves under the cursor when a message or the
// preview appears.
#include "appearance.h"
#include "builderview.h"
#include "editing/livepreview.h"
#include "previewpanel.h"
#include "queryviews.h"
#include "segmenteditorpanel.h"
#include "support/sandboxfixture.h"
#include "support/screenshots.h"
#include "support/windowharness.h"
#include "translations.h"
#include "welcomedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

#include <algorithm>

namespace {

/// `widget`'s rectangle in `ancestor`'s coordinates.
QRect rectIn(const QWidget *widget, const QWidget *ancestor)
{
    return QRect(widget->mapTo(ancestor, QPoint(0, 0)), widget->size());
}

/// Shown whole: visible, and inside every widget it sits in up to its window (a scroll area's
/// viewport, a splitter's pane), so no part of it is cut off.
bool fullyShown(const QWidget *widget)
{
    if (!widget->isVisible() || widget->width() <= 0 || widget->height() <= 0)
        return false;
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (!up->rect().contains(rectIn(widget, up)))
            return false;
        if (up->isWindow())
            break;
    }
    return true;
}

/// Every row of the builder is shown and placed in its group: rows added to a shown widget
/// show on the next pass of the event loop, and are laid out after that.
bool laidOut(const QWidget *builder)
{
    const QList<QWidget *> rows = builder->findChildren<QWidget *>("condition");
    return std::all_of(rows.begin(), rows.end(), [](const QWidget *row) {
        return row->isVisible() && row->height() >= row->minimumSizeHint().height()
            && row->parentWidget()->rect().contains(row->geometry());
    });
}

/// Where `widget` is on the screen.
QRect onScreen(const QWidget *widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

} // namespace

class tst_EditorFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void builderFitsTheScreen_data();
    void builderFitsTheScreen();
    void minimumHeightWithEveryDockOpen();
    void nothingMovesWhenMessagesAndThePreviewAppear();
    void welcomeTextsFitAtFirstShow_data();
    void welcomeTextsFitAtFirstShow();

private:
    /// A window in `language` and `palette`, at `size`, with the engagement query open in the
    /// builder and its preview shown.
    void openEngagementSegment(const QString &language, const QPalette &palette, QSize size);
    QString engagementQuery();
    BuilderView *builder() const;
    QScrollArea *conditionsArea() const;
    struct Rows
    {
        int whole = 0; ///< rows whose whole height is inside the builder's viewport
        QStringList clipped; ///< rows wider than the viewport, or with their buttons cut off
    };
    Rows rowsShown() const;

    SandboxFixture m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_EditorFit::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void tst_EditorFit::cleanup()
{
    m_harness.reset();
    // Back to English for the next window: Translations::install only ever adds translators.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Appearance::apply(Appearance::Mode::Light);
}

// In Germany or Austria, on list VIP, opened an email in the last 30 days, not created in the
// last week, and more: the marketer's segment of #19, with enough conditions to fill the pane.
QString tst_EditorFit::engagementQuery()
{
    QString vip;
    const auto lists = QJsonDocument::fromJson(
        m_sandbox.send("GET", "/v3/marketing/lists?page_size=100", "/v3/marketing/lists").body);
    for (const QJsonValue &list : lists["result"].toArray())
        if (list["name"].toString() == u"VIP")
            vip = list["id"].toString();
    return QStringLiteral(
               "SELECT c.contact_id, c.updated_at FROM contact_data AS c JOIN event_data AS e "
               "ON c.contact_id = e.contact_id WHERE e.event_source = 'mail' AND e.event_type = "
               "'open' AND e.event_timestamp >= NOW() - INTERVAL 30 DAY AND c.country IN "
               "('Germany', 'Austria') AND array_contains(c.list_ids, '%1') AND c.created_at < "
               "NOW() - INTERVAL 7 DAY AND c.plan_tier IN ('pro', 'enterprise') AND "
               "c.lifetime_value > 100 AND c.email NOT LIKE '%@example.org' AND c.birthday IS "
               "NOT NULL AND c.loyalty_points BETWEEN 10 AND 5000 AND c.first_name LIKE 'A%' "
               "AND c.city <> 'Bonn' AND c.last_name LIKE '%son' AND c.postal_code LIKE '1%' "
               "AND c.favorite_category IN ('books', 'toys') AND c.last_purchase_date > NOW() - "
               "INTERVAL 60 DAY AND (c.loyalty_points > 500 OR c.lifetime_value > 1000)")
        .arg(vip);
}

BuilderView *tst_EditorFit::builder() const
{
    return m_harness->window()->findChild<QueryViews *>("queryViews")->builder();
}

QScrollArea *tst_EditorFit::conditionsArea() const
{
    return builder()->findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly);
}

void tst_EditorFit::openEngagementSegment(const QString &language, const QPalette &palette,
                                          QSize size)
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(palette);
    m_harness = std::make_unique<WindowHarness>(m_sandbox);
    QCOMPARE(Translations::install(language), language); // before the window is made
    QVERIFY(m_harness->open());
    m_harness->window()->resize(size);
    QVERIFY(m_harness->select("Germany"));
    QSignalSpy previewed(m_harness->window()->livePreview(), &LivePreview::previewed);
    m_harness->sqlField()->setPlainText(engagementQuery());
    QVERIFY(previewed.wait(15000));
    auto *views = m_harness->window()->findChild<QueryViews *>("queryViews");
    views->setCurrentIndex(QueryViews::Visual);
    QTRY_COMPARE(builder()->findChildren<QWidget *>("condition").size(), 17);
    QVERIFY(builder()->findChildren<QWidget *>("locked").isEmpty());
    QTRY_VERIFY(m_harness->window()->preview()->isVisible());
    QTRY_VERIFY(laidOut(builder()));
}

tst_EditorFit::Rows tst_EditorFit::rowsShown() const
{
    const QWidget *viewport = conditionsArea()->viewport();
    Rows rows;
    for (const QWidget *row : builder()->findChildren<QWidget *>("condition")) {
        const QRect r = rectIn(row, viewport);
        const auto *remove = row->findChild<QAbstractButton *>("remove");
        const bool buttonsShown
            = remove && remove->isVisible() && row->rect().contains(rectIn(remove, row));
        if (r.left() < 0 || r.right() >= viewport->width() || !buttonsShown)
            rows.clipped << QStringLiteral("%1 at %2,%3, %4 px wide in a pane %5 px wide")
                                .arg(row->findChild<QComboBox *>("field")->currentText())
                                .arg(r.x())
                                .arg(r.y())
                                .arg(r.width())
                                .arg(viewport->width());
        if (r.top() >= 0 && r.bottom() < viewport->height())
            ++rows.whole;
    }
    return rows;
}

void tst_EditorFit::builderFitsTheScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("language");
    for (const QSize size : {QSize(1280, 800), QSize(1400, 900)})
        for (const bool dark : {false, true})
            for (const QString language : {"en", "de"})
                QTest::addRow("%dx%d-%s-%s", size.width(), size.height(), dark ? "dark" : "light",
                              qPrintable(language))
                    << size << dark << language;
}

void tst_EditorFit::builderFitsTheScreen()
{
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    QFETCH(QString, language);
    openEngagementSegment(language, dark ? Appearance::dark() : Appearance::light(), size);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_harness->window()->size(), size);
    QVERIFY(Screenshots::keep(m_harness->window(),
                              QStringLiteral("editor-%1.png").arg(QTest::currentDataTag())));
    const Rows rows = rowsShown();
    qInfo("%s: %d whole rows shown", QTest::currentDataTag(), rows.whole);
    QVERIFY2(rows.clipped.isEmpty(), qPrintable(rows.clipped.join(u'\n')));
    QVERIFY2(rows.whole >= 8, qPrintable(QString::number(rows.whole)));
    auto *count = m_harness->window()->findChild<QLabel *>("count");
    QVERIFY(fullyShown(count));
    QVERIFY(!count->text().isEmpty());
    auto *preview = m_harness->window()->findChild<QLabel *>("previewMatches");
    QVERIFY(fullyShown(preview));
    QVERIFY2(preview->height() >= preview->heightForWidth(preview->width()),
             qPrintable(preview->text()));
    QVERIFY(fullyShown(m_harness->window()->findChild<QWidget *>("save")));
}

void tst_EditorFit::minimumHeightWithEveryDockOpen()
{
    m_harness = std::make_unique<WindowHarness>(m_sandbox);
    QVERIFY(m_harness->open());
    QVERIFY(m_harness->select("Germany"));
    QSignalSpy previewed(m_harness->window()->livePreview(), &LivePreview::previewed);
    m_harness->sqlField()->setPlainText(engagementQuery());
    QVERIFY(previewed.wait(15000));
    const QList<QDockWidget *> docks = m_harness->window()->findChildren<QDockWidget *>();
    QVERIFY(!docks.isEmpty());
    for (QDockWidget *dock : docks)
        dock->show();
    QTRY_VERIFY(m_harness->window()->preview()->isVisible());
    QCoreApplication::sendPostedEvents();
    const int minimum = m_harness->window()->minimumSizeHint().height();
    qInfo("minimum height with every dock open: %d px", minimum);
    QVERIFY2(minimum < 700, qPrintable(QString::number(minimum)));
    m_harness->window()->resize(1280, 800);
    QVERIFY(Screenshots::keep(m_harness->window(), QStringLiteral("every-dock.png")));
}

// The person types in a builder row while the preview, a diagnostic, the builder's own message
// and a name error come and go: the row being typed in and the buttons stay where they are.
void tst_EditorFit::nothingMovesWhenMessagesAndThePreviewAppear()
{
    openEngagementSegment(QStringLiteral("en"), Appearance::light(), QSize(1280, 800));
    if (QTest::currentTestFailed())
        return;
    auto *window = m_harness->window();
    QWidget *save = window->findChild<QWidget *>("save");
    QWidget *typed = builder()->itemAt({5})->findChild<QLineEdit *>("value");
    QVERIFY(typed);
    const QList<QWidget *> watched = {save, typed, window->findChild<QWidget *>("name"),
                                      window->findChild<QWidget *>("sql")->parentWidget()};
    QList<QRect> before;
    for (const QWidget *w : watched)
        before << onScreen(w);
    const auto unmoved = [&](const char *after) {
        QCoreApplication::sendPostedEvents();
        for (int i = 0; i < watched.size(); ++i)
            if (onScreen(watched[i]) != before[i])
                qWarning("%s moved after %s", watched[i]->metaObject()->className(), after);
        for (int i = 0; i < watched.size(); ++i)
            QCOMPARE(onScreen(watched[i]), before[i]);
    };
    builder()->setProblem(QStringLiteral("Not in the SQL yet: a problem long enough to need more "
                                         "than one line of the pane to say what it is about, "
                                         "and then some more words to be sure of it."));
    unmoved("the builder's problem");
    builder()->setProblem({});
    window->editor()->showServerQueryError(
        QStringLiteral("1:1: error: a message from SendGrid long enough to need two lines of "
                       "the pane: the query names a field that this account does not have, "
                       "and SendGrid refused it for that reason."));
    QTRY_VERIFY(!window->editor()->firstQueryError().isEmpty());
    unmoved("a diagnostic");
    m_harness->nameField()->setText(QString(120, u'x')); // too long: an error under the name
    QVERIFY(!window->findChild<QLabel *>("nameError")->text().isEmpty());
    unmoved("a name error");
    window->preview()->clear();
    unmoved("the preview went");
    window->preview()->showSearching();
    unmoved("the preview came back");
}

void tst_EditorFit::welcomeTextsFitAtFirstShow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("environmentKey");
    for (const QString language : {"en", "de"})
        for (const bool key : {false, true})
            QTest::addRow("%s%s", qPrintable(language), key ? "-with-key" : "") << language << key;
}

// #19 §5: the welcome's texts were cut off until the dialog was resized.
void tst_EditorFit::welcomeTextsFitAtFirstShow()
{
    QFETCH(QString, language);
    QFETCH(bool, environmentKey);
    QCOMPARE(Translations::install(language), language);
    WelcomeDialog welcome(environmentKey);
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    QCoreApplication::sendPostedEvents();
    QVERIFY(
        Screenshots::keep(&welcome, QStringLiteral("welcome-%1.png").arg(QTest::currentDataTag())));
    QList<QWidget *> texts;
    for (QLabel *label : welcome.findChildren<QLabel *>())
        texts << label;
    for (QAbstractButton *button : welcome.findChildren<QAbstractButton *>())
        texts << button;
    QVERIFY(texts.size() >= 3);
    for (QWidget *text : texts) {
        const QSize hint = text->sizeHint();
        const int needed
            = text->hasHeightForWidth() ? text->heightForWidth(text->width()) : hint.height();
        const QString what
            = QStringLiteral("%1 \"%2\": %3×%4, needs %5 high")
                  .arg(text->metaObject()->className(), text->property("text").toString().left(30))
                  .arg(text->width())
                  .arg(text->height())
                  .arg(needed);
        QVERIFY2(text->height() >= needed, qPrintable(what));
        if (!text->hasHeightForWidth())
            QVERIFY2(text->width() >= hint.width(), qPrintable(what));
        QVERIFY2(fullyShown(text), qPrintable(what));
    }
}

QTEST_MAIN(tst_EditorFit)
#include "tst_editorfit.moc"
