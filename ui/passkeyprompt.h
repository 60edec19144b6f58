// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/passkey.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QWidget;

namespace Occ::Ui {

/**
 * The studio's PasskeyPrompt. The core calls it on the worker thread that waits for the
 * security key: pin() hands the question to the GUI thread (a small modal dialog) and blocks
 * that worker, never the GUI; touch() only emits touchRequested, queued, so views can say
 * "Touch <device> now…".
 *
 * Lives on the GUI thread. Call shutdown() before waiting for the workers that use it (or
 * destroying it): a pending or later pin() then answers "cancelled" at once, so nobody waits
 * for a dialog that will never be shown.
 */
class GuiPasskeyPrompt final : public QObject, public PasskeyPrompt
{
    Q_OBJECT

public:
    /** dialogParent: the window the PIN dialog is modal to (may be null). */
    explicit GuiPasskeyPrompt(QWidget *dialogParent, QObject *parent = nullptr);
    ~GuiPasskeyPrompt() override;

    std::optional<QString> pin(const AuthenticatorDevice &device,
                               int retriesLeft,
                               bool again) override;
    void touch(const AuthenticatorDevice &device) override;

    /** Ends every pending and future pin() as cancelled and closes an open PIN dialog. */
    void shutdown();

    /** The text of the PIN question, as the dialog shows it. */
    static QString pinQuestion(const AuthenticatorDevice &device, int retriesLeft, bool again);

    /**
     * Tests: while non-empty, pin() takes the next of these instead of showing a dialog; an
     * empty string stands for the person cancelling.
     */
    static void setNextPins(QStringList pins);
    /** Tests: how many pre-set PINs are left. */
    static qsizetype pendingPins();
    /** Tests: the question of the last pin() (shown or pre-answered). */
    static QString lastPinQuestion();

signals:
    /** A security key waits for a touch (and its own user verification). Always queued. */
    void touchRequested(const QString &deviceName);

private:
    struct Shared;

    QPointer<QWidget> m_dialogParent;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Occ::Ui
