// SPDX-License-Identifier: MIT
// Every focusable widget of the main window is reached by Tab and tells a screen reader what it
// is: the focus chain from the first widget, each with a non-empty accessible name.
#include "support/sandboxfixture.h"
#include "support/windowharness.h"

#include <QApplication>
#include <QTest>

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFocusableWidgetHasAnAccessibleName();
    void tabReachesEveryFocusableWidget();

private:
    QList<QWidget *> tabOrder() const;

    SandboxFixture m_sandbox;
    std::unique_ptr<WindowHarness> m_harness;
};

void tst_Accessibility::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_harness = std::make_unique<WindowHarness>(m_sandbox);
    QVERIFY(m_harness->open());
}

/// The widgets Tab visits, in order: the focus chain from the window, those that take focus by
/// Tab and are shown.
QList<QWidget *> tst_Accessibility::tabOrder() const
{
    QList<QWidget *> order;
    QWidget *window = m_harness->window();
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) && w->isEnabled())
            order << w;
    }
    return order;
}

static QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

void tst_Accessibility::everyFocusableWidgetHasAnAccessibleName()
{
    const QList<QWidget *> order = tabOrder();
    QVERIFY(order.size() > 10);
    QStringList unnamed;
    for (QWidget *w : order) {
        // Set on the widget itself, not derived from a label or a button's text with its
        // mnemonic: a screen reader gets the same name whatever the layout around it.
        if (w->accessibleName().trimmed().isEmpty())
            unnamed << describe(w);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
}

void tst_Accessibility::tabReachesEveryFocusableWidget()
{
    const QList<QWidget *> order = tabOrder();
    QWidget *window = m_harness->window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    order.first()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), order.first());
    QList<QWidget *> visited {order.first()};
    for (qsizetype i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    QStringList path;
    for (const QWidget *w : visited)
        path << describe(w);
    qInfo("%s", qPrintable(path.join(u" -> ")));
    for (QWidget *w : order)
        QVERIFY2(visited.contains(w), qPrintable(describe(w)));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
