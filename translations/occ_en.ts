<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Occ::Agency</name>
    <message>
        <source>agency must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency.actor must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency.authorization must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency.actor.keyId must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency.actor.publicKeyB64 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency.actor.algorithm must be &quot;ES256&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency.actor.provider must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency.authorization.purpose must be &quot;occ/commit-authorize/v1&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency.authorization.signatureB64 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: actor.keyId does not match SHA-256 of public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: authorization.actorKeyId does not match actor.keyId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: authorization.artifactHash does not match proof.artifact.digestB64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, as one of a batch of %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: WebAuthn authorization missing clientDataJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: WebAuthn authorization missing authenticatorDataB64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: clientDataJSON is ambiguous JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: clientDataJSON is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: clientDataJSON.type must be &quot;webauthn.get&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: clientDataJSON missing challenge field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: clientDataJSON.challenge must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: clientDataJSON challenge does not match authorization.challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: authenticatorData too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: authenticatorData UP flag not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: authenticatorData UV flag not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: P-256 signature verification error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: WebAuthn P-256 signature verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a passkey (WebAuthn, user present and verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: P-256 signature verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a direct P-256 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor %1… (%2) authorized these bytes %3%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::ApiKeyStore</name>
    <message>
        <source>No keychain service is running (Secret Service or KWallet), so the API key was not stored; it is never written in plain text. Pass it with --api-key or OCC_API_KEY instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Attestation</name>
    <message>
        <source>the attestation report is not CBOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation report is not a COSE_Sign1 structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation report&apos;s COSE_Sign1 is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation report is not signed with ES384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation document is not a CBOR map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation document&apos;s digest is not SHA384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation document has no timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation document has no PCRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation document has no 48-byte PCR0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation document has no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation document has no CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation&apos;s leaf certificate cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation signature is not an ES384 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation document&apos;s signature does not verify with its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attestation root certificate is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation certificate chain does not verify at the document&apos;s time (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attestation report is not well-formed CBOR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Bundle</name>
    <message>
        <source>%1 is not a usable proof bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains a &quot;%2&quot; path component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains an empty path component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable file name in a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two files in the batch are named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to put in a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single bundle holds exactly one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the zip archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof for %1 has no artifact digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after it was hashed: its bytes no longer match the proof, so no bundle was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add proof.json to the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write proof.json into the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the zip archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a readable zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; differs from another only in case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; uses an unsupported compression method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares %2 bytes, over the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no proof.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder &quot;%1&quot; has no proof.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it mixes a single proof with batch folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one candidate original (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the bundle was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; holds more than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; fails its CRC check (the archive is corrupt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; holds %2 bytes but its header says %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::ChainAudit</name>
    <message>
        <source>%1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both start a new epoch after the same predecessor: the single-successor rule is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both claim counter %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (counter %2) has an earlier time than %3 before it (the signer&apos;s own clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both follow the same predecessor: the chain forked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links to %2, a proof of another signer, epoch or chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predecessor of %1 (counter %2) is missing, though earlier proofs of this chain are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes: not a proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::CommitClient</name>
    <message>
        <source>The service answered with %1 instead of a list of proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned %1 proofs for %2 digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof %1 from the service is for other bytes than the digest sent in that position; nothing was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof %1 from the service does not verify (%2); nothing was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key missing or rejected by %1 (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the host %1 (DNS lookup failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failure with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with malformed JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit: no digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-file metadata needs one request per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s challenge is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s /key answer has no publicKeyB64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reports it is not healthy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Crypto</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 seed must be 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing data after the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not an EC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not on curve P-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::HashJob</name>
    <message>
        <source>Hashing cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::InputRouter</name>
    <message>
        <source>More than %1 files: the rest were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not readable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::JsonParser</name>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous JSON: a &quot;__proto__&quot; member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous JSON: duplicate member name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unescaped control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits expected after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits expected in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Passkey</name>
    <message>
        <source>%1 cannot verify who you are (no PIN, no built-in verification); OCC requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN entry cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at the security key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused at %1 (touch declined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not touched in time. Try again and touch the key when it blinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passkey is not on %1. Use the security key you registered it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its PIN for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of %1 is blocked after too many wrong tries. The key must be reset with its vendor&apos;s tool (this deletes its passkeys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses more PIN tries until it is unplugged and plugged in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no PIN. Set one with the vendor&apos;s tool or `fido2-token -S`: OCC requires user verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in user verification of %1 is blocked; use its PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not recognise you (user verification failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a passkey for this relying party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot make ES256 (P-256) keys, which OCC requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no room for another discoverable passkey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact with %1 (was it unplugged?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator returned a public key of %1 bytes (expected 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator&apos;s public key is not a valid P-256 point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator returned no authenticator data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator data is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator data is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator data is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passkey entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passkey entry “%1” lacks its credential id, key or rpId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passkey entry “%1” has an invalid public key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passkey entry “%1” has a keyId that is not SHA-256 of its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic (not checked against a vendor root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized by passkey %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passkey list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passkey list %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passkey list %1 is damaged; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passkey list %1 is damaged (%2); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several passkeys; give more of the keyId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered passkey matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passkey is already registered as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered passkey has that keyId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory listing security keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list security keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory opening a security key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2 (on Linux, check that a udev rule lets you use security keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only speaks U2F; passkeys need a FIDO2 security key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No FIDO2 security key found. Plug one in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relying-party id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the passkey request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned a credential that does not verify (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No FIDO2 security key found. Plug in the key that holds this passkey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered for another relying party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passkey “%1” (%2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not confirm user presence and verification (flags %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion from %1 does not verify with the registered passkey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the actor key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM private key (or it is encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a P-256 key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software key %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing with the actor key failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Proof</name>
    <message>
        <source>The proof is %1 bytes; proofs larger than %2 bytes are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proof must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::ProofLibrary</name>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof library: cannot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof library is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof library has no entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof library %1 was written by a newer version of the studio (schema %2; this one reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a proof library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its tables are not those of a proof library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof library %1 cannot be read, and cannot be moved aside to start a new one: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proof library file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof library needs the SQLite driver of Qt SQL, which is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of the proof library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new proof library at %1 cannot be read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof library %1 could not be read (%2). It was moved aside to %3 and a new, empty library was started; no bundle or proof file was touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library entry needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library entry needs the SHA-256 of its proof text in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest of a library entry must be hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 is missing: it was moved, renamed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof file %1 is missing: it was moved, renamed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original file %1 is missing: it was moved, renamed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 no longer holds this proof: it was replaced or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof file %1 no longer holds this proof: it was replaced or changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::ProofVerifier</name>
    <message>
        <source>the proof is intact (proof only: no file was checked against it), but nothing pins who signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file matches and the proof is intact, but nothing pins who signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof is intact and the trust profile pins its signer (proof only: no file was checked against it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file matches, the proof is intact, and the trust profile pins its signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the proof&apos;s structure is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-formed occ/1 proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported proof version: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.artifact is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported hashAlg: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.artifact.digestB64 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit.nonceB64 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit.counter must be a string when present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit.time must be a non-negative finite number when present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit.prevB64 must be a string when present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit.epochId must be a string when present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.signer is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.signer.publicKeyB64 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.signer.signatureB64 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.environment is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.environment.enforcement must be one of: stub, hw-key, measured-tee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.environment.measurement must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.environment.attestation must be an object when present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.environment.attestation.format must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.environment.attestation.reportB64 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit.counter &quot;%1&quot; is not a canonical decimal (digits only, no sign, no leading zeros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit.nonceB64 must be canonical base64 of at least 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit.prevB64 must be canonical base64 of 32 bytes (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit.slotCounter must be a canonical decimal string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit.slotHashB64 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit.slotHashB64 must decode to 32 bytes (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof.commit.chainId must be a non-empty string when present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifact.digestB64 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifact.digestB64 decodes to %1 bytes; expected 32 (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof only: no file was given, so nothing shows which bytes this proof is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifact digest mismatch: the provided bytes do not match the committed digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 equals artifact.digestB64 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer.publicKeyB64 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer.publicKeyB64 decodes to %1 bytes; expected 32 (Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed body cannot be built from this proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer.signatureB64 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer.signatureB64 decodes to %1 bytes; expected 64 (Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature verification failed: signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the signed body includes principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signature by key %1 covers the signed body%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor: no passkey or device key authorized this commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit.slotHashB64 names a causal slot, but the slotAllocation record is missing, so the slot cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No causal slot allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation must be an object when present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.version must be &quot;occ/slot/1&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.nonceB64 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.counter must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.time must be a non-negative finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.epochId must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.publicKeyB64 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.signatureB64 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.counter &quot;%1&quot; is not a canonical decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.chainId must be a string when present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation contains invalid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.signatureB64 decodes to %1 bytes; expected 64 (Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.publicKeyB64 decodes to %1 bytes; expected 32 (Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation signature verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit.slotHashB64 must be present when slotAllocation is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot hash over the slot body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit.slotHashB64 does not match SHA-256 of canonical slot body — slot binding broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot hash over the slot body without chainId (March 2026 enclaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.nonceB64 does not match commit.nonceB64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit.slotCounter must be present when slotAllocation is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit.slotCounter does not match slotAllocation.counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit.counter must be present for slot ordering verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.counter (%1) must be less than commit.counter (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.publicKeyB64 does not match signer.publicKeyB64 — different enclave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.epochId does not match commit.epochId — different lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotAllocation.chainId does not match commit.chainId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 allocated before commit %2, signed by the same key (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochLink.%1 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochLink.prevCounter &quot;%1&quot; is not a canonical decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochLink.toEpochId &quot;%1&quot; does not match proof commit.epochId &quot;%2&quot; — successor binding broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochLink.toPublicKeyB64 does not match proof signer.publicKeyB64 — successor binding broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochLink.prevEpochId equals toEpochId — epoch link must cross epoch boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochLink.prevPublicKeyB64 equals toPublicKeyB64 — epochs must have different keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORK DETECTED: predecessor (epoch=%1..., counter=%2) already consumed by epoch %3..., but this proof claims consumption by epoch %4... — single-successor invariant violated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First proof of epoch %1… after epoch %2… (counter %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation format &quot;%1&quot; is not supported here, so it was not checked; the measurement is only the signer&apos;s own claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS Nitro attestation cannot be verified: %1. The measurement is only the signer&apos;s own claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment.attestation.reportB64 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its PCR0 %1… is not environment.measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed body without attestationFormat (enclaves before 2026-03-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly the signed bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its user_data is not the hash of this proof&apos;s signed body, so it attests some other commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Nitro attestation verified: the document chains to %1 at its own time %2 (the AWS Nitro clock), module %3, PCR0 equals the measurement, and user_data binds this proof (hash of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. But its PCRs are all zero: a debug-mode enclave, whose memory the host can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp token is not valid base64; its time is not evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC 3161 timestamp cannot be verified: %1. Its time is not evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the artifact digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proofCore digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the unsigned &quot;time&quot; member says %1: ignore it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3161 timestamp: %1 saw %2 at %3 (third-party time, TSA trusted by the profile)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact RFC 3161 timestamp of %1 at %2 by %3, but the TSA is not trusted (%4), so the time is not evidence%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enforcement tier &quot;%1&quot; does not meet required tier &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement tier is %1 (self-reported, signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement &quot;%1&quot; is not in the allowed set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement is in the allowed set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof public key is not in the allowed set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer key %1 is in the allowed set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires attestation but proof has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires a verified attestation, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this one was not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attestation is present and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires attestation format but proof has no attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attestation format &quot;%1&quot; is not in the required set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation format %1 is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires a counter but proof has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter %1 is below minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 is at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter %1 is above maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 is at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires a time field but proof has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit time %1 is before minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit time %1 (the signer&apos;s own clock) is not before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit time %1 is after maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit time %1 (the signer&apos;s own clock) is not after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires epochId but proof has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires actor (agency) but proof has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor authorized the commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires allowed actor key ID but proof has no agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor key ID is not in the allowed set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor key is in the allowed set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires allowed actor provider but proof has no agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor provider &quot;%1&quot; is not in the allowed set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor provider %1 is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires slotAllocation (OCC causal slot) but proof has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A causal slot allocation is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy requires a verified WebAuthn actor (allowedRpIds) but proof has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passkey&apos;s relying party (rpIdHash) is none of the allowed rpIds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passkey belongs to relying party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust profile: nothing pins who signed this proof. It shows that the holder of the key in the proof signed it, and anyone can make such a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s key is pinned by the trust profile%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enclave measurement is pinned by the trust profile%1 and confirmed by a verified AWS Nitro attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement matches the trust profile, but no verified attestation backs it, so it is only the signer&apos;s own claim. Pin a public key, or verify the attestation, to trust this signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust profile&apos;s constraints hold, but it pins no signer (no allowedPublicKeys or allowedMeasurements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the proof is not usable JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid UTF-8 JSON with no ambiguous members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::StampJob</name>
    <message numerus="yes">
        <source>Hashing %n file(s) on this computer…</source>
        <translation>
            <numerusform>Hashing %n file on this computer…</numerusform>
            <numerusform>Hashing %n files on this computer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing %n digest(s) with the embedded stub signer…</source>
        <translation>
            <numerusform>Signing %n digest with the embedded stub signer…</numerusform>
            <numerusform>Signing %n digests with the embedded stub signer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committing %n digest(s) to %1…</source>
        <translation>
            <numerusform>Committing %n digest to %1…</numerusform>
            <numerusform>Committing %n digests to %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Committing %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded stub signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting RFC 3161 timestamps for %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n bundle(s) to %1…</source>
        <translation>
            <numerusform>Writing %n bundle to %1…</numerusform>
            <numerusform>Writing %n bundles to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stamped %1 of %n file(s)</source>
        <translation>
            <numerusform>Stamped %1 of %n file</numerusform>
            <numerusform>Stamped %1 of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it was committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key %2… (%3, measurement %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the destination folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not committed: another file of the batch could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not committed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timestamp, so nothing written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written without a timestamp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: another file of the batch has no proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the authorization of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for a challenge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into the destination folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::StubSigner</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (it may be truncated or corrupt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no valid key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a public key that does not match its seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no epochId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid counter for chain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many pending challenges; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenge not found or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization timestamp too far from current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization.artifactHash does not match committed digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batchContext.batchDigests must list exactly the committed digests, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stub signer&apos;s state %1 is locked by another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit: no digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-file metadata does not match the digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SHA-256 digest must be 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stub signer&apos;s state file was replaced by another identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stub signer made a proof that does not verify (%1); nothing was returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the stub signer&apos;s state %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stub signer&apos;s state file %1 %2. It was left untouched; move it away with its journal to start a new identity (proofs it made stay verifiable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid journalGeneration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stub signer&apos;s journal %1 %2. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the stub signer&apos;s journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the stub signer&apos;s journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps its newest counters in %1, which is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to another identity than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no valid header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a record that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds counters, but its state file %1 is missing; put the state file back, or move the journal away too to start a new identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::TimestampToken</name>
    <message>
        <source>the token is not a DER TimeStampToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token holds no TSTInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s imprint is not SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token timestamps other bytes (its imprint is not this digest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s genTime cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token does not carry its signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TSA trust anchors are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA does not chain to a trust anchor at genTime (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s answer is not a TimeStampResp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA refused the request (status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s answer does not carry our nonce (a replayed or foreign answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::TrustProfile</name>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain only non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a decimal string (digits only, no sign or leading zeros), e.g. &quot;42&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-negative number of Unix milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust profile is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a trust profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trust profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;requireEnforcement&quot; must be one of &quot;stub&quot;, &quot;hw-key&quot;, &quot;measured-tee&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown trust profile option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;minCounter&quot; is greater than &quot;maxCounter&quot;: no proof could match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;minTime&quot; is after &quot;maxTime&quot;: no proof could match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::TrustProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::TsaClient</name>
    <message>
        <source>The time-stamping authority %1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::Accessibility</name>
    <message>
        <source>The files to stamp: name, size, SHA-256 computed on this computer, status and progress of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name sealed into the signed proof; anyone with the proof can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title sealed into the signed proof; anyone with the proof can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message sealed into the signed proof; anyone with the proof can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the .proof.zip bundles are written to; remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the trust profiles page to edit the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves what was checked, with the profile and the inputs&apos; hashes, as a JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check of the verification with its status, details and what you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of the proof with its value and whether a signature covers it; Ctrl+C copies the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof as JSON text, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proofs read from the opened inputs, each with its verdict; select one to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the enclave&apos;s attestation document says: module, time, PCRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folders and files whose proofs are audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the audit found: forks, gaps, reused counters, invalid proofs; activate one to open its proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each chain found: signer, chain id, number of proofs, counter range and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proofs this studio made or verified; activate one to open it in Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved trust profiles; select one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts an empty trust profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected trust profile after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a trust profile file, the format occ verify --policy takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the profile as a file for occ verify --policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes this profile the one Verify, Audit and Library use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name, shown in the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer public keys (base64) this profile trusts, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclave measurements (PCR0) this profile trusts when an attestation confirms them, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enforcement tier a proof must claim, or any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, a proof without a verified attestation fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation formats accepted, comma separated; empty accepts any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificates accepted for attestations besides the AWS Nitro root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an attestation root certificate from a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected attestation root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofs with a lower counter fail; empty for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofs with a higher counter fail; empty for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, proofs committed before the time beside it fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest commit time accepted, by the signer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, proofs committed after the time beside it fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest commit time accepted, by the signer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, a proof without an epoch id fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, a proof without a causal slot fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, a proof no passkey authorized fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkey key ids allowed to authorize commits, one per line; empty allows any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkey providers allowed, comma separated; empty allows any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebAuthn relying parties a passkey assertion may be made for, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificates of the timestamp authorities this profile trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a timestamp authority root certificate from a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected timestamp authority root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the root certificate of freetsa.org, shipped with the studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the profile as occ verify would and saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs with a key kept on this computer: no account, no network, stub tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends only the digests to a commit service, such as the AWS Nitro Enclave service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit service&apos;s address, https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit service&apos;s API key; saved only in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the API key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the API key from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of certificates trusted for the commit service besides the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the extra certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the embedded signer keeps its key and counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a trust profile that pins this computer&apos;s signer key, to give to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder new bundles are written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RFC 3161 timestamp authority asked after each commit; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, a file whose timestamp cannot be obtained gets no bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio&apos;s language, applied at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, the chosen passkey authorizes the commit: one touch of the security key for all listed files, named in each proof as its actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered passkey that authorizes the commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passkeys registered in this studio: label, key id, relying party, security key and date; F2 renames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of the next passkey registered; empty for the key&apos;s name and today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relying-party id new passkeys are made for; the default occ-proof-studio is not a domain, so no website can use them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::AuditTimeline</name>
    <message>
        <source>Timeline of the audited chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1
%2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time in the proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (signer&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered by counter (some proofs carry no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chains, %2 proofs, %3 invalid, %4 problems; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an audit to see its chains here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::AuditView</name>
    <message>
        <source>Invalid proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time goes backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit many proofs as chains: every proof is verified with the selected trust profile, then grouped by signer, epoch and chain and checked for forks, gaps, reused counters, backwards times and duplicates. Drop folders here or add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders and files to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of bundles and proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bundles or proof files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every path from the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and audit every proof under the listed paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofs to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles and proofs (*.zip *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: %1 proofs in %2 chains, every link accounted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1 proofs in %2 chains, %3 invalid, %4 problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::CheckDescriptions</name>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File matches the proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkey authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causal slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclave attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp of the proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was read in memory, entry by entry, without extracting anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof is unambiguous JSON: no duplicate members, bounded size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required occ/1 field is present and well formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 of the file&apos;s bytes equals the digest the signer signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ed25519 signature over the canonical signed body verifies with the key in the proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passkey (P-256 WebAuthn) authorized this commit; its signature is checked separately from the signer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter slot was allocated before the content was known, and is bound to this commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signer&apos;s epoch links to the previous one, without forks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AWS Nitro attestation document binds the signing enclave&apos;s measurement to this proof, checked against Amazon&apos;s root at the document&apos;s own time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RFC 3161 timestamp authority saw the file&apos;s digest at the time it states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RFC 3161 timestamp authority saw the proof at the time it states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust profile pins this signer: its key, or its attested measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A constraint of the selected trust profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure you opened the very file that was stamped: any change to its bytes, even one, breaks this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof was altered or damaged after it was signed. Ask the sender for the original bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you know this signer, use &quot;Pin this signer…&quot; after comparing its fingerprint with one you got from the signer directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To trust this timestamp, add the authority&apos;s root certificate to the trust profile (Trust profiles → TSA roots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a verified attestation the measurement is only the signer&apos;s own claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof does not meet the selected trust profile. Choose another profile, or edit this one if the constraint is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid — signer not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::FieldDecoder</name>
    <message>
        <source>stub: a key on a computer, no hardware protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware key: the signing key is held in hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured TEE: the signer runs in an attested enclave (AWS Nitro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the signer&apos;s own clock (signed, not third-party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — copied from the TSA token, unsigned; the token itself is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the actor&apos;s device clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user present (UP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user NOT present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user verified (UV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: %1; signature counter %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::GuiPasskeyPrompt</name>
    <message>
        <source>Security key PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the PIN to the security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the operation without using the security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN of %1 to use its passkey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>%n try left.</numerusform>
            <numerusform>%n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>When none are left, the key locks its PIN and can only be reset, which erases its passkeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::LibraryView</name>
    <message>
        <source>Search the proof library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name, digest prefix (hex), signer key prefix or counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofs in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (signer&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected proofs again from disk with the selected trust profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected proof in Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected entries (the files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every proof this studio made or verified is indexed here, on this computer only. Nothing is uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Checked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stamped here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, counter %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-verifying %1 proofs from disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1 entries? The bundles and proof files are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::MainWindow</name>
    <message>
        <source>OCC Proof Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste files or proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tamp listed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel stamping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OCC Proof Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking at %n dropped item(s)…</source>
        <translation>
            <numerusform>Looking at %n dropped item…</numerusform>
            <numerusform>Looking at %n dropped items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proof input(s) to verify</source>
        <translation>
            <numerusform>%n proof input to verify</numerusform>
            <numerusform>%n proof inputs to verify</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to the stamp list</source>
        <translation>
            <numerusform>%n file added to the stamp list</numerusform>
            <numerusform>%n files added to the stamp list</numerusform>
        </translation>
    </message>
    <message>
        <source>Open bundles, proofs or files to stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*);;Proof bundles (*.proof.zip);;Proof JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds neither files nor a proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OCC Proof Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;OCC Proof Studio&lt;/b&gt; %1&lt;br&gt;Makes and checks OCC (occ/1) proofs. Files are hashed on this computer; only digests are ever sent to a signer, and verification never uses the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamping in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop stamping and quit? Files not yet committed get no proof; proofs already made are still written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the bundles of proofs already made, then quitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passkeys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::PasskeysView</name>
    <message>
        <source>A passkey on a FIDO2 security key (or Windows Hello) can authorize commits: each stamp then carries your touch, signed by the key, as the proof&apos;s actor. Only public keys are listed here; the private keys never leave the security keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered passkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relying party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the label of the selected passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected passkey here; the credential stays on the security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export trust profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a trust profile that accepts only proofs this passkey authorized, for occ verify --policy or for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as trust &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a trust profile that accepts only proofs this passkey authorized, for the Verify page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for the new passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; default: the key&apos;s name and today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register passkey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new passkey on the attached security key; you will be asked to touch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relying-party id of new passkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relying party a passkey is made for. The default, %1, is not a domain name, so no website can ask your security key for these passkeys. Passkeys already registered keep their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relying-party &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked for yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again for attached security keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch %1 now… (it may ask for its PIN or your fingerprint first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation: %1; discoverable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a security key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no passkey was registered. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made the passkey, but it could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered “%1” on %2 (key id %3). Choose it on the Stamp page to authorize commits with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passkey needs a label; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove passkey?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passkey “%1” from this studio?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can then no longer authorize commits from here; proofs it already authorized stay valid. The credential itself stays on the security key (%1): remove it there with the key&apos;s own tool if you want it gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” from this studio; it is still on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trust profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust profile (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the trust profile “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the trust profile “%1”. Choose it on the Verify page to accept only proofs this passkey authorized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for security keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security key found. Plug one in (or use Windows Hello) and press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::ProofTreeModel</name>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-authenticating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory (unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Some members are signed and some are not: see each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered by any signature: anyone could have changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::SettingsPage</name>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embedded stub signer (on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the embedded stub signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit service (AWS Nitro Enclave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a commit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for the commit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the API key in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the API key from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA bundle (PEM) for the commit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the extra CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded stub signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stub signer state file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport its key as a trust profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the stub signer&apos;s key as a trust profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3161 timestamp authority URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (e.g. https://freetsa.org/tsr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write no bundle when a timestamp cannot be obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timestamp authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCC Proof Studio stub signer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the stub signer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::StampFileModel</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped — counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed on this computer; the file never leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::StampView</name>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files or folders anywhere in this window, or use Add files. Each file&apos;s SHA-256 is computed on this computer: its bytes never leave it; only the digest is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds the selected file&apos;s bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the selected file&apos;s bundle and show its proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed into the signed proof: anyone who has the proof can read it, and nobody can change it without breaking the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (sealed, public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (sealed, public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (sealed, public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination folder for the bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save bundles to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamping progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash, sign and bundle the listed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop stamping; files not yet committed get no proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Embedded stub signer&lt;/b&gt; on this computer — key %1&lt;br&gt;Enforcement: %2. Good for trying things out and for local records; others can only trust it if they pin this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Embedded stub signer&lt;/b&gt; — cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Commit service&lt;/b&gt; %1 — only the SHA-256 digests are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Reachable (GET /health answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save bundles to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stamped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize with &amp;passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize with passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkey that authorizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch %1 now to authorize this stamp… (it may ask for its PIN or your fingerprint first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id %1
Relying party %2
On %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passkey is registered yet: register one on the Passkeys page to authorize stamps with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no passkey registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a passkey on the Passkeys page to have each commit authorized by your touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One touch of the security key authorizes every listed file; each proof names the passkey as its actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a commit service, all files then go in one request (the service takes one authorization per request).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::TrustProfileEditor</name>
    <message>
        <source>Trust profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the profile as a file for occ --policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for &amp;verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this the profile used to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required enforcement tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stub — software key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hw-key — hardware key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured-tee — attested enclave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed signer public keys, base64, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed enclave measurements (PCR0), one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a verified attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted attestation formats, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest counter accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest counter accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the earliest commit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest commit time (signer&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the latest commit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest commit time (signer&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require an epoch id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a causal slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a passkey authorization (actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a passkey authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed actor key ids, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed actor providers, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed WebAuthn relying-party ids, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted timestamp authority roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra attestation roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add freetsa.org root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the freetsa.org timestamp authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign (pins: a proof is trusted only if one matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enforcement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation &amp;formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra attestation roots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors (passkeys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor key &amp;ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor &amp;providers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relying-party ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp authorities (RFC 3161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted roots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (used for verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile: fill it in and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the profile a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the trust profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import trust profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trust profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (use it with occ verify --policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::Ui::VerifyView</name>
    <message>
        <source>(unnamed profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signers and constraints this verification trusts; changing it re-verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit trust profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin this signer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds this proof&apos;s signer key to the selected trust profile after you confirm its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the verification report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof fields with their coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed&lt;/b&gt;: covered by the signer&apos;s signature. &lt;b&gt;Self-authenticating&lt;/b&gt;: carries its own signature, checked separately. &lt;b&gt;Advisory (unsigned)&lt;/b&gt;: anyone could have changed it; never rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified proofs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or drop a .proof.zip bundle, or a proof JSON file with its original, to verify it. Nothing is sent anywhere: verification is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trust profile — check integrity only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading and hashing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to verify yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified with the trust profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified without a trust profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked bytes: &lt;b&gt;%1&lt;/b&gt; (%2), SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Proof only&lt;/b&gt;: no original file was given, so no bytes were checked against this proof. Drop the original file together with the proof to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer key &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;%2&lt;br&gt;Enforcement claimed in the signed body: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; measurement &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof names key &lt;tt&gt;%1&lt;/tt&gt;, but it is invalid: that says nothing about who signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s clock (signed by the signer, not third-party): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3161 timestamp (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority NOT trusted or token not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation (AWS Nitro&apos;s clock): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time from a third party: the counter orders this proof within its chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (AWS Nitro&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes — all PCRs are zero; the host can read the enclave&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCR%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclave certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this signer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust every proof signed by this key, in the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1
Fingerprint: %2

Compare the fingerprint with one you got from the signer through another channel. A key in a proof proves nothing by itself: anyone can make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkey authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence and verification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relying party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passkeys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rpId (SHA-256 %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the studio&apos;s default; not a domain, so no website could ask for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed by the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT among the profile&apos;s allowedRpIds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as claimed; not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkey authorization — NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key id %1, provider “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebAuthn passkey (a security key&apos;s touch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct P-256 signature (a software key; no touch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UP (user present): %1; UV (user verified): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (this authenticator keeps no counter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: not one of the passkeys registered in this studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: your passkey “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered by the passkey&apos;s signature: %1. The passkey signs only the challenge; these fields are bound by the signer&apos;s single-use challenge and by the signer&apos;s Ed25519 signature over the actor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occ::VerifySession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not an occ/1 proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 (%2 bytes) and its proof from the bundle without extracting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a proof but no original file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Make and check OCC (occ/1) proofs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles or proofs to verify, or files to stamp (routed by content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp FILEs, verify the first bundle, save the pages as PNG files in DIR, and quit (used to make the README&apos;s pictures).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>occ</name>
    <message>
        <source>Usage: occ verify [--policy FILE] [--json] FILE PROOF.json
       occ verify [--policy FILE] [--json] --proof-only PROOF.json

Verify an occ/1 proof. With FILE, its SHA-256 must equal the proof&apos;s artifact digest
(the file is hashed locally, in chunks). With --proof-only, every check runs except the
digest match, and the report says so. A .proof.zip bundle is checked without extracting
it: its original is hashed from the archive (a batch bundle reports every file).

Verdicts: invalid (a check failed), valid (intact, but nothing pins the signer),
trusted (valid, and the trust profile pins the signer and all its constraints hold).

Options:
  --policy FILE  Trust profile (JSON): allowedPublicKeys, allowedMeasurements,
                 requireEnforcement, minCounter, maxCounter, minTime, maxTime, ...
  --json         Print {&quot;verdict&quot;, &quot;reason&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;status&quot;, &quot;message&quot;}]}
  --proof-only   No file: check the proof on its own

Exit status: 0 valid or trusted, 1 invalid, 2 usage or I/O error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ inspect [--json] PROOF.json

List every field of a proof with its tier:
  signed               covered by the signer&apos;s Ed25519 signature
  self-authenticating  carries its own signature, checked separately
  advisory             unsigned: anyone can edit it
and the proof hash (the next proof&apos;s commit.prevB64), the proofCore digest and the signed
body&apos;s canonical text. Inspecting does not verify: use occ verify.

Options:
  --json  Print {&quot;proofHashB64&quot;, &quot;proofCoreDigestB64&quot;, &quot;signedBodyCanonical&quot;,
          &quot;fields&quot;: [{&quot;path&quot;, &quot;tier&quot;, &quot;value&quot;}]}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ canonicalize [FILE|-]

Read a JSON text (from FILE, or standard input when FILE is - or absent) with JSON.parse
semantics and print its occ/1 canonical UTF-8 bytes, with no trailing newline.
Exit status 1 with a message when the input is not JSON.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ hash FILE...

Print &quot;&lt;digestB64&gt;  &lt;path&gt;&quot; for each file: the SHA-256 of its bytes in standard base64,
as it appears in artifact.digestB64. Files are read in chunks and never leave the machine.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ key [--state FILE] [--json] [--export-trust FILE]

Show the embedded stub signer&apos;s identity: public key, measurement and epoch. The state
file (default: $OCC_STATE_PATH, else the application data folder) is created with a new
key when it does not exist.

Options:
  --state FILE         The stub signer&apos;s state file
  --endpoint URL       Ask a commit service (GET /key) instead of the local stub
  --json               Print {&quot;publicKeyB64&quot;, &quot;measurement&quot;, &quot;enforcement&quot;, &quot;epochId&quot;,
                       &quot;statePath&quot;}
  --export-trust FILE  Write a trust profile that pins this key, so that recipients can
                       verify this signer&apos;s proofs as trusted (an existing file is kept)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ %1: %2
Try &apos;occ %1 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch bundle with %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: batch bundle with %2 files
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proof-only takes exactly one PROOF.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected FILE PROOF.json, BUNDLE.proof.zip, or --proof-only PROOF.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a .proof.zip bundle; to check a proof JSON give the file too, or use --proof-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint needs an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read --ca-file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes seconds (0 &lt; s &lt;= 3600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chain needs a non-empty id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meta takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state is for the stub; it cannot go with --endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ commit: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ commit: signed by %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ commit: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one PROOF.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ inspect: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof hash (chain link): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof hash without timestamps (TSA-era chain link): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofCore digest: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed body: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be built from this proof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ canonicalize: invalid JSON: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ hash: %1 is a folder
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ hash: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ serve [--bind ADDRESS] [--port PORT] [--state FILE] [--max-body BYTES]

Run the OCC commit API on this machine, backed by the embedded stub signer: POST /commit,
POST /challenge, GET /key, GET /health and POST /verify. Set API_KEYS (comma-separated)
to require &quot;Authorization: Bearer &lt;key&gt;&quot; on /commit. Stops cleanly on SIGINT/SIGTERM.

Options:
  --bind ADDRESS    Address to listen on (default 127.0.0.1)
  --port PORT       Port (default 8787; 0 picks a free one)
  --state FILE      The stub signer&apos;s state (as for occ commit)
  --max-body BYTES  Largest request body accepted (default 1048576; larger gets 413)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind needs an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-body needs a number of bytes (at least 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ serve: listening on http://%1:%2 (stub signer %3…, %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key required for /commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ serve: stopped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ health --endpoint URL [--ca-file PEM] [--timeout SEC]

Ask a commit service whether it is up (GET /health). Exit 0 when it is.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint URL is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ health: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ api-key set --endpoint URL     (reads the key from standard input)
       occ api-key forget --endpoint URL

Keep a commit service&apos;s API key in the operating system&apos;s keychain, so that occ and the
studio use it without --api-key. The key is never written in plain text: without a
keychain service (Secret Service or KWallet) this fails and says so.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected set or forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ api-key: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the API key for %1 in the keychain
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the API key for %1 from the keychain
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ mcp [--state FILE | --endpoint URL [--api-key KEY] [--ca-file PEM]]
               [--http [--bind 127.0.0.1] [--port 8788]]

Run a Model Context Protocol server with the tools commit_text, commit_file,
verify_proof and inspect_proof, over standard input/output (one JSON-RPC message per
line; logs go to standard error), or with --http over the Streamable HTTP transport at
/mcp. Commits use the embedded stub signer unless --endpoint names a commit service.

  claude mcp add occ -- occ mcp
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by the commit service at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by the embedded stub signer %1… (tier stub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ mcp: ready on standard input/output (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ mcp: a message longer than 16 MiB was dropped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind needs an IP address and --port a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ mcp: listening on http://%1:%2/mcp (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ demo

Show the whole OCC story on this machine, offline: start a local commit service on a
throw-away stub signer, check it, commit a sample, verify it, change one byte and watch
verification fail.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCC demo: commit -&gt; verify -&gt; tamper -&gt; rejected

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a throw-away stub signer, key %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the commit service on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /health answered {&quot;ok&quot;:true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed the sample locally: %1 (only this digest is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /commit returned a signed proof: counter %1, slot %2, checked before accepting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified the original bytes: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tampered sample was not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed one byte of the sample: verification fails (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edited proof was not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited the proof&apos;s counter: verification fails (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Done: %1 steps passed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ audit [--policy FILE] [--json] PATH...

Verify every proof under the given bundles, proof files and folders, then audit them as
chains: group by signer, epoch and chain, order by counter, resolve every prevB64 link,
and report forks, reused counters, gaps, times that go backwards, broken links and
duplicates. Exit 1 if anything is wrong.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ audit: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: audited %2 proofs in %3 chains, %4 problems
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  chain: signer %1… epoch %2… %3: %4 proofs, counters %5..%6, %7 links
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ key: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCC commit service signer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCC Proof Studio stub signer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a trust profile pinning %1 to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement:  stub (a key on a computer, no hardware protection)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement:  %1 (as the signer reports it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement:  %1
Epoch:        %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State file:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occ: unknown command &apos;%1&apos;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ &lt;command&gt; [options] [arguments]

Make and check OCC (occ/1) proofs.

Commands:
  verify        Verify a proof against a file, or on its own with --proof-only
  inspect       List every field of a proof with its tier (signed, self-authenticating,
                advisory) and the proof&apos;s hashes
  canonicalize  Print the occ/1 canonical bytes of a JSON text
  hash          Print the SHA-256 (base64) of files, computed locally
  audit         Verify many proofs and check their chains (links, forks, gaps)
  commit        Stamp files with the embedded stub signer into .proof.zip bundles
  serve         Run the commit API on this machine, backed by the stub signer
  health        Check that a commit service is up
  api-key       Keep a commit service&apos;s API key in the OS keychain
  mcp           Model Context Protocol server for AI agents (stdio or HTTP)
  demo          Commit, verify and tamper on this machine, step by step
  key           Show the embedded stub signer&apos;s public key, or export a trust profile
                that pins it
  passkey       Register FIDO2 passkeys that authorize commits (list, register, remove,
                export)

Options:
  -h, --help     Show this help, or a command&apos;s help after the command
  -v, --version  Show the version

Exit status: 0 success (verify: valid or trusted), 1 invalid, 2 usage or I/O error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ commit [--state FILE] [--chain ID] [--name N] [--title T] [--message M]
                  [--meta KEY=VALUE]... [--batch] [--force] [--policy FILE]
                  [--endpoint URL [--api-key KEY] [--ca-file PEM] [--timeout SEC]]
                  -o DIR FILE...

Stamp files with the embedded stub signer: each file is hashed locally (its bytes never
leave this computer), committed, and written with its proof as DIR/&lt;file&gt;.proof.zip
(or, with --batch, all together in one batch bundle). One line per file; files that
cannot be read are reported and the others still succeed.

Options:
  -o, --output DIR  Where bundles go (created if needed)
  --state FILE      The stub signer&apos;s state (default: $OCC_STATE_PATH, else the
                    application data folder); created with a new key if missing
  --chain ID        Commit on this chain instead of the default one
  --name, --title, --message  Attribution sealed into the signed proof (public)
  --meta KEY=VALUE  Unsigned metadata (anyone can edit it); repeatable
  --batch           One bundle for all files
  --force           Replace existing bundles instead of choosing a numbered name
  --endpoint URL    Commit through this OCC commit service instead of the stub, e.g.
                    https://nitro.occproof.com (only digests are sent; every returned
                    proof is verified before anything is written)
  --api-key KEY     Bearer key for the service (default: $OCC_API_KEY)
  --ca-file PEM     Extra CA certificates to trust for the service&apos;s TLS
  --timeout SEC     Per-request timeout (default 30)
  --tsa URL         Ask this RFC 3161 time-stamping authority for tokens over the
                    artifact and proofCore digests (third-party time)
  --require-timestamps  Without a timestamp, write nothing for that file
  --policy FILE     A trust profile every new proof must satisfy (e.g. pinning the
                    service&apos;s measurement); otherwise nothing is written
  --passkey KEY     Authorize the commit with this registered passkey (keyId, a prefix
                    of 8+ hex digits, or its label): one touch for all the files; the
                    actor is sealed into every proof (see occ passkey)
  --actor-key PEM   Authorize with a software P-256 private key instead (direct form,
                    for automation)

Exit status: 0 all files stamped, 1 some file failed, 2 usage or state error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PIN for %1 (%n tries left): </source>
        <translation>
            <numerusform>PIN for %1 (%n try left): </numerusform>
            <numerusform>PIN for %1 (%n tries left): </numerusform>
        </translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch %1 now…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passkey and --actor-key exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: occ passkey list [--json] [--devices]
       occ passkey register [--label TEXT] [--rp-id ID] [--user NAME] [--device PATH]
       occ passkey rename KEY LABEL
       occ passkey remove KEY
       occ passkey export KEY FILE

Passkeys on a FIDO2 security key (or Windows Hello) authorize commits: `occ commit
--passkey KEY` asks for one touch (and the key&apos;s PIN or fingerprint), and every proof then
carries the passkey as its actor, sealed into the signed body. KEY is a keyId, a prefix of
8 or more hex digits, or a label. The list lives in passkeys.json in the application data
folder ($OCC_PASSKEYS overrides it); it holds no secret.

  --devices     Also list the authenticators attached now
  --label TEXT  A name for the new passkey (default: the key&apos;s name and the date)
  --rp-id ID    Relying-party id to register under (default: occ-proof-studio, which no
                website can use; give a domain to share the passkey with a web app)
  --user NAME   User name stored on the key (default: occ)
  --device PATH The authenticator to use when several are attached

remove forgets the passkey here; the credential stays on the key (delete it with the
key&apos;s manager). export writes a trust profile that accepts only proofs authorized by the
passkey (allowedActorKeyIds and allowedRpIds).

A PIN is read from the terminal without echo, or from the first line of standard input
when that is not a terminal.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passkeys registered. Register one with `occ passkey register`.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Authenticators attached: %n
</source>
        <translation>
            <numerusform>Authenticator attached: %n
</numerusform>
            <numerusform>Authenticators attached: %n
</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered passkey %1 (%2) for rpId %3; attestation: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KEY LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KEY FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot passkey %1 (%2). The credential is still on the security key.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown passkey command %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
