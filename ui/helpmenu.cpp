// SPDX-License-Identifier: MIT
// The Help menu: About, the keyboard shortcuts and the user guide.
#include "helpmenu.h"

#include "api/sendgridclient.h"
#include "icons.h"
#include "shortcutsdialog.h"
#include "usagedialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTabWidget>

namespace {

/// Keys the editors handle themselves (SqlEditor, BuilderKeyFilter), and the views' tabs, whose
/// keys are read from their labels' mnemonics.
QList<ShortcutsDialog::Key> editorKeys(const QTabWidget *views)
{
    QList<ShortcutsDialog::Key> keys {
        {HelpMenu::tr("Complete the name or value at the cursor (SQL view)"),
         QKeySequence(Qt::CTRL | Qt::Key_Space)},
        {HelpMenu::tr("Move the condition up (Visual view)"), QKeySequence(Qt::CTRL | Qt::Key_Up)},
        {HelpMenu::tr("Move the condition down (Visual view)"),
         QKeySequence(Qt::CTRL | Qt::Key_Down)},
        {HelpMenu::tr("Remove the condition (Visual view)"), QKeySequence(Qt::Key_Delete)}};
    for (int i = 0; views && i < views->count(); ++i) {
        const QKeySequence key = QKeySequence::mnemonic(views->tabText(i));
        if (!key.isEmpty())
            keys.append(
                {HelpMenu::tr("Show the %1 view")
                     .arg(views->tabText(i).remove(QRegularExpression(QStringLiteral("&(?!&)")))),
                 key});
    }
    return keys;
}

/// Opens `dialog` window-modal without a nested event loop; it deletes itself when closed.
void openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

HelpMenu::HelpMenu(const SendGridClient *client, QMainWindow *window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *usage = help->addAction(Icons::action("usage"), tr("&Usage"), this,
                                     [this] { openDialog(new UsageDialog(m_window)); });
    usage->setObjectName(QStringLiteral("helpUsage"));
    usage->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts
        = help->addAction(Icons::action("shortcuts"), tr("&Keyboard shortcuts"), this, [this] {
              openDialog(new ShortcutsDialog(
                  m_window->findChildren<QAction *>(),
                  editorKeys(m_window->findChild<QTabWidget *>(QStringLiteral("queryViews"))),
                  m_window));
          });
    shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(Icons::action("about"), tr("&About SegmentDesk"), this,
                                     &HelpMenu::showAbout);
    about->setObjectName(QStringLiteral("helpAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void HelpMenu::showAbout()
{
    const QUrl api = m_client->baseUrl();
    const QString host
        = api.port() < 0 ? api.host() : QStringLiteral("%1:%2").arg(api.host()).arg(api.port());
    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setWindowTitle(tr("About SegmentDesk"));
    box->setIconPixmap(Icons::application().pixmap(64, 64));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("SegmentDesk %1").arg(QStringLiteral(SEGMENTDESK_VERSION)));
    box->setInformativeText(tr("Edits the segments of SendGrid Marketing Campaigns.\n\n"
                               "Licence: MIT\nAPI host: %1\nQt: %2 (built with %3)")
                                .arg(host.isEmpty() ? tr("none yet") : host,
                                     QString::fromLatin1(qVersion()),
                                     QStringLiteral(QT_VERSION_STR)));
    openDialog(box);
}
