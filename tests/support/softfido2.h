// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

typedef struct fido_dev fido_dev_t; // from <fido.h>; kept out of this header on purpose

namespace OccTest {

struct SoftFido2Options
{
    bool builtInUv = true;  // getInfo options.uv=true: the "fingerprint" satisfies uv=true requests
    QByteArray pin;         // non-empty: clientPin is set (getInfo options.clientPin=true); when
                            // builtInUv is false, UV needs a pinUvAuthParam made with this PIN
    int pinRetries = 8;     // decremented on a wrong PIN; 0 => CTAP2_ERR_PIN_BLOCKED
    bool omitUp = false;    // never set the UP flag (0x01) in authenticator data
    bool omitUv = false;    // never set the UV flag (0x04)
    bool denyTouch = false; // user refuses: CTAP2_ERR_OPERATION_DENIED (0x27)
    bool timeout = false;   // CTAP2_ERR_USER_ACTION_TIMEOUT (0x2F)
    int touchDelayMs = 0;   // before answering makeCredential/getAssertion, wait this long while
                            // sending CTAPHID_KEEPALIVE (status 2 = UP needed) every ~100 ms; a
                            // CTAPHID_CANCEL arriving meanwhile ends it with
                            // CTAP2_ERR_KEEPALIVE_CANCEL (0x2D)
    bool residentKeys = true; // getInfo options.rk
};

class SoftFido2Authenticator; // the state shared with open libfido2 devices; softfido2.cpp

/**
 * An in-process software CTAP2 authenticator for tests. It plugs into libfido2 below its framing
 * code, so libfido2's own CTAPHID, CBOR, PIN and verification code runs end to end.
 */
class SoftFido2
{
public:
    /** statePath empty: in memory only. Otherwise credentials (id, P-256 private key, rpId,
     *  user id/name, signCount) and pin retries are loaded from / saved to that JSON file on every
     *  change, so a child process can use a credential registered by another process. */
    explicit SoftFido2(const QString &statePath = {});
    ~SoftFido2();
    SoftFido2(const SoftFido2 &) = delete;
    SoftFido2 &operator=(const SoftFido2 &) = delete;

    SoftFido2Options &options(); // change switches any time between operations
    QString path() const;        // a unique device path, e.g. "soft://1"; used with fido_dev_open
    /** Before fido_dev_open(dev, path()): frames over fido_dev_set_io_functions (64-byte HID
     *  reports; libfido2's own CTAPHID framing, INIT, CBOR, keepalive code runs). */
    void attachHid(fido_dev_t *dev);
    /** Before fido_dev_open(dev, path()): whole CTAP messages over
     *  fido_dev_set_transport_functions (as libfido2's NFC/PC-SC path uses). */
    void attachTransport(fido_dev_t *dev);
    int credentialCount() const;
    int userPresenceCount() const; // how many times the "user touched" (makeCred + getAssertion)
    int assertionCount() const;
    int lastSignCount() const;
    QByteArray aaguid() const; // 16 bytes, fixed

    /** For tests of the authenticator itself: one CTAP2 request (command byte, then CBOR
     *  parameters) in, status byte (then CBOR) out. A touch delay just sleeps here. */
    QByteArray handleCbor(const QByteArray &request);
    /** For tests of the HID framing: writes raw output reports (64 bytes, or 65 with a leading
     *  report id) to a fresh channel and returns every 64-byte input report sent back. */
    QList<QByteArray> exchangeHidReports(const QList<QByteArray> &reports);

private:
    std::shared_ptr<SoftFido2Authenticator> m_d;
};

} // namespace OccTest
