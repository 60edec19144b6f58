// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "passkeyprompt.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <QWaitCondition>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

struct GuiPasskeyPrompt::Shared
{
    QMutex mutex;
    QWaitCondition answered;
    bool closed = false;      ///< guarded by mutex
    QPointer<QDialog> dialog; ///< GUI thread only
};

namespace {

QMutex g_seamMutex;
QStringList g_nextPins; // guarded by g_seamMutex
QString g_lastQuestion; // guarded by g_seamMutex

struct PinAnswer
{
    bool done = false; ///< guarded by Shared::mutex
    std::optional<QString> pin;
};

/** The PIN dialog, on the GUI thread. Survives its parent (or itself) being deleted meanwhile. */
std::optional<QString> askPin(QWidget *parent,
                              const QString &title,
                              const QString &question,
                              QPointer<QDialog> &slot)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"passkeyPinDialog"_s);
    dialog->setWindowTitle(title);
    dialog->setAccessibleName(title);
    auto *text = new QLabel(question);
    text->setObjectName(u"passkeyPinQuestion"_s);
    text->setWordWrap(true);
    auto *edit = new QLineEdit;
    edit->setObjectName(u"passkeyPinEdit"_s);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(GuiPasskeyPrompt::tr("Security key PIN"));
    edit->setAccessibleDescription(question);
    text->setBuddy(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"passkeyPinButtons"_s);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"passkeyPinOkButton"_s);
    ok->setAccessibleDescription(GuiPasskeyPrompt::tr("Sends the PIN to the security key"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"passkeyPinCancelButton"_s);
    cancel->setAccessibleDescription(
        GuiPasskeyPrompt::tr("Stops the operation without using the security key"));
    ok->setEnabled(false);
    QObject::connect(edit, &QLineEdit::textChanged, ok, [ok](const QString &t) {
        ok->setEnabled(!t.isEmpty());
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(edit);
    layout->addWidget(buttons);

    QPointer<QDialog> guard(dialog);
    slot = dialog;
    const int result = dialog->exec();
    if (!guard)
        return std::nullopt; // deleted with its parent while open
    const QString pin = edit->text();
    delete dialog;
    if (result != QDialog::Accepted || pin.isEmpty())
        return std::nullopt;
    return pin;
}

} // namespace

GuiPasskeyPrompt::GuiPasskeyPrompt(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_shared(std::make_shared<Shared>())
{
    setObjectName(u"passkeyPrompt"_s);
}

GuiPasskeyPrompt::~GuiPasskeyPrompt()
{
    shutdown();
}

void GuiPasskeyPrompt::shutdown()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->closed = true;
        m_shared->answered.wakeAll();
    }
    if (m_shared->dialog)
        m_shared->dialog->reject();
}

QString GuiPasskeyPrompt::pinQuestion(const AuthenticatorDevice &device, int retriesLeft, bool again)
{
    QString text = again ? tr("Wrong PIN.") + u' ' : QString();
    text += tr("Enter the PIN of %1 to use its passkey.").arg(device.displayName());
    if (retriesLeft >= 0)
        text += u' ' + tr("%n tries left.", nullptr, retriesLeft);
    if (retriesLeft >= 0 && retriesLeft <= 3)
        text += u' '
                + tr("When none are left, the key locks its PIN and can only be reset, which "
                     "erases its passkeys.");
    return text;
}

std::optional<QString> GuiPasskeyPrompt::pin(const AuthenticatorDevice &device,
                                             int retriesLeft,
                                             bool again)
{
    const QString question = pinQuestion(device, retriesLeft, again);
    {
        QMutexLocker lock(&g_seamMutex);
        g_lastQuestion = question;
        if (!g_nextPins.isEmpty()) {
            const QString next = g_nextPins.takeFirst();
            return next.isEmpty() ? std::nullopt : std::optional<QString>(next);
        }
    }
    const QString title = tr("PIN for %1").arg(device.displayName());
    const std::shared_ptr<Shared> shared = m_shared;
    {
        QMutexLocker lock(&shared->mutex);
        if (shared->closed)
            return std::nullopt;
    }
    if (QThread::currentThread() == thread()) // not how the core calls it, but harmless
        return askPin(m_dialogParent, title, question, shared->dialog);

    // Hand the question to the GUI thread and wait for its answer here, on the worker. Waiting on
    // our own condition rather than a BlockingQueuedConnection lets shutdown() end the wait even
    // when the GUI thread is itself waiting for this worker (a view being destroyed).
    auto answer = std::make_shared<PinAnswer>();
    QMetaObject::invokeMethod(
        this,
        [shared, answer, parent = m_dialogParent, title, question] {
            std::optional<QString> pin;
            bool closed = false;
            {
                QMutexLocker lock(&shared->mutex);
                closed = shared->closed;
            }
            if (!closed)
                pin = askPin(parent, title, question, shared->dialog);
            QMutexLocker lock(&shared->mutex);
            answer->pin = pin;
            answer->done = true;
            shared->answered.wakeAll();
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&shared->mutex);
    while (!answer->done && !shared->closed)
        shared->answered.wait(&shared->mutex);
    return answer->done ? answer->pin : std::nullopt;
}

void GuiPasskeyPrompt::touch(const AuthenticatorDevice &device)
{
    // Emitted on the worker: receivers on the GUI thread get it queued.
    emit touchRequested(device.displayName());
}

void GuiPasskeyPrompt::setNextPins(QStringList pins)
{
    QMutexLocker lock(&g_seamMutex);
    g_nextPins = std::move(pins);
}

qsizetype GuiPasskeyPrompt::pendingPins()
{
    QMutexLocker lock(&g_seamMutex);
    return g_nextPins.size();
}

QString GuiPasskeyPrompt::lastPinQuestion()
{
    QMutexLocker lock(&g_seamMutex);
    return g_lastQuestion;
}

} // namespace Occ::Ui
