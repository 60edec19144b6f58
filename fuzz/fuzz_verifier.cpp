// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

// The proof verifier on arbitrary proof text, proof-only and with an artifact digest, without
// and with a trust profile that pins a key and sets every window; and the field-tier table.

#include "core/fieldtiers.h"
#include "core/jsonparser.h"
#include "core/proofverifier.h"
#include "core/trustprofile.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Occ::TrustProfile profile = [] {
        auto p = Occ::TrustProfile::fromJson(
            R"({"name":"fuzz","allowedPublicKeys":["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="],)"
            R"("allowedMeasurements":["x"],"minCounter":"1","maxCounter":"99999999999999999999",)"
            R"("minTime":0,"maxTime":1e15,"requireEpochId":true,"requireSlot":true,)"
            R"("allowedActorKeyIds":["k"],"allowedRpIds":["example.com"]})");
        return p ? *p : Occ::TrustProfile();
    }();
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    Occ::VerifyOptions options;
    (void) Occ::ProofVerifier::verifyText(input, options);
    options.artifactDigest = QByteArray(32, '\x01');
    options.profile = &profile;
    const Occ::VerificationReport report = Occ::ProofVerifier::verifyText(input, options);
    (void) report.toJson();
    (void) report.summary();
    auto parsed = Occ::JsonParser::parse(input);
    if (parsed)
        (void) Occ::FieldTiers::inspect(*parsed);
    return 0;
}
