// SPDX-License-Identifier: MIT
#include "windowharness.h"

#include "sandboxfixture.h"
#include "segmenteditorpanel.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

namespace WindowTest {

void whenModalShows(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        if (QWidget *modal = QApplication::activeModalWidget())
            return answer(modal);
        whenModalShows(answer);
    });
}

bool underlinedAt(QPlainTextEdit *editor, int position)
{
    const QTextBlock block = editor->document()->findBlock(position);
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (inBlock >= r.start && inBlock < r.start + r.length
            && r.format.underlineStyle() != QTextCharFormat::NoUnderline)
            return true;
    }
    return false;
}

bool clickButton(QWidget *dialog, const QString &objectNameOrText)
{
    for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
        if (b->objectName() == objectNameOrText || b->text().remove(u'&') == objectNameOrText) {
            b->click();
            return true;
        }
    }
    qWarning("no button %s", qPrintable(objectNameOrText));
    return false;
}

} // namespace WindowTest

WindowHarness::WindowHarness(SandboxFixture &sandbox)
    : m_sandbox(sandbox)
{
    // English as segmentdesk shows it: "1 segment", "2 segments" (the plural forms of "%n").
    Translations::install(QStringLiteral("en"));
}

WindowHarness::~WindowHarness()
{
    if (m_window)
        m_window->editor()->revert(); // no unsaved-changes question on close
    m_window.reset(); // before the client it uses
}

bool WindowHarness::open()
{
    if (!m_dir.isValid() || !m_drafts.open(m_dir.filePath("drafts.sqlite")).isOk()
        || !m_history.open(m_dir.filePath("history.sqlite")).isOk()
        || !m_client.setBaseUrl(m_sandbox.baseUrl()).isOk()
        || !m_client.setApiKey(m_sandbox.apiKey()).isOk())
        return false;
    m_client.setClock(&m_sandbox.clock()); // the sandbox's: a test moves both at once
    m_accounts = std::make_unique<TestAccounts>(m_dir.path(), &m_client, m_sandbox);
    m_window = std::make_unique<MainWindow>(&m_client, &m_drafts,
                                            Accounts {&m_accounts->settings, &m_accounts->profiles,
                                                      &m_accounts->secrets, &m_accounts->connector,
                                                      m_dir.path(), &m_history});
    QSignalSpy opened(m_window.get(), &MainWindow::segmentLoaded);
    m_window->show();
    m_window->reload();
    return opened.wait(10000);
}

bool WindowHarness::select(const QString &name)
{
    auto *table = m_window->findChild<QTableView *>("segmentTable");
    if (table->currentIndex().data().toString() == name && nameField()->text() == name)
        return true;
    QSignalSpy opened(m_window.get(), &MainWindow::segmentLoaded);
    const QModelIndexList hits = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole,
                                                       name, 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return false;
    // As a plain click chooses a row: alone. setCurrentIndex() would read the keyboard's
    // modifiers, which a simulated Ctrl+N before can leave down in the list's multi-selection.
    table->selectionModel()->setCurrentIndex(
        hits.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return opened.wait(10000) && nameField()->text() == name;
}

bool WindowHarness::saveAndWait()
{
    QSignalSpy finished(m_window.get(), &MainWindow::saveFinished);
    m_window->activateWindow(); // shortcuts reach the active window only
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    return finished.wait(15000) && finished.first().first().toBool();
}

QLineEdit *WindowHarness::nameField() const
{
    return m_window->findChild<QLineEdit *>("name");
}

QPlainTextEdit *WindowHarness::sqlField() const
{
    return m_window->findChild<QPlainTextEdit *>("sql");
}

QJsonObject WindowHarness::fromApi(const QString &id) const
{
    return m_sandbox
        .send("GET", QStringLiteral("/v3/marketing/segments/2.0/") + id + "?contacts_sample=false",
              QStringLiteral("/v3/marketing/segments/2.0/{segment_id}"))
        .json();
}
