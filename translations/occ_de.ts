<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Occ::Agency</name>
    <message>
        <source>agency must be an object</source>
        <translation>agency muss ein Objekt sein</translation>
    </message>
    <message>
        <source>agency.actor must be an object</source>
        <translation>agency.actor muss ein Objekt sein</translation>
    </message>
    <message>
        <source>agency.authorization must be an object</source>
        <translation>agency.authorization muss ein Objekt sein</translation>
    </message>
    <message>
        <source>agency.actor.keyId must be a non-empty string</source>
        <translation>agency.actor.keyId muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>agency.actor.publicKeyB64 must be a non-empty string</source>
        <translation>agency.actor.publicKeyB64 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>agency.actor.algorithm must be &quot;ES256&quot;, got &quot;%1&quot;</source>
        <translation>agency.actor.algorithm muss &quot;ES256&quot; sein, ist aber &quot;%1&quot;</translation>
    </message>
    <message>
        <source>agency.actor.provider must be a non-empty string</source>
        <translation>agency.actor.provider muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>agency.authorization.purpose must be &quot;occ/commit-authorize/v1&quot;, got &quot;%1&quot;</source>
        <translation>agency.authorization.purpose muss &quot;occ/commit-authorize/v1&quot; sein, ist aber &quot;%1&quot;</translation>
    </message>
    <message>
        <source>agency.authorization.signatureB64 must be a non-empty string</source>
        <translation>agency.authorization.signatureB64 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>agency: actor.keyId does not match SHA-256 of public key</source>
        <translation>agency: actor.keyId entspricht nicht dem SHA-256 des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>agency: authorization.actorKeyId does not match actor.keyId</source>
        <translation>agency: authorization.actorKeyId stimmt nicht mit actor.keyId überein</translation>
    </message>
    <message>
        <source>agency: authorization.artifactHash does not match proof.artifact.digestB64</source>
        <translation>agency: authorization.artifactHash stimmt nicht mit proof.artifact.digestB64 überein</translation>
    </message>
    <message>
        <source>, as one of a batch of %1 files</source>
        <translation>, als Teil eines Stapels von %1 Dateien</translation>
    </message>
    <message>
        <source>agency: WebAuthn authorization missing clientDataJSON</source>
        <translation>agency: In der WebAuthn-Autorisierung fehlt clientDataJSON</translation>
    </message>
    <message>
        <source>agency: WebAuthn authorization missing authenticatorDataB64</source>
        <translation>agency: In der WebAuthn-Autorisierung fehlt authenticatorDataB64</translation>
    </message>
    <message>
        <source>agency: clientDataJSON is ambiguous JSON (%1)</source>
        <translation>agency: clientDataJSON ist mehrdeutiges JSON (%1)</translation>
    </message>
    <message>
        <source>agency: clientDataJSON is not valid JSON</source>
        <translation>agency: clientDataJSON ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>agency: clientDataJSON.type must be &quot;webauthn.get&quot;, got &quot;%1&quot;</source>
        <translation>agency: clientDataJSON.type muss &quot;webauthn.get&quot; sein, ist aber &quot;%1&quot;</translation>
    </message>
    <message>
        <source>agency: clientDataJSON missing challenge field</source>
        <translation>agency: In clientDataJSON fehlt das Feld challenge</translation>
    </message>
    <message>
        <source>agency: clientDataJSON.challenge must be a string</source>
        <translation>agency: clientDataJSON.challenge muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>agency: clientDataJSON challenge does not match authorization.challenge</source>
        <translation>agency: challenge in clientDataJSON stimmt nicht mit authorization.challenge überein</translation>
    </message>
    <message>
        <source>agency: authenticatorData too short</source>
        <translation>agency: authenticatorData ist zu kurz</translation>
    </message>
    <message>
        <source>agency: authenticatorData UP flag not set</source>
        <translation>agency: In authenticatorData ist das Flag UP nicht gesetzt</translation>
    </message>
    <message>
        <source>agency: authenticatorData UV flag not set</source>
        <translation>agency: In authenticatorData ist das Flag UV nicht gesetzt</translation>
    </message>
    <message>
        <source>agency: P-256 signature verification error: </source>
        <translation>agency: Fehler bei der Prüfung der P-256-Signatur: </translation>
    </message>
    <message>
        <source>agency: WebAuthn P-256 signature verification failed</source>
        <translation>agency: Prüfung der WebAuthn-P-256-Signatur fehlgeschlagen</translation>
    </message>
    <message>
        <source>with a passkey (WebAuthn, user present and verified)</source>
        <translation>mit einem Passkey (WebAuthn, Benutzer anwesend und verifiziert)</translation>
    </message>
    <message>
        <source>agency: P-256 signature verification failed</source>
        <translation>agency: Prüfung der P-256-Signatur fehlgeschlagen</translation>
    </message>
    <message>
        <source>with a direct P-256 signature</source>
        <translation>mit einer direkten P-256-Signatur</translation>
    </message>
    <message>
        <source>Actor %1… (%2) authorized these bytes %3%4</source>
        <translation>Akteur %1… (%2) hat diese Bytes %3 autorisiert%4</translation>
    </message>
</context>
<context>
    <name>Occ::ApiKeyStore</name>
    <message>
        <source>No keychain service is running (Secret Service or KWallet), so the API key was not stored; it is never written in plain text. Pass it with --api-key or OCC_API_KEY instead.</source>
        <translation>Es läuft kein Schlüsselbunddienst (Secret Service oder KWallet), daher wurde der API-Schlüssel nicht gespeichert; er wird nie im Klartext geschrieben. Übergeben Sie ihn stattdessen mit --api-key oder OCC_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Occ::Attestation</name>
    <message>
        <source>the attestation report is not CBOR</source>
        <translation>der Attestierungsbericht ist kein CBOR</translation>
    </message>
    <message>
        <source>the attestation report is not a COSE_Sign1 structure</source>
        <translation>der Attestierungsbericht ist keine COSE_Sign1-Struktur</translation>
    </message>
    <message>
        <source>the attestation report&apos;s COSE_Sign1 is incomplete</source>
        <translation>die COSE_Sign1-Struktur des Attestierungsberichts ist unvollständig</translation>
    </message>
    <message>
        <source>the attestation report is not signed with ES384</source>
        <translation>der Attestierungsbericht ist nicht mit ES384 signiert</translation>
    </message>
    <message>
        <source>the attestation document is not a CBOR map</source>
        <translation>das Attestierungsdokument ist keine CBOR-Map</translation>
    </message>
    <message>
        <source>the attestation document&apos;s digest is not SHA384</source>
        <translation>der Hashwert des Attestierungsdokuments ist nicht SHA384</translation>
    </message>
    <message>
        <source>the attestation document has no timestamp</source>
        <translation>das Attestierungsdokument hat keinen Zeitstempel</translation>
    </message>
    <message>
        <source>the attestation document has no PCRs</source>
        <translation>das Attestierungsdokument hat keine PCRs</translation>
    </message>
    <message>
        <source>the attestation document has no 48-byte PCR0</source>
        <translation>das Attestierungsdokument hat kein PCR0 mit 48 Bytes</translation>
    </message>
    <message>
        <source>the attestation document has no certificate</source>
        <translation>das Attestierungsdokument hat kein Zertifikat</translation>
    </message>
    <message>
        <source>the attestation document has no CA bundle</source>
        <translation>das Attestierungsdokument hat kein CA-Bündel</translation>
    </message>
    <message>
        <source>the attestation&apos;s leaf certificate cannot be read</source>
        <translation>das Endzertifikat der Attestierung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the attestation signature is not an ES384 signature</source>
        <translation>die Signatur der Attestierung ist keine ES384-Signatur</translation>
    </message>
    <message>
        <source>the attestation document&apos;s signature does not verify with its certificate</source>
        <translation>die Signatur des Attestierungsdokuments lässt sich mit seinem Zertifikat nicht bestätigen</translation>
    </message>
    <message>
        <source>no attestation root certificate is configured</source>
        <translation>es ist kein Stammzertifikat für Attestierungen konfiguriert</translation>
    </message>
    <message>
        <source>the attestation certificate chain does not verify at the document&apos;s time (%1): %2</source>
        <translation>die Zertifikatskette der Attestierung lässt sich zum Zeitpunkt des Dokuments (%1) nicht bestätigen: %2</translation>
    </message>
    <message>
        <source>the attestation report is not well-formed CBOR</source>
        <translation>der Attestierungsbericht ist kein wohlgeformtes CBOR</translation>
    </message>
</context>
<context>
    <name>Occ::Bundle</name>
    <message>
        <source>%1 is not a usable proof bundle: %2</source>
        <translation>%1 ist kein verwendbares Nachweispaket: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the bundle: %1</source>
        <translation>Das Nachweispaket kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>an entry has an empty name</source>
        <translation>ein Eintrag hat einen leeren Namen</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains a backslash</source>
        <translation>Eintrag &quot;%1&quot; enthält einen Backslash</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has an absolute path</source>
        <translation>Eintrag &quot;%1&quot; hat einen absoluten Pfad</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains a NUL character</source>
        <translation>Eintrag &quot;%1&quot; enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains a &quot;%2&quot; path component</source>
        <translation>Eintrag &quot;%1&quot; enthält einen Pfadbestandteil &quot;%2&quot;</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains an empty path component</source>
        <translation>Eintrag &quot;%1&quot; enthält einen leeren Pfadbestandteil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable file name in a bundle</source>
        <translation>&quot;%1&quot; ist kein verwendbarer Dateiname in einem Nachweispaket</translation>
    </message>
    <message>
        <source>Two files in the batch are named &quot;%1&quot;</source>
        <translation>Zwei Dateien im Stapel heißen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing to put in a bundle</source>
        <translation>Nichts, was in ein Nachweispaket gepackt werden könnte</translation>
    </message>
    <message>
        <source>A single bundle holds exactly one file</source>
        <translation>Ein einzelnes Nachweispaket enthält genau eine Datei</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation>%1 existiert bereits; wird nicht überschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the zip archive %1</source>
        <translation>Das ZIP-Archiv %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The proof for %1 has no artifact digest</source>
        <translation>Der Nachweis für %1 hat keinen Hashwert der Datei</translation>
    </message>
    <message>
        <source>Cannot add %1 to the bundle</source>
        <translation>%1 kann nicht zum Nachweispaket hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 changed after it was hashed: its bytes no longer match the proof, so no bundle was written</source>
        <translation>%1 wurde nach dem Hashen geändert: Die Bytes passen nicht mehr zum Nachweis, daher wurde kein Nachweispaket geschrieben</translation>
    </message>
    <message>
        <source>Cannot add proof.json to the bundle</source>
        <translation>proof.json kann nicht zum Nachweispaket hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot write proof.json into the bundle</source>
        <translation>proof.json kann nicht in das Nachweispaket geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot finish the zip archive %1</source>
        <translation>Das ZIP-Archiv %1 kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>it is not a readable zip archive</source>
        <translation>es ist kein lesbares ZIP-Archiv</translation>
    </message>
    <message>
        <source>its directory cannot be read</source>
        <translation>sein Verzeichnis kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it has more than %1 entries</source>
        <translation>es hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears twice</source>
        <translation>Eintrag &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; differs from another only in case</source>
        <translation>Eintrag &quot;%1&quot; unterscheidet sich von einem anderen nur in der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a symbolic link</source>
        <translation>Eintrag &quot;%1&quot; ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted</source>
        <translation>Eintrag &quot;%1&quot; ist verschlüsselt</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; uses an unsupported compression method</source>
        <translation>Eintrag &quot;%1&quot; verwendet ein nicht unterstütztes Komprimierungsverfahren</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares %2 bytes, over the limit of %3</source>
        <translation>Eintrag &quot;%1&quot; gibt %2 Bytes an, mehr als die Grenze von %3</translation>
    </message>
    <message>
        <source>its directory is damaged</source>
        <translation>sein Verzeichnis ist beschädigt</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is nested too deeply</source>
        <translation>Eintrag &quot;%1&quot; ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>it has no proof.json</source>
        <translation>es enthält keine proof.json</translation>
    </message>
    <message>
        <source>folder &quot;%1&quot; has no proof.json</source>
        <translation>Ordner &quot;%1&quot; enthält keine proof.json</translation>
    </message>
    <message>
        <source>it mixes a single proof with batch folders</source>
        <translation>es mischt einen einzelnen Nachweis mit Stapelordnern</translation>
    </message>
    <message>
        <source>%1 has more than one candidate original (%2)</source>
        <translation>%1 hat mehr als ein mögliches Original (%2)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be found</source>
        <translation>Eintrag &quot;%1&quot; wurde nicht gefunden</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be opened</source>
        <translation>Eintrag &quot;%1&quot; kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Reading the bundle was cancelled</source>
        <translation>Das Lesen des Nachweispakets wurde abgebrochen</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is damaged</source>
        <translation>Eintrag &quot;%1&quot; ist beschädigt</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; holds more than %2 bytes</source>
        <translation>Eintrag &quot;%1&quot; enthält mehr als %2 Bytes</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; fails its CRC check (the archive is corrupt)</source>
        <translation>Eintrag &quot;%1&quot; besteht die CRC-Prüfung nicht (das Archiv ist beschädigt)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; holds %2 bytes but its header says %3</source>
        <translation>Eintrag &quot;%1&quot; enthält %2 Bytes, laut seinem Header aber %3</translation>
    </message>
</context>
<context>
    <name>Occ::ChainAudit</name>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>%1 besteht die Prüfung nicht: %2</translation>
    </message>
    <message>
        <source>%1 and %2 are the same proof</source>
        <translation>%1 und %2 sind derselbe Nachweis</translation>
    </message>
    <message>
        <source>%1 and %2 both start a new epoch after the same predecessor: the single-successor rule is broken</source>
        <translation>%1 und %2 beginnen beide nach demselben Vorgänger eine neue Epoche: Die Regel des einzigen Nachfolgers ist verletzt</translation>
    </message>
    <message>
        <source>%1 and %2 both claim counter %3</source>
        <translation>%1 und %2 beanspruchen beide den Zähler %3</translation>
    </message>
    <message>
        <source>%1 (counter %2) has an earlier time than %3 before it (the signer&apos;s own clock)</source>
        <translation>%1 (Zähler %2) hat eine frühere Zeit als der vorangehende Nachweis %3 (eigene Uhr des Unterzeichners)</translation>
    </message>
    <message>
        <source>%1 and %2 both follow the same predecessor: the chain forked</source>
        <translation>%1 und %2 folgen beide auf denselben Vorgänger: Die Kette hat sich verzweigt</translation>
    </message>
    <message>
        <source>%1 links to %2, a proof of another signer, epoch or chain</source>
        <translation>%1 verweist auf %2, einen Nachweis eines anderen Unterzeichners, einer anderen Epoche oder Kette</translation>
    </message>
    <message>
        <source>The predecessor of %1 (counter %2) is missing, though earlier proofs of this chain are here</source>
        <translation>Der Vorgänger von %1 (Zähler %2) fehlt, obwohl frühere Nachweise dieser Kette vorhanden sind</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes: not a proof</source>
        <translation>%1 ist größer als %2 Bytes: kein Nachweis</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>Occ::CommitClient</name>
    <message>
        <source>The service answered with %1 instead of a list of proofs</source>
        <translation>Der Dienst hat mit %1 statt mit einer Liste von Nachweisen geantwortet</translation>
    </message>
    <message>
        <source>The service returned %1 proofs for %2 digests</source>
        <translation>Der Dienst hat %1 Nachweise für %2 Hashwerte zurückgegeben</translation>
    </message>
    <message>
        <source>Proof %1 from the service is for other bytes than the digest sent in that position; nothing was accepted</source>
        <translation>Nachweis %1 des Dienstes gilt für andere Bytes als der an dieser Position gesendete Hashwert; es wurde nichts angenommen</translation>
    </message>
    <message>
        <source>Proof %1 from the service does not verify (%2); nothing was accepted</source>
        <translation>Nachweis %1 des Dienstes besteht die Prüfung nicht (%2); es wurde nichts angenommen</translation>
    </message>
    <message>
        <source>API key missing or rejected by %1 (HTTP 401)</source>
        <translation>API-Schlüssel fehlt oder wurde von %1 abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 hat mit HTTP %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>Cannot connect to %1: connection refused</source>
        <translation>Keine Verbindung zu %1 möglich: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Cannot find the host %1 (DNS lookup failed)</source>
        <translation>Der Host %1 wurde nicht gefunden (DNS-Abfrage fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering completely</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>TLS failure with %1: %2</source>
        <translation>TLS-Fehler mit %1: %2</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 answered with malformed JSON (%2)</source>
        <translation>%1 hat mit fehlerhaftem JSON geantwortet (%2)</translation>
    </message>
    <message>
        <source>Nothing to commit: no digests</source>
        <translation>Nichts einzureichen: keine Hashwerte</translation>
    </message>
    <message>
        <source>Per-file metadata needs one request per file</source>
        <translation>Metadaten pro Datei erfordern eine Anfrage pro Datei</translation>
    </message>
    <message>
        <source>The service&apos;s challenge is malformed</source>
        <translation>Die Challenge des Dienstes ist fehlerhaft</translation>
    </message>
    <message>
        <source>The service&apos;s /key answer has no publicKeyB64</source>
        <translation>Die /key-Antwort des Dienstes enthält kein publicKeyB64</translation>
    </message>
    <message>
        <source>The service reports it is not healthy</source>
        <translation>Der Dienst meldet, dass er nicht funktionsfähig ist</translation>
    </message>
</context>
<context>
    <name>Occ::Crypto</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Hashing cancelled</source>
        <translation>Hashen abgebrochen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>An Ed25519 seed must be 32 bytes</source>
        <translation>Ein Ed25519-Seed muss 32 Bytes lang sein</translation>
    </message>
    <message>
        <source>trailing data after the public key</source>
        <translation>überzählige Daten nach dem öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>the public key is not an EC key</source>
        <translation>der öffentliche Schlüssel ist kein EC-Schlüssel</translation>
    </message>
    <message>
        <source>the public key is not on curve P-256</source>
        <translation>der öffentliche Schlüssel liegt nicht auf der Kurve P-256</translation>
    </message>
</context>
<context>
    <name>Occ::HashJob</name>
    <message>
        <source>Hashing cancelled</source>
        <translation>Hashen abgebrochen</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>Occ::InputRouter</name>
    <message>
        <source>More than %1 files: the rest were left out</source>
        <translation>Mehr als %1 Dateien: Der Rest wurde ausgelassen</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: not readable</source>
        <translation>%1: nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Occ::JsonParser</name>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation>unerwarteter Inhalt nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>ungültiges Literal</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>Feldname erwartet</translation>
    </message>
    <message>
        <source>ambiguous JSON: a &quot;__proto__&quot; member</source>
        <translation>mehrdeutiges JSON: ein Feld &quot;__proto__&quot;</translation>
    </message>
    <message>
        <source>ambiguous JSON: duplicate member name &quot;%1&quot;</source>
        <translation>mehrdeutiges JSON: doppelter Feldname &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected end of input in an object</source>
        <translation>unerwartetes Ende der Eingabe in einem Objekt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected end of input in an array</source>
        <translation>unerwartetes Ende der Eingabe in einem Array</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated sequence)</source>
        <translation>ungültiges UTF-8 (abgeschnittene Sequenz)</translation>
    </message>
    <message>
        <source>unescaped control character in a string</source>
        <translation>nicht maskiertes Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unexpected end of input in a string</source>
        <translation>unerwartetes Ende der Eingabe in einer Zeichenkette</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>abgeschnittene \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number: digits expected after &apos;.&apos;</source>
        <translation>ungültige Zahl: Ziffern nach &apos;.&apos; erwartet</translation>
    </message>
    <message>
        <source>invalid number: digits expected in the exponent</source>
        <translation>ungültige Zahl: Ziffern im Exponenten erwartet</translation>
    </message>
</context>
<context>
    <name>Occ::Passkey</name>
    <message>
        <source>%1 cannot verify who you are (no PIN, no built-in verification); OCC requires it.</source>
        <translation>%1 kann nicht prüfen, wer Sie sind (keine PIN, keine eingebaute Verifizierung); OCC verlangt das aber.</translation>
    </message>
    <message>
        <source>PIN entry cancelled.</source>
        <translation>PIN-Eingabe abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled at the security key.</source>
        <translation>Am Sicherheitsschlüssel abgebrochen.</translation>
    </message>
    <message>
        <source>The request was refused at %1 (touch declined).</source>
        <translation>%1 hat die Anfrage abgelehnt (Berührung verweigert).</translation>
    </message>
    <message>
        <source>%1 was not touched in time. Try again and touch the key when it blinks.</source>
        <translation>%1 wurde nicht rechtzeitig berührt. Versuchen Sie es erneut und berühren Sie den Schlüssel, wenn er blinkt.</translation>
    </message>
    <message>
        <source>This passkey is not on %1. Use the security key you registered it with.</source>
        <translation>%1 enthält diesen Passkey nicht. Verwenden Sie den Sicherheitsschlüssel, mit dem Sie ihn registriert haben.</translation>
    </message>
    <message>
        <source>%1 needs its PIN for this.</source>
        <translation>%1 braucht dafür seine PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN for %1.</source>
        <translation>Falsche PIN (%1).</translation>
    </message>
    <message>
        <source>The PIN of %1 is blocked after too many wrong tries. The key must be reset with its vendor&apos;s tool (this deletes its passkeys).</source>
        <translation>%1 hat seine PIN nach zu vielen Fehlversuchen gesperrt. Der Schlüssel muss mit dem Werkzeug seines Herstellers zurückgesetzt werden (dabei werden seine Passkeys gelöscht).</translation>
    </message>
    <message>
        <source>%1 refuses more PIN tries until it is unplugged and plugged in again.</source>
        <translation>%1 lehnt weitere PIN-Versuche ab, bis das Gerät abgezogen und wieder eingesteckt wird.</translation>
    </message>
    <message>
        <source>%1 has no PIN. Set one with the vendor&apos;s tool or `fido2-token -S`: OCC requires user verification.</source>
        <translation>%1 hat keine PIN. Legen Sie eine mit dem Werkzeug des Herstellers oder mit `fido2-token -S` fest: OCC verlangt eine Benutzerverifizierung.</translation>
    </message>
    <message>
        <source>Built-in user verification of %1 is blocked; use its PIN.</source>
        <translation>%1 hat seine eingebaute Benutzerverifizierung gesperrt; verwenden Sie stattdessen die PIN.</translation>
    </message>
    <message>
        <source>%1 did not recognise you (user verification failed).</source>
        <translation>%1 hat Sie nicht erkannt (Benutzerverifizierung fehlgeschlagen).</translation>
    </message>
    <message>
        <source>%1 already holds a passkey for this relying party.</source>
        <translation>%1 enthält bereits einen Passkey für diese Relying Party.</translation>
    </message>
    <message>
        <source>%1 cannot make ES256 (P-256) keys, which OCC requires.</source>
        <translation>%1 kann keine Schlüssel vom Typ ES256 (P-256) erzeugen, die OCC aber verlangt.</translation>
    </message>
    <message>
        <source>%1 has no room for another discoverable passkey.</source>
        <translation>%1 hat keinen Platz für einen weiteren auffindbaren Passkey.</translation>
    </message>
    <message>
        <source>Lost contact with %1 (was it unplugged?).</source>
        <translation>%1 ist nicht mehr erreichbar (wurde das Gerät abgezogen?).</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2 (%3).</source>
        <translation>%1 hat mit einem Fehler geantwortet: %2 (%3).</translation>
    </message>
    <message>
        <source>The authenticator returned a public key of %1 bytes (expected 64).</source>
        <translation>Der Authentifikator hat einen öffentlichen Schlüssel mit %1 Bytes zurückgegeben (erwartet: 64).</translation>
    </message>
    <message>
        <source>The authenticator&apos;s public key is not a valid P-256 point.</source>
        <translation>Der öffentliche Schlüssel des Authentifikators ist kein gültiger P-256-Punkt.</translation>
    </message>
    <message>
        <source>The authenticator returned no authenticator data.</source>
        <translation>Der Authentifikator hat keine Authentifikatordaten zurückgegeben.</translation>
    </message>
    <message>
        <source>The authenticator data is truncated.</source>
        <translation>Die Authentifikatordaten sind abgeschnitten.</translation>
    </message>
    <message>
        <source>The authenticator data is malformed.</source>
        <translation>Die Authentifikatordaten sind fehlerhaft.</translation>
    </message>
    <message>
        <source>The authenticator data is too short.</source>
        <translation>Die Authentifikatordaten sind zu kurz.</translation>
    </message>
    <message>
        <source>A passkey entry is not an object.</source>
        <translation>Ein Passkey-Eintrag ist kein Objekt.</translation>
    </message>
    <message>
        <source>The passkey entry “%1” lacks its credential id, key or rpId.</source>
        <translation>Dem Passkey-Eintrag „%1“ fehlt die ID der Anmeldeinformation, der Schlüssel oder die rpId.</translation>
    </message>
    <message>
        <source>The passkey entry “%1” has an invalid public key: %2</source>
        <translation>Der Passkey-Eintrag „%1“ hat einen ungültigen öffentlichen Schlüssel: %2</translation>
    </message>
    <message>
        <source>The passkey entry “%1” has a keyId that is not SHA-256 of its key.</source>
        <translation>Der Passkey-Eintrag „%1“ hat eine keyId, die nicht der SHA-256 seines Schlüssels ist.</translation>
    </message>
    <message>
        <source>basic (not checked against a vendor root)</source>
        <translation>Basis (nicht gegen ein Stammzertifikat des Herstellers geprüft)</translation>
    </message>
    <message>
        <source>self</source>
        <translation>selbst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Authorized by passkey %1</source>
        <translation>Autorisiert durch Passkey %1</translation>
    </message>
    <message>
        <source>Cannot read the passkey list %1: %2</source>
        <translation>Die Passkey-Liste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The passkey list %1 is too large.</source>
        <translation>Die Passkey-Liste %1 ist zu groß.</translation>
    </message>
    <message>
        <source>The passkey list %1 is damaged; it was left as it is.</source>
        <translation>Die Passkey-Liste %1 ist beschädigt; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The passkey list %1 is damaged (%2); it was left as it is.</source>
        <translation>Die Passkey-Liste %1 ist beschädigt (%2); sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>“%1” matches several passkeys; give more of the keyId.</source>
        <translation>„%1“ passt zu mehreren Passkeys; geben Sie mehr von der keyId an.</translation>
    </message>
    <message>
        <source>No registered passkey matches “%1”.</source>
        <translation>Kein registrierter Passkey passt zu „%1“.</translation>
    </message>
    <message>
        <source>This passkey is already registered as “%1”.</source>
        <translation>Dieser Passkey ist bereits als „%1“ registriert.</translation>
    </message>
    <message>
        <source>No registered passkey has that keyId.</source>
        <translation>Kein registrierter Passkey hat diese keyId.</translation>
    </message>
    <message>
        <source>the security key</source>
        <translation>der Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Out of memory listing security keys.</source>
        <translation>Nicht genügend Speicher beim Auflisten der Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>Cannot list security keys: %1</source>
        <translation>Sicherheitsschlüssel können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Out of memory opening a security key.</source>
        <translation>Nicht genügend Speicher beim Öffnen eines Sicherheitsschlüssels.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2 (on Linux, check that a udev rule lets you use security keys).</source>
        <translation>%1 kann nicht geöffnet werden: %2 (prüfen Sie unter Linux, ob eine udev-Regel Ihnen die Nutzung von Sicherheitsschlüsseln erlaubt).</translation>
    </message>
    <message>
        <source>%1 only speaks U2F; passkeys need a FIDO2 security key.</source>
        <translation>%1 beherrscht nur U2F; Passkeys brauchen einen FIDO2-Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>No FIDO2 security key found. Plug one in and try again.</source>
        <translation>Kein FIDO2-Sicherheitsschlüssel gefunden. Stecken Sie einen ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The relying-party id is empty.</source>
        <translation>Die Relying-Party-ID ist leer.</translation>
    </message>
    <message>
        <source>Cannot prepare the passkey request.</source>
        <translation>Die Passkey-Anfrage kann nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 returned a credential that does not verify (%2).</source>
        <translation>%1 hat eine Anmeldeinformation zurückgegeben, deren Prüfung fehlschlägt (%2).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No FIDO2 security key found. Plug in the key that holds this passkey.</source>
        <translation>Kein FIDO2-Sicherheitsschlüssel gefunden. Stecken Sie den Schlüssel ein, auf dem dieser Passkey liegt.</translation>
    </message>
    <message>
        <source>%1 answered for another relying party.</source>
        <translation>%1 hat für eine andere Relying Party geantwortet.</translation>
    </message>
    <message>
        <source>passkey “%1” (%2…)</source>
        <translation>Passkey „%1“ (%2…)</translation>
    </message>
    <message>
        <source>Nothing to authorize.</source>
        <translation>Nichts zu autorisieren.</translation>
    </message>
    <message>
        <source>%1 did not confirm user presence and verification (flags %2).</source>
        <translation>%1 hat Anwesenheit und Verifizierung des Benutzers nicht bestätigt (Flags %2).</translation>
    </message>
    <message>
        <source>The assertion from %1 does not verify with the registered passkey.</source>
        <translation>%1 hat eine Assertion geliefert, die sich mit dem registrierten Passkey nicht prüfen lässt.</translation>
    </message>
    <message>
        <source>Cannot read the actor key %1: %2</source>
        <translation>Der Akteur-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key (or it is encrypted).</source>
        <translation>%1 ist kein privater Schlüssel im PEM-Format (oder er ist verschlüsselt).</translation>
    </message>
    <message>
        <source>%1 is not a P-256 key: %2</source>
        <translation>%1 ist kein P-256-Schlüssel: %2</translation>
    </message>
    <message>
        <source>software key %1…</source>
        <translation>Softwareschlüssel %1…</translation>
    </message>
    <message>
        <source>Signing with the actor key failed.</source>
        <translation>Signieren mit dem Akteur-Schlüssel fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Occ::Proof</name>
    <message>
        <source>The proof is %1 bytes; proofs larger than %2 bytes are not accepted</source>
        <translation>Der Nachweis ist %1 Bytes groß; Nachweise über %2 Bytes werden nicht angenommen</translation>
    </message>
    <message>
        <source>A proof must be a JSON object, not %1</source>
        <translation>Ein Nachweis muss ein JSON-Objekt sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>Occ::ProofLibrary</name>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>Proof library: cannot %1: %2</source>
        <translation>Nachweisbibliothek: Vorgang fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>The proof library is not open</source>
        <translation>Die Nachweisbibliothek ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The proof library has no entry %1</source>
        <translation>Die Nachweisbibliothek hat keinen Eintrag %1</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>die Integritätsprüfung hat kein Ergebnis geliefert</translation>
    </message>
    <message>
        <source>The proof library %1 was written by a newer version of the studio (schema %2; this one reads up to %3)</source>
        <translation>Die Nachweisbibliothek %1 wurde von einer neueren Version des Studios geschrieben (Schema %2; diese Version liest bis Schema %3)</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a proof library</source>
        <translation>es ist eine SQLite-Datenbank, aber keine Nachweisbibliothek</translation>
    </message>
    <message>
        <source>its tables are not those of a proof library (%1)</source>
        <translation>ihre Tabellen sind nicht die einer Nachweisbibliothek (%1)</translation>
    </message>
    <message>
        <source>The proof library %1 cannot be read, and cannot be moved aside to start a new one: %2</source>
        <translation>Die Nachweisbibliothek %1 kann nicht gelesen und auch nicht beiseitegeschoben werden, um eine neue zu beginnen: %2</translation>
    </message>
    <message>
        <source>No proof library file was given</source>
        <translation>Es wurde keine Datei für die Nachweisbibliothek angegeben</translation>
    </message>
    <message>
        <source>The proof library needs the SQLite driver of Qt SQL, which is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>Die Nachweisbibliothek benötigt den SQLite-Treiber von Qt SQL, der nicht installiert ist (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the folder of the proof library %1</source>
        <translation>Der Ordner der Nachweisbibliothek %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>A new proof library at %1 cannot be read back: %2</source>
        <translation>Eine neue Nachweisbibliothek in %1 kann nicht wieder gelesen werden: %2</translation>
    </message>
    <message>
        <source>The proof library %1 could not be read (%2). It was moved aside to %3 and a new, empty library was started; no bundle or proof file was touched.</source>
        <translation>Die Nachweisbibliothek %1 konnte nicht gelesen werden (%2). Sie wurde nach %3 verschoben und eine neue, leere Bibliothek wurde angelegt; kein Nachweispaket und keine Nachweisdatei wurde verändert.</translation>
    </message>
    <message>
        <source>A library entry needs a path</source>
        <translation>Ein Bibliothekseintrag braucht einen Pfad</translation>
    </message>
    <message>
        <source>A library entry needs the SHA-256 of its proof text in hex</source>
        <translation>Ein Bibliothekseintrag braucht den SHA-256 seines Nachweistexts in Hex</translation>
    </message>
    <message>
        <source>The digest of a library entry must be hexadecimal</source>
        <translation>Der Hashwert eines Bibliothekseintrags muss hexadezimal sein</translation>
    </message>
    <message>
        <source>Re-verification cancelled</source>
        <translation>Erneute Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>The bundle %1 is missing: it was moved, renamed or deleted</source>
        <translation>Das Nachweispaket %1 fehlt: Es wurde verschoben, umbenannt oder gelöscht</translation>
    </message>
    <message>
        <source>The proof file %1 is missing: it was moved, renamed or deleted</source>
        <translation>Die Nachweisdatei %1 fehlt: Sie wurde verschoben, umbenannt oder gelöscht</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be read: %2</source>
        <translation>Das Nachweispaket %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The original file %1 is missing: it was moved, renamed or deleted</source>
        <translation>Die Originaldatei %1 fehlt: Sie wurde verschoben, umbenannt oder gelöscht</translation>
    </message>
    <message>
        <source>The proof file %1 cannot be read: %2</source>
        <translation>Die Nachweisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The bundle %1 no longer holds this proof: it was replaced or changed</source>
        <translation>Das Nachweispaket %1 enthält diesen Nachweis nicht mehr: Es wurde ersetzt oder geändert</translation>
    </message>
    <message>
        <source>The proof file %1 no longer holds this proof: it was replaced or changed</source>
        <translation>Die Nachweisdatei %1 enthält diesen Nachweis nicht mehr: Sie wurde ersetzt oder geändert</translation>
    </message>
</context>
<context>
    <name>Occ::ProofVerifier</name>
    <message>
        <source>the proof is intact (proof only: no file was checked against it), but nothing pins who signed it</source>
        <translation>der Nachweis ist intakt (nur Nachweis: Es wurde keine Datei damit abgeglichen), aber nichts legt fest, wer ihn signiert hat</translation>
    </message>
    <message>
        <source>the file matches and the proof is intact, but nothing pins who signed it</source>
        <translation>die Datei passt und der Nachweis ist intakt, aber nichts legt fest, wer ihn signiert hat</translation>
    </message>
    <message>
        <source>the proof is intact and the trust profile pins its signer (proof only: no file was checked against it)</source>
        <translation>der Nachweis ist intakt und das Vertrauensprofil legt seinen Unterzeichner fest (nur Nachweis: Es wurde keine Datei damit abgeglichen)</translation>
    </message>
    <message>
        <source>the file matches, the proof is intact, and the trust profile pins its signer</source>
        <translation>die Datei passt, der Nachweis ist intakt und das Vertrauensprofil legt seinen Unterzeichner fest</translation>
    </message>
    <message>
        <source>Not checked: the proof&apos;s structure is invalid</source>
        <translation>Nicht geprüft: Der Aufbau des Nachweises ist ungültig</translation>
    </message>
    <message>
        <source>Well-formed occ/1 proof</source>
        <translation>Wohlgeformter occ/1-Nachweis</translation>
    </message>
    <message>
        <source>proof must be an object</source>
        <translation>proof muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unsupported proof version: </source>
        <translation>nicht unterstützte Nachweisversion: </translation>
    </message>
    <message>
        <source>proof.artifact is missing or not an object</source>
        <translation>proof.artifact fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>unsupported hashAlg: </source>
        <translation>nicht unterstützter hashAlg: </translation>
    </message>
    <message>
        <source>proof.artifact.digestB64 must be a non-empty string</source>
        <translation>proof.artifact.digestB64 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>proof.commit is missing or not an object</source>
        <translation>proof.commit fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>proof.commit.nonceB64 must be a non-empty string</source>
        <translation>proof.commit.nonceB64 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>proof.commit.counter must be a string when present</source>
        <translation>proof.commit.counter muss, falls vorhanden, eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>proof.commit.time must be a non-negative finite number when present</source>
        <translation>proof.commit.time muss, falls vorhanden, eine nicht negative endliche Zahl sein</translation>
    </message>
    <message>
        <source>proof.commit.prevB64 must be a string when present</source>
        <translation>proof.commit.prevB64 muss, falls vorhanden, eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>proof.commit.epochId must be a string when present</source>
        <translation>proof.commit.epochId muss, falls vorhanden, eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>proof.signer is missing or not an object</source>
        <translation>proof.signer fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>proof.signer.publicKeyB64 must be a non-empty string</source>
        <translation>proof.signer.publicKeyB64 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>proof.signer.signatureB64 must be a non-empty string</source>
        <translation>proof.signer.signatureB64 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>proof.environment is missing or not an object</source>
        <translation>proof.environment fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>proof.environment.enforcement must be one of: stub, hw-key, measured-tee</source>
        <translation>proof.environment.enforcement muss einer dieser Werte sein: stub, hw-key, measured-tee</translation>
    </message>
    <message>
        <source>proof.environment.measurement must be a non-empty string</source>
        <translation>proof.environment.measurement muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>proof.environment.attestation must be an object when present</source>
        <translation>proof.environment.attestation muss, falls vorhanden, ein Objekt sein</translation>
    </message>
    <message>
        <source>proof.environment.attestation.format must be a non-empty string</source>
        <translation>proof.environment.attestation.format muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>proof.environment.attestation.reportB64 must be a non-empty string</source>
        <translation>proof.environment.attestation.reportB64 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>proof.commit.counter &quot;%1&quot; is not a canonical decimal (digits only, no sign, no leading zeros)</source>
        <translation>proof.commit.counter &quot;%1&quot; ist keine kanonische Dezimalzahl (nur Ziffern, kein Vorzeichen, keine führenden Nullen)</translation>
    </message>
    <message>
        <source>proof.commit.nonceB64 must be canonical base64 of at least 16 bytes</source>
        <translation>proof.commit.nonceB64 muss kanonisches Base64 mit mindestens 16 Bytes sein</translation>
    </message>
    <message>
        <source>proof.commit.prevB64 must be canonical base64 of 32 bytes (SHA-256)</source>
        <translation>proof.commit.prevB64 muss kanonisches Base64 mit 32 Bytes sein (SHA-256)</translation>
    </message>
    <message>
        <source>proof.commit.slotCounter must be a canonical decimal string</source>
        <translation>proof.commit.slotCounter muss eine kanonische Dezimalzeichenkette sein</translation>
    </message>
    <message>
        <source>commit.slotHashB64 is not valid base64</source>
        <translation>commit.slotHashB64 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>commit.slotHashB64 must decode to 32 bytes (SHA-256)</source>
        <translation>commit.slotHashB64 muss dekodiert 32 Bytes ergeben (SHA-256)</translation>
    </message>
    <message>
        <source>proof.commit.chainId must be a non-empty string when present</source>
        <translation>proof.commit.chainId muss, falls vorhanden, eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>artifact.digestB64 is not valid base64</source>
        <translation>artifact.digestB64 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>artifact.digestB64 decodes to %1 bytes; expected 32 (SHA-256)</source>
        <translation>artifact.digestB64 ergibt dekodiert %1 Bytes; erwartet: 32 (SHA-256)</translation>
    </message>
    <message>
        <source>Proof only: no file was given, so nothing shows which bytes this proof is for</source>
        <translation>Nur Nachweis: Es wurde keine Datei angegeben, daher zeigt nichts, für welche Bytes dieser Nachweis gilt</translation>
    </message>
    <message>
        <source>artifact digest mismatch: the provided bytes do not match the committed digest</source>
        <translation>Hashwert der Datei stimmt nicht überein: Die angegebenen Bytes passen nicht zum eingereichten Hashwert</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 equals artifact.digestB64 (%1)</source>
        <translation>Der SHA-256 der Datei entspricht artifact.digestB64 (%1)</translation>
    </message>
    <message>
        <source>signer.publicKeyB64 is not valid base64</source>
        <translation>signer.publicKeyB64 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>signer.publicKeyB64 decodes to %1 bytes; expected 32 (Ed25519)</source>
        <translation>signer.publicKeyB64 ergibt dekodiert %1 Bytes; erwartet: 32 (Ed25519)</translation>
    </message>
    <message>
        <source>the signed body cannot be built from this proof</source>
        <translation>der signierte Inhalt kann aus diesem Nachweis nicht erstellt werden</translation>
    </message>
    <message>
        <source>signer.signatureB64 is not valid base64</source>
        <translation>signer.signatureB64 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>signer.signatureB64 decodes to %1 bytes; expected 64 (Ed25519)</source>
        <translation>signer.signatureB64 ergibt dekodiert %1 Bytes; erwartet: 64 (Ed25519)</translation>
    </message>
    <message>
        <source>signature verification failed: signature does not match</source>
        <translation>Signaturprüfung fehlgeschlagen: Die Signatur passt nicht</translation>
    </message>
    <message>
        <source> (the signed body includes principal)</source>
        <translation> (der signierte Inhalt umfasst principal)</translation>
    </message>
    <message>
        <source>Ed25519 signature by key %1 covers the signed body%2</source>
        <translation>Die Ed25519-Signatur mit dem Schlüssel %1 deckt den signierten Inhalt ab%2</translation>
    </message>
    <message>
        <source>No actor: no passkey or device key authorized this commit</source>
        <translation>Kein Akteur: Kein Passkey und kein Geräteschlüssel hat diesen Commit autorisiert</translation>
    </message>
    <message>
        <source>commit.slotHashB64 names a causal slot, but the slotAllocation record is missing, so the slot cannot be checked</source>
        <translation>commit.slotHashB64 nennt einen kausalen Slot, aber der Datensatz slotAllocation fehlt, daher kann der Slot nicht geprüft werden</translation>
    </message>
    <message>
        <source>No causal slot allocation</source>
        <translation>Keine Vergabe eines kausalen Slots</translation>
    </message>
    <message>
        <source>slotAllocation must be an object when present</source>
        <translation>slotAllocation muss, falls vorhanden, ein Objekt sein</translation>
    </message>
    <message>
        <source>slotAllocation.version must be &quot;occ/slot/1&quot;, got &quot;%1&quot;</source>
        <translation>slotAllocation.version muss &quot;occ/slot/1&quot; sein, ist aber &quot;%1&quot;</translation>
    </message>
    <message>
        <source>slotAllocation.nonceB64 must be a non-empty string</source>
        <translation>slotAllocation.nonceB64 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>slotAllocation.counter must be a non-empty string</source>
        <translation>slotAllocation.counter muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>slotAllocation.time must be a non-negative finite number</source>
        <translation>slotAllocation.time muss eine nicht negative endliche Zahl sein</translation>
    </message>
    <message>
        <source>slotAllocation.epochId must be a non-empty string</source>
        <translation>slotAllocation.epochId muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>slotAllocation.publicKeyB64 must be a non-empty string</source>
        <translation>slotAllocation.publicKeyB64 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>slotAllocation.signatureB64 must be a non-empty string</source>
        <translation>slotAllocation.signatureB64 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>slotAllocation.counter &quot;%1&quot; is not a canonical decimal</source>
        <translation>slotAllocation.counter &quot;%1&quot; ist keine kanonische Dezimalzahl</translation>
    </message>
    <message>
        <source>slotAllocation.chainId must be a string when present</source>
        <translation>slotAllocation.chainId muss, falls vorhanden, eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>slotAllocation contains invalid base64</source>
        <translation>slotAllocation enthält ungültiges Base64</translation>
    </message>
    <message>
        <source>slotAllocation.signatureB64 decodes to %1 bytes; expected 64 (Ed25519)</source>
        <translation>slotAllocation.signatureB64 ergibt dekodiert %1 Bytes; erwartet: 64 (Ed25519)</translation>
    </message>
    <message>
        <source>slotAllocation.publicKeyB64 decodes to %1 bytes; expected 32 (Ed25519)</source>
        <translation>slotAllocation.publicKeyB64 ergibt dekodiert %1 Bytes; erwartet: 32 (Ed25519)</translation>
    </message>
    <message>
        <source>slotAllocation signature verification failed</source>
        <translation>Prüfung der Signatur von slotAllocation fehlgeschlagen</translation>
    </message>
    <message>
        <source>commit.slotHashB64 must be present when slotAllocation is present</source>
        <translation>commit.slotHashB64 muss vorhanden sein, wenn slotAllocation vorhanden ist</translation>
    </message>
    <message>
        <source>slot hash over the slot body</source>
        <translation>Slot-Hashwert über den Slot-Inhalt</translation>
    </message>
    <message>
        <source>commit.slotHashB64 does not match SHA-256 of canonical slot body — slot binding broken</source>
        <translation>commit.slotHashB64 entspricht nicht dem SHA-256 des kanonischen Slot-Inhalts — Slot-Bindung gebrochen</translation>
    </message>
    <message>
        <source>slot hash over the slot body without chainId (March 2026 enclaves)</source>
        <translation>Slot-Hashwert über den Slot-Inhalt ohne chainId (Enclaves vom März 2026)</translation>
    </message>
    <message>
        <source>slotAllocation.nonceB64 does not match commit.nonceB64</source>
        <translation>slotAllocation.nonceB64 stimmt nicht mit commit.nonceB64 überein</translation>
    </message>
    <message>
        <source>commit.slotCounter must be present when slotAllocation is present</source>
        <translation>commit.slotCounter muss vorhanden sein, wenn slotAllocation vorhanden ist</translation>
    </message>
    <message>
        <source>commit.slotCounter does not match slotAllocation.counter</source>
        <translation>commit.slotCounter stimmt nicht mit slotAllocation.counter überein</translation>
    </message>
    <message>
        <source>commit.counter must be present for slot ordering verification</source>
        <translation>commit.counter muss für die Prüfung der Slot-Reihenfolge vorhanden sein</translation>
    </message>
    <message>
        <source>slotAllocation.counter (%1) must be less than commit.counter (%2)</source>
        <translation>slotAllocation.counter (%1) muss kleiner als commit.counter (%2) sein</translation>
    </message>
    <message>
        <source>slotAllocation.publicKeyB64 does not match signer.publicKeyB64 — different enclave</source>
        <translation>slotAllocation.publicKeyB64 stimmt nicht mit signer.publicKeyB64 überein — andere Enclave</translation>
    </message>
    <message>
        <source>slotAllocation.epochId does not match commit.epochId — different lifecycle</source>
        <translation>slotAllocation.epochId stimmt nicht mit commit.epochId überein — anderer Lebenszyklus</translation>
    </message>
    <message>
        <source>slotAllocation.chainId does not match commit.chainId</source>
        <translation>slotAllocation.chainId stimmt nicht mit commit.chainId überein</translation>
    </message>
    <message>
        <source>Slot %1 allocated before commit %2, signed by the same key (%3)</source>
        <translation>Slot %1 wurde vor Commit %2 vergeben, signiert mit demselben Schlüssel (%3)</translation>
    </message>
    <message>
        <source>epochLink.%1 must be a non-empty string</source>
        <translation>epochLink.%1 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>epochLink.prevCounter &quot;%1&quot; is not a canonical decimal</source>
        <translation>epochLink.prevCounter &quot;%1&quot; ist keine kanonische Dezimalzahl</translation>
    </message>
    <message>
        <source>epochLink.toEpochId &quot;%1&quot; does not match proof commit.epochId &quot;%2&quot; — successor binding broken</source>
        <translation>epochLink.toEpochId &quot;%1&quot; stimmt nicht mit commit.epochId &quot;%2&quot; des Nachweises überein — Nachfolger-Bindung gebrochen</translation>
    </message>
    <message>
        <source>epochLink.toPublicKeyB64 does not match proof signer.publicKeyB64 — successor binding broken</source>
        <translation>epochLink.toPublicKeyB64 stimmt nicht mit signer.publicKeyB64 des Nachweises überein — Nachfolger-Bindung gebrochen</translation>
    </message>
    <message>
        <source>epochLink.prevEpochId equals toEpochId — epoch link must cross epoch boundary</source>
        <translation>epochLink.prevEpochId ist gleich toEpochId — eine Epochenverknüpfung muss eine Epochengrenze überschreiten</translation>
    </message>
    <message>
        <source>epochLink.prevPublicKeyB64 equals toPublicKeyB64 — epochs must have different keys</source>
        <translation>epochLink.prevPublicKeyB64 ist gleich toPublicKeyB64 — Epochen müssen verschiedene Schlüssel haben</translation>
    </message>
    <message>
        <source>FORK DETECTED: predecessor (epoch=%1..., counter=%2) already consumed by epoch %3..., but this proof claims consumption by epoch %4... — single-successor invariant violated</source>
        <translation>VERZWEIGUNG (FORK) ERKANNT: Der Vorgänger (epoch=%1..., counter=%2) wurde bereits von Epoche %3... verbraucht, aber dieser Nachweis beansprucht ihn für Epoche %4... — Invariante des einzigen Nachfolgers verletzt</translation>
    </message>
    <message>
        <source>First proof of epoch %1… after epoch %2… (counter %3)</source>
        <translation>Erster Nachweis der Epoche %1… nach Epoche %2… (Zähler %3)</translation>
    </message>
    <message>
        <source>Attestation format &quot;%1&quot; is not supported here, so it was not checked; the measurement is only the signer&apos;s own claim</source>
        <translation>Das Attestierungsformat &quot;%1&quot; wird hier nicht unterstützt und wurde daher nicht geprüft; der Messwert ist nur eine Behauptung des Unterzeichners selbst</translation>
    </message>
    <message>
        <source>The AWS Nitro attestation cannot be verified: %1. The measurement is only the signer&apos;s own claim.</source>
        <translation>Die AWS-Nitro-Attestierung kann nicht geprüft werden: %1. Der Messwert ist nur eine Behauptung des Unterzeichners selbst.</translation>
    </message>
    <message>
        <source>environment.attestation.reportB64 is not valid base64</source>
        <translation>environment.attestation.reportB64 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>its PCR0 %1… is not environment.measurement</source>
        <translation>ihr PCR0 %1… ist nicht environment.measurement</translation>
    </message>
    <message>
        <source>the signed body without attestationFormat (enclaves before 2026-03-31)</source>
        <translation>den signierten Inhalt ohne attestationFormat (Enclaves vor dem 2026-03-31)</translation>
    </message>
    <message>
        <source>exactly the signed bytes</source>
        <translation>genau die signierten Bytes</translation>
    </message>
    <message>
        <source>its user_data is not the hash of this proof&apos;s signed body, so it attests some other commit</source>
        <translation>ihr user_data ist nicht der Hashwert des signierten Inhalts dieses Nachweises, sie attestiert also einen anderen Commit</translation>
    </message>
    <message>
        <source>AWS Nitro attestation verified: the document chains to %1 at its own time %2 (the AWS Nitro clock), module %3, PCR0 equals the measurement, and user_data binds this proof (hash of %4)</source>
        <translation>AWS-Nitro-Attestierung geprüft: Die Zertifikatskette des Dokuments führt zu seiner eigenen Zeit %2 (Uhr von AWS Nitro) zu %1, Modul %3, PCR0 entspricht dem Messwert, und user_data bindet diesen Nachweis (Hashwert über %4)</translation>
    </message>
    <message>
        <source>. But its PCRs are all zero: a debug-mode enclave, whose memory the host can read</source>
        <translation>. Aber alle ihre PCRs sind null: eine Enclave im Debug-Modus, deren Speicher der Host lesen kann</translation>
    </message>
    <message>
        <source>The timestamp token is not valid base64; its time is not evidence</source>
        <translation>Das Zeitstempel-Token ist kein gültiges Base64; seine Zeitangabe ist kein Beleg</translation>
    </message>
    <message>
        <source>The RFC 3161 timestamp cannot be verified: %1. Its time is not evidence.</source>
        <translation>Der Zeitstempel nach RFC 3161 kann nicht geprüft werden: %1. Seine Zeitangabe ist kein Beleg.</translation>
    </message>
    <message>
        <source>the artifact digest</source>
        <translation>den Hashwert der Datei</translation>
    </message>
    <message>
        <source>the proofCore digest</source>
        <translation>den proofCore-Hashwert</translation>
    </message>
    <message>
        <source> (the unsigned &quot;time&quot; member says %1: ignore it)</source>
        <translation> (das unsignierte Feld &quot;time&quot; nennt %1: ignorieren Sie es)</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp: %1 saw %2 at %3 (third-party time, TSA trusted by the profile)%4</source>
        <translation>Zeitstempel nach RFC 3161: %1 hat %2 zum Zeitpunkt %3 gesehen (Zeit eines Dritten, TSA vom Profil als vertrauenswürdig eingestuft)%4</translation>
    </message>
    <message>
        <source>Intact RFC 3161 timestamp of %1 at %2 by %3, but the TSA is not trusted (%4), so the time is not evidence%5</source>
        <translation>Intakter Zeitstempel nach RFC 3161 für %1 zum Zeitpunkt %2 von %3, aber die TSA ist nicht vertrauenswürdig (%4), daher ist die Zeitangabe kein Beleg%5</translation>
    </message>
    <message>
        <source>enforcement tier &quot;%1&quot; does not meet required tier &quot;%2&quot;</source>
        <translation>Schutzstufe &quot;%1&quot; erfüllt nicht die erforderliche Schutzstufe &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Enforcement tier is %1 (self-reported, signed)</source>
        <translation>Die Schutzstufe ist %1 (Selbstauskunft, signiert)</translation>
    </message>
    <message>
        <source>measurement &quot;%1&quot; is not in the allowed set</source>
        <translation>Messwert &quot;%1&quot; gehört nicht zu den zulässigen Werten</translation>
    </message>
    <message>
        <source>Measurement is in the allowed set</source>
        <translation>Der Messwert gehört zu den zulässigen Werten</translation>
    </message>
    <message>
        <source>proof public key is not in the allowed set</source>
        <translation>der öffentliche Schlüssel des Nachweises gehört nicht zu den zulässigen Schlüsseln</translation>
    </message>
    <message>
        <source>Signer key %1 is in the allowed set</source>
        <translation>Der Schlüssel %1 des Unterzeichners gehört zu den zulässigen Schlüsseln</translation>
    </message>
    <message>
        <source>policy requires attestation but proof has none</source>
        <translation>das Vertrauensprofil verlangt eine Attestierung, aber der Nachweis hat keine</translation>
    </message>
    <message>
        <source>policy requires a verified attestation, but %1</source>
        <translation>das Vertrauensprofil verlangt eine geprüfte Attestierung, aber %1</translation>
    </message>
    <message>
        <source>this one was not verified</source>
        <translation>diese wurde nicht geprüft</translation>
    </message>
    <message>
        <source>The attestation is present and verified</source>
        <translation>Die Attestierung ist vorhanden und geprüft</translation>
    </message>
    <message>
        <source>policy requires attestation format but proof has no attestation</source>
        <translation>das Vertrauensprofil verlangt ein Attestierungsformat, aber der Nachweis hat keine Attestierung</translation>
    </message>
    <message>
        <source>attestation format &quot;%1&quot; is not in the required set</source>
        <translation>Attestierungsformat &quot;%1&quot; gehört nicht zu den verlangten Formaten</translation>
    </message>
    <message>
        <source>Attestation format %1 is allowed</source>
        <translation>Attestierungsformat %1 ist zulässig</translation>
    </message>
    <message>
        <source>policy requires a counter but proof has none</source>
        <translation>das Vertrauensprofil verlangt einen Zähler, aber der Nachweis hat keinen</translation>
    </message>
    <message>
        <source>counter %1 is below minimum %2</source>
        <translation>Zähler %1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>Counter %1 is at least %2</source>
        <translation>Zähler %1 ist mindestens %2</translation>
    </message>
    <message>
        <source>counter %1 is above maximum %2</source>
        <translation>Zähler %1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>Counter %1 is at most %2</source>
        <translation>Zähler %1 ist höchstens %2</translation>
    </message>
    <message>
        <source>policy requires a time field but proof has none</source>
        <translation>das Vertrauensprofil verlangt ein Zeitfeld, aber der Nachweis hat keines</translation>
    </message>
    <message>
        <source>commit time %1 is before minimum %2</source>
        <translation>Commit-Zeitpunkt %1 liegt vor dem Minimum %2</translation>
    </message>
    <message>
        <source>Commit time %1 (the signer&apos;s own clock) is not before %2</source>
        <translation>Commit-Zeitpunkt %1 (eigene Uhr des Unterzeichners) liegt nicht vor %2</translation>
    </message>
    <message>
        <source>commit time %1 is after maximum %2</source>
        <translation>Commit-Zeitpunkt %1 liegt nach dem Maximum %2</translation>
    </message>
    <message>
        <source>Commit time %1 (the signer&apos;s own clock) is not after %2</source>
        <translation>Commit-Zeitpunkt %1 (eigene Uhr des Unterzeichners) liegt nicht nach %2</translation>
    </message>
    <message>
        <source>policy requires epochId but proof has none</source>
        <translation>das Vertrauensprofil verlangt epochId, aber der Nachweis hat keine</translation>
    </message>
    <message>
        <source>policy requires actor (agency) but proof has none</source>
        <translation>das Vertrauensprofil verlangt einen Akteur (agency), aber der Nachweis hat keinen</translation>
    </message>
    <message>
        <source>An actor authorized the commit</source>
        <translation>Ein Akteur hat den Commit autorisiert</translation>
    </message>
    <message>
        <source>policy requires allowed actor key ID but proof has no agency</source>
        <translation>das Vertrauensprofil verlangt eine zulässige Akteur-Schlüssel-ID, aber der Nachweis hat kein Feld agency</translation>
    </message>
    <message>
        <source>actor key ID is not in the allowed set</source>
        <translation>die Akteur-Schlüssel-ID gehört nicht zu den zulässigen IDs</translation>
    </message>
    <message>
        <source>Actor key is in the allowed set</source>
        <translation>Der Akteur-Schlüssel gehört zu den zulässigen Schlüsseln</translation>
    </message>
    <message>
        <source>policy requires allowed actor provider but proof has no agency</source>
        <translation>das Vertrauensprofil verlangt einen zulässigen Akteur-Anbieter, aber der Nachweis hat kein Feld agency</translation>
    </message>
    <message>
        <source>actor provider &quot;%1&quot; is not in the allowed set</source>
        <translation>Akteur-Anbieter &quot;%1&quot; gehört nicht zu den zulässigen Anbietern</translation>
    </message>
    <message>
        <source>Actor provider %1 is allowed</source>
        <translation>Akteur-Anbieter %1 ist zulässig</translation>
    </message>
    <message>
        <source>policy requires slotAllocation (OCC causal slot) but proof has none</source>
        <translation>das Vertrauensprofil verlangt slotAllocation (kausaler OCC-Slot), aber der Nachweis hat keine</translation>
    </message>
    <message>
        <source>A causal slot allocation is present</source>
        <translation>Eine Vergabe eines kausalen Slots ist vorhanden</translation>
    </message>
    <message>
        <source>policy requires a verified WebAuthn actor (allowedRpIds) but proof has none</source>
        <translation>das Vertrauensprofil verlangt einen geprüften WebAuthn-Akteur (allowedRpIds), aber der Nachweis hat keinen</translation>
    </message>
    <message>
        <source>the passkey&apos;s relying party (rpIdHash) is none of the allowed rpIds</source>
        <translation>die Relying Party des Passkeys (rpIdHash) ist keine der zulässigen rpIds</translation>
    </message>
    <message>
        <source>The passkey belongs to relying party %1</source>
        <translation>Der Passkey gehört zur Relying Party %1</translation>
    </message>
    <message>
        <source>No trust profile: nothing pins who signed this proof. It shows that the holder of the key in the proof signed it, and anyone can make such a key.</source>
        <translation>Kein Vertrauensprofil: Nichts legt fest, wer diesen Nachweis signiert hat. Er zeigt, dass der Inhaber des Schlüssels im Nachweis ihn signiert hat, und jeder kann einen solchen Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is pinned by the trust profile%1</source>
        <translation>Der Schlüssel des Unterzeichners ist im Vertrauensprofil festgelegt%1</translation>
    </message>
    <message>
        <source>The enclave measurement is pinned by the trust profile%1 and confirmed by a verified AWS Nitro attestation</source>
        <translation>Der Enclave-Messwert ist im Vertrauensprofil%1 festgelegt und durch eine geprüfte AWS-Nitro-Attestierung bestätigt</translation>
    </message>
    <message>
        <source>The measurement matches the trust profile, but no verified attestation backs it, so it is only the signer&apos;s own claim. Pin a public key, or verify the attestation, to trust this signer.</source>
        <translation>Der Messwert passt zum Vertrauensprofil, wird aber von keiner geprüften Attestierung gestützt und ist daher nur eine Behauptung des Unterzeichners selbst. Legen Sie einen öffentlichen Schlüssel fest oder prüfen Sie die Attestierung, um diesem Unterzeichner zu vertrauen.</translation>
    </message>
    <message>
        <source>The trust profile&apos;s constraints hold, but it pins no signer (no allowedPublicKeys or allowedMeasurements)</source>
        <translation>Die Bedingungen des Vertrauensprofils sind erfüllt, aber es legt keinen Unterzeichner fest (weder allowedPublicKeys noch allowedMeasurements)</translation>
    </message>
    <message>
        <source>Not checked: the proof is not usable JSON</source>
        <translation>Nicht geprüft: Der Nachweis ist kein verwendbares JSON</translation>
    </message>
    <message>
        <source>Valid UTF-8 JSON with no ambiguous members</source>
        <translation>Gültiges UTF-8-JSON ohne mehrdeutige Felder</translation>
    </message>
</context>
<context>
    <name>Occ::SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Occ::StampJob</name>
    <message numerus="yes">
        <source>Hashing %n file(s) on this computer…</source>
        <translation>
            <numerusform>%n Datei wird auf diesem Computer gehasht…</numerusform>
            <numerusform>%n Dateien werden auf diesem Computer gehasht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing %n digest(s) with the embedded stub signer…</source>
        <translation>
            <numerusform>%n Hashwert wird mit dem eingebetteten Stub-Unterzeichner signiert…</numerusform>
            <numerusform>%n Hashwerte werden mit dem eingebetteten Stub-Unterzeichner signiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committing %n digest(s) to %1…</source>
        <translation>
            <numerusform>%n Hashwert wird bei %1 eingereicht…</numerusform>
            <numerusform>%n Hashwerte werden bei %1 eingereicht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Committing %1 to %2…</source>
        <translation>%1 wird bei %2 eingereicht…</translation>
    </message>
    <message>
        <source>the embedded stub signer</source>
        <translation>der eingebettete Stub-Unterzeichner</translation>
    </message>
    <message>
        <source>Requesting RFC 3161 timestamps for %1 from %2…</source>
        <translation>Zeitstempel nach RFC 3161 für %1 werden bei %2 angefordert…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n bundle(s) to %1…</source>
        <translation>
            <numerusform>%n Nachweispaket wird in %1 geschrieben…</numerusform>
            <numerusform>%n Nachweispakete werden in %1 geschrieben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stamped %1 of %n file(s)</source>
        <translation>
            <numerusform>%1 von %n Datei gestempelt</numerusform>
            <numerusform>%1 von %n Dateien gestempelt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it was committed</source>
        <translation>Vor dem Einreichen abgebrochen</translation>
    </message>
    <message>
        <source>%1 key %2… (%3, measurement %4)</source>
        <translation>%1, Schlüssel %2… (%3, Messwert %4)</translation>
    </message>
    <message>
        <source>Cannot create the destination folder %1</source>
        <translation>Der Zielordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Not committed: another file of the batch could not be read</source>
        <translation>Nicht eingereicht: Eine andere Datei des Stapels konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not committed: %1</source>
        <translation>Nicht eingereicht: %1</translation>
    </message>
    <message>
        <source>no timestamp, so nothing written: %1</source>
        <translation>kein Zeitstempel, daher wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>written without a timestamp: %1</source>
        <translation>ohne Zeitstempel geschrieben: %1</translation>
    </message>
    <message>
        <source>Not written: another file of the batch has no proof</source>
        <translation>Nicht geschrieben: Eine andere Datei des Stapels hat keinen Nachweis</translation>
    </message>
    <message>
        <source>Waiting for the authorization of %1…</source>
        <translation>Autorisierung durch %1 wird erwartet…</translation>
    </message>
    <message>
        <source>Asking %1 for a challenge…</source>
        <translation>Challenge wird bei %1 angefragt…</translation>
    </message>
    <message>
        <source>Cannot write into the destination folder %1: %2</source>
        <translation>In den Zielordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Occ::StubSigner</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>is not valid JSON (it may be truncated or corrupt)</source>
        <translation>ist kein gültiges JSON (sie ist möglicherweise abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>has an unknown format</source>
        <translation>hat ein unbekanntes Format</translation>
    </message>
    <message>
        <source>has no valid key</source>
        <translation>enthält keinen gültigen Schlüssel</translation>
    </message>
    <message>
        <source>has a public key that does not match its seed</source>
        <translation>hat einen öffentlichen Schlüssel, der nicht zu ihrem Seed passt</translation>
    </message>
    <message>
        <source>has no epochId</source>
        <translation>hat keine epochId</translation>
    </message>
    <message>
        <source>has no chains</source>
        <translation>hat keine Ketten</translation>
    </message>
    <message>
        <source>has an invalid counter for chain &quot;%1&quot;</source>
        <translation>hat einen ungültigen Zähler für die Kette &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Too many pending challenges; try again later</source>
        <translation>Zu viele offene Challenges; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>challenge not found or expired</source>
        <translation>Challenge nicht gefunden oder abgelaufen</translation>
    </message>
    <message>
        <source>authorization timestamp too far from current time</source>
        <translation>Zeitangabe der Autorisierung liegt zu weit von der aktuellen Zeit entfernt</translation>
    </message>
    <message>
        <source>authorization.artifactHash does not match committed digest</source>
        <translation>authorization.artifactHash stimmt nicht mit dem eingereichten Hashwert überein</translation>
    </message>
    <message>
        <source>batchContext.batchDigests must list exactly the committed digests, in order</source>
        <translation>batchContext.batchDigests muss genau die eingereichten Hashwerte in ihrer Reihenfolge auflisten</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The stub signer&apos;s state %1 is locked by another process</source>
        <translation>Der Zustand %1 des Stub-Unterzeichners ist durch einen anderen Prozess gesperrt</translation>
    </message>
    <message>
        <source>Nothing to commit: no digests</source>
        <translation>Nichts einzureichen: keine Hashwerte</translation>
    </message>
    <message>
        <source>Per-file metadata does not match the digests</source>
        <translation>Die Metadaten pro Datei passen nicht zu den Hashwerten</translation>
    </message>
    <message>
        <source>A SHA-256 digest must be 32 bytes</source>
        <translation>Ein SHA-256-Hashwert muss 32 Bytes lang sein</translation>
    </message>
    <message>
        <source>The stub signer&apos;s state file was replaced by another identity</source>
        <translation>Die Zustandsdatei des Stub-Unterzeichners wurde durch eine andere Identität ersetzt</translation>
    </message>
    <message>
        <source>The counter is exhausted</source>
        <translation>Der Zähler ist erschöpft</translation>
    </message>
    <message>
        <source>The stub signer made a proof that does not verify (%1); nothing was returned</source>
        <translation>Der Stub-Unterzeichner hat einen Nachweis erstellt, der die Prüfung nicht besteht (%1); es wurde nichts zurückgegeben</translation>
    </message>
    <message>
        <source>Cannot use the stub signer&apos;s state %1: %2</source>
        <translation>Der Zustand %1 des Stub-Unterzeichners kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The stub signer&apos;s state file %1 %2. It was left untouched; move it away with its journal to start a new identity (proofs it made stay verifiable).</source>
        <translation>Die Zustandsdatei %1 des Stub-Unterzeichners %2. Sie wurde nicht verändert; verschieben Sie sie samt ihrem Journal, um eine neue Identität zu beginnen (damit erstellte Nachweise bleiben prüfbar).</translation>
    </message>
    <message>
        <source>has an invalid journalGeneration</source>
        <translation>hat eine ungültige journalGeneration</translation>
    </message>
    <message>
        <source>The stub signer&apos;s journal %1 %2. It was left untouched.</source>
        <translation>Das Journal %1 des Stub-Unterzeichners %2. Es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read the stub signer&apos;s journal %1: %2</source>
        <translation>Das Journal %1 des Stub-Unterzeichners kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the stub signer&apos;s journal %1: %2</source>
        <translation>Das Journal %1 des Stub-Unterzeichners kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>keeps its newest counters in %1, which is missing</source>
        <translation>führt ihre neuesten Zähler in %1, und diese Datei fehlt</translation>
    </message>
    <message>
        <source>belongs to another identity than %1</source>
        <translation>gehört zu einer anderen Identität als %1</translation>
    </message>
    <message>
        <source>has no valid header</source>
        <translation>hat keinen gültigen Kopf</translation>
    </message>
    <message>
        <source>has a record that cannot be read</source>
        <translation>enthält einen Eintrag, der nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>holds counters, but its state file %1 is missing; put the state file back, or move the journal away too to start a new identity</source>
        <translation>enthält Zähler, aber seine Zustandsdatei %1 fehlt; legen Sie die Zustandsdatei zurück, oder verschieben Sie auch das Journal, um eine neue Identität zu beginnen</translation>
    </message>
</context>
<context>
    <name>Occ::TimestampToken</name>
    <message>
        <source>the token is not a DER TimeStampToken</source>
        <translation>das Token ist kein DER-TimeStampToken</translation>
    </message>
    <message>
        <source>the token holds no TSTInfo</source>
        <translation>das Token enthält kein TSTInfo</translation>
    </message>
    <message>
        <source>the token&apos;s imprint is not SHA-256</source>
        <translation>der Imprint des Tokens ist nicht SHA-256</translation>
    </message>
    <message>
        <source>the token timestamps other bytes (its imprint is not this digest)</source>
        <translation>das Token versieht andere Bytes mit einem Zeitstempel (sein Imprint ist nicht dieser Hashwert)</translation>
    </message>
    <message>
        <source>the token&apos;s genTime cannot be read</source>
        <translation>genTime des Tokens kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the token does not carry its signing certificate</source>
        <translation>das Token enthält sein Signaturzertifikat nicht</translation>
    </message>
    <message>
        <source>the token&apos;s signature does not verify</source>
        <translation>die Signatur des Tokens lässt sich nicht bestätigen</translation>
    </message>
    <message>
        <source>no TSA trust anchors are configured</source>
        <translation>es sind keine TSA-Vertrauensanker konfiguriert</translation>
    </message>
    <message>
        <source>the TSA does not chain to a trust anchor at genTime (%1)</source>
        <translation>die Zertifikatskette der TSA führt zum Zeitpunkt genTime (%1) zu keinem Vertrauensanker</translation>
    </message>
    <message>
        <source>the TSA&apos;s answer is not a TimeStampResp</source>
        <translation>die Antwort der TSA ist keine TimeStampResp</translation>
    </message>
    <message>
        <source>the TSA refused the request (status %1)</source>
        <translation>die TSA hat die Anfrage abgelehnt (Status %1)</translation>
    </message>
    <message>
        <source>the TSA&apos;s answer does not carry our nonce (a replayed or foreign answer)</source>
        <translation>die Antwort der TSA enthält nicht unsere Nonce (eine wiederholte oder fremde Antwort)</translation>
    </message>
</context>
<context>
    <name>Occ::TrustProfile</name>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain only non-empty strings</source>
        <translation>&quot;%1&quot; darf nur nicht leere Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a decimal string (digits only, no sign or leading zeros), e.g. &quot;42&quot;</source>
        <translation>&quot;%1&quot; muss eine Dezimalzeichenkette sein (nur Ziffern, ohne Vorzeichen und führende Nullen), z. B. &quot;42&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-negative number of Unix milliseconds</source>
        <translation>&quot;%1&quot; muss eine nicht negative Anzahl von Unix-Millisekunden sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cannot read %2: %3</source>
        <translation>&quot;%1&quot;: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a PEM certificate</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>The trust profile is not valid JSON: %1</source>
        <translation>Das Vertrauensprofil ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a trust profile</source>
        <translation>%1 ist zu groß für ein Vertrauensprofil</translation>
    </message>
    <message>
        <source>A trust profile must be a JSON object</source>
        <translation>Ein Vertrauensprofil muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation>&quot;name&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;requireEnforcement&quot; must be one of &quot;stub&quot;, &quot;hw-key&quot;, &quot;measured-tee&quot;</source>
        <translation>&quot;requireEnforcement&quot; muss einer dieser Werte sein: &quot;stub&quot;, &quot;hw-key&quot;, &quot;measured-tee&quot;</translation>
    </message>
    <message>
        <source>Unknown trust profile option &quot;%1&quot;</source>
        <translation>Unbekannte Option &quot;%1&quot; im Vertrauensprofil</translation>
    </message>
    <message>
        <source>&quot;minCounter&quot; is greater than &quot;maxCounter&quot;: no proof could match</source>
        <translation>&quot;minCounter&quot; ist größer als &quot;maxCounter&quot;: Kein Nachweis könnte passen</translation>
    </message>
    <message>
        <source>&quot;minTime&quot; is after &quot;maxTime&quot;: no proof could match</source>
        <translation>&quot;minTime&quot; liegt nach &quot;maxTime&quot;: Kein Nachweis könnte passen</translation>
    </message>
</context>
<context>
    <name>Occ::TrustProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a profile id</source>
        <translation>&quot;%1&quot; ist keine Profil-ID</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation>%1 existiert bereits; wird nicht überschrieben</translation>
    </message>
</context>
<context>
    <name>Occ::TsaClient</name>
    <message>
        <source>The time-stamping authority %1 did not answer: %2</source>
        <translation>Der Zeitstempeldienst %1 hat nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::Accessibility</name>
    <message>
        <source>The files to stamp: name, size, SHA-256 computed on this computer, status and progress of each</source>
        <translation>Die zu stempelnden Dateien: Name, Größe, auf diesem Computer berechneter SHA-256, Status und Fortschritt jeder Datei</translation>
    </message>
    <message>
        <source>A name sealed into the signed proof; anyone with the proof can read it</source>
        <translation>Ein Name, der im signierten Nachweis versiegelt wird; jeder, der den Nachweis hat, kann ihn lesen</translation>
    </message>
    <message>
        <source>A title sealed into the signed proof; anyone with the proof can read it</source>
        <translation>Ein Titel, der im signierten Nachweis versiegelt wird; jeder, der den Nachweis hat, kann ihn lesen</translation>
    </message>
    <message>
        <source>A message sealed into the signed proof; anyone with the proof can read it</source>
        <translation>Eine Nachricht, die im signierten Nachweis versiegelt wird; jeder, der den Nachweis hat, kann sie lesen</translation>
    </message>
    <message>
        <source>The folder the .proof.zip bundles are written to; remembered</source>
        <translation>Der Ordner, in den die Nachweispakete (.proof.zip) geschrieben werden; die Auswahl wird gespeichert</translation>
    </message>
    <message>
        <source>Opens the trust profiles page to edit the selected profile</source>
        <translation>Öffnet die Seite „Vertrauensprofile“, um das ausgewählte Profil zu bearbeiten</translation>
    </message>
    <message>
        <source>Saves what was checked, with the profile and the inputs&apos; hashes, as a JSON report</source>
        <translation>Speichert, was geprüft wurde, zusammen mit dem Profil und den Hashwerten der Eingaben als JSON-Bericht</translation>
    </message>
    <message>
        <source>Every check of the verification with its status, details and what you can do</source>
        <translation>Alle Prüfpunkte der Prüfung mit Status, Details und dem, was Sie tun können</translation>
    </message>
    <message>
        <source>Every field of the proof with its value and whether a signature covers it; Ctrl+C copies the value</source>
        <translation>Alle Felder des Nachweises mit ihrem Wert und der Angabe, ob eine Signatur sie abdeckt; Ctrl+C kopiert den Wert</translation>
    </message>
    <message>
        <source>The proof as JSON text, read-only</source>
        <translation>Der Nachweis als JSON-Text, schreibgeschützt</translation>
    </message>
    <message>
        <source>The proofs read from the opened inputs, each with its verdict; select one to see it</source>
        <translation>Die aus den geöffneten Eingaben gelesenen Nachweise, jeweils mit ihrem Ergebnis; wählen Sie einen aus, um ihn anzuzeigen</translation>
    </message>
    <message>
        <source>What the enclave&apos;s attestation document says: module, time, PCRs</source>
        <translation>Was das Attestierungsdokument der Enclave angibt: Modul, Zeit, PCRs</translation>
    </message>
    <message>
        <source>The folders and files whose proofs are audited</source>
        <translation>Die Ordner und Dateien, deren Nachweise einer Kettenprüfung unterzogen werden</translation>
    </message>
    <message>
        <source>What the audit found: forks, gaps, reused counters, invalid proofs; activate one to open its proofs</source>
        <translation>Was die Kettenprüfung gefunden hat: Verzweigungen, Lücken, mehrfach verwendete Zähler, ungültige Nachweise; aktivieren Sie einen Eintrag, um seine Nachweise zu öffnen</translation>
    </message>
    <message>
        <source>Each chain found: signer, chain id, number of proofs, counter range and links</source>
        <translation>Jede gefundene Kette: Unterzeichner, Ketten-ID, Anzahl der Nachweise, Zählerbereich und Verknüpfungen</translation>
    </message>
    <message>
        <source>The proofs this studio made or verified; activate one to open it in Verify</source>
        <translation>Die Nachweise, die dieses Studio erstellt oder geprüft hat; aktivieren Sie einen, um ihn unter „Prüfen“ zu öffnen</translation>
    </message>
    <message>
        <source>The saved trust profiles; select one to edit it</source>
        <translation>Die gespeicherten Vertrauensprofile; wählen Sie eines aus, um es zu bearbeiten</translation>
    </message>
    <message>
        <source>Starts an empty trust profile</source>
        <translation>Legt ein leeres Vertrauensprofil an</translation>
    </message>
    <message>
        <source>Deletes the selected trust profile after asking</source>
        <translation>Löscht das ausgewählte Vertrauensprofil nach einer Rückfrage</translation>
    </message>
    <message>
        <source>Reads a trust profile file, the format occ verify --policy takes</source>
        <translation>Liest eine Vertrauensprofildatei in dem Format, das occ verify --policy erwartet</translation>
    </message>
    <message>
        <source>Writes the profile as a file for occ verify --policy</source>
        <translation>Schreibt das Profil als Datei für occ verify --policy</translation>
    </message>
    <message>
        <source>Makes this profile the one Verify, Audit and Library use</source>
        <translation>Macht dieses Profil zu dem, das „Prüfen“, „Kettenprüfung“ und „Bibliothek“ verwenden</translation>
    </message>
    <message>
        <source>The profile&apos;s name, shown in the verdict</source>
        <translation>Der Name des Profils, der im Ergebnis angezeigt wird</translation>
    </message>
    <message>
        <source>Signer public keys (base64) this profile trusts, one per line</source>
        <translation>Öffentliche Schlüssel von Unterzeichnern (base64), denen dieses Profil vertraut, einer pro Zeile</translation>
    </message>
    <message>
        <source>Enclave measurements (PCR0) this profile trusts when an attestation confirms them, one per line</source>
        <translation>Enclave-Messwerte (PCR0), denen dieses Profil vertraut, wenn eine Attestierung sie bestätigt, einer pro Zeile</translation>
    </message>
    <message>
        <source>The enforcement tier a proof must claim, or any</source>
        <translation>Die Schutzstufe, die ein Nachweis angeben muss, oder eine beliebige</translation>
    </message>
    <message>
        <source>When checked, a proof without a verified attestation fails</source>
        <translation>Wenn aktiviert, schlägt ein Nachweis ohne geprüfte Attestierung fehl</translation>
    </message>
    <message>
        <source>Attestation formats accepted, comma separated; empty accepts any</source>
        <translation>Akzeptierte Attestierungsformate, durch Kommas getrennt; leer: jedes Format wird akzeptiert</translation>
    </message>
    <message>
        <source>Root certificates accepted for attestations besides the AWS Nitro root</source>
        <translation>Stammzertifikate, die neben dem Stammzertifikat von AWS Nitro für Attestierungen akzeptiert werden</translation>
    </message>
    <message>
        <source>Adds an attestation root certificate from a PEM file</source>
        <translation>Fügt ein Attestierungs-Stammzertifikat aus einer PEM-Datei hinzu</translation>
    </message>
    <message>
        <source>Removes the selected attestation root certificate</source>
        <translation>Entfernt das ausgewählte Attestierungs-Stammzertifikat</translation>
    </message>
    <message>
        <source>Proofs with a lower counter fail; empty for no limit</source>
        <translation>Nachweise mit einem niedrigeren Zähler schlagen fehl; leer: keine Grenze</translation>
    </message>
    <message>
        <source>Proofs with a higher counter fail; empty for no limit</source>
        <translation>Nachweise mit einem höheren Zähler schlagen fehl; leer: keine Grenze</translation>
    </message>
    <message>
        <source>When checked, proofs committed before the time beside it fail</source>
        <translation>Wenn aktiviert, schlagen Nachweise fehl, die vor dem daneben angegebenen Zeitpunkt eingereicht wurden</translation>
    </message>
    <message>
        <source>The earliest commit time accepted, by the signer&apos;s clock</source>
        <translation>Der früheste akzeptierte Commit-Zeitpunkt nach der Uhr des Unterzeichners</translation>
    </message>
    <message>
        <source>When checked, proofs committed after the time beside it fail</source>
        <translation>Wenn aktiviert, schlagen Nachweise fehl, die nach dem daneben angegebenen Zeitpunkt eingereicht wurden</translation>
    </message>
    <message>
        <source>The latest commit time accepted, by the signer&apos;s clock</source>
        <translation>Der späteste akzeptierte Commit-Zeitpunkt nach der Uhr des Unterzeichners</translation>
    </message>
    <message>
        <source>When checked, a proof without an epoch id fails</source>
        <translation>Wenn aktiviert, schlägt ein Nachweis ohne Epochen-ID fehl</translation>
    </message>
    <message>
        <source>When checked, a proof without a causal slot fails</source>
        <translation>Wenn aktiviert, schlägt ein Nachweis ohne kausalen Slot fehl</translation>
    </message>
    <message>
        <source>When checked, a proof no passkey authorized fails</source>
        <translation>Wenn aktiviert, schlägt ein Nachweis fehl, den kein Passkey autorisiert hat</translation>
    </message>
    <message>
        <source>Passkey key ids allowed to authorize commits, one per line; empty allows any</source>
        <translation>Schlüssel-IDs von Passkeys, die Commits autorisieren dürfen, eine pro Zeile; leer: jede ist erlaubt</translation>
    </message>
    <message>
        <source>Passkey providers allowed, comma separated; empty allows any</source>
        <translation>Zulässige Passkey-Anbieter, durch Kommas getrennt; leer: jeder ist erlaubt</translation>
    </message>
    <message>
        <source>WebAuthn relying parties a passkey assertion may be made for, comma separated</source>
        <translation>WebAuthn-Relying-Parties, für die eine Passkey-Assertion ausgestellt werden darf, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Root certificates of the timestamp authorities this profile trusts</source>
        <translation>Stammzertifikate der Zeitstempeldienste, denen dieses Profil vertraut</translation>
    </message>
    <message>
        <source>Adds a timestamp authority root certificate from a PEM file</source>
        <translation>Fügt ein Stammzertifikat eines Zeitstempeldienstes aus einer PEM-Datei hinzu</translation>
    </message>
    <message>
        <source>Removes the selected timestamp authority root certificate</source>
        <translation>Entfernt das ausgewählte Stammzertifikat eines Zeitstempeldienstes</translation>
    </message>
    <message>
        <source>Adds the root certificate of freetsa.org, shipped with the studio</source>
        <translation>Fügt das mit dem Studio mitgelieferte Stammzertifikat von freetsa.org hinzu</translation>
    </message>
    <message>
        <source>Checks the profile as occ verify would and saves it</source>
        <translation>Prüft das Profil so, wie occ verify es tun würde, und speichert es</translation>
    </message>
    <message>
        <source>Signs with a key kept on this computer: no account, no network, stub tier</source>
        <translation>Signiert mit einem Schlüssel, der auf diesem Computer liegt: kein Konto, kein Netzwerk, Schutzstufe stub</translation>
    </message>
    <message>
        <source>Sends only the digests to a commit service, such as the AWS Nitro Enclave service</source>
        <translation>Sendet nur die Hashwerte an einen Commit-Dienst, etwa den Dienst mit AWS Nitro Enclave</translation>
    </message>
    <message>
        <source>The commit service&apos;s address, https://</source>
        <translation>Die Adresse des Commit-Dienstes, https://</translation>
    </message>
    <message>
        <source>The commit service&apos;s API key; saved only in the system keychain</source>
        <translation>Der API-Schlüssel des Commit-Dienstes; wird nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Stores the API key in the system keychain</source>
        <translation>Speichert den API-Schlüssel im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Removes the API key from the system keychain</source>
        <translation>Entfernt den API-Schlüssel aus dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>A PEM file of certificates trusted for the commit service besides the system&apos;s</source>
        <translation>Eine PEM-Datei mit Zertifikaten, denen für den Commit-Dienst zusätzlich zu denen des Systems vertraut wird</translation>
    </message>
    <message>
        <source>Chooses the extra certificate file</source>
        <translation>Wählt die zusätzliche Zertifikatsdatei aus</translation>
    </message>
    <message>
        <source>Where the embedded signer keeps its key and counters</source>
        <translation>Wo der eingebettete Unterzeichner seinen Schlüssel und seine Zähler aufbewahrt</translation>
    </message>
    <message>
        <source>Writes a trust profile that pins this computer&apos;s signer key, to give to others</source>
        <translation>Schreibt ein Vertrauensprofil, das den Unterzeichnerschlüssel dieses Computers festlegt, zur Weitergabe an andere</translation>
    </message>
    <message>
        <source>The folder new bundles are written to</source>
        <translation>Der Ordner, in den neue Nachweispakete geschrieben werden</translation>
    </message>
    <message>
        <source>An RFC 3161 timestamp authority asked after each commit; empty for none</source>
        <translation>Ein Zeitstempeldienst nach RFC 3161, der nach jedem Commit angefragt wird; leer: keiner</translation>
    </message>
    <message>
        <source>When checked, a file whose timestamp cannot be obtained gets no bundle</source>
        <translation>Wenn aktiviert, erhält eine Datei, für die kein Zeitstempel erhalten werden kann, kein Nachweispaket</translation>
    </message>
    <message>
        <source>The studio&apos;s language, applied at the next start</source>
        <translation>Die Sprache des Studios; wird beim nächsten Start übernommen</translation>
    </message>
    <message>
        <source>When checked, the chosen passkey authorizes the commit: one touch of the security key for all listed files, named in each proof as its actor</source>
        <translation>Wenn aktiviert, autorisiert der gewählte Passkey den Commit: eine Berührung des Sicherheitsschlüssels für alle aufgeführten Dateien; jeder Nachweis nennt ihn als seinen Akteur</translation>
    </message>
    <message>
        <source>The registered passkey that authorizes the commit</source>
        <translation>Der registrierte Passkey, der den Commit autorisiert</translation>
    </message>
    <message>
        <source>The passkeys registered in this studio: label, key id, relying party, security key and date; F2 renames</source>
        <translation>Die in diesem Studio registrierten Passkeys: Bezeichnung, Schlüssel-ID, Relying Party, Sicherheitsschlüssel und Datum; F2 benennt um</translation>
    </message>
    <message>
        <source>The label of the next passkey registered; empty for the key&apos;s name and today&apos;s date</source>
        <translation>Die Bezeichnung des nächsten registrierten Passkeys; leer: Name des Schlüssels und heutiges Datum</translation>
    </message>
    <message>
        <source>The relying-party id new passkeys are made for; the default occ-proof-studio is not a domain, so no website can use them</source>
        <translation>Die Relying-Party-ID, für die neue Passkeys erstellt werden; der Standardwert occ-proof-studio ist keine Domain, daher kann keine Website sie verwenden</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::AuditTimeline</name>
    <message>
        <source>Timeline of the audited chains</source>
        <translation>Zeitleiste der geprüften Ketten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>default chain</source>
        <translation>Standardkette</translation>
    </message>
    <message>
        <source>Counter %1
%2
%3</source>
        <translation>Zähler %1
%2
%3</translation>
    </message>
    <message>
        <source>Signer&apos;s clock: %1</source>
        <translation>Uhr des Unterzeichners: %1</translation>
    </message>
    <message>
        <source>No time in the proof</source>
        <translation>Keine Zeitangabe im Nachweis</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (signer&apos;s clock)</source>
        <translation>%1 → %2 (Uhr des Unterzeichners)</translation>
    </message>
    <message>
        <source>ordered by counter (some proofs carry no time)</source>
        <translation>nach Zähler geordnet (manche Nachweise enthalten keine Zeitangabe)</translation>
    </message>
    <message>
        <source>%1 chains, %2 proofs, %3 invalid, %4 problems; %5</source>
        <translation>%1 Ketten, %2 Nachweise, %3 ungültig, %4 Probleme; %5</translation>
    </message>
    <message>
        <source>Run an audit to see its chains here.</source>
        <translation>Führen Sie eine Kettenprüfung durch, um deren Ketten hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::AuditView</name>
    <message>
        <source>Invalid proof</source>
        <translation>Ungültiger Nachweis</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>Counter reused</source>
        <translation>Zähler mehrfach verwendet</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Time goes backwards</source>
        <translation>Zeit läuft rückwärts</translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation>Unterbrochene Verknüpfung</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Audit many proofs as chains: every proof is verified with the selected trust profile, then grouped by signer, epoch and chain and checked for forks, gaps, reused counters, backwards times and duplicates. Drop folders here or add them.</source>
        <translation>Viele Nachweise als Ketten prüfen: Jeder Nachweis wird mit dem ausgewählten Vertrauensprofil geprüft, dann nach Unterzeichner, Epoche und Kette gruppiert und auf Verzweigungen, Lücken, mehrfach verwendete Zähler, rückwärts laufende Zeiten und Duplikate untersucht. Legen Sie Ordner hier ab oder fügen Sie sie hinzu.</translation>
    </message>
    <message>
        <source>Folders and files to audit</source>
        <translation>Zu prüfende Ordner und Dateien</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add a folder of bundles and proofs</source>
        <translation>Einen Ordner mit Nachweispaketen und Nachweisen hinzufügen</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add bundles or proof files</source>
        <translation>Nachweispakete oder Nachweisdateien hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove every path from the audit</source>
        <translation>Alle Pfade aus der Kettenprüfung entfernen</translation>
    </message>
    <message>
        <source>&amp;Run audit</source>
        <translation>Kettenprüfung &amp;starten</translation>
    </message>
    <message>
        <source>Verify and audit every proof under the listed paths</source>
        <translation>Alle Nachweise unter den aufgeführten Pfaden prüfen und einer Kettenprüfung unterziehen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the audit</source>
        <translation>Kettenprüfung abbrechen</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Save the audit as JSON</source>
        <translation>Kettenprüfung als JSON speichern</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Fortschritt der Kettenprüfung</translation>
    </message>
    <message>
        <source>Folder to audit</source>
        <translation>Zu prüfender Ordner</translation>
    </message>
    <message>
        <source>Proofs to audit</source>
        <translation>Zu prüfende Nachweise</translation>
    </message>
    <message>
        <source>Bundles and proofs (*.zip *.json)</source>
        <translation>Nachweispakete und Nachweise (*.zip *.json)</translation>
    </message>
    <message>
        <source>No audit yet.</source>
        <translation>Noch keine Kettenprüfung.</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Ketten</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reading and verifying…</source>
        <translation>Wird gelesen und geprüft…</translation>
    </message>
    <message>
        <source>Cancelled: no result.</source>
        <translation>Abgebrochen: kein Ergebnis.</translation>
    </message>
    <message>
        <source>No problems: %1 proofs in %2 chains, every link accounted for.</source>
        <translation>Keine Probleme: %1 Nachweise in %2 Ketten, alle Verknüpfungen lückenlos.</translation>
    </message>
    <message>
        <source>Problems found: %1 proofs in %2 chains, %3 invalid, %4 problems.</source>
        <translation>Probleme gefunden: %1 Nachweise in %2 Ketten, %3 ungültig, %4 Probleme.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation>Bericht der Kettenprüfung speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::CheckDescriptions</name>
    <message>
        <source>Bundle</source>
        <translation>Nachweispaket</translation>
    </message>
    <message>
        <source>Readable proof</source>
        <translation>Lesbarer Nachweis</translation>
    </message>
    <message>
        <source>Proof structure</source>
        <translation>Aufbau des Nachweises</translation>
    </message>
    <message>
        <source>File matches the proof</source>
        <translation>Datei passt zum Nachweis</translation>
    </message>
    <message>
        <source>Signer&apos;s signature</source>
        <translation>Signatur des Unterzeichners</translation>
    </message>
    <message>
        <source>Passkey authorization</source>
        <translation>Passkey-Autorisierung</translation>
    </message>
    <message>
        <source>Causal slot</source>
        <translation>Kausaler Slot</translation>
    </message>
    <message>
        <source>Epoch link</source>
        <translation>Epochenverknüpfung</translation>
    </message>
    <message>
        <source>Enclave attestation</source>
        <translation>Enclave-Attestierung</translation>
    </message>
    <message>
        <source>Timestamp of the file</source>
        <translation>Zeitstempel der Datei</translation>
    </message>
    <message>
        <source>Timestamp of the proof</source>
        <translation>Zeitstempel des Nachweises</translation>
    </message>
    <message>
        <source>Signer trusted</source>
        <translation>Unterzeichner vertrauenswürdig</translation>
    </message>
    <message>
        <source>Trust profile: %1</source>
        <translation>Vertrauensprofil: %1</translation>
    </message>
    <message>
        <source>The bundle was read in memory, entry by entry, without extracting anything.</source>
        <translation>Das Nachweispaket wurde Eintrag für Eintrag im Speicher gelesen, ohne etwas zu entpacken.</translation>
    </message>
    <message>
        <source>The proof is unambiguous JSON: no duplicate members, bounded size.</source>
        <translation>Der Nachweis ist eindeutiges JSON: keine doppelten Felder, begrenzte Größe.</translation>
    </message>
    <message>
        <source>Every required occ/1 field is present and well formed.</source>
        <translation>Alle erforderlichen occ/1-Felder sind vorhanden und wohlgeformt.</translation>
    </message>
    <message>
        <source>The SHA-256 of the file&apos;s bytes equals the digest the signer signed.</source>
        <translation>Der SHA-256 der Bytes der Datei entspricht dem Hashwert, den der Unterzeichner signiert hat.</translation>
    </message>
    <message>
        <source>The Ed25519 signature over the canonical signed body verifies with the key in the proof.</source>
        <translation>Die Ed25519-Signatur über den kanonischen signierten Inhalt lässt sich mit dem Schlüssel im Nachweis bestätigen.</translation>
    </message>
    <message>
        <source>A passkey (P-256 WebAuthn) authorized this commit; its signature is checked separately from the signer&apos;s.</source>
        <translation>Ein Passkey (P-256 WebAuthn) hat diesen Commit autorisiert; seine Signatur wird getrennt von der des Unterzeichners geprüft.</translation>
    </message>
    <message>
        <source>The counter slot was allocated before the content was known, and is bound to this commit.</source>
        <translation>Der Zählerslot wurde vergeben, bevor der Inhalt bekannt war, und ist an diesen Commit gebunden.</translation>
    </message>
    <message>
        <source>This signer&apos;s epoch links to the previous one, without forks.</source>
        <translation>Die Epoche dieses Unterzeichners ist ohne Verzweigungen mit der vorherigen verknüpft.</translation>
    </message>
    <message>
        <source>An AWS Nitro attestation document binds the signing enclave&apos;s measurement to this proof, checked against Amazon&apos;s root at the document&apos;s own time.</source>
        <translation>Ein Attestierungsdokument von AWS Nitro bindet den Messwert der signierenden Enclave an diesen Nachweis; geprüft anhand des Stammzertifikats von Amazon zum Zeitpunkt des Dokuments selbst.</translation>
    </message>
    <message>
        <source>An RFC 3161 timestamp authority saw the file&apos;s digest at the time it states.</source>
        <translation>Ein Zeitstempeldienst nach RFC 3161 hat den Hashwert der Datei zum angegebenen Zeitpunkt gesehen.</translation>
    </message>
    <message>
        <source>An RFC 3161 timestamp authority saw the proof at the time it states.</source>
        <translation>Ein Zeitstempeldienst nach RFC 3161 hat den Nachweis zum angegebenen Zeitpunkt gesehen.</translation>
    </message>
    <message>
        <source>The trust profile pins this signer: its key, or its attested measurement.</source>
        <translation>Das Vertrauensprofil legt diesen Unterzeichner fest: seinen Schlüssel oder seinen attestierten Messwert.</translation>
    </message>
    <message>
        <source>A constraint of the selected trust profile.</source>
        <translation>Eine Bedingung des ausgewählten Vertrauensprofils.</translation>
    </message>
    <message>
        <source>Make sure you opened the very file that was stamped: any change to its bytes, even one, breaks this check.</source>
        <translation>Stellen Sie sicher, dass Sie genau die Datei geöffnet haben, die gestempelt wurde: Jede Änderung ihrer Bytes, auch nur eines einzigen, lässt diese Prüfung fehlschlagen.</translation>
    </message>
    <message>
        <source>The proof was altered or damaged after it was signed. Ask the sender for the original bundle.</source>
        <translation>Der Nachweis wurde nach dem Signieren verändert oder beschädigt. Bitten Sie den Absender um das ursprüngliche Nachweispaket.</translation>
    </message>
    <message>
        <source>If you know this signer, use &quot;Pin this signer…&quot; after comparing its fingerprint with one you got from the signer directly.</source>
        <translation>Wenn Sie diesen Unterzeichner kennen, verwenden Sie „Diesen Unterzeichner festlegen…“, nachdem Sie seinen Fingerabdruck mit einem verglichen haben, den Sie direkt vom Unterzeichner erhalten haben.</translation>
    </message>
    <message>
        <source>To trust this timestamp, add the authority&apos;s root certificate to the trust profile (Trust profiles → TSA roots).</source>
        <translation>Um diesem Zeitstempel zu vertrauen, fügen Sie das Stammzertifikat des Zeitstempeldienstes zum Vertrauensprofil hinzu (Vertrauensprofile → TSA-Stammzertifikate).</translation>
    </message>
    <message>
        <source>Without a verified attestation the measurement is only the signer&apos;s own claim.</source>
        <translation>Ohne geprüfte Attestierung ist der Messwert nur eine Behauptung des Unterzeichners selbst.</translation>
    </message>
    <message>
        <source>The proof does not meet the selected trust profile. Choose another profile, or edit this one if the constraint is wrong.</source>
        <translation>Der Nachweis erfüllt das ausgewählte Vertrauensprofil nicht. Wählen Sie ein anderes Profil oder bearbeiten Sie dieses, falls die Bedingung falsch ist.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Valid — signer not pinned</source>
        <translation>Gültig — Unterzeichner nicht festgelegt</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::FieldDecoder</name>
    <message>
        <source>stub: a key on a computer, no hardware protection</source>
        <translation>stub: ein Schlüssel auf einem Computer, ohne Hardwareschutz</translation>
    </message>
    <message>
        <source>hardware key: the signing key is held in hardware</source>
        <translation>Hardwareschlüssel: Der Signaturschlüssel liegt in Hardware</translation>
    </message>
    <message>
        <source>measured TEE: the signer runs in an attested enclave (AWS Nitro)</source>
        <translation>gemessene TEE: Der Unterzeichner läuft in einer attestierten Enclave (AWS Nitro)</translation>
    </message>
    <message>
        <source>unknown tier</source>
        <translation>unbekannte Schutzstufe</translation>
    </message>
    <message>
        <source>%1 — the signer&apos;s own clock (signed, not third-party)</source>
        <translation>%1 — eigene Uhr des Unterzeichners (signiert, nicht von Dritten)</translation>
    </message>
    <message>
        <source>%1 — copied from the TSA token, unsigned; the token itself is checked</source>
        <translation>%1 — aus dem TSA-Token kopiert, unsigniert; das Token selbst wird geprüft</translation>
    </message>
    <message>
        <source>%1 — the actor&apos;s device clock</source>
        <translation>%1 — Geräteuhr des Akteurs</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
    <message>
        <source>hex %1</source>
        <translation>hex %1</translation>
    </message>
    <message>
        <source>user present (UP)</source>
        <translation>Benutzer anwesend (UP)</translation>
    </message>
    <message>
        <source>user NOT present</source>
        <translation>Benutzer NICHT anwesend</translation>
    </message>
    <message>
        <source>user verified (UV)</source>
        <translation>Benutzer verifiziert (UV)</translation>
    </message>
    <message>
        <source>user NOT verified</source>
        <translation>Benutzer NICHT verifiziert</translation>
    </message>
    <message>
        <source>backup eligible</source>
        <translation>sicherungsfähig</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>gesichert</translation>
    </message>
    <message>
        <source>flags: %1; signature counter %2</source>
        <translation>Flags: %1; Signaturzähler %2</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::GuiPasskeyPrompt</name>
    <message>
        <source>Security key PIN</source>
        <translation>PIN des Sicherheitsschlüssels</translation>
    </message>
    <message>
        <source>Sends the PIN to the security key</source>
        <translation>Sendet die PIN an den Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Stops the operation without using the security key</source>
        <translation>Bricht den Vorgang ab, ohne den Sicherheitsschlüssel zu verwenden</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Enter the PIN of %1 to use its passkey.</source>
        <translation>Geben Sie die PIN ein, mit der %1 seinen Passkey freigibt.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>Noch %n Versuch.</numerusform>
            <numerusform>Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>When none are left, the key locks its PIN and can only be reset, which erases its passkeys.</source>
        <translation>Sind keine mehr übrig, sperrt der Schlüssel seine PIN und kann nur noch zurückgesetzt werden, wodurch seine Passkeys gelöscht werden.</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN – %1</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::LibraryView</name>
    <message>
        <source>Search the proof library</source>
        <translation>Nachweisbibliothek durchsuchen</translation>
    </message>
    <message>
        <source>File name, digest prefix (hex), signer key prefix or counter</source>
        <translation>Dateiname, Präfix des Hashwerts (hex), Präfix des Unterzeichnerschlüssels oder Zähler</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Proofs in the library</source>
        <translation>Nachweise in der Bibliothek</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Time (signer&apos;s clock)</source>
        <translation>Zeit (Uhr des Unterzeichners)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Re-verify</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check the selected proofs again from disk with the selected trust profile</source>
        <translation>Die ausgewählten Nachweise erneut von der Festplatte mit dem ausgewählten Vertrauensprofil prüfen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected proof in Verify</source>
        <translation>Den ausgewählten Nachweis unter „Prüfen“ öffnen</translation>
    </message>
    <message>
        <source>Remove from &amp;library</source>
        <translation>Aus der &amp;Bibliothek entfernen</translation>
    </message>
    <message>
        <source>Forget the selected entries (the files stay)</source>
        <translation>Die ausgewählten Einträge vergessen (die Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <source>Every proof this studio made or verified is indexed here, on this computer only. Nothing is uploaded.</source>
        <translation>Jeder Nachweis, den dieses Studio erstellt oder geprüft hat, wird hier indiziert, ausschließlich auf diesem Computer. Es wird nichts hochgeladen.</translation>
    </message>
    <message>
        <source>The library cannot be used: %1</source>
        <translation>Die Bibliothek kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>%1
Checked %2</source>
        <translation>%1
Geprüft: %2</translation>
    </message>
    <message>
        <source>stamped here</source>
        <translation>hier gestempelt</translation>
    </message>
    <message>
        <source>verified here</source>
        <translation>hier geprüft</translation>
    </message>
    <message>
        <source>%1, %2, counter %3</source>
        <translation>%1, %2, Zähler %3</translation>
    </message>
    <message>
        <source>Showing %1 of %2 proofs</source>
        <translation>%1 von %2 Nachweisen werden angezeigt</translation>
    </message>
    <message>
        <source>Re-verifying %1 proofs from disk…</source>
        <translation>%1 Nachweise werden erneut von der Festplatte geprüft…</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <source>Forget %1 entries? The bundles and proof files are not touched.</source>
        <translation>%1 Einträge vergessen? Die Nachweispakete und Nachweisdateien bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::MainWindow</name>
    <message>
        <source>OCC Proof Studio</source>
        <translation>OCC Proof Studio</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Stamp</source>
        <translation>&amp;Stempeln</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Kettenprüfung</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Trust profiles</source>
        <translation>&amp;Vertrauensprofile</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste files or proof</source>
        <translation>Dateien oder &amp;Nachweis einfügen</translation>
    </message>
    <message>
        <source>S&amp;tamp listed files</source>
        <translation>Aufgeführte Dateien &amp;stempeln</translation>
    </message>
    <message>
        <source>&amp;Cancel stamping</source>
        <translation>Stempeln &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OCC Proof Studio</source>
        <translation>Ü&amp;ber OCC Proof Studio</translation>
    </message>
    <message numerus="yes">
        <source>Looking at %n dropped item(s)…</source>
        <translation>
            <numerusform>%n abgelegtes Element wird untersucht…</numerusform>
            <numerusform>%n abgelegte Elemente werden untersucht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proof input(s) to verify</source>
        <translation>
            <numerusform>%n Nachweiseingabe zum Prüfen</numerusform>
            <numerusform>%n Nachweiseingaben zum Prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to the stamp list</source>
        <translation>
            <numerusform>%n Datei zur Stempelliste hinzugefügt</numerusform>
            <numerusform>%n Dateien zur Stempelliste hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Open bundles, proofs or files to stamp</source>
        <translation>Nachweispakete, Nachweise oder zu stempelnde Dateien öffnen</translation>
    </message>
    <message>
        <source>All files (*);;Proof bundles (*.proof.zip);;Proof JSON (*.json)</source>
        <translation>Alle Dateien (*);;Nachweispakete (*.proof.zip);;Nachweis-JSON (*.json)</translation>
    </message>
    <message>
        <source>Pasted proof</source>
        <translation>Eingefügter Nachweis</translation>
    </message>
    <message>
        <source>The clipboard holds neither files nor a proof.</source>
        <translation>Die Zwischenablage enthält weder Dateien noch einen Nachweis.</translation>
    </message>
    <message>
        <source>About OCC Proof Studio</source>
        <translation>Über OCC Proof Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;OCC Proof Studio&lt;/b&gt; %1&lt;br&gt;Makes and checks OCC (occ/1) proofs. Files are hashed on this computer; only digests are ever sent to a signer, and verification never uses the network.</source>
        <translation>&lt;b&gt;OCC Proof Studio&lt;/b&gt; %1&lt;br&gt;Erstellt und prüft OCC-Nachweise (occ/1). Dateien werden auf diesem Computer gehasht; an einen Unterzeichner werden immer nur Hashwerte gesendet, und die Prüfung verwendet nie das Netzwerk.</translation>
    </message>
    <message>
        <source>Stamping in progress</source>
        <translation>Stempeln läuft</translation>
    </message>
    <message>
        <source>Stop stamping and quit? Files not yet committed get no proof; proofs already made are still written.</source>
        <translation>Stempeln abbrechen und beenden? Noch nicht eingereichte Dateien erhalten keinen Nachweis; bereits erstellte Nachweise werden trotzdem geschrieben.</translation>
    </message>
    <message>
        <source>Finishing the bundles of proofs already made, then quitting…</source>
        <translation>Die Nachweispakete bereits erstellter Nachweise werden fertiggestellt, danach wird beendet…</translation>
    </message>
    <message>
        <source>&amp;Passkeys</source>
        <translation>Passke&amp;ys</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::PasskeysView</name>
    <message>
        <source>A passkey on a FIDO2 security key (or Windows Hello) can authorize commits: each stamp then carries your touch, signed by the key, as the proof&apos;s actor. Only public keys are listed here; the private keys never leave the security keys.</source>
        <translation>Ein Passkey auf einem FIDO2-Sicherheitsschlüssel (oder Windows Hello) kann Commits autorisieren: Jeder Stempel trägt dann Ihre Berührung, vom Schlüssel signiert, als Akteur des Nachweises. Hier werden nur öffentliche Schlüssel aufgeführt; die privaten Schlüssel verlassen die Sicherheitsschlüssel nie.</translation>
    </message>
    <message>
        <source>Registered passkeys</source>
        <translation>Registrierte Passkeys</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Relying party</source>
        <translation>Relying Party</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Edit the label of the selected passkey</source>
        <translation>Die Bezeichnung des ausgewählten Passkeys bearbeiten</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Forget the selected passkey here; the credential stays on the security key</source>
        <translation>Den ausgewählten Passkey hier vergessen; die Anmeldeinformation bleibt auf dem Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Export trust profile…</source>
        <translation>Vertrauensprofil e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write a trust profile that accepts only proofs this passkey authorized, for occ verify --policy or for others</source>
        <translation>Ein Vertrauensprofil schreiben, das nur von diesem Passkey autorisierte Nachweise akzeptiert, für occ verify --policy oder für andere</translation>
    </message>
    <message>
        <source>Add as trust &amp;profile</source>
        <translation>Als Vertrauensprofil hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Save a trust profile that accepts only proofs this passkey authorized, for the Verify page</source>
        <translation>Ein Vertrauensprofil speichern, das nur von diesem Passkey autorisierte Nachweise akzeptiert, für die Seite „Prüfen“</translation>
    </message>
    <message>
        <source>Register a passkey</source>
        <translation>Passkey registrieren</translation>
    </message>
    <message>
        <source>Label for the new passkey</source>
        <translation>Bezeichnung für den neuen Passkey</translation>
    </message>
    <message>
        <source>optional; default: the key&apos;s name and today&apos;s date</source>
        <translation>optional; Standard: Name des Schlüssels und heutiges Datum</translation>
    </message>
    <message>
        <source>&amp;Register passkey…</source>
        <translation>Passkey &amp;registrieren…</translation>
    </message>
    <message>
        <source>Make a new passkey on the attached security key; you will be asked to touch it</source>
        <translation>Einen neuen Passkey auf dem angeschlossenen Sicherheitsschlüssel erstellen; Sie werden aufgefordert, ihn zu berühren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the security key</source>
        <translation>Nicht länger auf den Sicherheitsschlüssel warten</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Bezeich&amp;nung:</translation>
    </message>
    <message>
        <source>Relying-party id of new passkeys</source>
        <translation>Relying-Party-ID neuer Passkeys</translation>
    </message>
    <message>
        <source>The relying party a passkey is made for. The default, %1, is not a domain name, so no website can ask your security key for these passkeys. Passkeys already registered keep their own.</source>
        <translation>Die Relying Party, für die ein Passkey erstellt wird. Der Standardwert %1 ist kein Domainname, daher kann keine Website Ihren Sicherheitsschlüssel nach diesen Passkeys fragen. Bereits registrierte Passkeys behalten ihre eigene.</translation>
    </message>
    <message>
        <source>Relying-party &amp;id:</source>
        <translation>Re&amp;lying-Party-ID:</translation>
    </message>
    <message>
        <source>Security keys</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Not looked for yet.</source>
        <translation>Noch nicht gesucht.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Look again for attached security keys</source>
        <translation>Erneut nach angeschlossenen Sicherheitsschlüsseln suchen</translation>
    </message>
    <message>
        <source>Touch %1 now… (it may ask for its PIN or your fingerprint first)</source>
        <translation>Jetzt berühren: %1… (vorher wird eventuell die PIN oder Ihr Fingerabdruck abgefragt)</translation>
    </message>
    <message>
        <source>Attestation: %1; discoverable: %2</source>
        <translation>Attestierung: %1; auffindbar: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Nicht registriert: %1</translation>
    </message>
    <message>
        <source>Looking for a security key…</source>
        <translation>Sicherheitsschlüssel wird gesucht…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled: no passkey was registered. (%1)</source>
        <translation>Abgebrochen: Es wurde kein Passkey registriert. (%1)</translation>
    </message>
    <message>
        <source>%1 made the passkey, but it could not be saved: %2</source>
        <translation>%1 hat den Passkey erstellt, aber er konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Registered “%1” on %2 (key id %3). Choose it on the Stamp page to authorize commits with it.</source>
        <translation>„%1“ registriert (Sicherheitsschlüssel: %2, Schlüssel-ID %3). Wählen Sie ihn auf der Seite „Stempeln“ aus, um damit Commits zu autorisieren.</translation>
    </message>
    <message>
        <source>A passkey needs a label; it was left as it was.</source>
        <translation>Ein Passkey braucht eine Bezeichnung; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>Remove passkey?</source>
        <translation>Passkey entfernen?</translation>
    </message>
    <message>
        <source>Remove the passkey “%1” from this studio?</source>
        <translation>Den Passkey „%1“ aus diesem Studio entfernen?</translation>
    </message>
    <message>
        <source>It can then no longer authorize commits from here; proofs it already authorized stay valid. The credential itself stays on the security key (%1): remove it there with the key&apos;s own tool if you want it gone.</source>
        <translation>Er kann dann von hier aus keine Commits mehr autorisieren; bereits von ihm autorisierte Nachweise bleiben gültig. Die Anmeldeinformation selbst bleibt auf dem Sicherheitsschlüssel (%1): Entfernen Sie sie dort mit dem Werkzeug des Schlüssels, wenn sie verschwinden soll.</translation>
    </message>
    <message>
        <source>Removed “%1” from this studio; it is still on %2.</source>
        <translation>„%1“ aus diesem Studio entfernt; %2 enthält ihn weiterhin.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Export trust profile</source>
        <translation>Vertrauensprofil exportieren</translation>
    </message>
    <message>
        <source>Trust profile (*.json)</source>
        <translation>Vertrauensprofil (*.json)</translation>
    </message>
    <message>
        <source>Wrote the trust profile “%1” to %2.</source>
        <translation>Vertrauensprofil „%1“ in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Saved the trust profile “%1”. Choose it on the Verify page to accept only proofs this passkey authorized.</source>
        <translation>Vertrauensprofil „%1“ gespeichert. Wählen Sie es auf der Seite „Prüfen“ aus, um nur von diesem Passkey autorisierte Nachweise zu akzeptieren.</translation>
    </message>
    <message>
        <source>Looking for security keys…</source>
        <translation>Sicherheitsschlüssel werden gesucht…</translation>
    </message>
    <message>
        <source>No security key found. Plug one in (or use Windows Hello) and press Refresh.</source>
        <translation>Kein Sicherheitsschlüssel gefunden. Stecken Sie einen ein (oder verwenden Sie Windows Hello) und klicken Sie auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::ProofTreeModel</name>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Self-authenticating</source>
        <translation>Selbstbeglaubigend</translation>
    </message>
    <message>
        <source>Advisory (unsigned)</source>
        <translation>Hinweis (unsigniert)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Some members are signed and some are not: see each one.</source>
        <translation>Einige Felder sind signiert, andere nicht: Sehen Sie sich jedes einzeln an.</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Not covered by any signature: anyone could have changed it.</source>
        <translation>Von keiner Signatur abgedeckt: Jeder hätte es ändern können.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::SettingsPage</name>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>&amp;Embedded stub signer (on this computer)</source>
        <translation>&amp;Eingebetteter Stub-Unterzeichner (auf diesem Computer)</translation>
    </message>
    <message>
        <source>Use the embedded stub signer</source>
        <translation>Den eingebetteten Stub-Unterzeichner verwenden</translation>
    </message>
    <message>
        <source>&amp;Commit service (AWS Nitro Enclave)</source>
        <translation>&amp;Commit-Dienst (AWS Nitro Enclave)</translation>
    </message>
    <message>
        <source>Use a commit service</source>
        <translation>Einen Commit-Dienst verwenden</translation>
    </message>
    <message>
        <source>Commit service URL</source>
        <translation>URL des Commit-Dienstes</translation>
    </message>
    <message>
        <source>API key for the commit service</source>
        <translation>API-Schlüssel für den Commit-Dienst</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in a file</source>
        <translation>wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>Save &amp;key</source>
        <translation>Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <source>Save the API key in the keychain</source>
        <translation>API-Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>Remove the API key from the keychain</source>
        <translation>API-Schlüssel aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Extra CA bundle (PEM) for the commit service</source>
        <translation>Zusätzliches CA-Bündel (PEM) für den Commit-Dienst</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the extra CA bundle</source>
        <translation>Zusätzliches CA-Bündel auswählen</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>Dienst-&amp;URL:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Extra CA:</source>
        <translation>Zusätzliche CA:</translation>
    </message>
    <message>
        <source>Embedded stub signer</source>
        <translation>Eingebetteter Stub-Unterzeichner</translation>
    </message>
    <message>
        <source>Stub signer state file</source>
        <translation>Zustandsdatei des Stub-Unterzeichners</translation>
    </message>
    <message>
        <source>E&amp;xport its key as a trust profile…</source>
        <translation>Seinen Schlüssel als Vertrauensprofil e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the stub signer&apos;s key as a trust profile</source>
        <translation>Den Schlüssel des Stub-Unterzeichners als Vertrauensprofil exportieren</translation>
    </message>
    <message>
        <source>&amp;State file:</source>
        <translation>&amp;Zustandsdatei:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Stamping</source>
        <translation>Stempeln</translation>
    </message>
    <message>
        <source>Default destination folder</source>
        <translation>Standard-Zielordner</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp authority URL</source>
        <translation>URL des Zeitstempeldienstes (RFC 3161)</translation>
    </message>
    <message>
        <source>none (e.g. https://freetsa.org/tsr)</source>
        <translation>keiner (z. B. https://freetsa.org/tsr)</translation>
    </message>
    <message>
        <source>Write no bundle when a timestamp cannot be obtained</source>
        <translation>Kein Nachweispaket schreiben, wenn kein Zeitstempel erhalten werden kann</translation>
    </message>
    <message>
        <source>Require timestamps</source>
        <translation>Zeitstempel verlangen</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>Ziel&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Timestamp authority:</source>
        <translation>Zei&amp;tstempeldienst:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Sprache (nach einem Neustart):</translation>
    </message>
    <message>
        <source>Extra CA bundle</source>
        <translation>Zusätzliches CA-Bündel</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>OCC Proof Studio stub signer %1</source>
        <translation>Stub-Unterzeichner von OCC Proof Studio %1</translation>
    </message>
    <message>
        <source>Export the stub signer&apos;s key</source>
        <translation>Schlüssel des Stub-Unterzeichners exportieren</translation>
    </message>
    <message>
        <source>Trust profiles (*.json)</source>
        <translation>Vertrauensprofile (*.json)</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::StampFileModel</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation>Wird gehasht…</translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation>Gehasht</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Wird eingereicht…</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Writing bundle…</source>
        <translation>Nachweispaket wird geschrieben…</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Gestempelt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Stamped — counter %1</source>
        <translation>Gestempelt — Zähler %1</translation>
    </message>
    <message>
        <source>%1
Bundle: %2</source>
        <translation>%1
Nachweispaket: %2</translation>
    </message>
    <message>
        <source>Computed on this computer; the file never leaves it</source>
        <translation>Auf diesem Computer berechnet; die Datei verlässt ihn nie</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::StampView</name>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Drop files or folders anywhere in this window, or use Add files. Each file&apos;s SHA-256 is computed on this computer: its bytes never leave it; only the digest is signed.</source>
        <translation>Legen Sie Dateien oder Ordner an einer beliebigen Stelle in diesem Fenster ab, oder verwenden Sie „Dateien hinzufügen“. Der SHA-256 jeder Datei wird auf diesem Computer berechnet: Ihre Bytes verlassen ihn nie; nur der Hashwert wird signiert.</translation>
    </message>
    <message>
        <source>Files to stamp</source>
        <translation>Zu stempelnde Dateien</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Choose files to stamp</source>
        <translation>Zu stempelnde Dateien auswählen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Die ausgewählten Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation>Alle Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds the selected file&apos;s bundle</source>
        <translation>Den Ordner öffnen, der das Nachweispaket der ausgewählten Datei enthält</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <source>Verify the selected file&apos;s bundle and show its proof</source>
        <translation>Das Nachweispaket der ausgewählten Datei prüfen und seinen Nachweis anzeigen</translation>
    </message>
    <message>
        <source>Attribution (optional)</source>
        <translation>Zuschreibung (optional)</translation>
    </message>
    <message>
        <source>Sealed into the signed proof: anyone who has the proof can read it, and nobody can change it without breaking the signature.</source>
        <translation>Im signierten Nachweis versiegelt: Wer den Nachweis hat, kann es lesen, und niemand kann es ändern, ohne die Signatur ungültig zu machen.</translation>
    </message>
    <message>
        <source>Name (sealed, public)</source>
        <translation>Name (versiegelt, öffentlich)</translation>
    </message>
    <message>
        <source>Title (sealed, public)</source>
        <translation>Titel (versiegelt, öffentlich)</translation>
    </message>
    <message>
        <source>Message (sealed, public)</source>
        <translation>Nachricht (versiegelt, öffentlich)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Nach&amp;richt:</translation>
    </message>
    <message>
        <source>Destination folder for the bundles</source>
        <translation>Zielordner für die Nachweispakete</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Zielordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Save bundles to:</source>
        <translation>Nachweispakete &amp;speichern in:</translation>
    </message>
    <message>
        <source>Stamping progress</source>
        <translation>Fortschritt beim Stempeln</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stempeln</translation>
    </message>
    <message>
        <source>Hash, sign and bundle the listed files</source>
        <translation>Die aufgeführten Dateien hashen, signieren und in Nachweispakete verpacken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop stamping; files not yet committed get no proof</source>
        <translation>Stempeln abbrechen; noch nicht eingereichte Dateien erhalten keinen Nachweis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Embedded stub signer&lt;/b&gt; on this computer — key %1&lt;br&gt;Enforcement: %2. Good for trying things out and for local records; others can only trust it if they pin this key.</source>
        <translation>&lt;b&gt;Eingebetteter Stub-Unterzeichner&lt;/b&gt; auf diesem Computer — Schlüssel %1&lt;br&gt;Schutzstufe: %2. Gut zum Ausprobieren und für lokale Aufzeichnungen; andere können ihm nur vertrauen, wenn sie diesen Schlüssel festlegen.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Embedded stub signer&lt;/b&gt; — cannot be used: %1</source>
        <translation>&lt;b&gt;Eingebetteter Stub-Unterzeichner&lt;/b&gt; — kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Commit service&lt;/b&gt; %1 — only the SHA-256 digests are sent.</source>
        <translation>&lt;b&gt;Commit-Dienst&lt;/b&gt; %1 — es werden nur die SHA-256-Hashwerte gesendet.</translation>
    </message>
    <message>
        <source>Checking the service…</source>
        <translation>Dienst wird überprüft…</translation>
    </message>
    <message>
        <source>● Reachable (GET /health answered)</source>
        <translation>● Erreichbar (GET /health hat geantwortet)</translation>
    </message>
    <message>
        <source>✕ Unreachable: %1</source>
        <translation>✕ Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Stamp 1 file</source>
        <translation>1 Datei stempeln</translation>
    </message>
    <message>
        <source>Stamp %1 files</source>
        <translation>%1 Dateien stempeln</translation>
    </message>
    <message>
        <source>Save bundles to</source>
        <translation>Nachweispakete speichern in</translation>
    </message>
    <message>
        <source>Nothing was stamped: %1</source>
        <translation>Es wurde nichts gestempelt: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Authorization (optional)</source>
        <translation>Autorisierung (optional)</translation>
    </message>
    <message>
        <source>Authorize with &amp;passkey</source>
        <translation>&amp;Mit Passkey autorisieren</translation>
    </message>
    <message>
        <source>Authorize with passkey</source>
        <translation>Mit Passkey autorisieren</translation>
    </message>
    <message>
        <source>Passkey that authorizes</source>
        <translation>Autorisierender Passkey</translation>
    </message>
    <message>
        <source>Touch %1 now to authorize this stamp… (it may ask for its PIN or your fingerprint first)</source>
        <translation>Jetzt berühren, um diesen Stempel zu autorisieren: %1… (vorher wird eventuell die PIN oder Ihr Fingerabdruck abgefragt)</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>Key id %1
Relying party %2
On %3</source>
        <translation>Schlüssel-ID %1
Relying Party %2
Sicherheitsschlüssel %3</translation>
    </message>
    <message>
        <source>No passkey is registered yet: register one on the Passkeys page to authorize stamps with it.</source>
        <translation>Es ist noch kein Passkey registriert: Registrieren Sie einen auf der Seite „Passkeys“, um damit Stempel zu autorisieren.</translation>
    </message>
    <message>
        <source>(no passkey registered)</source>
        <translation>(kein Passkey registriert)</translation>
    </message>
    <message>
        <source>Register a passkey on the Passkeys page to have each commit authorized by your touch.</source>
        <translation>Registrieren Sie auf der Seite „Passkeys“ einen Passkey, damit jeder Commit durch Ihre Berührung autorisiert wird.</translation>
    </message>
    <message>
        <source>One touch of the security key authorizes every listed file; each proof names the passkey as its actor.</source>
        <translation>Eine Berührung des Sicherheitsschlüssels autorisiert alle aufgeführten Dateien; jeder Nachweis nennt den Passkey als seinen Akteur.</translation>
    </message>
    <message>
        <source>With a commit service, all files then go in one request (the service takes one authorization per request).</source>
        <translation>Mit einem Commit-Dienst werden dann alle Dateien in einer einzigen Anfrage gesendet (der Dienst nimmt eine Autorisierung pro Anfrage an).</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::TrustProfileEditor</name>
    <message>
        <source>Trust profiles</source>
        <translation>Vertrauensprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a profile file</source>
        <translation>Eine Profildatei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the profile as a file for occ --policy</source>
        <translation>Das Profil als Datei für occ --policy exportieren</translation>
    </message>
    <message>
        <source>Use for &amp;verification</source>
        <translation>Für die &amp;Prüfung verwenden</translation>
    </message>
    <message>
        <source>Make this the profile used to verify</source>
        <translation>Dieses Profil für die Prüfung verwenden</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Required enforcement tier</source>
        <translation>Erforderliche Schutzstufe</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Beliebige Schutzstufe</translation>
    </message>
    <message>
        <source>stub — software key</source>
        <translation>stub — Softwareschlüssel</translation>
    </message>
    <message>
        <source>hw-key — hardware key</source>
        <translation>hw-key — Hardwareschlüssel</translation>
    </message>
    <message>
        <source>measured-tee — attested enclave</source>
        <translation>measured-tee — attestierte Enclave</translation>
    </message>
    <message>
        <source>Allowed signer public keys, base64, one per line</source>
        <translation>Zulässige öffentliche Schlüssel von Unterzeichnern, Base64, einer pro Zeile</translation>
    </message>
    <message>
        <source>Allowed enclave measurements (PCR0), one per line</source>
        <translation>Zulässige Enclave-Messwerte (PCR0), einer pro Zeile</translation>
    </message>
    <message>
        <source>Require a verified attestation</source>
        <translation>Geprüfte Attestierung verlangen</translation>
    </message>
    <message>
        <source>Accepted attestation formats, comma separated</source>
        <translation>Akzeptierte Attestierungsformate, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Lowest counter accepted</source>
        <translation>Niedrigster akzeptierter Zähler</translation>
    </message>
    <message>
        <source>Highest counter accepted</source>
        <translation>Höchster akzeptierter Zähler</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Limit the earliest commit time</source>
        <translation>Frühesten Commit-Zeitpunkt begrenzen</translation>
    </message>
    <message>
        <source>Earliest commit time (signer&apos;s clock)</source>
        <translation>Frühester Commit-Zeitpunkt (Uhr des Unterzeichners)</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Nicht nach</translation>
    </message>
    <message>
        <source>Limit the latest commit time</source>
        <translation>Spätesten Commit-Zeitpunkt begrenzen</translation>
    </message>
    <message>
        <source>Latest commit time (signer&apos;s clock)</source>
        <translation>Spätester Commit-Zeitpunkt (Uhr des Unterzeichners)</translation>
    </message>
    <message>
        <source>Require an epoch id</source>
        <translation>Epochen-ID verlangen</translation>
    </message>
    <message>
        <source>Require a causal slot</source>
        <translation>Kausalen Slot verlangen</translation>
    </message>
    <message>
        <source>Require a passkey authorization (actor)</source>
        <translation>Passkey-Autorisierung verlangen (Akteur)</translation>
    </message>
    <message>
        <source>Require a passkey authorization</source>
        <translation>Passkey-Autorisierung verlangen</translation>
    </message>
    <message>
        <source>Allowed actor key ids, one per line</source>
        <translation>Zulässige Schlüssel-IDs von Akteuren, eine pro Zeile</translation>
    </message>
    <message>
        <source>Allowed actor providers, comma separated</source>
        <translation>Zulässige Anbieter von Akteuren, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Allowed WebAuthn relying-party ids, comma separated</source>
        <translation>Zulässige WebAuthn-Relying-Party-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Trusted timestamp authority roots</source>
        <translation>Vertrauenswürdige Stammzertifikate von Zeitstempeldiensten</translation>
    </message>
    <message>
        <source>Extra attestation roots</source>
        <translation>Zusätzliche Attestierungs-Stammzertifikate</translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation>Zertifikat hinzufügen…</translation>
    </message>
    <message>
        <source>Add a PEM certificate</source>
        <translation>Ein PEM-Zertifikat hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected certificate</source>
        <translation>Das ausgewählte Zertifikat entfernen</translation>
    </message>
    <message>
        <source>Add freetsa.org root</source>
        <translation>Stammzertifikat von freetsa.org hinzufügen</translation>
    </message>
    <message>
        <source>Trust the freetsa.org timestamp authority</source>
        <translation>Dem Zeitstempeldienst freetsa.org vertrauen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Who may sign (pins: a proof is trusted only if one matches)</source>
        <translation>Wer signieren darf (Festlegungen: Ein Nachweis ist nur vertrauenswürdig, wenn eine davon passt)</translation>
    </message>
    <message>
        <source>Public &amp;keys:</source>
        <translation>Öffentliche &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Measurements:</source>
        <translation>Mess&amp;werte:</translation>
    </message>
    <message>
        <source>&amp;Enforcement:</source>
        <translation>Schut&amp;zstufe:</translation>
    </message>
    <message>
        <source>Attestation &amp;formats:</source>
        <translation>Attestierungs&amp;formate:</translation>
    </message>
    <message>
        <source>Extra attestation roots:</source>
        <translation>Zusätzliche Attestierungs-Stammzertifikate:</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Gültigkeitsbereiche</translation>
    </message>
    <message>
        <source>Counter &amp;from:</source>
        <translation>Zähler &amp;von:</translation>
    </message>
    <message>
        <source>Counter &amp;to:</source>
        <translation>Zähler &amp;bis:</translation>
    </message>
    <message>
        <source>Commit time:</source>
        <translation>Commit-Zeitpunkt:</translation>
    </message>
    <message>
        <source>Actors (passkeys)</source>
        <translation>Akteure (Passkeys)</translation>
    </message>
    <message>
        <source>Actor key &amp;ids:</source>
        <translation>&amp;Akteur-Schlüssel-IDs:</translation>
    </message>
    <message>
        <source>Actor &amp;providers:</source>
        <translation>Akteur-Anbiete&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Relying-party ids:</source>
        <translation>Relying-Party-I&amp;Ds:</translation>
    </message>
    <message>
        <source>Timestamp authorities (RFC 3161)</source>
        <translation>Zeitstempeldienste (RFC 3161)</translation>
    </message>
    <message>
        <source>Trusted roots:</source>
        <translation>Vertrauenswürdige Stammzertifikate:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil spei&amp;chern</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source> (used for verification)</source>
        <translation> (für die Prüfung verwendet)</translation>
    </message>
    <message>
        <source>A new profile: fill it in and save.</source>
        <translation>Ein neues Profil: Füllen Sie es aus und speichern Sie es.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>give the profile a name</source>
        <translation>geben Sie dem Profil einen Namen</translation>
    </message>
    <message>
        <source>Delete the trust profile &quot;%1&quot;?</source>
        <translation>Vertrauensprofil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Import trust profile</source>
        <translation>Vertrauensprofil importieren</translation>
    </message>
    <message>
        <source>Trust profiles (*.json)</source>
        <translation>Vertrauensprofile (*.json)</translation>
    </message>
    <message>
        <source>Export trust profile</source>
        <translation>Vertrauensprofil exportieren</translation>
    </message>
    <message>
        <source>Exported to %1 (use it with occ verify --policy)</source>
        <translation>Exportiert nach %1 (verwenden Sie es mit occ verify --policy)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate</source>
        <translation>%1 ist kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::VerifyView</name>
    <message>
        <source>(unnamed profile)</source>
        <translation>(unbenanntes Profil)</translation>
    </message>
    <message>
        <source>Trust profile</source>
        <translation>Vertrauensprofil</translation>
    </message>
    <message>
        <source>The signers and constraints this verification trusts; changing it re-verifies</source>
        <translation>Die Unterzeichner und Bedingungen, denen diese Prüfung vertraut; eine Änderung löst eine erneute Prüfung aus</translation>
    </message>
    <message>
        <source>&amp;Trust profile:</source>
        <translation>&amp;Vertrauensprofil:</translation>
    </message>
    <message>
        <source>&amp;Edit profiles…</source>
        <translation>Profile &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit trust profiles</source>
        <translation>Vertrauensprofile bearbeiten</translation>
    </message>
    <message>
        <source>Reading and hashing</source>
        <translation>Lesen und Hashen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Pin this signer…</source>
        <translation>Diesen Unterzeichner &amp;festlegen…</translation>
    </message>
    <message>
        <source>Pin this signer</source>
        <translation>Diesen Unterzeichner festlegen</translation>
    </message>
    <message>
        <source>Adds this proof&apos;s signer key to the selected trust profile after you confirm its fingerprint</source>
        <translation>Fügt den Schlüssel des Unterzeichners dieses Nachweises zum ausgewählten Vertrauensprofil hinzu, nachdem Sie seinen Fingerabdruck bestätigt haben</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the verification report as JSON</source>
        <translation>Prüfbericht als JSON speichern</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Proof fields with their coverage</source>
        <translation>Nachweisfelder mit ihrer Abdeckung</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Proof as JSON</source>
        <translation>Nachweis als JSON</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed&lt;/b&gt;: covered by the signer&apos;s signature. &lt;b&gt;Self-authenticating&lt;/b&gt;: carries its own signature, checked separately. &lt;b&gt;Advisory (unsigned)&lt;/b&gt;: anyone could have changed it; never rely on it.</source>
        <translation>&lt;b&gt;Signiert&lt;/b&gt;: von der Signatur des Unterzeichners abgedeckt. &lt;b&gt;Selbstbeglaubigend&lt;/b&gt;: trägt eine eigene Signatur, die getrennt geprüft wird. &lt;b&gt;Hinweis (unsigniert)&lt;/b&gt;: Jeder hätte es ändern können; verlassen Sie sich nie darauf.</translation>
    </message>
    <message>
        <source>Proof fields</source>
        <translation>Nachweisfelder</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Attestation document</source>
        <translation>Attestierungsdokument</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestierung</translation>
    </message>
    <message>
        <source>Verified proofs</source>
        <translation>Geprüfte Nachweise</translation>
    </message>
    <message>
        <source>Open or drop a .proof.zip bundle, or a proof JSON file with its original, to verify it. Nothing is sent anywhere: verification is offline.</source>
        <translation>Öffnen Sie ein Nachweispaket (.proof.zip) oder eine JSON-Nachweisdatei mit ihrem Original, oder legen Sie es hier ab, um es zu prüfen. Es wird nichts gesendet: Die Prüfung erfolgt offline.</translation>
    </message>
    <message>
        <source>No trust profile — check integrity only</source>
        <translation>Kein Vertrauensprofil — nur die Integrität prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n Eingabe</numerusform>
            <numerusform>%n Eingaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading and hashing %1…</source>
        <translation>%1 wird gelesen und gehasht…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was verified.</source>
        <translation>Abgebrochen: Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Nothing to verify yet</source>
        <translation>Noch nichts zu prüfen</translation>
    </message>
    <message>
        <source>Invalid — %1</source>
        <translation>Ungültig — %1</translation>
    </message>
    <message>
        <source>Verified with the trust profile &quot;%1&quot;.</source>
        <translation>Geprüft mit dem Vertrauensprofil „%1“.</translation>
    </message>
    <message>
        <source>Verified without a trust profile.</source>
        <translation>Ohne Vertrauensprofil geprüft.</translation>
    </message>
    <message>
        <source>Checked bytes: &lt;b&gt;%1&lt;/b&gt; (%2), SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>Geprüfte Bytes: &lt;b&gt;%1&lt;/b&gt; (%2), SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proof only&lt;/b&gt;: no original file was given, so no bytes were checked against this proof. Drop the original file together with the proof to check it.</source>
        <translation>&lt;b&gt;Nur Nachweis&lt;/b&gt;: Es wurde keine Originaldatei angegeben, daher wurden keine Bytes mit diesem Nachweis abgeglichen. Legen Sie die Originaldatei zusammen mit dem Nachweis ab, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Signer key &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;%2&lt;br&gt;Enforcement claimed in the signed body: %3%4</source>
        <translation>Schlüssel des Unterzeichners &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;%2&lt;br&gt;Im signierten Inhalt angegebene Schutzstufe: %3%4</translation>
    </message>
    <message>
        <source>; measurement &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>; Messwert &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>The proof names key &lt;tt&gt;%1&lt;/tt&gt;, but it is invalid: that says nothing about who signed it.</source>
        <translation>Der Nachweis nennt den Schlüssel &lt;tt&gt;%1&lt;/tt&gt;, ist aber ungültig: Das sagt nichts darüber aus, wer ihn signiert hat.</translation>
    </message>
    <message>
        <source>Signer&apos;s clock (signed by the signer, not third-party): %1</source>
        <translation>Uhr des Unterzeichners (vom Unterzeichner signiert, nicht von Dritten): %1</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp (%1): %2</source>
        <translation>Zeitstempel nach RFC 3161 (%1): %2</translation>
    </message>
    <message>
        <source>trusted authority</source>
        <translation>vertrauenswürdiger Zeitstempeldienst</translation>
    </message>
    <message>
        <source>authority NOT trusted or token not valid</source>
        <translation>Zeitstempeldienst NICHT vertrauenswürdig oder Token ungültig</translation>
    </message>
    <message>
        <source>Attestation (AWS Nitro&apos;s clock): %1</source>
        <translation>Attestierung (Uhr von AWS Nitro): %1</translation>
    </message>
    <message>
        <source>No time from a third party: the counter orders this proof within its chain.</source>
        <translation>Keine Zeitangabe eines Dritten: Der Zähler ordnet diesen Nachweis innerhalb seiner Kette ein.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Module id</source>
        <translation>Modul-ID</translation>
    </message>
    <message>
        <source>Time (AWS Nitro&apos;s clock)</source>
        <translation>Zeit (Uhr von AWS Nitro)</translation>
    </message>
    <message>
        <source>Debug mode</source>
        <translation>Debug-Modus</translation>
    </message>
    <message>
        <source>yes — all PCRs are zero; the host can read the enclave&apos;s memory</source>
        <translation>ja — alle PCRs sind null; der Host kann den Speicher der Enclave lesen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>PCR%1</source>
        <translation>PCR%1</translation>
    </message>
    <message>
        <source>Enclave certificate</source>
        <translation>Enclave-Zertifikat</translation>
    </message>
    <message>
        <source>Pin this signer?</source>
        <translation>Diesen Unterzeichner festlegen?</translation>
    </message>
    <message>
        <source>Trust every proof signed by this key, in the profile &quot;%1&quot;?</source>
        <translation>Jedem mit diesem Schlüssel signierten Nachweis im Profil „%1“ vertrauen?</translation>
    </message>
    <message>
        <source>Key: %1
Fingerprint: %2

Compare the fingerprint with one you got from the signer through another channel. A key in a proof proves nothing by itself: anyone can make one.</source>
        <translation>Schlüssel: %1
Fingerabdruck: %2

Vergleichen Sie den Fingerabdruck mit einem, den Sie über einen anderen Kanal vom Unterzeichner erhalten haben. Ein Schlüssel in einem Nachweis beweist für sich allein nichts: Jeder kann einen erzeugen.</translation>
    </message>
    <message>
        <source>Save verification report</source>
        <translation>Prüfbericht speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Passkey authorization</source>
        <translation>Passkey-Autorisierung</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Presence and verification:</source>
        <translation>Anwesenheit und Verifizierung:</translation>
    </message>
    <message>
        <source>Signature counter:</source>
        <translation>Signaturzähler:</translation>
    </message>
    <message>
        <source>Relying party:</source>
        <translation>Relying Party:</translation>
    </message>
    <message>
        <source>Your passkeys:</source>
        <translation>Ihre Passkeys:</translation>
    </message>
    <message>
        <source>unknown rpId (SHA-256 %1)</source>
        <translation>unbekannte rpId (SHA-256 %1)</translation>
    </message>
    <message>
        <source>(the studio&apos;s default; not a domain, so no website could ask for it)</source>
        <translation>(Standardwert des Studios; keine Domain, daher könnte keine Website danach fragen)</translation>
    </message>
    <message>
        <source>allowed by the profile</source>
        <translation>vom Profil zugelassen</translation>
    </message>
    <message>
        <source>NOT among the profile&apos;s allowedRpIds</source>
        <translation>NICHT unter den allowedRpIds des Profils</translation>
    </message>
    <message>
        <source>(as claimed; not verified)</source>
        <translation>(laut Angabe; nicht geprüft)</translation>
    </message>
    <message>
        <source>Passkey authorization — NOT valid</source>
        <translation>Passkey-Autorisierung — NICHT gültig</translation>
    </message>
    <message>
        <source>The authorization does not verify: %1</source>
        <translation>Die Prüfung der Autorisierung schlägt fehl: %1</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keiner genannt</translation>
    </message>
    <message>
        <source>key id %1, provider “%2”</source>
        <translation>Schlüssel-ID %1, Anbieter „%2“</translation>
    </message>
    <message>
        <source>WebAuthn passkey (a security key&apos;s touch)</source>
        <translation>WebAuthn-Passkey (Berührung eines Sicherheitsschlüssels)</translation>
    </message>
    <message>
        <source>Direct P-256 signature (a software key; no touch)</source>
        <translation>Direkte P-256-Signatur (ein Softwareschlüssel; keine Berührung)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>UP (user present): %1; UV (user verified): %2</source>
        <translation>UP (Benutzer anwesend): %1; UV (Benutzer verifiziert): %2</translation>
    </message>
    <message>
        <source>0 (this authenticator keeps no counter)</source>
        <translation>0 (dieser Authentifikator führt keinen Zähler)</translation>
    </message>
    <message>
        <source>No: not one of the passkeys registered in this studio</source>
        <translation>Nein: keiner der in diesem Studio registrierten Passkeys</translation>
    </message>
    <message>
        <source>Yes: your passkey “%1” on %2</source>
        <translation>Ja: Ihr Passkey „%1“ (%2)</translation>
    </message>
    <message>
        <source>Not covered by the passkey&apos;s signature: %1. The passkey signs only the challenge; these fields are bound by the signer&apos;s single-use challenge and by the signer&apos;s Ed25519 signature over the actor.</source>
        <translation>Nicht von der Signatur des Passkeys abgedeckt: %1. Der Passkey signiert nur die Challenge; diese Felder sind durch die Einmal-Challenge des Unterzeichners und durch seine Ed25519-Signatur über den Akteur gebunden.</translation>
    </message>
</context>
<context>
    <name>Occ::VerifySession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not an occ/1 proof</source>
        <translation>%1 ist größer als 1 MiB: kein occ/1-Nachweis</translation>
    </message>
    <message>
        <source>Read %1 (%2 bytes) and its proof from the bundle without extracting it</source>
        <translation>%1 (%2 Bytes) und der zugehörige Nachweis wurden aus dem Nachweispaket gelesen, ohne es zu entpacken</translation>
    </message>
    <message>
        <source>The bundle holds a proof but no original file</source>
        <translation>Das Nachweispaket enthält einen Nachweis, aber keine Originaldatei</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Make and check OCC (occ/1) proofs.</source>
        <translation>OCC-Nachweise (occ/1) erstellen und prüfen.</translation>
    </message>
    <message>
        <source>Bundles or proofs to verify, or files to stamp (routed by content).</source>
        <translation>Zu prüfende Nachweispakete oder Nachweise oder zu stempelnde Dateien (Zuordnung nach Inhalt).</translation>
    </message>
    <message>
        <source>Stamp FILEs, verify the first bundle, save the pages as PNG files in DIR, and quit (used to make the README&apos;s pictures).</source>
        <translation>Die Dateien (FILE) stempeln, das erste Nachweispaket prüfen, die Seiten als PNG-Dateien in DIR speichern und beenden (dient zum Erstellen der Bilder für die README).</translation>
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
        <translation>Aufruf: occ verify [--policy FILE] [--json] FILE PROOF.json
        occ verify [--policy FILE] [--json] --proof-only PROOF.json

Prüft einen occ/1-Nachweis. Mit FILE muss der SHA-256 dieser Datei dem Hashwert im Nachweis
entsprechen (die Datei wird lokal in Blöcken gehasht). Mit --proof-only laufen alle Prüfungen
außer dem Hashwertabgleich, und der Bericht weist darauf hin. Ein .proof.zip-Nachweispaket
wird geprüft, ohne es zu entpacken: Sein Original wird aus dem Archiv gehasht (ein
Stapel-Nachweispaket meldet jede Datei).

Ergebnisse: invalid (eine Prüfung ist fehlgeschlagen), valid (intakt, aber nichts legt den
Unterzeichner fest), trusted (valid, und das Vertrauensprofil legt den Unterzeichner fest und
alle seine Bedingungen sind erfüllt).

Optionen:
  --policy FILE  Vertrauensprofil (JSON): allowedPublicKeys, allowedMeasurements,
                 requireEnforcement, minCounter, maxCounter, minTime, maxTime, ...
  --json         {&quot;verdict&quot;, &quot;reason&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;status&quot;, &quot;message&quot;}]} ausgeben
  --proof-only   Keine Datei: den Nachweis für sich allein prüfen

Exit-Status: 0 valid oder trusted, 1 invalid, 2 Aufruf- oder E/A-Fehler.
</translation>
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
        <translation>Aufruf: occ inspect [--json] PROOF.json

Listet alle Felder eines Nachweises mit ihrer Abdeckung auf:
  signed               von der Ed25519-Signatur des Unterzeichners abgedeckt
  self-authenticating  trägt eine eigene Signatur, die getrennt geprüft wird
  advisory             unsigniert: Jeder kann es ändern
sowie den Nachweis-Hashwert (commit.prevB64 des nächsten Nachweises), den proofCore-Hashwert
und den kanonischen Text des signierten Inhalts. Die Untersuchung prüft nichts: Verwenden Sie
dafür occ verify.

Optionen:
  --json  {&quot;proofHashB64&quot;, &quot;proofCoreDigestB64&quot;, &quot;signedBodyCanonical&quot;,
          &quot;fields&quot;: [{&quot;path&quot;, &quot;tier&quot;, &quot;value&quot;}]} ausgeben
</translation>
    </message>
    <message>
        <source>Usage: occ canonicalize [FILE|-]

Read a JSON text (from FILE, or standard input when FILE is - or absent) with JSON.parse
semantics and print its occ/1 canonical UTF-8 bytes, with no trailing newline.
Exit status 1 with a message when the input is not JSON.
</source>
        <translation>Aufruf: occ canonicalize [FILE|-]

Liest einen JSON-Text (aus FILE oder von der Standardeingabe, wenn FILE - ist oder fehlt) mit
der Semantik von JSON.parse und gibt seine kanonischen occ/1-UTF-8-Bytes ohne abschließenden
Zeilenumbruch aus. Exit-Status 1 mit einer Meldung, wenn die Eingabe kein JSON ist.
</translation>
    </message>
    <message>
        <source>Usage: occ hash FILE...

Print &quot;&lt;digestB64&gt;  &lt;path&gt;&quot; for each file: the SHA-256 of its bytes in standard base64,
as it appears in artifact.digestB64. Files are read in chunks and never leave the machine.
</source>
        <translation>Aufruf: occ hash FILE...

Gibt für jede Datei &quot;&lt;digestB64&gt;  &lt;path&gt;&quot; aus: den SHA-256 ihrer Bytes in Standard-Base64,
wie er in artifact.digestB64 steht. Dateien werden in Blöcken gelesen und verlassen den
Rechner nie.
</translation>
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
        <translation>Aufruf: occ key [--state FILE] [--json] [--export-trust FILE]

Zeigt die Identität des eingebetteten Stub-Unterzeichners an: öffentlicher Schlüssel, Messwert
und Epoche. Die Zustandsdatei (Standard: $OCC_STATE_PATH, sonst der Datenordner der Anwendung)
wird mit einem neuen Schlüssel angelegt, wenn sie nicht existiert.

Optionen:
  --state FILE         Die Zustandsdatei des Stub-Unterzeichners
  --endpoint URL       Einen Commit-Dienst (GET /key) statt des lokalen Stubs abfragen
  --json               {&quot;publicKeyB64&quot;, &quot;measurement&quot;, &quot;enforcement&quot;, &quot;epochId&quot;,
                       &quot;statePath&quot;} ausgeben
  --export-trust FILE  Ein Vertrauensprofil schreiben, das diesen Schlüssel festlegt, damit
                       Empfänger die Nachweise dieses Unterzeichners als vertrauenswürdig
                       prüfen können (eine vorhandene Datei bleibt erhalten)
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>occ %1: %2
Try &apos;occ %1 --help&apos;.
</source>
        <translation>occ %1: %2
Versuchen Sie &apos;occ %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>Batch bundle with %1 files</source>
        <translation>Stapel-Nachweispaket mit %1 Dateien</translation>
    </message>
    <message>
        <source>%1: batch bundle with %2 files
</source>
        <translation>%1: Stapel-Nachweispaket mit %2 Dateien
</translation>
    </message>
    <message>
        <source>--proof-only takes exactly one PROOF.json</source>
        <translation>--proof-only erwartet genau eine PROOF.json</translation>
    </message>
    <message>
        <source>expected FILE PROOF.json, BUNDLE.proof.zip, or --proof-only PROOF.json</source>
        <translation>erwartet: FILE PROOF.json, BUNDLE.proof.zip oder --proof-only PROOF.json</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a .proof.zip bundle; to check a proof JSON give the file too, or use --proof-only</source>
        <translation>%1 ist kein .proof.zip-Nachweispaket; um eine JSON-Nachweisdatei zu prüfen, geben Sie auch die Datei an oder verwenden Sie --proof-only</translation>
    </message>
    <message>
        <source>--endpoint needs an http:// or https:// URL</source>
        <translation>--endpoint braucht eine URL mit http:// oder https://</translation>
    </message>
    <message>
        <source>cannot read --ca-file %1</source>
        <translation>--ca-file %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--timeout takes seconds (0 &lt; s &lt;= 3600)</source>
        <translation>--timeout erwartet Sekunden (0 &lt; s &lt;= 3600)</translation>
    </message>
    <message>
        <source>-o DIR is required</source>
        <translation>-o DIR ist erforderlich</translation>
    </message>
    <message>
        <source>expected at least one FILE</source>
        <translation>mindestens ein FILE erwartet</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>--chain needs a non-empty id</source>
        <translation>--chain braucht eine nicht leere ID</translation>
    </message>
    <message>
        <source>--meta takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--meta erwartet KEY=VALUE, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--state is for the stub; it cannot go with --endpoint</source>
        <translation>--state gilt für den Stub und kann nicht mit --endpoint kombiniert werden</translation>
    </message>
    <message>
        <source>occ commit: %1
</source>
        <translation>occ commit: %1
</translation>
    </message>
    <message>
        <source>occ commit: signed by %1
</source>
        <translation>occ commit: signiert von %1
</translation>
    </message>
    <message>
        <source>occ commit: %1: %2
</source>
        <translation>occ commit: %1: %2
</translation>
    </message>
    <message>
        <source>not stamped</source>
        <translation>nicht gestempelt</translation>
    </message>
    <message>
        <source>expected one PROOF.json</source>
        <translation>eine PROOF.json erwartet</translation>
    </message>
    <message>
        <source>occ inspect: %1: %2
</source>
        <translation>occ inspect: %1: %2
</translation>
    </message>
    <message>
        <source>Proof hash (chain link): %1
</source>
        <translation>Nachweis-Hashwert (Kettenverknüpfung): %1
</translation>
    </message>
    <message>
        <source>Proof hash without timestamps (TSA-era chain link): %1
</source>
        <translation>Nachweis-Hashwert ohne Zeitstempel (Kettenverknüpfung der TSA-Ära): %1
</translation>
    </message>
    <message>
        <source>proofCore digest: %1
</source>
        <translation>proofCore-Hashwert: %1
</translation>
    </message>
    <message>
        <source>Signed body: %1

</source>
        <translation>Signierter Inhalt: %1

</translation>
    </message>
    <message>
        <source>(cannot be built from this proof)</source>
        <translation>(kann aus diesem Nachweis nicht erstellt werden)</translation>
    </message>
    <message>
        <source>expected at most one FILE</source>
        <translation>höchstens ein FILE erwartet</translation>
    </message>
    <message>
        <source>occ canonicalize: invalid JSON: %1
</source>
        <translation>occ canonicalize: ungültiges JSON: %1
</translation>
    </message>
    <message>
        <source>occ hash: %1 is a folder
</source>
        <translation>occ hash: %1 ist ein Ordner
</translation>
    </message>
    <message>
        <source>occ hash: %1
</source>
        <translation>occ hash: %1
</translation>
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
        <translation>Aufruf: occ serve [--bind ADDRESS] [--port PORT] [--state FILE] [--max-body BYTES]

Führt die OCC-Commit-API auf diesem Rechner aus, gestützt auf den eingebetteten
Stub-Unterzeichner: POST /commit, POST /challenge, GET /key, GET /health und POST /verify.
Setzen Sie API_KEYS (durch Kommas getrennt), um &quot;Authorization: Bearer &lt;key&gt;&quot; für /commit zu
verlangen. Beendet sich sauber bei SIGINT/SIGTERM.

Optionen:
  --bind ADDRESS    Adresse, auf der gelauscht wird (Standard: 127.0.0.1)
  --port PORT       Port (Standard: 8787; 0 wählt einen freien)
  --state FILE      Der Zustand des Stub-Unterzeichners (wie bei occ commit)
  --max-body BYTES  Größter angenommener Anfrageinhalt (Standard: 1048576; größere erhalten 413)
</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--bind needs an IP address</source>
        <translation>--bind braucht eine IP-Adresse</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port braucht eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>--max-body needs a number of bytes (at least 1024)</source>
        <translation>--max-body braucht eine Anzahl von Bytes (mindestens 1024)</translation>
    </message>
    <message>
        <source>occ serve: listening on http://%1:%2 (stub signer %3…, %4)
</source>
        <translation>occ serve: lauscht auf http://%1:%2 (Stub-Unterzeichner %3…, %4)
</translation>
    </message>
    <message>
        <source>no API key required</source>
        <translation>kein API-Schlüssel erforderlich</translation>
    </message>
    <message>
        <source>API key required for /commit</source>
        <translation>API-Schlüssel für /commit erforderlich</translation>
    </message>
    <message>
        <source>occ serve: stopped
</source>
        <translation>occ serve: beendet
</translation>
    </message>
    <message>
        <source>Usage: occ health --endpoint URL [--ca-file PEM] [--timeout SEC]

Ask a commit service whether it is up (GET /health). Exit 0 when it is.
</source>
        <translation>Aufruf: occ health --endpoint URL [--ca-file PEM] [--timeout SEC]

Fragt einen Commit-Dienst, ob er läuft (GET /health). Exit-Status 0, wenn ja.
</translation>
    </message>
    <message>
        <source>--endpoint URL is required</source>
        <translation>--endpoint URL ist erforderlich</translation>
    </message>
    <message>
        <source>occ health: %1
</source>
        <translation>occ health: %1
</translation>
    </message>
    <message>
        <source>%1 is up
</source>
        <translation>%1 läuft
</translation>
    </message>
    <message>
        <source>Usage: occ api-key set --endpoint URL     (reads the key from standard input)
       occ api-key forget --endpoint URL

Keep a commit service&apos;s API key in the operating system&apos;s keychain, so that occ and the
studio use it without --api-key. The key is never written in plain text: without a
keychain service (Secret Service or KWallet) this fails and says so.
</source>
        <translation>Aufruf: occ api-key set --endpoint URL     (liest den Schlüssel von der Standardeingabe)
        occ api-key forget --endpoint URL

Legt den API-Schlüssel eines Commit-Dienstes im Schlüsselbund des Betriebssystems ab, sodass
occ und das Studio ihn ohne --api-key verwenden. Der Schlüssel wird nie im Klartext
geschrieben: Ohne Schlüsselbunddienst (Secret Service oder KWallet) schlägt dies mit einer
entsprechenden Meldung fehl.
</translation>
    </message>
    <message>
        <source>expected set or forget</source>
        <translation>set oder forget erwartet</translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>kein Schlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <source>occ api-key: %1
</source>
        <translation>occ api-key: %1
</translation>
    </message>
    <message>
        <source>Saved the API key for %1 in the keychain
</source>
        <translation>API-Schlüssel für %1 im Schlüsselbund gespeichert
</translation>
    </message>
    <message>
        <source>Removed the API key for %1 from the keychain
</source>
        <translation>API-Schlüssel für %1 aus dem Schlüsselbund entfernt
</translation>
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
        <translation>Aufruf: occ mcp [--state FILE | --endpoint URL [--api-key KEY] [--ca-file PEM]]
                [--http [--bind 127.0.0.1] [--port 8788]]

Führt einen Model-Context-Protocol-Server mit den Werkzeugen commit_text, commit_file,
verify_proof und inspect_proof aus, über Standardein- und -ausgabe (eine JSON-RPC-Nachricht
pro Zeile; Protokollmeldungen gehen an die Standardfehlerausgabe) oder mit --http über den
Streamable-HTTP-Transport unter /mcp. Commits verwenden den eingebetteten Stub-Unterzeichner,
sofern --endpoint keinen Commit-Dienst nennt.

  claude mcp add occ -- occ mcp
</translation>
    </message>
    <message>
        <source>signed by the commit service at %1</source>
        <translation>signiert vom Commit-Dienst unter %1</translation>
    </message>
    <message>
        <source>signed by the embedded stub signer %1… (tier stub)</source>
        <translation>signiert vom eingebetteten Stub-Unterzeichner %1… (Schutzstufe stub)</translation>
    </message>
    <message>
        <source>occ mcp: ready on standard input/output (%1)
</source>
        <translation>occ mcp: bereit auf Standardein- und -ausgabe (%1)
</translation>
    </message>
    <message>
        <source>occ mcp: a message longer than 16 MiB was dropped
</source>
        <translation>occ mcp: eine Nachricht über 16 MiB wurde verworfen
</translation>
    </message>
    <message>
        <source>--bind needs an IP address and --port a number</source>
        <translation>--bind braucht eine IP-Adresse und --port eine Zahl</translation>
    </message>
    <message>
        <source>occ mcp: listening on http://%1:%2/mcp (%3)
</source>
        <translation>occ mcp: lauscht auf http://%1:%2/mcp (%3)
</translation>
    </message>
    <message>
        <source>Usage: occ demo

Show the whole OCC story on this machine, offline: start a local commit service on a
throw-away stub signer, check it, commit a sample, verify it, change one byte and watch
verification fail.
</source>
        <translation>Aufruf: occ demo

Zeigt den ganzen OCC-Ablauf auf diesem Rechner, offline: startet einen lokalen Commit-Dienst
mit einem Wegwerf-Stub-Unterzeichner, prüft ihn, reicht ein Beispiel ein, prüft es, ändert ein
Byte und zeigt, wie die Prüfung fehlschlägt.
</translation>
    </message>
    <message>
        <source>no arguments expected</source>
        <translation>keine Argumente erwartet</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>temporärer Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>OCC demo: commit -&gt; verify -&gt; tamper -&gt; rejected

</source>
        <translation>OCC-Demo: einreichen -&gt; prüfen -&gt; manipulieren -&gt; abgelehnt

</translation>
    </message>
    <message>
        <source>Created a throw-away stub signer, key %1…</source>
        <translation>Wegwerf-Stub-Unterzeichner erstellt, Schlüssel %1…</translation>
    </message>
    <message>
        <source>Started the commit service on %1</source>
        <translation>Commit-Dienst auf %1 gestartet</translation>
    </message>
    <message>
        <source>GET /health answered {&quot;ok&quot;:true}</source>
        <translation>GET /health hat {&quot;ok&quot;:true} geantwortet</translation>
    </message>
    <message>
        <source>Hashed the sample locally: %1 (only this digest is sent)</source>
        <translation>Beispiel lokal gehasht: %1 (nur dieser Hashwert wird gesendet)</translation>
    </message>
    <message>
        <source>POST /commit returned a signed proof: counter %1, slot %2, checked before accepting it</source>
        <translation>POST /commit hat einen signierten Nachweis zurückgegeben: Zähler %1, Slot %2, vor der Annahme geprüft</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verified the original bytes: %1 (%2)</source>
        <translation>Originalbytes geprüft: %1 (%2)</translation>
    </message>
    <message>
        <source>a tampered sample was not rejected</source>
        <translation>ein manipuliertes Beispiel wurde nicht abgelehnt</translation>
    </message>
    <message>
        <source>Changed one byte of the sample: verification fails (%1)</source>
        <translation>Ein Byte des Beispiels geändert: Die Prüfung schlägt fehl (%1)</translation>
    </message>
    <message>
        <source>an edited proof was not rejected</source>
        <translation>ein bearbeiteter Nachweis wurde nicht abgelehnt</translation>
    </message>
    <message>
        <source>Edited the proof&apos;s counter: verification fails (%1)</source>
        <translation>Zähler des Nachweises bearbeitet: Die Prüfung schlägt fehl (%1)</translation>
    </message>
    <message>
        <source>
Done: %1 steps passed.
</source>
        <translation>
Fertig: %1 Schritte bestanden.
</translation>
    </message>
    <message>
        <source>Usage: occ audit [--policy FILE] [--json] PATH...

Verify every proof under the given bundles, proof files and folders, then audit them as
chains: group by signer, epoch and chain, order by counter, resolve every prevB64 link,
and report forks, reused counters, gaps, times that go backwards, broken links and
duplicates. Exit 1 if anything is wrong.
</source>
        <translation>Aufruf: occ audit [--policy FILE] [--json] PATH...

Prüft jeden Nachweis in den angegebenen Nachweispaketen, Nachweisdateien und Ordnern und prüft
sie dann als Ketten: gruppiert nach Unterzeichner, Epoche und Kette, ordnet nach Zähler, löst
jede prevB64-Verknüpfung auf und meldet Verzweigungen, mehrfach verwendete Zähler, Lücken,
rückwärts laufende Zeiten, unterbrochene Verknüpfungen und Duplikate. Exit-Status 1, wenn
etwas nicht stimmt.
</translation>
    </message>
    <message>
        <source>expected at least one PATH</source>
        <translation>mindestens ein PATH erwartet</translation>
    </message>
    <message>
        <source>occ audit: %1
</source>
        <translation>occ audit: %1
</translation>
    </message>
    <message>
        <source>%1: audited %2 proofs in %3 chains, %4 problems
</source>
        <translation>%1: %2 Nachweise in %3 Ketten geprüft, %4 Probleme
</translation>
    </message>
    <message>
        <source>  chain: signer %1… epoch %2… %3: %4 proofs, counters %5..%6, %7 links
</source>
        <translation>  Kette: Unterzeichner %1… Epoche %2… %3: %4 Nachweise, Zähler %5..%6, %7 Verknüpfungen
</translation>
    </message>
    <message>
        <source>default chain</source>
        <translation>Standardkette</translation>
    </message>
    <message>
        <source>occ key: %1
</source>
        <translation>occ key: %1
</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation>%1 existiert bereits; wird nicht überschrieben</translation>
    </message>
    <message>
        <source>OCC commit service signer %1</source>
        <translation>Unterzeichner des OCC-Commit-Dienstes %1</translation>
    </message>
    <message>
        <source>OCC Proof Studio stub signer %1</source>
        <translation>Stub-Unterzeichner von OCC Proof Studio %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote a trust profile pinning %1 to %2
</source>
        <translation>Vertrauensprofil, das %1 festlegt, in %2 geschrieben
</translation>
    </message>
    <message>
        <source>Public key:   %1
</source>
        <translation>Öffentlicher Schlüssel:  %1
</translation>
    </message>
    <message>
        <source>Enforcement:  stub (a key on a computer, no hardware protection)
</source>
        <translation>Schutzstufe:             stub (ein Schlüssel auf einem Computer, ohne Hardwareschutz)
</translation>
    </message>
    <message>
        <source>Enforcement:  %1 (as the signer reports it)
</source>
        <translation>Schutzstufe:             %1 (laut Angabe des Unterzeichners)
</translation>
    </message>
    <message>
        <source>Measurement:  %1
Epoch:        %2
</source>
        <translation>Messwert:                %1
Epoche:                  %2
</translation>
    </message>
    <message>
        <source>State file:   %1
</source>
        <translation>Zustandsdatei:           %1
</translation>
    </message>
    <message>
        <source>occ: unknown command &apos;%1&apos;

</source>
        <translation>occ: unbekannter Befehl &apos;%1&apos;

</translation>
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
        <translation>Aufruf: occ &lt;command&gt; [options] [arguments]

OCC-Nachweise (occ/1) erstellen und prüfen.

Befehle:
  verify        Einen Nachweis anhand einer Datei prüfen oder für sich allein mit --proof-only
  inspect       Alle Felder eines Nachweises mit ihrer Abdeckung (signed, self-authenticating,
                advisory) und die Hashwerte des Nachweises auflisten
  canonicalize  Die kanonischen occ/1-Bytes eines JSON-Texts ausgeben
  hash          Den SHA-256 (Base64) von Dateien ausgeben, lokal berechnet
  audit         Viele Nachweise prüfen und ihre Ketten untersuchen (Verknüpfungen,
                Verzweigungen, Lücken)
  commit        Dateien mit dem eingebetteten Stub-Unterzeichner in .proof.zip-Nachweispakete
                stempeln
  serve         Die Commit-API auf diesem Rechner ausführen, gestützt auf den Stub-Unterzeichner
  health        Prüfen, ob ein Commit-Dienst läuft
  api-key       Den API-Schlüssel eines Commit-Dienstes im Schlüsselbund des Systems ablegen
  mcp           Model-Context-Protocol-Server für KI-Agenten (stdio oder HTTP)
  demo          Einreichen, Prüfen und Manipulieren auf diesem Rechner, Schritt für Schritt
  key           Den öffentlichen Schlüssel des eingebetteten Stub-Unterzeichners anzeigen oder
                ein Vertrauensprofil exportieren, das ihn festlegt
  passkey       FIDO2-Passkeys registrieren, die Commits autorisieren (list, register,
                remove, export)

Optionen:
  -h, --help     Diese Hilfe anzeigen oder, nach einem Befehl, die Hilfe dieses Befehls
  -v, --version  Die Version anzeigen

Exit-Status: 0 Erfolg (verify: valid oder trusted), 1 invalid, 2 Aufruf- oder E/A-Fehler.
</translation>
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
        <translation>Aufruf: occ commit [--state FILE] [--chain ID] [--name N] [--title T] [--message M]
                   [--meta KEY=VALUE]... [--batch] [--force] [--policy FILE]
                   [--endpoint URL [--api-key KEY] [--ca-file PEM] [--timeout SEC]]
                   -o DIR FILE...

Stempelt Dateien mit dem eingebetteten Stub-Unterzeichner: Jede Datei wird lokal gehasht
(ihre Bytes verlassen diesen Computer nie), eingereicht und mit ihrem Nachweis als
DIR/&lt;file&gt;.proof.zip geschrieben (oder, mit --batch, alle zusammen in ein
Stapel-Nachweispaket). Eine Zeile pro Datei; nicht lesbare Dateien werden gemeldet, die
übrigen werden trotzdem gestempelt.

Optionen:
  -o, --output DIR  Zielordner der Nachweispakete (wird bei Bedarf angelegt)
  --state FILE      Der Zustand des Stub-Unterzeichners (Standard: $OCC_STATE_PATH, sonst
                    der Datenordner der Anwendung); wird mit neuem Schlüssel angelegt, falls
                    er fehlt
  --chain ID        Auf dieser Kette statt auf der Standardkette einreichen
  --name, --title, --message  Im signierten Nachweis versiegelte Zuschreibung (öffentlich)
  --meta KEY=VALUE  Unsignierte Metadaten (jeder kann sie ändern); wiederholbar
  --batch           Ein Nachweispaket für alle Dateien
  --force           Vorhandene Nachweispakete ersetzen, statt einen nummerierten Namen zu
                    wählen
  --endpoint URL    Über diesen OCC-Commit-Dienst statt über den Stub einreichen, z. B.
                    https://nitro.occproof.com (es werden nur Hashwerte gesendet; jeder
                    zurückgegebene Nachweis wird geprüft, bevor etwas geschrieben wird)
  --api-key KEY     Bearer-Schlüssel für den Dienst (Standard: $OCC_API_KEY)
  --ca-file PEM     Zusätzliche CA-Zertifikate, denen für das TLS des Dienstes vertraut wird
  --timeout SEC     Zeitlimit pro Anfrage (Standard: 30)
  --tsa URL         Diesen Zeitstempeldienst nach RFC 3161 um Token über den Hashwert der
                    Datei und den proofCore-Hashwert bitten (Zeit eines Dritten)
  --require-timestamps  Ohne Zeitstempel für diese Datei nichts schreiben
  --policy FILE     Ein Vertrauensprofil, das jeder neue Nachweis erfüllen muss (z. B. eines,
                    das den Messwert des Dienstes festlegt); sonst wird nichts geschrieben
  --passkey KEY     Den Commit mit diesem registrierten Passkey autorisieren (keyId,
                    ein Präfix aus mindestens 8 Hex-Ziffern oder seine Bezeichnung):
                    eine Berührung für alle Dateien; der Akteur wird in jedem Nachweis
                    versiegelt (siehe occ passkey)
  --actor-key PEM   Stattdessen mit einem privaten P-256-Softwareschlüssel autorisieren
                    (direkte Form, für die Automatisierung)

Exit-Status: 0 alles gestempelt, 1 eine Datei fehlgeschlagen, 2 Aufruf- oder Zustandsfehler.
</translation>
    </message>
    <message>
        <source>Wrong PIN. </source>
        <translation>Falsche PIN. </translation>
    </message>
    <message numerus="yes">
        <source>PIN for %1 (%n tries left): </source>
        <translation>
            <numerusform>PIN (%1, noch %n Versuch): </numerusform>
            <numerusform>PIN (%1, noch %n Versuche): </numerusform>
        </translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation>PIN (%1): </translation>
    </message>
    <message>
        <source>Touch %1 now…
</source>
        <translation>Jetzt berühren: %1…
</translation>
    </message>
    <message>
        <source>--passkey and --actor-key exclude each other</source>
        <translation>--passkey und --actor-key schließen einander aus</translation>
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
        <translation>Aufruf: occ passkey list [--json] [--devices]
        occ passkey register [--label TEXT] [--rp-id ID] [--user NAME] [--device PATH]
        occ passkey rename KEY LABEL
        occ passkey remove KEY
        occ passkey export KEY FILE

Passkeys auf einem FIDO2-Sicherheitsschlüssel (oder Windows Hello) autorisieren Commits:
`occ commit --passkey KEY` verlangt eine Berührung (und die PIN des Schlüssels oder Ihren
Fingerabdruck), und jeder Nachweis trägt dann den Passkey als seinen Akteur, versiegelt
im signierten Inhalt. KEY ist eine keyId, ein Präfix aus mindestens 8 Hex-Ziffern oder
eine Bezeichnung. Die Liste liegt in passkeys.json im Datenordner der Anwendung
($OCC_PASSKEYS legt einen anderen Ort fest); sie enthält kein Geheimnis.

  --devices     Auch die derzeit angeschlossenen Authentifikatoren auflisten
  --label TEXT  Ein Name für den neuen Passkey (Standard: Name des Schlüssels und Datum)
  --rp-id ID    Relying-Party-ID für die Registrierung (Standard: occ-proof-studio, das
                keine Website verwenden kann; geben Sie eine Domain an, um den Passkey
                mit einer Web-App zu teilen)
  --user NAME   Auf dem Schlüssel gespeicherter Benutzername (Standard: occ)
  --device PATH Der zu verwendende Authentifikator, wenn mehrere angeschlossen sind

remove vergisst den Passkey hier; die Anmeldeinformation bleibt auf dem Schlüssel
(löschen Sie sie mit der Verwaltungssoftware des Schlüssels). export schreibt ein
Vertrauensprofil, das nur vom Passkey autorisierte Nachweise akzeptiert
(allowedActorKeyIds und allowedRpIds).

Eine PIN wird ohne Echo vom Terminal gelesen oder, wenn die Standardeingabe kein Terminal
ist, aus deren erster Zeile.
</translation>
    </message>
    <message>
        <source>No passkeys registered. Register one with `occ passkey register`.
</source>
        <translation>Keine Passkeys registriert. Registrieren Sie einen mit `occ passkey register`.
</translation>
    </message>
    <message numerus="yes">
        <source>Authenticators attached: %n
</source>
        <translation>
            <numerusform>Angeschlossener Authentifikator: %n
</numerusform>
            <numerusform>Angeschlossene Authentifikatoren: %n
</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered passkey %1 (%2) for rpId %3; attestation: %4
</source>
        <translation>Passkey %1 (%2) für rpId %3 registriert; Attestierung: %4
</translation>
    </message>
    <message>
        <source>expected KEY</source>
        <translation>KEY erwartet</translation>
    </message>
    <message>
        <source>expected KEY LABEL</source>
        <translation>KEY LABEL erwartet</translation>
    </message>
    <message>
        <source>expected KEY FILE</source>
        <translation>KEY FILE erwartet</translation>
    </message>
    <message>
        <source>Forgot passkey %1 (%2). The credential is still on the security key.
</source>
        <translation>Passkey %1 (%2) vergessen. Die Anmeldeinformation liegt weiterhin auf dem Sicherheitsschlüssel.
</translation>
    </message>
    <message>
        <source>%1 exists; not replaced</source>
        <translation>%1 existiert; wird nicht ersetzt</translation>
    </message>
    <message>
        <source>unknown passkey command %1</source>
        <translation>unbekannter passkey-Befehl %1</translation>
    </message>
</context>
</TS>
