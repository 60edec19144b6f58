// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "accessibility.h"

#include <QCoreApplication>
#include <QHash>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

namespace {

struct Description
{
    const char *objectName;
    const char *text;
};

// clang-format off
constexpr Description kDescriptions[] = {
    // Stamp
    {"fileTable", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The files to stamp: name, size, SHA-256 computed on this computer, status and progress of each")},
    {"nameEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "A name sealed into the signed proof; anyone with the proof can read it")},
    {"titleEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "A title sealed into the signed proof; anyone with the proof can read it")},
    {"messageEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "A message sealed into the signed proof; anyone with the proof can read it")},
    {"destinationEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The folder the .proof.zip bundles are written to; remembered")},
    {"authorizeWithPasskeyCheck", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "When checked, the chosen passkey authorizes the commit: one touch of the security key for all listed files, named in each proof as its actor")},
    {"passkeyCombo", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The registered passkey that authorizes the commit")},
    // Verify
    {"editProfilesButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Opens the trust profiles page to edit the selected profile")},
    {"reportButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Saves what was checked, with the profile and the inputs' hashes, as a JSON report")},
    {"checkList", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Every check of the verification with its status, details and what you can do")},
    {"proofTree", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Every field of the proof with its value and whether a signature covers it; Ctrl+C copies the value")},
    {"rawJson", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The proof as JSON text, read-only")},
    {"itemList", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The proofs read from the opened inputs, each with its verdict; select one to see it")},
    {"attestationDetails", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "What the enclave's attestation document says: module, time, PCRs")},
    // Audit
    {"auditPathList", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The folders and files whose proofs are audited")},
    {"auditProblems", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "What the audit found: forks, gaps, reused counters, invalid proofs; activate one to open its proofs")},
    {"auditChains", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Each chain found: signer, chain id, number of proofs, counter range and links")},
    // Library
    {"libraryTable", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The proofs this studio made or verified; activate one to open it in Verify")},
    // Trust profiles
    {"profileList", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The saved trust profiles; select one to edit it")},
    {"newProfileButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Starts an empty trust profile")},
    {"removeProfileButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Deletes the selected trust profile after asking")},
    {"importProfileButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Reads a trust profile file, the format occ verify --policy takes")},
    {"exportProfileButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Writes the profile as a file for occ verify --policy")},
    {"defaultProfileButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Makes this profile the one Verify, Audit and Library use")},
    {"profileNameEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The profile's name, shown in the verdict")},
    {"allowedKeysEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Signer public keys (base64) this profile trusts, one per line")},
    {"allowedMeasurementsEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Enclave measurements (PCR0) this profile trusts when an attestation confirms them, one per line")},
    {"enforcementCombo", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The enforcement tier a proof must claim, or any")},
    {"requireAttestationCheck", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "When checked, a proof without a verified attestation fails")},
    {"attestationFormatsEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Attestation formats accepted, comma separated; empty accepts any")},
    {"attestationRootsList", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Root certificates accepted for attestations besides the AWS Nitro root")},
    {"attestationRootsListAdd", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Adds an attestation root certificate from a PEM file")},
    {"attestationRootsListRemove", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Removes the selected attestation root certificate")},
    {"minCounterEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Proofs with a lower counter fail; empty for no limit")},
    {"maxCounterEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Proofs with a higher counter fail; empty for no limit")},
    {"useMinTimeCheck", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "When checked, proofs committed before the time beside it fail")},
    {"minTimeEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The earliest commit time accepted, by the signer's clock")},
    {"useMaxTimeCheck", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "When checked, proofs committed after the time beside it fail")},
    {"maxTimeEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The latest commit time accepted, by the signer's clock")},
    {"requireEpochCheck", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "When checked, a proof without an epoch id fails")},
    {"requireSlotCheck", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "When checked, a proof without a causal slot fails")},
    {"requireActorCheck", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "When checked, a proof no passkey authorized fails")},
    {"actorKeyIdsEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Passkey key ids allowed to authorize commits, one per line; empty allows any")},
    {"actorProvidersEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Passkey providers allowed, comma separated; empty allows any")},
    {"rpIdsEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "WebAuthn relying parties a passkey assertion may be made for, comma separated")},
    {"tsaRootsList", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Root certificates of the timestamp authorities this profile trusts")},
    {"tsaRootsListAdd", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Adds a timestamp authority root certificate from a PEM file")},
    {"tsaRootsListRemove", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Removes the selected timestamp authority root certificate")},
    {"addFreeTsaButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Adds the root certificate of freetsa.org, shipped with the studio")},
    {"saveProfileButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Checks the profile as occ verify would and saves it")},
    // Passkeys
    {"passkeyList", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The passkeys registered in this studio: label, key id, relying party, security key and date; F2 renames")},
    {"passkeyLabelEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The label of the next passkey registered; empty for the key's name and today's date")},
    {"passkeyRpIdEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The relying-party id new passkeys are made for; the default occ-proof-studio is not a domain, so no website can use them")},
    // Settings
    {"stubRadio", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Signs with a key kept on this computer: no account, no network, stub tier")},
    {"endpointRadio", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Sends only the digests to a commit service, such as the AWS Nitro Enclave service")},
    {"endpointEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The commit service's address, https://")},
    {"apiKeyEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The commit service's API key; saved only in the system keychain")},
    {"saveApiKeyButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Stores the API key in the system keychain")},
    {"forgetApiKeyButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Removes the API key from the system keychain")},
    {"caFileEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "A PEM file of certificates trusted for the commit service besides the system's")},
    {"caFileButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Chooses the extra certificate file")},
    {"statePathEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Where the embedded signer keeps its key and counters")},
    {"exportStubTrustButton", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "Writes a trust profile that pins this computer's signer key, to give to others")},
    {"defaultDestinationEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The folder new bundles are written to")},
    {"tsaUrlEdit", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "An RFC 3161 timestamp authority asked after each commit; empty for none")},
    {"requireTimestampsCheck", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "When checked, a file whose timestamp cannot be obtained gets no bundle")},
    {"languageCombo", QT_TRANSLATE_NOOP("Occ::Ui::Accessibility", "The studio's language, applied at the next start")},
};
// clang-format on

} // namespace

QPushButton *makeButton(const QString &text, const QString &objectName, const QString &description)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setAccessibleName(QString(text).remove(u'&'));
    b->setAccessibleDescription(description);
    b->setToolTip(description);
    return b;
}

void describeControls(QWidget *root)
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> t;
        for (const Description &d : kDescriptions)
            t.insert(QString::fromLatin1(d.objectName), d.text);
        return t;
    }();
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const auto it = table.constFind(w->objectName());
        if (it == table.cend())
            continue;
        const QString text = QCoreApplication::translate("Occ::Ui::Accessibility", *it);
        if (w->accessibleDescription().isEmpty())
            w->setAccessibleDescription(text);
        if (w->toolTip().isEmpty())
            w->setToolTip(text);
    }
}

} // namespace Occ::Ui
