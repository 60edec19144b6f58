<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Occ::Agency</name>
    <message>
        <source>agency must be an object</source>
        <translation>agency debe ser un objeto</translation>
    </message>
    <message>
        <source>agency.actor must be an object</source>
        <translation>agency.actor debe ser un objeto</translation>
    </message>
    <message>
        <source>agency.authorization must be an object</source>
        <translation>agency.authorization debe ser un objeto</translation>
    </message>
    <message>
        <source>agency.actor.keyId must be a non-empty string</source>
        <translation>agency.actor.keyId debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>agency.actor.publicKeyB64 must be a non-empty string</source>
        <translation>agency.actor.publicKeyB64 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>agency.actor.algorithm must be &quot;ES256&quot;, got &quot;%1&quot;</source>
        <translation>agency.actor.algorithm debe ser &quot;ES256&quot;, pero es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>agency.actor.provider must be a non-empty string</source>
        <translation>agency.actor.provider debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>agency.authorization.purpose must be &quot;occ/commit-authorize/v1&quot;, got &quot;%1&quot;</source>
        <translation>agency.authorization.purpose debe ser &quot;occ/commit-authorize/v1&quot;, pero es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>agency.authorization.signatureB64 must be a non-empty string</source>
        <translation>agency.authorization.signatureB64 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>agency: actor.keyId does not match SHA-256 of public key</source>
        <translation>agency: actor.keyId no coincide con el SHA-256 de la clave pública</translation>
    </message>
    <message>
        <source>agency: authorization.actorKeyId does not match actor.keyId</source>
        <translation>agency: authorization.actorKeyId no coincide con actor.keyId</translation>
    </message>
    <message>
        <source>agency: authorization.artifactHash does not match proof.artifact.digestB64</source>
        <translation>agency: authorization.artifactHash no coincide con proof.artifact.digestB64</translation>
    </message>
    <message>
        <source>, as one of a batch of %1 files</source>
        <translation>, como parte de un lote de %1 archivos</translation>
    </message>
    <message>
        <source>agency: WebAuthn authorization missing clientDataJSON</source>
        <translation>agency: a la autorización WebAuthn le falta clientDataJSON</translation>
    </message>
    <message>
        <source>agency: WebAuthn authorization missing authenticatorDataB64</source>
        <translation>agency: a la autorización WebAuthn le falta authenticatorDataB64</translation>
    </message>
    <message>
        <source>agency: clientDataJSON is ambiguous JSON (%1)</source>
        <translation>agency: clientDataJSON es JSON ambiguo (%1)</translation>
    </message>
    <message>
        <source>agency: clientDataJSON is not valid JSON</source>
        <translation>agency: clientDataJSON no es JSON válido</translation>
    </message>
    <message>
        <source>agency: clientDataJSON.type must be &quot;webauthn.get&quot;, got &quot;%1&quot;</source>
        <translation>agency: clientDataJSON.type debe ser &quot;webauthn.get&quot;, pero es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>agency: clientDataJSON missing challenge field</source>
        <translation>agency: a clientDataJSON le falta el campo challenge</translation>
    </message>
    <message>
        <source>agency: clientDataJSON.challenge must be a string</source>
        <translation>agency: clientDataJSON.challenge debe ser una cadena</translation>
    </message>
    <message>
        <source>agency: clientDataJSON challenge does not match authorization.challenge</source>
        <translation>agency: el challenge de clientDataJSON no coincide con authorization.challenge</translation>
    </message>
    <message>
        <source>agency: authenticatorData too short</source>
        <translation>agency: authenticatorData es demasiado corto</translation>
    </message>
    <message>
        <source>agency: authenticatorData UP flag not set</source>
        <translation>agency: el indicador UP de authenticatorData no está activado</translation>
    </message>
    <message>
        <source>agency: authenticatorData UV flag not set</source>
        <translation>agency: el indicador UV de authenticatorData no está activado</translation>
    </message>
    <message>
        <source>agency: P-256 signature verification error: </source>
        <translation>agency: error al verificar la firma P-256: </translation>
    </message>
    <message>
        <source>agency: WebAuthn P-256 signature verification failed</source>
        <translation>agency: la verificación de la firma P-256 de WebAuthn falló</translation>
    </message>
    <message>
        <source>with a passkey (WebAuthn, user present and verified)</source>
        <translation>con una Passkey (WebAuthn, usuario presente y verificado)</translation>
    </message>
    <message>
        <source>agency: P-256 signature verification failed</source>
        <translation>agency: la verificación de la firma P-256 falló</translation>
    </message>
    <message>
        <source>with a direct P-256 signature</source>
        <translation>con una firma P-256 directa</translation>
    </message>
    <message>
        <source>Actor %1… (%2) authorized these bytes %3%4</source>
        <translation>El actor %1… (%2) autorizó estos bytes %3%4</translation>
    </message>
</context>
<context>
    <name>Occ::ApiKeyStore</name>
    <message>
        <source>No keychain service is running (Secret Service or KWallet), so the API key was not stored; it is never written in plain text. Pass it with --api-key or OCC_API_KEY instead.</source>
        <translation>No hay ningún servicio de llavero en ejecución (Secret Service o KWallet), así que la clave de API no se guardó; nunca se escribe en texto sin cifrar. Pásela en su lugar con --api-key u OCC_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>El llavero lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>Occ::Attestation</name>
    <message>
        <source>the attestation report is not CBOR</source>
        <translation>el informe de atestación no es CBOR</translation>
    </message>
    <message>
        <source>the attestation report is not a COSE_Sign1 structure</source>
        <translation>el informe de atestación no es una estructura COSE_Sign1</translation>
    </message>
    <message>
        <source>the attestation report&apos;s COSE_Sign1 is incomplete</source>
        <translation>la estructura COSE_Sign1 del informe de atestación está incompleta</translation>
    </message>
    <message>
        <source>the attestation report is not signed with ES384</source>
        <translation>el informe de atestación no está firmado con ES384</translation>
    </message>
    <message>
        <source>the attestation document is not a CBOR map</source>
        <translation>el documento de atestación no es un mapa CBOR</translation>
    </message>
    <message>
        <source>the attestation document&apos;s digest is not SHA384</source>
        <translation>el resumen del documento de atestación no es SHA384</translation>
    </message>
    <message>
        <source>the attestation document has no timestamp</source>
        <translation>el documento de atestación no tiene sello de tiempo</translation>
    </message>
    <message>
        <source>the attestation document has no PCRs</source>
        <translation>el documento de atestación no tiene PCR</translation>
    </message>
    <message>
        <source>the attestation document has no 48-byte PCR0</source>
        <translation>el documento de atestación no tiene un PCR0 de 48 bytes</translation>
    </message>
    <message>
        <source>the attestation document has no certificate</source>
        <translation>el documento de atestación no tiene certificado</translation>
    </message>
    <message>
        <source>the attestation document has no CA bundle</source>
        <translation>el documento de atestación no tiene paquete de CA</translation>
    </message>
    <message>
        <source>the attestation&apos;s leaf certificate cannot be read</source>
        <translation>no se puede leer el certificado final de la atestación</translation>
    </message>
    <message>
        <source>the attestation signature is not an ES384 signature</source>
        <translation>la firma de la atestación no es una firma ES384</translation>
    </message>
    <message>
        <source>the attestation document&apos;s signature does not verify with its certificate</source>
        <translation>la firma del documento de atestación no se verifica con su certificado</translation>
    </message>
    <message>
        <source>no attestation root certificate is configured</source>
        <translation>no hay ningún certificado raíz de atestación configurado</translation>
    </message>
    <message>
        <source>the attestation certificate chain does not verify at the document&apos;s time (%1): %2</source>
        <translation>la cadena de certificados de la atestación no se verifica en la hora del documento (%1): %2</translation>
    </message>
    <message>
        <source>the attestation report is not well-formed CBOR</source>
        <translation>el informe de atestación no es CBOR bien formado</translation>
    </message>
</context>
<context>
    <name>Occ::Bundle</name>
    <message>
        <source>%1 is not a usable proof bundle: %2</source>
        <translation>%1 no es un paquete de prueba utilizable: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the bundle: %1</source>
        <translation>No se puede escribir el paquete de prueba: %1</translation>
    </message>
    <message>
        <source>an entry has an empty name</source>
        <translation>una entrada tiene un nombre vacío</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains a backslash</source>
        <translation>la entrada &quot;%1&quot; contiene una barra invertida</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has an absolute path</source>
        <translation>la entrada &quot;%1&quot; tiene una ruta absoluta</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains a NUL character</source>
        <translation>la entrada &quot;%1&quot; contiene un carácter NUL</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains a &quot;%2&quot; path component</source>
        <translation>la entrada &quot;%1&quot; contiene un componente de ruta &quot;%2&quot;</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; contains an empty path component</source>
        <translation>la entrada &quot;%1&quot; contiene un componente de ruta vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable file name in a bundle</source>
        <translation>&quot;%1&quot; no es un nombre de archivo utilizable en un paquete de prueba</translation>
    </message>
    <message>
        <source>Two files in the batch are named &quot;%1&quot;</source>
        <translation>Dos archivos del lote se llaman &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing to put in a bundle</source>
        <translation>No hay nada que poner en un paquete de prueba</translation>
    </message>
    <message>
        <source>A single bundle holds exactly one file</source>
        <translation>Un paquete de prueba individual contiene exactamente un archivo</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation>%1 ya existe; no se sobrescribe</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the zip archive %1</source>
        <translation>No se puede crear el archivo zip %1</translation>
    </message>
    <message>
        <source>The proof for %1 has no artifact digest</source>
        <translation>La prueba de %1 no tiene resumen del archivo</translation>
    </message>
    <message>
        <source>Cannot add %1 to the bundle</source>
        <translation>No se puede añadir %1 al paquete de prueba</translation>
    </message>
    <message>
        <source>%1 changed after it was hashed: its bytes no longer match the proof, so no bundle was written</source>
        <translation>%1 cambió después de calcular su hash: sus bytes ya no coinciden con la prueba, así que no se escribió ningún paquete de prueba</translation>
    </message>
    <message>
        <source>Cannot add proof.json to the bundle</source>
        <translation>No se puede añadir proof.json al paquete de prueba</translation>
    </message>
    <message>
        <source>Cannot write proof.json into the bundle</source>
        <translation>No se puede escribir proof.json en el paquete de prueba</translation>
    </message>
    <message>
        <source>Cannot finish the zip archive %1</source>
        <translation>No se puede terminar el archivo zip %1</translation>
    </message>
    <message>
        <source>it is not a readable zip archive</source>
        <translation>no es un archivo zip legible</translation>
    </message>
    <message>
        <source>its directory cannot be read</source>
        <translation>no se puede leer su directorio</translation>
    </message>
    <message>
        <source>it has more than %1 entries</source>
        <translation>tiene más de %1 entradas</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears twice</source>
        <translation>la entrada &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; differs from another only in case</source>
        <translation>la entrada &quot;%1&quot; solo se diferencia de otra en mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a symbolic link</source>
        <translation>la entrada &quot;%1&quot; es un enlace simbólico</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted</source>
        <translation>la entrada &quot;%1&quot; está cifrada</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; uses an unsupported compression method</source>
        <translation>la entrada &quot;%1&quot; usa un método de compresión no admitido</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares %2 bytes, over the limit of %3</source>
        <translation>la entrada &quot;%1&quot; declara %2 bytes, por encima del límite de %3</translation>
    </message>
    <message>
        <source>its directory is damaged</source>
        <translation>su directorio está dañado</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is nested too deeply</source>
        <translation>la entrada &quot;%1&quot; está anidada a demasiada profundidad</translation>
    </message>
    <message>
        <source>it has no proof.json</source>
        <translation>no contiene proof.json</translation>
    </message>
    <message>
        <source>folder &quot;%1&quot; has no proof.json</source>
        <translation>la carpeta &quot;%1&quot; no contiene proof.json</translation>
    </message>
    <message>
        <source>it mixes a single proof with batch folders</source>
        <translation>mezcla una prueba individual con carpetas de lote</translation>
    </message>
    <message>
        <source>%1 has more than one candidate original (%2)</source>
        <translation>%1 tiene más de un original candidato (%2)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be found</source>
        <translation>no se encuentra la entrada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be opened</source>
        <translation>no se puede abrir la entrada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading the bundle was cancelled</source>
        <translation>Se canceló la lectura del paquete de prueba</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is damaged</source>
        <translation>la entrada &quot;%1&quot; está dañada</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; holds more than %2 bytes</source>
        <translation>la entrada &quot;%1&quot; contiene más de %2 bytes</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; fails its CRC check (the archive is corrupt)</source>
        <translation>la entrada &quot;%1&quot; no supera su comprobación CRC (el archivo está dañado)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; holds %2 bytes but its header says %3</source>
        <translation>la entrada &quot;%1&quot; contiene %2 bytes, pero su encabezado indica %3</translation>
    </message>
</context>
<context>
    <name>Occ::ChainAudit</name>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>%1 no supera la verificación: %2</translation>
    </message>
    <message>
        <source>%1 and %2 are the same proof</source>
        <translation>%1 y %2 son la misma prueba</translation>
    </message>
    <message>
        <source>%1 and %2 both start a new epoch after the same predecessor: the single-successor rule is broken</source>
        <translation>%1 y %2 inician ambas una época nueva tras el mismo predecesor: se incumple la regla del sucesor único</translation>
    </message>
    <message>
        <source>%1 and %2 both claim counter %3</source>
        <translation>%1 y %2 reclaman ambas el contador %3</translation>
    </message>
    <message>
        <source>%1 (counter %2) has an earlier time than %3 before it (the signer&apos;s own clock)</source>
        <translation>%1 (contador %2) tiene una hora anterior a la de %3, la prueba que la precede (el reloj del propio firmante)</translation>
    </message>
    <message>
        <source>%1 and %2 both follow the same predecessor: the chain forked</source>
        <translation>%1 y %2 siguen ambas al mismo predecesor: la cadena se bifurcó</translation>
    </message>
    <message>
        <source>%1 links to %2, a proof of another signer, epoch or chain</source>
        <translation>%1 enlaza con %2, una prueba de otro firmante, otra época u otra cadena</translation>
    </message>
    <message>
        <source>The predecessor of %1 (counter %2) is missing, though earlier proofs of this chain are here</source>
        <translation>Falta el predecesor de %1 (contador %2), aunque hay pruebas anteriores de esta cadena</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes: not a proof</source>
        <translation>%1 ocupa más de %2 bytes: no es una prueba</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>Occ::CommitClient</name>
    <message>
        <source>The service answered with %1 instead of a list of proofs</source>
        <translation>El servicio respondió con %1 en lugar de una lista de pruebas</translation>
    </message>
    <message>
        <source>The service returned %1 proofs for %2 digests</source>
        <translation>El servicio devolvió %1 pruebas para %2 resúmenes</translation>
    </message>
    <message>
        <source>Proof %1 from the service is for other bytes than the digest sent in that position; nothing was accepted</source>
        <translation>La prueba %1 del servicio corresponde a bytes distintos del resumen enviado en esa posición; no se aceptó nada</translation>
    </message>
    <message>
        <source>Proof %1 from the service does not verify (%2); nothing was accepted</source>
        <translation>La prueba %1 del servicio no supera la verificación (%2); no se aceptó nada</translation>
    </message>
    <message>
        <source>API key missing or rejected by %1 (HTTP 401)</source>
        <translation>Falta la clave de API o %1 la rechazó (HTTP 401)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 respondió HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <source>Cannot connect to %1: connection refused</source>
        <translation>No se puede conectar con %1: conexión rechazada</translation>
    </message>
    <message>
        <source>Cannot find the host %1 (DNS lookup failed)</source>
        <translation>No se encuentra el host %1 (falló la consulta DNS)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering completely</source>
        <translation>%1 cerró la conexión antes de terminar de responder</translation>
    </message>
    <message>
        <source>TLS failure with %1: %2</source>
        <translation>Error de TLS con %1: %2</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>La solicitud a %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 answered with malformed JSON (%2)</source>
        <translation>%1 respondió con JSON mal formado (%2)</translation>
    </message>
    <message>
        <source>Nothing to commit: no digests</source>
        <translation>No hay nada que registrar: no hay resúmenes</translation>
    </message>
    <message>
        <source>Per-file metadata needs one request per file</source>
        <translation>Los metadatos por archivo requieren una solicitud por archivo</translation>
    </message>
    <message>
        <source>The service&apos;s challenge is malformed</source>
        <translation>El challenge del servicio está mal formado</translation>
    </message>
    <message>
        <source>The service&apos;s /key answer has no publicKeyB64</source>
        <translation>La respuesta /key del servicio no contiene publicKeyB64</translation>
    </message>
    <message>
        <source>The service reports it is not healthy</source>
        <translation>El servicio informa de que no está en buen estado</translation>
    </message>
</context>
<context>
    <name>Occ::Crypto</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>error de OpenSSL desconocido</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Hashing cancelled</source>
        <translation>Cálculo del hash cancelado</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>no se pudo inicializar libsodium</translation>
    </message>
    <message>
        <source>An Ed25519 seed must be 32 bytes</source>
        <translation>Una semilla Ed25519 debe tener 32 bytes</translation>
    </message>
    <message>
        <source>trailing data after the public key</source>
        <translation>datos sobrantes tras la clave pública</translation>
    </message>
    <message>
        <source>the public key is not an EC key</source>
        <translation>la clave pública no es una clave EC</translation>
    </message>
    <message>
        <source>the public key is not on curve P-256</source>
        <translation>la clave pública no está en la curva P-256</translation>
    </message>
</context>
<context>
    <name>Occ::HashJob</name>
    <message>
        <source>Hashing cancelled</source>
        <translation>Cálculo del hash cancelado</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 es una carpeta</translation>
    </message>
</context>
<context>
    <name>Occ::InputRouter</name>
    <message>
        <source>More than %1 files: the rest were left out</source>
        <translation>Más de %1 archivos: el resto se omitió</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>%1: not readable</source>
        <translation>%1: no se puede leer</translation>
    </message>
</context>
<context>
    <name>Occ::JsonParser</name>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation>contenido inesperado tras el valor JSON</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 en el byte %2</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>literal no válido</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>final inesperado de la entrada</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>carácter inesperado</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>se esperaba un nombre de miembro</translation>
    </message>
    <message>
        <source>ambiguous JSON: a &quot;__proto__&quot; member</source>
        <translation>JSON ambiguo: un miembro &quot;__proto__&quot;</translation>
    </message>
    <message>
        <source>ambiguous JSON: duplicate member name &quot;%1&quot;</source>
        <translation>JSON ambiguo: nombre de miembro duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected end of input in an object</source>
        <translation>final inesperado de la entrada dentro de un objeto</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected end of input in an array</source>
        <translation>final inesperado de la entrada dentro de una matriz</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos;</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 no válido</translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated sequence)</source>
        <translation>UTF-8 no válido (secuencia truncada)</translation>
    </message>
    <message>
        <source>unescaped control character in a string</source>
        <translation>carácter de control sin escapar en una cadena</translation>
    </message>
    <message>
        <source>unexpected end of input in a string</source>
        <translation>final inesperado de la entrada dentro de una cadena</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>secuencia de escape \u truncada</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>secuencia de escape \u no válida</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>invalid number: digits expected after &apos;.&apos;</source>
        <translation>número no válido: se esperaban dígitos tras &apos;.&apos;</translation>
    </message>
    <message>
        <source>invalid number: digits expected in the exponent</source>
        <translation>número no válido: se esperaban dígitos en el exponente</translation>
    </message>
</context>
<context>
    <name>Occ::Passkey</name>
    <message>
        <source>%1 cannot verify who you are (no PIN, no built-in verification); OCC requires it.</source>
        <translation>%1 no puede verificar quién es usted (no tiene PIN ni verificación integrada); OCC lo exige.</translation>
    </message>
    <message>
        <source>PIN entry cancelled.</source>
        <translation>Introducción del PIN cancelada.</translation>
    </message>
    <message>
        <source>Cancelled at the security key.</source>
        <translation>Cancelado en la llave de seguridad.</translation>
    </message>
    <message>
        <source>The request was refused at %1 (touch declined).</source>
        <translation>La solicitud se rechazó en %1 (se denegó el toque).</translation>
    </message>
    <message>
        <source>%1 was not touched in time. Try again and touch the key when it blinks.</source>
        <translation>%1 no se tocó a tiempo. Inténtelo de nuevo y toque la llave cuando parpadee.</translation>
    </message>
    <message>
        <source>This passkey is not on %1. Use the security key you registered it with.</source>
        <translation>Esta Passkey no está en %1. Use la llave de seguridad con la que la registró.</translation>
    </message>
    <message>
        <source>%1 needs its PIN for this.</source>
        <translation>%1 necesita su PIN para esto.</translation>
    </message>
    <message>
        <source>Wrong PIN for %1.</source>
        <translation>PIN incorrecto para %1.</translation>
    </message>
    <message>
        <source>The PIN of %1 is blocked after too many wrong tries. The key must be reset with its vendor&apos;s tool (this deletes its passkeys).</source>
        <translation>El PIN de %1 está bloqueado tras demasiados intentos fallidos. Hay que restablecer la llave con la herramienta de su fabricante (esto borra sus Passkeys).</translation>
    </message>
    <message>
        <source>%1 refuses more PIN tries until it is unplugged and plugged in again.</source>
        <translation>%1 rechaza más intentos de PIN hasta que se desconecte y se vuelva a conectar.</translation>
    </message>
    <message>
        <source>%1 has no PIN. Set one with the vendor&apos;s tool or `fido2-token -S`: OCC requires user verification.</source>
        <translation>%1 no tiene PIN. Configure uno con la herramienta del fabricante o con `fido2-token -S`: OCC exige la verificación del usuario.</translation>
    </message>
    <message>
        <source>Built-in user verification of %1 is blocked; use its PIN.</source>
        <translation>La verificación de usuario integrada de %1 está bloqueada; use su PIN.</translation>
    </message>
    <message>
        <source>%1 did not recognise you (user verification failed).</source>
        <translation>%1 no le reconoció (falló la verificación del usuario).</translation>
    </message>
    <message>
        <source>%1 already holds a passkey for this relying party.</source>
        <translation>%1 ya contiene una Passkey para esta relying party.</translation>
    </message>
    <message>
        <source>%1 cannot make ES256 (P-256) keys, which OCC requires.</source>
        <translation>%1 no puede crear claves ES256 (P-256), que OCC exige.</translation>
    </message>
    <message>
        <source>%1 has no room for another discoverable passkey.</source>
        <translation>%1 no tiene espacio para otra Passkey detectable.</translation>
    </message>
    <message>
        <source>Lost contact with %1 (was it unplugged?).</source>
        <translation>Se perdió el contacto con %1 (¿se desconectó?).</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2 (%3).</source>
        <translation>%1 respondió con un error: %2 (%3).</translation>
    </message>
    <message>
        <source>The authenticator returned a public key of %1 bytes (expected 64).</source>
        <translation>El autenticador devolvió una clave pública de %1 bytes (se esperaban 64).</translation>
    </message>
    <message>
        <source>The authenticator&apos;s public key is not a valid P-256 point.</source>
        <translation>La clave pública del autenticador no es un punto P-256 válido.</translation>
    </message>
    <message>
        <source>The authenticator returned no authenticator data.</source>
        <translation>El autenticador no devolvió datos del autenticador.</translation>
    </message>
    <message>
        <source>The authenticator data is truncated.</source>
        <translation>Los datos del autenticador están truncados.</translation>
    </message>
    <message>
        <source>The authenticator data is malformed.</source>
        <translation>Los datos del autenticador están mal formados.</translation>
    </message>
    <message>
        <source>The authenticator data is too short.</source>
        <translation>Los datos del autenticador son demasiado cortos.</translation>
    </message>
    <message>
        <source>A passkey entry is not an object.</source>
        <translation>Una entrada de Passkey no es un objeto.</translation>
    </message>
    <message>
        <source>The passkey entry “%1” lacks its credential id, key or rpId.</source>
        <translation>A la entrada de Passkey «%1» le falta el ID de credencial, la clave o el rpId.</translation>
    </message>
    <message>
        <source>The passkey entry “%1” has an invalid public key: %2</source>
        <translation>La entrada de Passkey «%1» tiene una clave pública no válida: %2</translation>
    </message>
    <message>
        <source>The passkey entry “%1” has a keyId that is not SHA-256 of its key.</source>
        <translation>La entrada de Passkey «%1» tiene un keyId que no es el SHA-256 de su clave.</translation>
    </message>
    <message>
        <source>basic (not checked against a vendor root)</source>
        <translation>básica (no comprobada con un certificado raíz del fabricante)</translation>
    </message>
    <message>
        <source>self</source>
        <translation>propia</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Authorized by passkey %1</source>
        <translation>Autorizado por la Passkey %1</translation>
    </message>
    <message>
        <source>Cannot read the passkey list %1: %2</source>
        <translation>No se puede leer la lista de Passkeys %1: %2</translation>
    </message>
    <message>
        <source>The passkey list %1 is too large.</source>
        <translation>La lista de Passkeys %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>The passkey list %1 is damaged; it was left as it is.</source>
        <translation>La lista de Passkeys %1 está dañada; se ha dejado tal como está.</translation>
    </message>
    <message>
        <source>The passkey list %1 is damaged (%2); it was left as it is.</source>
        <translation>La lista de Passkeys %1 está dañada (%2); se ha dejado tal como está.</translation>
    </message>
    <message>
        <source>“%1” matches several passkeys; give more of the keyId.</source>
        <translation>«%1» coincide con varias Passkeys; indique más caracteres del keyId.</translation>
    </message>
    <message>
        <source>No registered passkey matches “%1”.</source>
        <translation>Ninguna Passkey registrada coincide con «%1».</translation>
    </message>
    <message>
        <source>This passkey is already registered as “%1”.</source>
        <translation>Esta Passkey ya está registrada como «%1».</translation>
    </message>
    <message>
        <source>No registered passkey has that keyId.</source>
        <translation>Ninguna Passkey registrada tiene ese keyId.</translation>
    </message>
    <message>
        <source>the security key</source>
        <translation>la llave de seguridad</translation>
    </message>
    <message>
        <source>Out of memory listing security keys.</source>
        <translation>Memoria insuficiente al enumerar las llaves de seguridad.</translation>
    </message>
    <message>
        <source>Cannot list security keys: %1</source>
        <translation>No se pueden enumerar las llaves de seguridad: %1</translation>
    </message>
    <message>
        <source>Out of memory opening a security key.</source>
        <translation>Memoria insuficiente al abrir una llave de seguridad.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2 (on Linux, check that a udev rule lets you use security keys).</source>
        <translation>No se puede abrir %1: %2 (en Linux, compruebe que una regla de udev le permita usar llaves de seguridad).</translation>
    </message>
    <message>
        <source>%1 only speaks U2F; passkeys need a FIDO2 security key.</source>
        <translation>%1 solo habla U2F; las Passkeys necesitan una llave de seguridad FIDO2.</translation>
    </message>
    <message>
        <source>No FIDO2 security key found. Plug one in and try again.</source>
        <translation>No se encontró ninguna llave de seguridad FIDO2. Conecte una e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The relying-party id is empty.</source>
        <translation>El ID de relying party está vacío.</translation>
    </message>
    <message>
        <source>Cannot prepare the passkey request.</source>
        <translation>No se puede preparar la solicitud de Passkey.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 returned a credential that does not verify (%2).</source>
        <translation>%1 devolvió una credencial que no supera la verificación (%2).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No FIDO2 security key found. Plug in the key that holds this passkey.</source>
        <translation>No se encontró ninguna llave de seguridad FIDO2. Conecte la llave que contiene esta Passkey.</translation>
    </message>
    <message>
        <source>%1 answered for another relying party.</source>
        <translation>%1 respondió para otra relying party.</translation>
    </message>
    <message>
        <source>passkey “%1” (%2…)</source>
        <translation>la Passkey «%1» (%2…)</translation>
    </message>
    <message>
        <source>Nothing to authorize.</source>
        <translation>No hay nada que autorizar.</translation>
    </message>
    <message>
        <source>%1 did not confirm user presence and verification (flags %2).</source>
        <translation>%1 no confirmó la presencia ni la verificación del usuario (indicadores %2).</translation>
    </message>
    <message>
        <source>The assertion from %1 does not verify with the registered passkey.</source>
        <translation>La aserción de %1 no supera la verificación con la Passkey registrada.</translation>
    </message>
    <message>
        <source>Cannot read the actor key %1: %2</source>
        <translation>No se puede leer la clave de actor %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key (or it is encrypted).</source>
        <translation>%1 no es una clave privada PEM (o está cifrada).</translation>
    </message>
    <message>
        <source>%1 is not a P-256 key: %2</source>
        <translation>%1 no es una clave P-256: %2</translation>
    </message>
    <message>
        <source>software key %1…</source>
        <translation>la clave de software %1…</translation>
    </message>
    <message>
        <source>Signing with the actor key failed.</source>
        <translation>Falló la firma con la clave de actor.</translation>
    </message>
</context>
<context>
    <name>Occ::Proof</name>
    <message>
        <source>The proof is %1 bytes; proofs larger than %2 bytes are not accepted</source>
        <translation>La prueba ocupa %1 bytes; no se aceptan pruebas de más de %2 bytes</translation>
    </message>
    <message>
        <source>A proof must be a JSON object, not %1</source>
        <translation>Una prueba debe ser un objeto JSON, no %1</translation>
    </message>
</context>
<context>
    <name>Occ::ProofLibrary</name>
    <message>
        <source>unknown database error</source>
        <translation>error de base de datos desconocido</translation>
    </message>
    <message>
        <source>Proof library: cannot %1: %2</source>
        <translation>Biblioteca de pruebas: la operación falló (%1): %2</translation>
    </message>
    <message>
        <source>The proof library is not open</source>
        <translation>La biblioteca de pruebas no está abierta</translation>
    </message>
    <message>
        <source>The proof library has no entry %1</source>
        <translation>La biblioteca de pruebas no tiene ninguna entrada %1</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>la comprobación de integridad no dio ninguna respuesta</translation>
    </message>
    <message>
        <source>The proof library %1 was written by a newer version of the studio (schema %2; this one reads up to %3)</source>
        <translation>La biblioteca de pruebas %1 la escribió una versión más reciente del estudio (esquema %2; esta lee hasta el %3)</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a proof library</source>
        <translation>es una base de datos SQLite, pero no una biblioteca de pruebas</translation>
    </message>
    <message>
        <source>its tables are not those of a proof library (%1)</source>
        <translation>sus tablas no son las de una biblioteca de pruebas (%1)</translation>
    </message>
    <message>
        <source>The proof library %1 cannot be read, and cannot be moved aside to start a new one: %2</source>
        <translation>No se puede leer la biblioteca de pruebas %1, ni apartarla para empezar una nueva: %2</translation>
    </message>
    <message>
        <source>No proof library file was given</source>
        <translation>No se indicó ningún archivo de biblioteca de pruebas</translation>
    </message>
    <message>
        <source>The proof library needs the SQLite driver of Qt SQL, which is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>La biblioteca de pruebas necesita el controlador SQLite de Qt SQL, que no está instalado (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the folder of the proof library %1</source>
        <translation>No se puede crear la carpeta de la biblioteca de pruebas %1</translation>
    </message>
    <message>
        <source>A new proof library at %1 cannot be read back: %2</source>
        <translation>No se puede volver a leer una biblioteca de pruebas nueva en %1: %2</translation>
    </message>
    <message>
        <source>The proof library %1 could not be read (%2). It was moved aside to %3 and a new, empty library was started; no bundle or proof file was touched.</source>
        <translation>No se pudo leer la biblioteca de pruebas %1 (%2). Se apartó a %3 y se empezó una biblioteca nueva y vacía; no se modificó ningún paquete de prueba ni archivo de prueba.</translation>
    </message>
    <message>
        <source>A library entry needs a path</source>
        <translation>Una entrada de la biblioteca necesita una ruta</translation>
    </message>
    <message>
        <source>A library entry needs the SHA-256 of its proof text in hex</source>
        <translation>Una entrada de la biblioteca necesita el SHA-256 del texto de su prueba en hexadecimal</translation>
    </message>
    <message>
        <source>The digest of a library entry must be hexadecimal</source>
        <translation>El resumen de una entrada de la biblioteca debe ser hexadecimal</translation>
    </message>
    <message>
        <source>Re-verification cancelled</source>
        <translation>Nueva verificación cancelada</translation>
    </message>
    <message>
        <source>The bundle %1 is missing: it was moved, renamed or deleted</source>
        <translation>Falta el paquete de prueba %1: se movió, se cambió de nombre o se eliminó</translation>
    </message>
    <message>
        <source>The proof file %1 is missing: it was moved, renamed or deleted</source>
        <translation>Falta el archivo de prueba %1: se movió, se cambió de nombre o se eliminó</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be read: %2</source>
        <translation>No se puede leer el paquete de prueba %1: %2</translation>
    </message>
    <message>
        <source>The original file %1 is missing: it was moved, renamed or deleted</source>
        <translation>Falta el archivo original %1: se movió, se cambió de nombre o se eliminó</translation>
    </message>
    <message>
        <source>The proof file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de prueba %1: %2</translation>
    </message>
    <message>
        <source>The bundle %1 no longer holds this proof: it was replaced or changed</source>
        <translation>El paquete de prueba %1 ya no contiene esta prueba: se sustituyó o se modificó</translation>
    </message>
    <message>
        <source>The proof file %1 no longer holds this proof: it was replaced or changed</source>
        <translation>El archivo de prueba %1 ya no contiene esta prueba: se sustituyó o se modificó</translation>
    </message>
</context>
<context>
    <name>Occ::ProofVerifier</name>
    <message>
        <source>the proof is intact (proof only: no file was checked against it), but nothing pins who signed it</source>
        <translation>la prueba está intacta (solo la prueba: no se comprobó ningún archivo con ella), pero nada fija quién la firmó</translation>
    </message>
    <message>
        <source>the file matches and the proof is intact, but nothing pins who signed it</source>
        <translation>el archivo coincide y la prueba está intacta, pero nada fija quién la firmó</translation>
    </message>
    <message>
        <source>the proof is intact and the trust profile pins its signer (proof only: no file was checked against it)</source>
        <translation>la prueba está intacta y el perfil de confianza fija a su firmante (solo la prueba: no se comprobó ningún archivo con ella)</translation>
    </message>
    <message>
        <source>the file matches, the proof is intact, and the trust profile pins its signer</source>
        <translation>el archivo coincide, la prueba está intacta y el perfil de confianza fija a su firmante</translation>
    </message>
    <message>
        <source>Not checked: the proof&apos;s structure is invalid</source>
        <translation>No comprobado: la estructura de la prueba no es válida</translation>
    </message>
    <message>
        <source>Well-formed occ/1 proof</source>
        <translation>Prueba occ/1 bien formada</translation>
    </message>
    <message>
        <source>proof must be an object</source>
        <translation>proof debe ser un objeto</translation>
    </message>
    <message>
        <source>unsupported proof version: </source>
        <translation>versión de prueba no admitida: </translation>
    </message>
    <message>
        <source>proof.artifact is missing or not an object</source>
        <translation>proof.artifact falta o no es un objeto</translation>
    </message>
    <message>
        <source>unsupported hashAlg: </source>
        <translation>hashAlg no admitido: </translation>
    </message>
    <message>
        <source>proof.artifact.digestB64 must be a non-empty string</source>
        <translation>proof.artifact.digestB64 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>proof.commit is missing or not an object</source>
        <translation>proof.commit falta o no es un objeto</translation>
    </message>
    <message>
        <source>proof.commit.nonceB64 must be a non-empty string</source>
        <translation>proof.commit.nonceB64 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>proof.commit.counter must be a string when present</source>
        <translation>proof.commit.counter debe ser una cadena si está presente</translation>
    </message>
    <message>
        <source>proof.commit.time must be a non-negative finite number when present</source>
        <translation>proof.commit.time debe ser un número finito no negativo si está presente</translation>
    </message>
    <message>
        <source>proof.commit.prevB64 must be a string when present</source>
        <translation>proof.commit.prevB64 debe ser una cadena si está presente</translation>
    </message>
    <message>
        <source>proof.commit.epochId must be a string when present</source>
        <translation>proof.commit.epochId debe ser una cadena si está presente</translation>
    </message>
    <message>
        <source>proof.signer is missing or not an object</source>
        <translation>proof.signer falta o no es un objeto</translation>
    </message>
    <message>
        <source>proof.signer.publicKeyB64 must be a non-empty string</source>
        <translation>proof.signer.publicKeyB64 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>proof.signer.signatureB64 must be a non-empty string</source>
        <translation>proof.signer.signatureB64 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>proof.environment is missing or not an object</source>
        <translation>proof.environment falta o no es un objeto</translation>
    </message>
    <message>
        <source>proof.environment.enforcement must be one of: stub, hw-key, measured-tee</source>
        <translation>proof.environment.enforcement debe ser uno de estos valores: stub, hw-key, measured-tee</translation>
    </message>
    <message>
        <source>proof.environment.measurement must be a non-empty string</source>
        <translation>proof.environment.measurement debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>proof.environment.attestation must be an object when present</source>
        <translation>proof.environment.attestation debe ser un objeto si está presente</translation>
    </message>
    <message>
        <source>proof.environment.attestation.format must be a non-empty string</source>
        <translation>proof.environment.attestation.format debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>proof.environment.attestation.reportB64 must be a non-empty string</source>
        <translation>proof.environment.attestation.reportB64 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>proof.commit.counter &quot;%1&quot; is not a canonical decimal (digits only, no sign, no leading zeros)</source>
        <translation>proof.commit.counter &quot;%1&quot; no es un decimal canónico (solo dígitos, sin signo ni ceros a la izquierda)</translation>
    </message>
    <message>
        <source>proof.commit.nonceB64 must be canonical base64 of at least 16 bytes</source>
        <translation>proof.commit.nonceB64 debe ser base64 canónico de al menos 16 bytes</translation>
    </message>
    <message>
        <source>proof.commit.prevB64 must be canonical base64 of 32 bytes (SHA-256)</source>
        <translation>proof.commit.prevB64 debe ser base64 canónico de 32 bytes (SHA-256)</translation>
    </message>
    <message>
        <source>proof.commit.slotCounter must be a canonical decimal string</source>
        <translation>proof.commit.slotCounter debe ser una cadena decimal canónica</translation>
    </message>
    <message>
        <source>commit.slotHashB64 is not valid base64</source>
        <translation>commit.slotHashB64 no es base64 válido</translation>
    </message>
    <message>
        <source>commit.slotHashB64 must decode to 32 bytes (SHA-256)</source>
        <translation>commit.slotHashB64 debe decodificarse en 32 bytes (SHA-256)</translation>
    </message>
    <message>
        <source>proof.commit.chainId must be a non-empty string when present</source>
        <translation>proof.commit.chainId debe ser una cadena no vacía si está presente</translation>
    </message>
    <message>
        <source>artifact.digestB64 is not valid base64</source>
        <translation>artifact.digestB64 no es base64 válido</translation>
    </message>
    <message>
        <source>artifact.digestB64 decodes to %1 bytes; expected 32 (SHA-256)</source>
        <translation>artifact.digestB64 se decodifica en %1 bytes; se esperaban 32 (SHA-256)</translation>
    </message>
    <message>
        <source>Proof only: no file was given, so nothing shows which bytes this proof is for</source>
        <translation>Solo la prueba: no se proporcionó ningún archivo, así que nada muestra a qué bytes corresponde esta prueba</translation>
    </message>
    <message>
        <source>artifact digest mismatch: the provided bytes do not match the committed digest</source>
        <translation>el resumen del archivo no coincide: los bytes proporcionados no coinciden con el resumen registrado</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 equals artifact.digestB64 (%1)</source>
        <translation>El SHA-256 del archivo coincide con artifact.digestB64 (%1)</translation>
    </message>
    <message>
        <source>signer.publicKeyB64 is not valid base64</source>
        <translation>signer.publicKeyB64 no es base64 válido</translation>
    </message>
    <message>
        <source>signer.publicKeyB64 decodes to %1 bytes; expected 32 (Ed25519)</source>
        <translation>signer.publicKeyB64 se decodifica en %1 bytes; se esperaban 32 (Ed25519)</translation>
    </message>
    <message>
        <source>the signed body cannot be built from this proof</source>
        <translation>no se puede construir el cuerpo firmado a partir de esta prueba</translation>
    </message>
    <message>
        <source>signer.signatureB64 is not valid base64</source>
        <translation>signer.signatureB64 no es base64 válido</translation>
    </message>
    <message>
        <source>signer.signatureB64 decodes to %1 bytes; expected 64 (Ed25519)</source>
        <translation>signer.signatureB64 se decodifica en %1 bytes; se esperaban 64 (Ed25519)</translation>
    </message>
    <message>
        <source>signature verification failed: signature does not match</source>
        <translation>la verificación de la firma falló: la firma no coincide</translation>
    </message>
    <message>
        <source> (the signed body includes principal)</source>
        <translation> (el cuerpo firmado incluye principal)</translation>
    </message>
    <message>
        <source>Ed25519 signature by key %1 covers the signed body%2</source>
        <translation>La firma Ed25519 de la clave %1 cubre el cuerpo firmado%2</translation>
    </message>
    <message>
        <source>No actor: no passkey or device key authorized this commit</source>
        <translation>Sin actor: ninguna Passkey ni clave de dispositivo autorizó este commit</translation>
    </message>
    <message>
        <source>commit.slotHashB64 names a causal slot, but the slotAllocation record is missing, so the slot cannot be checked</source>
        <translation>commit.slotHashB64 indica una ranura causal, pero falta el registro slotAllocation, así que la ranura no se puede comprobar</translation>
    </message>
    <message>
        <source>No causal slot allocation</source>
        <translation>Sin asignación de ranura causal</translation>
    </message>
    <message>
        <source>slotAllocation must be an object when present</source>
        <translation>slotAllocation debe ser un objeto si está presente</translation>
    </message>
    <message>
        <source>slotAllocation.version must be &quot;occ/slot/1&quot;, got &quot;%1&quot;</source>
        <translation>slotAllocation.version debe ser &quot;occ/slot/1&quot;, pero es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>slotAllocation.nonceB64 must be a non-empty string</source>
        <translation>slotAllocation.nonceB64 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>slotAllocation.counter must be a non-empty string</source>
        <translation>slotAllocation.counter debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>slotAllocation.time must be a non-negative finite number</source>
        <translation>slotAllocation.time debe ser un número finito no negativo</translation>
    </message>
    <message>
        <source>slotAllocation.epochId must be a non-empty string</source>
        <translation>slotAllocation.epochId debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>slotAllocation.publicKeyB64 must be a non-empty string</source>
        <translation>slotAllocation.publicKeyB64 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>slotAllocation.signatureB64 must be a non-empty string</source>
        <translation>slotAllocation.signatureB64 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>slotAllocation.counter &quot;%1&quot; is not a canonical decimal</source>
        <translation>slotAllocation.counter &quot;%1&quot; no es un decimal canónico</translation>
    </message>
    <message>
        <source>slotAllocation.chainId must be a string when present</source>
        <translation>slotAllocation.chainId debe ser una cadena si está presente</translation>
    </message>
    <message>
        <source>slotAllocation contains invalid base64</source>
        <translation>slotAllocation contiene base64 no válido</translation>
    </message>
    <message>
        <source>slotAllocation.signatureB64 decodes to %1 bytes; expected 64 (Ed25519)</source>
        <translation>slotAllocation.signatureB64 se decodifica en %1 bytes; se esperaban 64 (Ed25519)</translation>
    </message>
    <message>
        <source>slotAllocation.publicKeyB64 decodes to %1 bytes; expected 32 (Ed25519)</source>
        <translation>slotAllocation.publicKeyB64 se decodifica en %1 bytes; se esperaban 32 (Ed25519)</translation>
    </message>
    <message>
        <source>slotAllocation signature verification failed</source>
        <translation>la verificación de la firma de slotAllocation falló</translation>
    </message>
    <message>
        <source>commit.slotHashB64 must be present when slotAllocation is present</source>
        <translation>commit.slotHashB64 debe estar presente si slotAllocation está presente</translation>
    </message>
    <message>
        <source>slot hash over the slot body</source>
        <translation>hash de la ranura sobre el cuerpo de la ranura</translation>
    </message>
    <message>
        <source>commit.slotHashB64 does not match SHA-256 of canonical slot body — slot binding broken</source>
        <translation>commit.slotHashB64 no coincide con el SHA-256 del cuerpo canónico de la ranura — vínculo de la ranura roto</translation>
    </message>
    <message>
        <source>slot hash over the slot body without chainId (March 2026 enclaves)</source>
        <translation>hash de la ranura sobre el cuerpo de la ranura sin chainId (enclaves de marzo de 2026)</translation>
    </message>
    <message>
        <source>slotAllocation.nonceB64 does not match commit.nonceB64</source>
        <translation>slotAllocation.nonceB64 no coincide con commit.nonceB64</translation>
    </message>
    <message>
        <source>commit.slotCounter must be present when slotAllocation is present</source>
        <translation>commit.slotCounter debe estar presente si slotAllocation está presente</translation>
    </message>
    <message>
        <source>commit.slotCounter does not match slotAllocation.counter</source>
        <translation>commit.slotCounter no coincide con slotAllocation.counter</translation>
    </message>
    <message>
        <source>commit.counter must be present for slot ordering verification</source>
        <translation>commit.counter debe estar presente para verificar el orden de la ranura</translation>
    </message>
    <message>
        <source>slotAllocation.counter (%1) must be less than commit.counter (%2)</source>
        <translation>slotAllocation.counter (%1) debe ser menor que commit.counter (%2)</translation>
    </message>
    <message>
        <source>slotAllocation.publicKeyB64 does not match signer.publicKeyB64 — different enclave</source>
        <translation>slotAllocation.publicKeyB64 no coincide con signer.publicKeyB64 — enclave distinto</translation>
    </message>
    <message>
        <source>slotAllocation.epochId does not match commit.epochId — different lifecycle</source>
        <translation>slotAllocation.epochId no coincide con commit.epochId — ciclo de vida distinto</translation>
    </message>
    <message>
        <source>slotAllocation.chainId does not match commit.chainId</source>
        <translation>slotAllocation.chainId no coincide con commit.chainId</translation>
    </message>
    <message>
        <source>Slot %1 allocated before commit %2, signed by the same key (%3)</source>
        <translation>Ranura %1 asignada antes del commit %2, firmada con la misma clave (%3)</translation>
    </message>
    <message>
        <source>epochLink.%1 must be a non-empty string</source>
        <translation>epochLink.%1 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>epochLink.prevCounter &quot;%1&quot; is not a canonical decimal</source>
        <translation>epochLink.prevCounter &quot;%1&quot; no es un decimal canónico</translation>
    </message>
    <message>
        <source>epochLink.toEpochId &quot;%1&quot; does not match proof commit.epochId &quot;%2&quot; — successor binding broken</source>
        <translation>epochLink.toEpochId &quot;%1&quot; no coincide con commit.epochId &quot;%2&quot; de la prueba — vínculo con el sucesor roto</translation>
    </message>
    <message>
        <source>epochLink.toPublicKeyB64 does not match proof signer.publicKeyB64 — successor binding broken</source>
        <translation>epochLink.toPublicKeyB64 no coincide con signer.publicKeyB64 de la prueba — vínculo con el sucesor roto</translation>
    </message>
    <message>
        <source>epochLink.prevEpochId equals toEpochId — epoch link must cross epoch boundary</source>
        <translation>epochLink.prevEpochId es igual a toEpochId — un enlace de época debe cruzar un límite de época</translation>
    </message>
    <message>
        <source>epochLink.prevPublicKeyB64 equals toPublicKeyB64 — epochs must have different keys</source>
        <translation>epochLink.prevPublicKeyB64 es igual a toPublicKeyB64 — las épocas deben tener claves distintas</translation>
    </message>
    <message>
        <source>FORK DETECTED: predecessor (epoch=%1..., counter=%2) already consumed by epoch %3..., but this proof claims consumption by epoch %4... — single-successor invariant violated</source>
        <translation>BIFURCACIÓN (FORK) DETECTADA: el predecesor (epoch=%1..., counter=%2) ya lo consumió la época %3..., pero esta prueba afirma que lo consume la época %4... — se viola la invariante del sucesor único</translation>
    </message>
    <message>
        <source>First proof of epoch %1… after epoch %2… (counter %3)</source>
        <translation>Primera prueba de la época %1… tras la época %2… (contador %3)</translation>
    </message>
    <message>
        <source>Attestation format &quot;%1&quot; is not supported here, so it was not checked; the measurement is only the signer&apos;s own claim</source>
        <translation>El formato de atestación &quot;%1&quot; no se admite aquí, así que no se comprobó; la medición es solo una afirmación del propio firmante</translation>
    </message>
    <message>
        <source>The AWS Nitro attestation cannot be verified: %1. The measurement is only the signer&apos;s own claim.</source>
        <translation>No se puede verificar la atestación de AWS Nitro: %1. La medición es solo una afirmación del propio firmante.</translation>
    </message>
    <message>
        <source>environment.attestation.reportB64 is not valid base64</source>
        <translation>environment.attestation.reportB64 no es base64 válido</translation>
    </message>
    <message>
        <source>its PCR0 %1… is not environment.measurement</source>
        <translation>su PCR0 %1… no es environment.measurement</translation>
    </message>
    <message>
        <source>the signed body without attestationFormat (enclaves before 2026-03-31)</source>
        <translation>el cuerpo firmado sin attestationFormat (enclaves anteriores al 2026-03-31)</translation>
    </message>
    <message>
        <source>exactly the signed bytes</source>
        <translation>exactamente los bytes firmados</translation>
    </message>
    <message>
        <source>its user_data is not the hash of this proof&apos;s signed body, so it attests some other commit</source>
        <translation>su user_data no es el hash del cuerpo firmado de esta prueba, así que atesta otro commit</translation>
    </message>
    <message>
        <source>AWS Nitro attestation verified: the document chains to %1 at its own time %2 (the AWS Nitro clock), module %3, PCR0 equals the measurement, and user_data binds this proof (hash of %4)</source>
        <translation>Atestación de AWS Nitro verificada: la cadena del documento lleva a %1 en su propia hora %2 (el reloj de AWS Nitro), módulo %3, PCR0 coincide con la medición y user_data vincula esta prueba (hash sobre %4)</translation>
    </message>
    <message>
        <source>. But its PCRs are all zero: a debug-mode enclave, whose memory the host can read</source>
        <translation>. Pero todos sus PCR son cero: un enclave en modo de depuración, cuya memoria puede leer el host</translation>
    </message>
    <message>
        <source>The timestamp token is not valid base64; its time is not evidence</source>
        <translation>El token del sello de tiempo no es base64 válido; su hora no sirve como prueba</translation>
    </message>
    <message>
        <source>The RFC 3161 timestamp cannot be verified: %1. Its time is not evidence.</source>
        <translation>No se puede verificar el sello de tiempo RFC 3161: %1. Su hora no sirve como prueba.</translation>
    </message>
    <message>
        <source>the artifact digest</source>
        <translation>el resumen del archivo</translation>
    </message>
    <message>
        <source>the proofCore digest</source>
        <translation>el resumen de proofCore</translation>
    </message>
    <message>
        <source> (the unsigned &quot;time&quot; member says %1: ignore it)</source>
        <translation> (el miembro sin firmar &quot;time&quot; indica %1: no lo tenga en cuenta)</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp: %1 saw %2 at %3 (third-party time, TSA trusted by the profile)%4</source>
        <translation>Sello de tiempo RFC 3161: %1 vio %2 en %3 (hora de un tercero, TSA de confianza según el perfil)%4</translation>
    </message>
    <message>
        <source>Intact RFC 3161 timestamp of %1 at %2 by %3, but the TSA is not trusted (%4), so the time is not evidence%5</source>
        <translation>Sello de tiempo RFC 3161 intacto para %1 en %2, emitido por %3, pero la TSA no es de confianza (%4), así que la hora no sirve como prueba%5</translation>
    </message>
    <message>
        <source>enforcement tier &quot;%1&quot; does not meet required tier &quot;%2&quot;</source>
        <translation>el nivel de protección &quot;%1&quot; no alcanza el nivel requerido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Enforcement tier is %1 (self-reported, signed)</source>
        <translation>El nivel de protección es %1 (declarado por el propio firmante, firmado)</translation>
    </message>
    <message>
        <source>measurement &quot;%1&quot; is not in the allowed set</source>
        <translation>la medición &quot;%1&quot; no está entre las permitidas</translation>
    </message>
    <message>
        <source>Measurement is in the allowed set</source>
        <translation>La medición está entre las permitidas</translation>
    </message>
    <message>
        <source>proof public key is not in the allowed set</source>
        <translation>la clave pública de la prueba no está entre las permitidas</translation>
    </message>
    <message>
        <source>Signer key %1 is in the allowed set</source>
        <translation>La clave del firmante %1 está entre las permitidas</translation>
    </message>
    <message>
        <source>policy requires attestation but proof has none</source>
        <translation>el perfil de confianza exige una atestación, pero la prueba no tiene ninguna</translation>
    </message>
    <message>
        <source>policy requires a verified attestation, but %1</source>
        <translation>el perfil de confianza exige una atestación verificada, pero %1</translation>
    </message>
    <message>
        <source>this one was not verified</source>
        <translation>esta no se verificó</translation>
    </message>
    <message>
        <source>The attestation is present and verified</source>
        <translation>La atestación está presente y verificada</translation>
    </message>
    <message>
        <source>policy requires attestation format but proof has no attestation</source>
        <translation>el perfil de confianza exige un formato de atestación, pero la prueba no tiene atestación</translation>
    </message>
    <message>
        <source>attestation format &quot;%1&quot; is not in the required set</source>
        <translation>el formato de atestación &quot;%1&quot; no está entre los exigidos</translation>
    </message>
    <message>
        <source>Attestation format %1 is allowed</source>
        <translation>El formato de atestación %1 está permitido</translation>
    </message>
    <message>
        <source>policy requires a counter but proof has none</source>
        <translation>el perfil de confianza exige un contador, pero la prueba no tiene ninguno</translation>
    </message>
    <message>
        <source>counter %1 is below minimum %2</source>
        <translation>el contador %1 es inferior al mínimo %2</translation>
    </message>
    <message>
        <source>Counter %1 is at least %2</source>
        <translation>El contador %1 es como mínimo %2</translation>
    </message>
    <message>
        <source>counter %1 is above maximum %2</source>
        <translation>el contador %1 es superior al máximo %2</translation>
    </message>
    <message>
        <source>Counter %1 is at most %2</source>
        <translation>El contador %1 es como máximo %2</translation>
    </message>
    <message>
        <source>policy requires a time field but proof has none</source>
        <translation>el perfil de confianza exige un campo de hora, pero la prueba no tiene ninguno</translation>
    </message>
    <message>
        <source>commit time %1 is before minimum %2</source>
        <translation>la hora de commit %1 es anterior al mínimo %2</translation>
    </message>
    <message>
        <source>Commit time %1 (the signer&apos;s own clock) is not before %2</source>
        <translation>La hora de commit %1 (el reloj del propio firmante) no es anterior a %2</translation>
    </message>
    <message>
        <source>commit time %1 is after maximum %2</source>
        <translation>la hora de commit %1 es posterior al máximo %2</translation>
    </message>
    <message>
        <source>Commit time %1 (the signer&apos;s own clock) is not after %2</source>
        <translation>La hora de commit %1 (el reloj del propio firmante) no es posterior a %2</translation>
    </message>
    <message>
        <source>policy requires epochId but proof has none</source>
        <translation>el perfil de confianza exige epochId, pero la prueba no tiene ninguno</translation>
    </message>
    <message>
        <source>policy requires actor (agency) but proof has none</source>
        <translation>el perfil de confianza exige un actor (agency), pero la prueba no tiene ninguno</translation>
    </message>
    <message>
        <source>An actor authorized the commit</source>
        <translation>Un actor autorizó el commit</translation>
    </message>
    <message>
        <source>policy requires allowed actor key ID but proof has no agency</source>
        <translation>el perfil de confianza exige un ID de clave de actor permitido, pero la prueba no tiene agency</translation>
    </message>
    <message>
        <source>actor key ID is not in the allowed set</source>
        <translation>el ID de clave de actor no está entre los permitidos</translation>
    </message>
    <message>
        <source>Actor key is in the allowed set</source>
        <translation>La clave de actor está entre las permitidas</translation>
    </message>
    <message>
        <source>policy requires allowed actor provider but proof has no agency</source>
        <translation>el perfil de confianza exige un proveedor de actor permitido, pero la prueba no tiene agency</translation>
    </message>
    <message>
        <source>actor provider &quot;%1&quot; is not in the allowed set</source>
        <translation>el proveedor de actor &quot;%1&quot; no está entre los permitidos</translation>
    </message>
    <message>
        <source>Actor provider %1 is allowed</source>
        <translation>El proveedor de actor %1 está permitido</translation>
    </message>
    <message>
        <source>policy requires slotAllocation (OCC causal slot) but proof has none</source>
        <translation>el perfil de confianza exige slotAllocation (ranura causal de OCC), pero la prueba no tiene ninguna</translation>
    </message>
    <message>
        <source>A causal slot allocation is present</source>
        <translation>Hay una asignación de ranura causal</translation>
    </message>
    <message>
        <source>policy requires a verified WebAuthn actor (allowedRpIds) but proof has none</source>
        <translation>el perfil de confianza exige un actor WebAuthn verificado (allowedRpIds), pero la prueba no tiene ninguno</translation>
    </message>
    <message>
        <source>the passkey&apos;s relying party (rpIdHash) is none of the allowed rpIds</source>
        <translation>la relying party de la Passkey (rpIdHash) no es ninguno de los rpIds permitidos</translation>
    </message>
    <message>
        <source>The passkey belongs to relying party %1</source>
        <translation>La Passkey pertenece a la relying party %1</translation>
    </message>
    <message>
        <source>No trust profile: nothing pins who signed this proof. It shows that the holder of the key in the proof signed it, and anyone can make such a key.</source>
        <translation>Sin perfil de confianza: nada fija quién firmó esta prueba. Muestra que la firmó el titular de la clave de la prueba, y cualquiera puede crear una clave así.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is pinned by the trust profile%1</source>
        <translation>El perfil de confianza%1 fija la clave del firmante</translation>
    </message>
    <message>
        <source>The enclave measurement is pinned by the trust profile%1 and confirmed by a verified AWS Nitro attestation</source>
        <translation>La medición del enclave la fija el perfil de confianza%1 y la confirma una atestación de AWS Nitro verificada</translation>
    </message>
    <message>
        <source>The measurement matches the trust profile, but no verified attestation backs it, so it is only the signer&apos;s own claim. Pin a public key, or verify the attestation, to trust this signer.</source>
        <translation>La medición coincide con el perfil de confianza, pero ninguna atestación verificada la respalda, así que es solo una afirmación del propio firmante. Fije una clave pública, o verifique la atestación, para confiar en este firmante.</translation>
    </message>
    <message>
        <source>The trust profile&apos;s constraints hold, but it pins no signer (no allowedPublicKeys or allowedMeasurements)</source>
        <translation>Las restricciones del perfil de confianza se cumplen, pero no fija ningún firmante (ni allowedPublicKeys ni allowedMeasurements)</translation>
    </message>
    <message>
        <source>Not checked: the proof is not usable JSON</source>
        <translation>No comprobado: la prueba no es JSON utilizable</translation>
    </message>
    <message>
        <source>Valid UTF-8 JSON with no ambiguous members</source>
        <translation>JSON UTF-8 válido sin miembros ambiguos</translation>
    </message>
</context>
<context>
    <name>Occ::SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Occ::StampJob</name>
    <message numerus="yes">
        <source>Hashing %n file(s) on this computer…</source>
        <translation>
            <numerusform>Calculando el hash de %n archivo en este equipo…</numerusform>
            <numerusform>Calculando el hash de %n archivos en este equipo…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing %n digest(s) with the embedded stub signer…</source>
        <translation>
            <numerusform>Firmando %n resumen con el firmante stub integrado…</numerusform>
            <numerusform>Firmando %n resúmenes con el firmante stub integrado…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committing %n digest(s) to %1…</source>
        <translation>
            <numerusform>Registrando %n resumen en %1…</numerusform>
            <numerusform>Registrando %n resúmenes en %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Committing %1 to %2…</source>
        <translation>Registrando %1 en %2…</translation>
    </message>
    <message>
        <source>the embedded stub signer</source>
        <translation>el firmante stub integrado</translation>
    </message>
    <message>
        <source>Requesting RFC 3161 timestamps for %1 from %2…</source>
        <translation>Solicitando sellos de tiempo RFC 3161 para %1 a %2…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n bundle(s) to %1…</source>
        <translation>
            <numerusform>Escribiendo %n paquete de prueba en %1…</numerusform>
            <numerusform>Escribiendo %n paquetes de prueba en %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stamped %1 of %n file(s)</source>
        <translation>
            <numerusform>%1 de %n archivo sellado</numerusform>
            <numerusform>%1 de %n archivos sellados</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it was committed</source>
        <translation>Cancelado antes de registrarse</translation>
    </message>
    <message>
        <source>%1 key %2… (%3, measurement %4)</source>
        <translation>%1, clave %2… (%3, medición %4)</translation>
    </message>
    <message>
        <source>Cannot create the destination folder %1</source>
        <translation>No se puede crear la carpeta de destino %1</translation>
    </message>
    <message>
        <source>Not committed: another file of the batch could not be read</source>
        <translation>No registrado: no se pudo leer otro archivo del lote</translation>
    </message>
    <message>
        <source>Not committed: %1</source>
        <translation>No registrado: %1</translation>
    </message>
    <message>
        <source>no timestamp, so nothing written: %1</source>
        <translation>sin sello de tiempo, así que no se escribió nada: %1</translation>
    </message>
    <message>
        <source>written without a timestamp: %1</source>
        <translation>escrito sin sello de tiempo: %1</translation>
    </message>
    <message>
        <source>Not written: another file of the batch has no proof</source>
        <translation>No escrito: otro archivo del lote no tiene prueba</translation>
    </message>
    <message>
        <source>Waiting for the authorization of %1…</source>
        <translation>Esperando la autorización de %1…</translation>
    </message>
    <message>
        <source>Asking %1 for a challenge…</source>
        <translation>Solicitando un challenge a %1…</translation>
    </message>
    <message>
        <source>Cannot write into the destination folder %1: %2</source>
        <translation>No se puede escribir en la carpeta de destino %1: %2</translation>
    </message>
</context>
<context>
    <name>Occ::StubSigner</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>is not valid JSON (it may be truncated or corrupt)</source>
        <translation>no es JSON válido (puede estar truncado o dañado)</translation>
    </message>
    <message>
        <source>has an unknown format</source>
        <translation>tiene un formato desconocido</translation>
    </message>
    <message>
        <source>has no valid key</source>
        <translation>no tiene ninguna clave válida</translation>
    </message>
    <message>
        <source>has a public key that does not match its seed</source>
        <translation>tiene una clave pública que no coincide con su semilla</translation>
    </message>
    <message>
        <source>has no epochId</source>
        <translation>no tiene epochId</translation>
    </message>
    <message>
        <source>has no chains</source>
        <translation>no tiene cadenas</translation>
    </message>
    <message>
        <source>has an invalid counter for chain &quot;%1&quot;</source>
        <translation>tiene un contador no válido para la cadena &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Too many pending challenges; try again later</source>
        <translation>Demasiados challenges pendientes; inténtelo de nuevo más tarde</translation>
    </message>
    <message>
        <source>challenge not found or expired</source>
        <translation>challenge no encontrado o caducado</translation>
    </message>
    <message>
        <source>authorization timestamp too far from current time</source>
        <translation>la hora de la autorización está demasiado lejos de la hora actual</translation>
    </message>
    <message>
        <source>authorization.artifactHash does not match committed digest</source>
        <translation>authorization.artifactHash no coincide con el resumen registrado</translation>
    </message>
    <message>
        <source>batchContext.batchDigests must list exactly the committed digests, in order</source>
        <translation>batchContext.batchDigests debe enumerar exactamente los resúmenes registrados, en orden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>The stub signer&apos;s state %1 is locked by another process</source>
        <translation>El estado %1 del firmante stub está bloqueado por otro proceso</translation>
    </message>
    <message>
        <source>Nothing to commit: no digests</source>
        <translation>No hay nada que registrar: no hay resúmenes</translation>
    </message>
    <message>
        <source>Per-file metadata does not match the digests</source>
        <translation>Los metadatos por archivo no coinciden con los resúmenes</translation>
    </message>
    <message>
        <source>A SHA-256 digest must be 32 bytes</source>
        <translation>Un resumen SHA-256 debe tener 32 bytes</translation>
    </message>
    <message>
        <source>The stub signer&apos;s state file was replaced by another identity</source>
        <translation>El archivo de estado del firmante stub se sustituyó por otra identidad</translation>
    </message>
    <message>
        <source>The counter is exhausted</source>
        <translation>El contador se ha agotado</translation>
    </message>
    <message>
        <source>The stub signer made a proof that does not verify (%1); nothing was returned</source>
        <translation>El firmante stub creó una prueba que no supera la verificación (%1); no se devolvió nada</translation>
    </message>
    <message>
        <source>Cannot use the stub signer&apos;s state %1: %2</source>
        <translation>No se puede usar el estado %1 del firmante stub: %2</translation>
    </message>
    <message>
        <source>The stub signer&apos;s state file %1 %2. It was left untouched; move it away with its journal to start a new identity (proofs it made stay verifiable).</source>
        <translation>El archivo de estado %1 del firmante stub %2. No se ha modificado; muévalo junto con su diario para empezar una identidad nueva (las pruebas que hizo siguen siendo verificables).</translation>
    </message>
    <message>
        <source>has an invalid journalGeneration</source>
        <translation>tiene un journalGeneration no válido</translation>
    </message>
    <message>
        <source>The stub signer&apos;s journal %1 %2. It was left untouched.</source>
        <translation>El diario %1 del firmante stub %2. No se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot read the stub signer&apos;s journal %1: %2</source>
        <translation>No se puede leer el diario %1 del firmante stub: %2</translation>
    </message>
    <message>
        <source>Cannot write the stub signer&apos;s journal %1: %2</source>
        <translation>No se puede escribir el diario %1 del firmante stub: %2</translation>
    </message>
    <message>
        <source>keeps its newest counters in %1, which is missing</source>
        <translation>guarda sus contadores más recientes en %1, que falta</translation>
    </message>
    <message>
        <source>belongs to another identity than %1</source>
        <translation>pertenece a otra identidad distinta de %1</translation>
    </message>
    <message>
        <source>has no valid header</source>
        <translation>no tiene una cabecera válida</translation>
    </message>
    <message>
        <source>has a record that cannot be read</source>
        <translation>contiene un registro que no se puede leer</translation>
    </message>
    <message>
        <source>holds counters, but its state file %1 is missing; put the state file back, or move the journal away too to start a new identity</source>
        <translation>contiene contadores, pero falta su archivo de estado %1; vuelva a colocar el archivo de estado, o mueva también el diario para empezar una identidad nueva</translation>
    </message>
</context>
<context>
    <name>Occ::TimestampToken</name>
    <message>
        <source>the token is not a DER TimeStampToken</source>
        <translation>el token no es un TimeStampToken DER</translation>
    </message>
    <message>
        <source>the token holds no TSTInfo</source>
        <translation>el token no contiene TSTInfo</translation>
    </message>
    <message>
        <source>the token&apos;s imprint is not SHA-256</source>
        <translation>el imprint del token no es SHA-256</translation>
    </message>
    <message>
        <source>the token timestamps other bytes (its imprint is not this digest)</source>
        <translation>el token sella otros bytes (su imprint no es este resumen)</translation>
    </message>
    <message>
        <source>the token&apos;s genTime cannot be read</source>
        <translation>no se puede leer el genTime del token</translation>
    </message>
    <message>
        <source>the token does not carry its signing certificate</source>
        <translation>el token no incluye su certificado de firma</translation>
    </message>
    <message>
        <source>the token&apos;s signature does not verify</source>
        <translation>la firma del token no se verifica</translation>
    </message>
    <message>
        <source>no TSA trust anchors are configured</source>
        <translation>no hay anclas de confianza de TSA configuradas</translation>
    </message>
    <message>
        <source>the TSA does not chain to a trust anchor at genTime (%1)</source>
        <translation>la cadena de la TSA no lleva a ningún ancla de confianza en genTime (%1)</translation>
    </message>
    <message>
        <source>the TSA&apos;s answer is not a TimeStampResp</source>
        <translation>la respuesta de la TSA no es una TimeStampResp</translation>
    </message>
    <message>
        <source>the TSA refused the request (status %1)</source>
        <translation>la TSA rechazó la solicitud (estado %1)</translation>
    </message>
    <message>
        <source>the TSA&apos;s answer does not carry our nonce (a replayed or foreign answer)</source>
        <translation>la respuesta de la TSA no incluye nuestro nonce (una respuesta repetida o ajena)</translation>
    </message>
</context>
<context>
    <name>Occ::TrustProfile</name>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain only non-empty strings</source>
        <translation>&quot;%1&quot; solo debe contener cadenas no vacías</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a decimal string (digits only, no sign or leading zeros), e.g. &quot;42&quot;</source>
        <translation>&quot;%1&quot; debe ser una cadena decimal (solo dígitos, sin signo ni ceros a la izquierda), p. ej., &quot;42&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-negative number of Unix milliseconds</source>
        <translation>&quot;%1&quot; debe ser un número no negativo de milisegundos Unix</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cannot read %2: %3</source>
        <translation>&quot;%1&quot;: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a PEM certificate</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; no es un certificado PEM</translation>
    </message>
    <message>
        <source>The trust profile is not valid JSON: %1</source>
        <translation>El perfil de confianza no es JSON válido: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a trust profile</source>
        <translation>%1 es demasiado grande para ser un perfil de confianza</translation>
    </message>
    <message>
        <source>A trust profile must be a JSON object</source>
        <translation>Un perfil de confianza debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation>&quot;name&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;requireEnforcement&quot; must be one of &quot;stub&quot;, &quot;hw-key&quot;, &quot;measured-tee&quot;</source>
        <translation>&quot;requireEnforcement&quot; debe ser uno de estos valores: &quot;stub&quot;, &quot;hw-key&quot;, &quot;measured-tee&quot;</translation>
    </message>
    <message>
        <source>Unknown trust profile option &quot;%1&quot;</source>
        <translation>Opción de perfil de confianza desconocida: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;minCounter&quot; is greater than &quot;maxCounter&quot;: no proof could match</source>
        <translation>&quot;minCounter&quot; es mayor que &quot;maxCounter&quot;: ninguna prueba podría cumplirlo</translation>
    </message>
    <message>
        <source>&quot;minTime&quot; is after &quot;maxTime&quot;: no proof could match</source>
        <translation>&quot;minTime&quot; es posterior a &quot;maxTime&quot;: ninguna prueba podría cumplirlo</translation>
    </message>
</context>
<context>
    <name>Occ::TrustProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a profile id</source>
        <translation>&quot;%1&quot; no es un ID de perfil</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>No se puede eliminar %1</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation>%1 ya existe; no se sobrescribe</translation>
    </message>
</context>
<context>
    <name>Occ::TsaClient</name>
    <message>
        <source>The time-stamping authority %1 did not answer: %2</source>
        <translation>La autoridad de sellado de tiempo %1 no respondió: %2</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::Accessibility</name>
    <message>
        <source>The files to stamp: name, size, SHA-256 computed on this computer, status and progress of each</source>
        <translation>Los archivos para sellar: nombre, tamaño, SHA-256 calculado en este equipo, estado y progreso de cada uno</translation>
    </message>
    <message>
        <source>A name sealed into the signed proof; anyone with the proof can read it</source>
        <translation>Un nombre que se incorpora a la prueba firmada; cualquiera que tenga la prueba puede leerlo</translation>
    </message>
    <message>
        <source>A title sealed into the signed proof; anyone with the proof can read it</source>
        <translation>Un título que se incorpora a la prueba firmada; cualquiera que tenga la prueba puede leerlo</translation>
    </message>
    <message>
        <source>A message sealed into the signed proof; anyone with the proof can read it</source>
        <translation>Un mensaje que se incorpora a la prueba firmada; cualquiera que tenga la prueba puede leerlo</translation>
    </message>
    <message>
        <source>The folder the .proof.zip bundles are written to; remembered</source>
        <translation>La carpeta en la que se escriben los paquetes de prueba .proof.zip; la elección se recuerda</translation>
    </message>
    <message>
        <source>Opens the trust profiles page to edit the selected profile</source>
        <translation>Abre la página Perfiles de confianza para editar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Saves what was checked, with the profile and the inputs&apos; hashes, as a JSON report</source>
        <translation>Guarda lo que se comprobó, junto con el perfil y los resúmenes de las entradas, como informe JSON</translation>
    </message>
    <message>
        <source>Every check of the verification with its status, details and what you can do</source>
        <translation>Todas las comprobaciones de la verificación con su estado, sus detalles y lo que se puede hacer</translation>
    </message>
    <message>
        <source>Every field of the proof with its value and whether a signature covers it; Ctrl+C copies the value</source>
        <translation>Todos los campos de la prueba con su valor y si una firma lo cubre; Ctrl+C copia el valor</translation>
    </message>
    <message>
        <source>The proof as JSON text, read-only</source>
        <translation>La prueba como texto JSON, de solo lectura</translation>
    </message>
    <message>
        <source>The proofs read from the opened inputs, each with its verdict; select one to see it</source>
        <translation>Las pruebas leídas de las entradas abiertas, cada una con su veredicto; al seleccionar una, se muestra</translation>
    </message>
    <message>
        <source>What the enclave&apos;s attestation document says: module, time, PCRs</source>
        <translation>Lo que indica el documento de atestación del enclave: módulo, hora, PCR</translation>
    </message>
    <message>
        <source>The folders and files whose proofs are audited</source>
        <translation>Las carpetas y los archivos cuyas pruebas se auditan</translation>
    </message>
    <message>
        <source>What the audit found: forks, gaps, reused counters, invalid proofs; activate one to open its proofs</source>
        <translation>Lo que encontró la auditoría: bifurcaciones, huecos, contadores reutilizados, pruebas no válidas; al activar una entrada, se abren sus pruebas</translation>
    </message>
    <message>
        <source>Each chain found: signer, chain id, number of proofs, counter range and links</source>
        <translation>Cada cadena encontrada: firmante, ID de cadena, número de pruebas, intervalo de contadores y enlaces</translation>
    </message>
    <message>
        <source>The proofs this studio made or verified; activate one to open it in Verify</source>
        <translation>Las pruebas que este estudio ha creado o verificado; al activar una, se abre en Verificar</translation>
    </message>
    <message>
        <source>The saved trust profiles; select one to edit it</source>
        <translation>Los perfiles de confianza guardados; al seleccionar uno, se puede editar</translation>
    </message>
    <message>
        <source>Starts an empty trust profile</source>
        <translation>Crea un perfil de confianza vacío</translation>
    </message>
    <message>
        <source>Deletes the selected trust profile after asking</source>
        <translation>Elimina el perfil de confianza seleccionado tras pedir confirmación</translation>
    </message>
    <message>
        <source>Reads a trust profile file, the format occ verify --policy takes</source>
        <translation>Lee un archivo de perfil de confianza, en el formato que admite occ verify --policy</translation>
    </message>
    <message>
        <source>Writes the profile as a file for occ verify --policy</source>
        <translation>Escribe el perfil como archivo para occ verify --policy</translation>
    </message>
    <message>
        <source>Makes this profile the one Verify, Audit and Library use</source>
        <translation>Hace que este sea el perfil que usan Verificar, Auditoría y Biblioteca</translation>
    </message>
    <message>
        <source>The profile&apos;s name, shown in the verdict</source>
        <translation>El nombre del perfil, que se muestra en el veredicto</translation>
    </message>
    <message>
        <source>Signer public keys (base64) this profile trusts, one per line</source>
        <translation>Claves públicas de firmantes (base64) en las que confía este perfil, una por línea</translation>
    </message>
    <message>
        <source>Enclave measurements (PCR0) this profile trusts when an attestation confirms them, one per line</source>
        <translation>Mediciones de enclave (PCR0) en las que confía este perfil cuando una atestación las confirma, una por línea</translation>
    </message>
    <message>
        <source>The enforcement tier a proof must claim, or any</source>
        <translation>El nivel de protección que debe declarar una prueba, o cualquiera</translation>
    </message>
    <message>
        <source>When checked, a proof without a verified attestation fails</source>
        <translation>Si se marca, falla toda prueba sin una atestación verificada</translation>
    </message>
    <message>
        <source>Attestation formats accepted, comma separated; empty accepts any</source>
        <translation>Formatos de atestación aceptados, separados por comas; vacío: se acepta cualquiera</translation>
    </message>
    <message>
        <source>Root certificates accepted for attestations besides the AWS Nitro root</source>
        <translation>Certificados raíz aceptados para atestaciones además de la raíz de AWS Nitro</translation>
    </message>
    <message>
        <source>Adds an attestation root certificate from a PEM file</source>
        <translation>Añade un certificado raíz de atestación desde un archivo PEM</translation>
    </message>
    <message>
        <source>Removes the selected attestation root certificate</source>
        <translation>Quita el certificado raíz de atestación seleccionado</translation>
    </message>
    <message>
        <source>Proofs with a lower counter fail; empty for no limit</source>
        <translation>Las pruebas con un contador inferior fallan; vacío: sin límite</translation>
    </message>
    <message>
        <source>Proofs with a higher counter fail; empty for no limit</source>
        <translation>Las pruebas con un contador superior fallan; vacío: sin límite</translation>
    </message>
    <message>
        <source>When checked, proofs committed before the time beside it fail</source>
        <translation>Si se marca, fallan las pruebas registradas antes de la hora indicada al lado</translation>
    </message>
    <message>
        <source>The earliest commit time accepted, by the signer&apos;s clock</source>
        <translation>La hora de commit más temprana aceptada, según el reloj del firmante</translation>
    </message>
    <message>
        <source>When checked, proofs committed after the time beside it fail</source>
        <translation>Si se marca, fallan las pruebas registradas después de la hora indicada al lado</translation>
    </message>
    <message>
        <source>The latest commit time accepted, by the signer&apos;s clock</source>
        <translation>La hora de commit más tardía aceptada, según el reloj del firmante</translation>
    </message>
    <message>
        <source>When checked, a proof without an epoch id fails</source>
        <translation>Si se marca, falla toda prueba sin un ID de época</translation>
    </message>
    <message>
        <source>When checked, a proof without a causal slot fails</source>
        <translation>Si se marca, falla toda prueba sin una ranura causal (slot)</translation>
    </message>
    <message>
        <source>When checked, a proof no passkey authorized fails</source>
        <translation>Si se marca, falla toda prueba que no haya autorizado ninguna Passkey</translation>
    </message>
    <message>
        <source>Passkey key ids allowed to authorize commits, one per line; empty allows any</source>
        <translation>IDs de clave de Passkey que pueden autorizar commits, uno por línea; vacío: se permite cualquiera</translation>
    </message>
    <message>
        <source>Passkey providers allowed, comma separated; empty allows any</source>
        <translation>Proveedores de Passkey permitidos, separados por comas; vacío: se permite cualquiera</translation>
    </message>
    <message>
        <source>WebAuthn relying parties a passkey assertion may be made for, comma separated</source>
        <translation>Relying parties de WebAuthn para las que se puede emitir una aserción de Passkey, separadas por comas</translation>
    </message>
    <message>
        <source>Root certificates of the timestamp authorities this profile trusts</source>
        <translation>Certificados raíz de las autoridades de sellado de tiempo en las que confía este perfil</translation>
    </message>
    <message>
        <source>Adds a timestamp authority root certificate from a PEM file</source>
        <translation>Añade un certificado raíz de autoridad de sellado de tiempo desde un archivo PEM</translation>
    </message>
    <message>
        <source>Removes the selected timestamp authority root certificate</source>
        <translation>Quita el certificado raíz de autoridad de sellado de tiempo seleccionado</translation>
    </message>
    <message>
        <source>Adds the root certificate of freetsa.org, shipped with the studio</source>
        <translation>Añade el certificado raíz de freetsa.org, incluido con el estudio</translation>
    </message>
    <message>
        <source>Checks the profile as occ verify would and saves it</source>
        <translation>Comprueba el perfil como lo haría occ verify y lo guarda</translation>
    </message>
    <message>
        <source>Signs with a key kept on this computer: no account, no network, stub tier</source>
        <translation>Firma con una clave guardada en este equipo: sin cuenta, sin red, nivel stub</translation>
    </message>
    <message>
        <source>Sends only the digests to a commit service, such as the AWS Nitro Enclave service</source>
        <translation>Envía solo los resúmenes a un servicio de commit, como el servicio de AWS Nitro Enclave</translation>
    </message>
    <message>
        <source>The commit service&apos;s address, https://</source>
        <translation>La dirección del servicio de commit, https://</translation>
    </message>
    <message>
        <source>The commit service&apos;s API key; saved only in the system keychain</source>
        <translation>La clave de API del servicio de commit; se guarda solo en el llavero del sistema</translation>
    </message>
    <message>
        <source>Stores the API key in the system keychain</source>
        <translation>Guarda la clave de API en el llavero del sistema</translation>
    </message>
    <message>
        <source>Removes the API key from the system keychain</source>
        <translation>Quita la clave de API del llavero del sistema</translation>
    </message>
    <message>
        <source>A PEM file of certificates trusted for the commit service besides the system&apos;s</source>
        <translation>Un archivo PEM de certificados de confianza para el servicio de commit, además de los del sistema</translation>
    </message>
    <message>
        <source>Chooses the extra certificate file</source>
        <translation>Elige el archivo de certificados adicional</translation>
    </message>
    <message>
        <source>Where the embedded signer keeps its key and counters</source>
        <translation>Dónde guarda el firmante integrado su clave y sus contadores</translation>
    </message>
    <message>
        <source>Writes a trust profile that pins this computer&apos;s signer key, to give to others</source>
        <translation>Escribe un perfil de confianza que fija la clave del firmante de este equipo, para entregarlo a otras personas</translation>
    </message>
    <message>
        <source>The folder new bundles are written to</source>
        <translation>La carpeta en la que se escriben los nuevos paquetes de prueba</translation>
    </message>
    <message>
        <source>An RFC 3161 timestamp authority asked after each commit; empty for none</source>
        <translation>Una autoridad de sellado de tiempo RFC 3161 a la que se consulta después de cada commit; vacío: ninguna</translation>
    </message>
    <message>
        <source>When checked, a file whose timestamp cannot be obtained gets no bundle</source>
        <translation>Si se marca, un archivo cuyo sello de tiempo no se puede obtener no recibe ningún paquete de prueba</translation>
    </message>
    <message>
        <source>The studio&apos;s language, applied at the next start</source>
        <translation>El idioma del estudio; se aplica en el próximo inicio</translation>
    </message>
    <message>
        <source>When checked, the chosen passkey authorizes the commit: one touch of the security key for all listed files, named in each proof as its actor</source>
        <translation>Si se marca, la Passkey elegida autoriza el commit: un toque de la llave de seguridad para todos los archivos de la lista; cada prueba la nombra como su actor</translation>
    </message>
    <message>
        <source>The registered passkey that authorizes the commit</source>
        <translation>La Passkey registrada que autoriza el commit</translation>
    </message>
    <message>
        <source>The passkeys registered in this studio: label, key id, relying party, security key and date; F2 renames</source>
        <translation>Las Passkeys registradas en este estudio: etiqueta, ID de clave, relying party, llave de seguridad y fecha; F2 cambia el nombre</translation>
    </message>
    <message>
        <source>The label of the next passkey registered; empty for the key&apos;s name and today&apos;s date</source>
        <translation>La etiqueta de la próxima Passkey que se registre; vacío: el nombre de la llave y la fecha de hoy</translation>
    </message>
    <message>
        <source>The relying-party id new passkeys are made for; the default occ-proof-studio is not a domain, so no website can use them</source>
        <translation>El ID de relying party para el que se crean las nuevas Passkeys; el predeterminado, occ-proof-studio, no es un dominio, así que ningún sitio web puede usarlas</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::AuditTimeline</name>
    <message>
        <source>Timeline of the audited chains</source>
        <translation>Cronología de las cadenas auditadas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>default chain</source>
        <translation>cadena predeterminada</translation>
    </message>
    <message>
        <source>Counter %1
%2
%3</source>
        <translation>Contador %1
%2
%3</translation>
    </message>
    <message>
        <source>Signer&apos;s clock: %1</source>
        <translation>Reloj del firmante: %1</translation>
    </message>
    <message>
        <source>No time in the proof</source>
        <translation>La prueba no contiene hora</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (signer&apos;s clock)</source>
        <translation>%1 → %2 (reloj del firmante)</translation>
    </message>
    <message>
        <source>ordered by counter (some proofs carry no time)</source>
        <translation>ordenado por contador (algunas pruebas no contienen hora)</translation>
    </message>
    <message>
        <source>%1 chains, %2 proofs, %3 invalid, %4 problems; %5</source>
        <translation>%1 cadenas, %2 pruebas, %3 no válidas, %4 problemas; %5</translation>
    </message>
    <message>
        <source>Run an audit to see its chains here.</source>
        <translation>Ejecute una auditoría para ver aquí sus cadenas.</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::AuditView</name>
    <message>
        <source>Invalid proof</source>
        <translation>Prueba no válida</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Bifurcación</translation>
    </message>
    <message>
        <source>Counter reused</source>
        <translation>Contador reutilizado</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Hueco</translation>
    </message>
    <message>
        <source>Time goes backwards</source>
        <translation>El tiempo retrocede</translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation>Enlace roto</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Audit many proofs as chains: every proof is verified with the selected trust profile, then grouped by signer, epoch and chain and checked for forks, gaps, reused counters, backwards times and duplicates. Drop folders here or add them.</source>
        <translation>Audite muchas pruebas como cadenas: cada prueba se verifica con el perfil de confianza seleccionado, después se agrupa por firmante, época y cadena, y se comprueba si hay bifurcaciones, huecos, contadores reutilizados, tiempos que retroceden y duplicados. Suelte carpetas aquí o añádalas.</translation>
    </message>
    <message>
        <source>Folders and files to audit</source>
        <translation>Carpetas y archivos que auditar</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add a folder of bundles and proofs</source>
        <translation>Añadir una carpeta de paquetes de prueba y pruebas</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add bundles or proof files</source>
        <translation>Añadir paquetes de prueba o archivos de prueba</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Remove every path from the audit</source>
        <translation>Quitar todas las rutas de la auditoría</translation>
    </message>
    <message>
        <source>&amp;Run audit</source>
        <translation>&amp;Ejecutar auditoría</translation>
    </message>
    <message>
        <source>Verify and audit every proof under the listed paths</source>
        <translation>Verificar y auditar todas las pruebas de las rutas de la lista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the audit</source>
        <translation>Detener la auditoría</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>Save the audit as JSON</source>
        <translation>Guardar la auditoría como JSON</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Progreso de la auditoría</translation>
    </message>
    <message>
        <source>Folder to audit</source>
        <translation>Carpeta que auditar</translation>
    </message>
    <message>
        <source>Proofs to audit</source>
        <translation>Pruebas que auditar</translation>
    </message>
    <message>
        <source>Bundles and proofs (*.zip *.json)</source>
        <translation>Paquetes de prueba y pruebas (*.zip *.json)</translation>
    </message>
    <message>
        <source>No audit yet.</source>
        <translation>Aún no hay ninguna auditoría.</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Cadenas</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Proofs</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Reading and verifying…</source>
        <translation>Leyendo y verificando…</translation>
    </message>
    <message>
        <source>Cancelled: no result.</source>
        <translation>Cancelado: sin resultado.</translation>
    </message>
    <message>
        <source>No problems: %1 proofs in %2 chains, every link accounted for.</source>
        <translation>Sin problemas: %1 pruebas en %2 cadenas, todos los enlaces cuadran.</translation>
    </message>
    <message>
        <source>Problems found: %1 proofs in %2 chains, %3 invalid, %4 problems.</source>
        <translation>Se encontraron problemas: %1 pruebas en %2 cadenas, %3 no válidas, %4 problemas.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation>Guardar el informe de auditoría</translation>
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
        <translation>Paquete de prueba</translation>
    </message>
    <message>
        <source>Readable proof</source>
        <translation>Prueba legible</translation>
    </message>
    <message>
        <source>Proof structure</source>
        <translation>Estructura de la prueba</translation>
    </message>
    <message>
        <source>File matches the proof</source>
        <translation>El archivo coincide con la prueba</translation>
    </message>
    <message>
        <source>Signer&apos;s signature</source>
        <translation>Firma del firmante</translation>
    </message>
    <message>
        <source>Passkey authorization</source>
        <translation>Autorización con Passkey</translation>
    </message>
    <message>
        <source>Causal slot</source>
        <translation>Ranura causal</translation>
    </message>
    <message>
        <source>Epoch link</source>
        <translation>Enlace de época</translation>
    </message>
    <message>
        <source>Enclave attestation</source>
        <translation>Atestación del enclave</translation>
    </message>
    <message>
        <source>Timestamp of the file</source>
        <translation>Sello de tiempo del archivo</translation>
    </message>
    <message>
        <source>Timestamp of the proof</source>
        <translation>Sello de tiempo de la prueba</translation>
    </message>
    <message>
        <source>Signer trusted</source>
        <translation>Firmante de confianza</translation>
    </message>
    <message>
        <source>Trust profile: %1</source>
        <translation>Perfil de confianza: %1</translation>
    </message>
    <message>
        <source>The bundle was read in memory, entry by entry, without extracting anything.</source>
        <translation>El paquete de prueba se leyó en memoria, entrada por entrada, sin extraer nada.</translation>
    </message>
    <message>
        <source>The proof is unambiguous JSON: no duplicate members, bounded size.</source>
        <translation>La prueba es JSON inequívoco: sin miembros duplicados y de tamaño acotado.</translation>
    </message>
    <message>
        <source>Every required occ/1 field is present and well formed.</source>
        <translation>Todos los campos occ/1 obligatorios están presentes y bien formados.</translation>
    </message>
    <message>
        <source>The SHA-256 of the file&apos;s bytes equals the digest the signer signed.</source>
        <translation>El SHA-256 de los bytes del archivo coincide con el resumen que firmó el firmante.</translation>
    </message>
    <message>
        <source>The Ed25519 signature over the canonical signed body verifies with the key in the proof.</source>
        <translation>La firma Ed25519 sobre el cuerpo firmado canónico se verifica con la clave de la prueba.</translation>
    </message>
    <message>
        <source>A passkey (P-256 WebAuthn) authorized this commit; its signature is checked separately from the signer&apos;s.</source>
        <translation>Una Passkey (P-256 WebAuthn) autorizó este commit; su firma se comprueba por separado de la del firmante.</translation>
    </message>
    <message>
        <source>The counter slot was allocated before the content was known, and is bound to this commit.</source>
        <translation>La ranura del contador se asignó antes de conocerse el contenido y está vinculada a este commit.</translation>
    </message>
    <message>
        <source>This signer&apos;s epoch links to the previous one, without forks.</source>
        <translation>La época de este firmante enlaza con la anterior, sin bifurcaciones.</translation>
    </message>
    <message>
        <source>An AWS Nitro attestation document binds the signing enclave&apos;s measurement to this proof, checked against Amazon&apos;s root at the document&apos;s own time.</source>
        <translation>Un documento de atestación de AWS Nitro vincula la medición del enclave firmante a esta prueba; se comprueba con la raíz de Amazon en la hora propia del documento.</translation>
    </message>
    <message>
        <source>An RFC 3161 timestamp authority saw the file&apos;s digest at the time it states.</source>
        <translation>Una autoridad de sellado de tiempo RFC 3161 vio el resumen del archivo en la hora que indica.</translation>
    </message>
    <message>
        <source>An RFC 3161 timestamp authority saw the proof at the time it states.</source>
        <translation>Una autoridad de sellado de tiempo RFC 3161 vio la prueba en la hora que indica.</translation>
    </message>
    <message>
        <source>The trust profile pins this signer: its key, or its attested measurement.</source>
        <translation>El perfil de confianza fija a este firmante: su clave o su medición atestada.</translation>
    </message>
    <message>
        <source>A constraint of the selected trust profile.</source>
        <translation>Una restricción del perfil de confianza seleccionado.</translation>
    </message>
    <message>
        <source>Make sure you opened the very file that was stamped: any change to its bytes, even one, breaks this check.</source>
        <translation>Asegúrese de haber abierto exactamente el archivo que se selló: cualquier cambio en sus bytes, aunque sea en uno solo, hace fallar esta comprobación.</translation>
    </message>
    <message>
        <source>The proof was altered or damaged after it was signed. Ask the sender for the original bundle.</source>
        <translation>La prueba se alteró o se dañó después de firmarse. Pida al remitente el paquete de prueba original.</translation>
    </message>
    <message>
        <source>If you know this signer, use &quot;Pin this signer…&quot; after comparing its fingerprint with one you got from the signer directly.</source>
        <translation>Si conoce a este firmante, use «Fijar este firmante…» después de comparar su huella digital con una que haya obtenido directamente del firmante.</translation>
    </message>
    <message>
        <source>To trust this timestamp, add the authority&apos;s root certificate to the trust profile (Trust profiles → TSA roots).</source>
        <translation>Para confiar en este sello de tiempo, añada el certificado raíz de la autoridad al perfil de confianza (Perfiles de confianza → raíces de TSA).</translation>
    </message>
    <message>
        <source>Without a verified attestation the measurement is only the signer&apos;s own claim.</source>
        <translation>Sin una atestación verificada, la medición es solo una afirmación del propio firmante.</translation>
    </message>
    <message>
        <source>The proof does not meet the selected trust profile. Choose another profile, or edit this one if the constraint is wrong.</source>
        <translation>La prueba no cumple el perfil de confianza seleccionado. Elija otro perfil o edite este si la restricción es incorrecta.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobada</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <source>Valid — signer not pinned</source>
        <translation>Válido — firmante no fijado</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::FieldDecoder</name>
    <message>
        <source>stub: a key on a computer, no hardware protection</source>
        <translation>stub: una clave en un equipo, sin protección por hardware</translation>
    </message>
    <message>
        <source>hardware key: the signing key is held in hardware</source>
        <translation>clave de hardware: la clave de firma se guarda en hardware</translation>
    </message>
    <message>
        <source>measured TEE: the signer runs in an attested enclave (AWS Nitro)</source>
        <translation>TEE medido: el firmante se ejecuta en un enclave atestado (AWS Nitro)</translation>
    </message>
    <message>
        <source>unknown tier</source>
        <translation>nivel desconocido</translation>
    </message>
    <message>
        <source>%1 — the signer&apos;s own clock (signed, not third-party)</source>
        <translation>%1 — el reloj del propio firmante (firmado, no de terceros)</translation>
    </message>
    <message>
        <source>%1 — copied from the TSA token, unsigned; the token itself is checked</source>
        <translation>%1 — copiado del token de la TSA, sin firmar; el propio token sí se comprueba</translation>
    </message>
    <message>
        <source>%1 — the actor&apos;s device clock</source>
        <translation>%1 — el reloj del dispositivo del actor</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>huella digital %1</translation>
    </message>
    <message>
        <source>hex %1</source>
        <translation>hex %1</translation>
    </message>
    <message>
        <source>user present (UP)</source>
        <translation>usuario presente (UP)</translation>
    </message>
    <message>
        <source>user NOT present</source>
        <translation>usuario NO presente</translation>
    </message>
    <message>
        <source>user verified (UV)</source>
        <translation>usuario verificado (UV)</translation>
    </message>
    <message>
        <source>user NOT verified</source>
        <translation>usuario NO verificado</translation>
    </message>
    <message>
        <source>backup eligible</source>
        <translation>apto para copia de seguridad</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>con copia de seguridad</translation>
    </message>
    <message>
        <source>flags: %1; signature counter %2</source>
        <translation>indicadores: %1; contador de firmas %2</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::GuiPasskeyPrompt</name>
    <message>
        <source>Security key PIN</source>
        <translation>PIN de la llave de seguridad</translation>
    </message>
    <message>
        <source>Sends the PIN to the security key</source>
        <translation>Envía el PIN a la llave de seguridad</translation>
    </message>
    <message>
        <source>Stops the operation without using the security key</source>
        <translation>Detiene la operación sin usar la llave de seguridad</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>Enter the PIN of %1 to use its passkey.</source>
        <translation>Introduzca el PIN de %1 para usar su Passkey.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>Queda %n intento.</numerusform>
            <numerusform>Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>When none are left, the key locks its PIN and can only be reset, which erases its passkeys.</source>
        <translation>Cuando no quede ninguno, la llave bloquea su PIN y solo se puede restablecer, lo que borra sus Passkeys.</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::LibraryView</name>
    <message>
        <source>Search the proof library</source>
        <translation>Buscar en la biblioteca de pruebas</translation>
    </message>
    <message>
        <source>File name, digest prefix (hex), signer key prefix or counter</source>
        <translation>Nombre de archivo, prefijo del resumen (hex), prefijo de la clave del firmante o contador</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Proofs in the library</source>
        <translation>Pruebas de la biblioteca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>Time (signer&apos;s clock)</source>
        <translation>Hora (reloj del firmante)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Re-verify</source>
        <translation>&amp;Verificar de nuevo</translation>
    </message>
    <message>
        <source>Check the selected proofs again from disk with the selected trust profile</source>
        <translation>Volver a comprobar desde el disco las pruebas seleccionadas con el perfil de confianza seleccionado</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected proof in Verify</source>
        <translation>Abrir la prueba seleccionada en Verificar</translation>
    </message>
    <message>
        <source>Remove from &amp;library</source>
        <translation>&amp;Quitar de la biblioteca</translation>
    </message>
    <message>
        <source>Forget the selected entries (the files stay)</source>
        <translation>Olvidar las entradas seleccionadas (los archivos se conservan)</translation>
    </message>
    <message>
        <source>Every proof this studio made or verified is indexed here, on this computer only. Nothing is uploaded.</source>
        <translation>Todas las pruebas que este estudio ha creado o verificado se indexan aquí, solo en este equipo. No se sube nada.</translation>
    </message>
    <message>
        <source>The library cannot be used: %1</source>
        <translation>No se puede usar la biblioteca: %1</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Comprobado: %1</translation>
    </message>
    <message>
        <source>%1
Checked %2</source>
        <translation>%1
Comprobado: %2</translation>
    </message>
    <message>
        <source>stamped here</source>
        <translation>sellado aquí</translation>
    </message>
    <message>
        <source>verified here</source>
        <translation>verificado aquí</translation>
    </message>
    <message>
        <source>%1, %2, counter %3</source>
        <translation>%1, %2, contador %3</translation>
    </message>
    <message>
        <source>Showing %1 of %2 proofs</source>
        <translation>Mostrando %1 de %2 pruebas</translation>
    </message>
    <message>
        <source>Re-verifying %1 proofs from disk…</source>
        <translation>Volviendo a verificar %1 pruebas desde el disco…</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Quitar de la biblioteca</translation>
    </message>
    <message>
        <source>Forget %1 entries? The bundles and proof files are not touched.</source>
        <translation>¿Olvidar %1 entradas? Los paquetes de prueba y los archivos de prueba no se modifican.</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;Stamp</source>
        <translation>&amp;Sellar</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Trust profiles</source>
        <translation>Perfiles de &amp;confianza</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Paste files or proof</source>
        <translation>&amp;Pegar archivos o prueba</translation>
    </message>
    <message>
        <source>S&amp;tamp listed files</source>
        <translation>Se&amp;llar los archivos de la lista</translation>
    </message>
    <message>
        <source>&amp;Cancel stamping</source>
        <translation>&amp;Cancelar el sellado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>V&amp;ista</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About OCC Proof Studio</source>
        <translation>&amp;Acerca de OCC Proof Studio</translation>
    </message>
    <message numerus="yes">
        <source>Looking at %n dropped item(s)…</source>
        <translation>
            <numerusform>Examinando %n elemento soltado…</numerusform>
            <numerusform>Examinando %n elementos soltados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proof input(s) to verify</source>
        <translation>
            <numerusform>%n entrada de prueba que verificar</numerusform>
            <numerusform>%n entradas de prueba que verificar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to the stamp list</source>
        <translation>
            <numerusform>%n archivo añadido a la lista para sellar</numerusform>
            <numerusform>%n archivos añadidos a la lista para sellar</numerusform>
        </translation>
    </message>
    <message>
        <source>Open bundles, proofs or files to stamp</source>
        <translation>Abrir paquetes de prueba, pruebas o archivos para sellar</translation>
    </message>
    <message>
        <source>All files (*);;Proof bundles (*.proof.zip);;Proof JSON (*.json)</source>
        <translation>Todos los archivos (*);;Paquetes de prueba (*.proof.zip);;JSON de prueba (*.json)</translation>
    </message>
    <message>
        <source>Pasted proof</source>
        <translation>Prueba pegada</translation>
    </message>
    <message>
        <source>The clipboard holds neither files nor a proof.</source>
        <translation>El portapapeles no contiene archivos ni una prueba.</translation>
    </message>
    <message>
        <source>About OCC Proof Studio</source>
        <translation>Acerca de OCC Proof Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;OCC Proof Studio&lt;/b&gt; %1&lt;br&gt;Makes and checks OCC (occ/1) proofs. Files are hashed on this computer; only digests are ever sent to a signer, and verification never uses the network.</source>
        <translation>&lt;b&gt;OCC Proof Studio&lt;/b&gt; %1&lt;br&gt;Crea y comprueba pruebas OCC (occ/1). El hash de los archivos se calcula en este equipo; a un firmante solo se envían resúmenes, y la verificación nunca usa la red.</translation>
    </message>
    <message>
        <source>Stamping in progress</source>
        <translation>Sellado en curso</translation>
    </message>
    <message>
        <source>Stop stamping and quit? Files not yet committed get no proof; proofs already made are still written.</source>
        <translation>¿Detener el sellado y salir? Los archivos aún no registrados no obtienen prueba; las pruebas ya creadas se escriben igualmente.</translation>
    </message>
    <message>
        <source>Finishing the bundles of proofs already made, then quitting…</source>
        <translation>Terminando los paquetes de las pruebas ya creadas; después se cerrará…</translation>
    </message>
    <message>
        <source>&amp;Passkeys</source>
        <translation>&amp;Passkeys</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::PasskeysView</name>
    <message>
        <source>A passkey on a FIDO2 security key (or Windows Hello) can authorize commits: each stamp then carries your touch, signed by the key, as the proof&apos;s actor. Only public keys are listed here; the private keys never leave the security keys.</source>
        <translation>Una Passkey en una llave de seguridad FIDO2 (o en Windows Hello) puede autorizar commits: cada sellado lleva entonces su toque, firmado por la llave, como actor de la prueba. Aquí solo se muestran claves públicas; las claves privadas nunca salen de las llaves de seguridad.</translation>
    </message>
    <message>
        <source>Registered passkeys</source>
        <translation>Passkeys registradas</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>Relying party</source>
        <translation>Relying party</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Llave de seguridad</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <source>Edit the label of the selected passkey</source>
        <translation>Editar la etiqueta de la Passkey seleccionada</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Forget the selected passkey here; the credential stays on the security key</source>
        <translation>Olvidar aquí la Passkey seleccionada; la credencial permanece en la llave de seguridad</translation>
    </message>
    <message>
        <source>&amp;Export trust profile…</source>
        <translation>&amp;Exportar perfil de confianza…</translation>
    </message>
    <message>
        <source>Write a trust profile that accepts only proofs this passkey authorized, for occ verify --policy or for others</source>
        <translation>Escribir un perfil de confianza que solo acepte pruebas autorizadas por esta Passkey, para occ verify --policy o para otras personas</translation>
    </message>
    <message>
        <source>Add as trust &amp;profile</source>
        <translation>Añadir como perfil de c&amp;onfianza</translation>
    </message>
    <message>
        <source>Save a trust profile that accepts only proofs this passkey authorized, for the Verify page</source>
        <translation>Guardar un perfil de confianza que solo acepte pruebas autorizadas por esta Passkey, para la página Verificar</translation>
    </message>
    <message>
        <source>Register a passkey</source>
        <translation>Registrar una Passkey</translation>
    </message>
    <message>
        <source>Label for the new passkey</source>
        <translation>Etiqueta de la nueva Passkey</translation>
    </message>
    <message>
        <source>optional; default: the key&apos;s name and today&apos;s date</source>
        <translation>opcional; predeterminada: el nombre de la llave y la fecha de hoy</translation>
    </message>
    <message>
        <source>&amp;Register passkey…</source>
        <translation>&amp;Registrar Passkey…</translation>
    </message>
    <message>
        <source>Make a new passkey on the attached security key; you will be asked to touch it</source>
        <translation>Crear una Passkey nueva en la llave de seguridad conectada; se le pedirá que la toque</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting for the security key</source>
        <translation>Dejar de esperar a la llave de seguridad</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <source>Relying-party id of new passkeys</source>
        <translation>ID de relying party de las nuevas Passkeys</translation>
    </message>
    <message>
        <source>The relying party a passkey is made for. The default, %1, is not a domain name, so no website can ask your security key for these passkeys. Passkeys already registered keep their own.</source>
        <translation>La relying party para la que se crea una Passkey. La predeterminada, %1, no es un nombre de dominio, así que ningún sitio web puede pedir estas Passkeys a su llave de seguridad. Las Passkeys ya registradas conservan la suya.</translation>
    </message>
    <message>
        <source>Relying-party &amp;id:</source>
        <translation>I&amp;D de relying party:</translation>
    </message>
    <message>
        <source>Security keys</source>
        <translation>Llaves de seguridad</translation>
    </message>
    <message>
        <source>Not looked for yet.</source>
        <translation>Todavía no se han buscado.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Look again for attached security keys</source>
        <translation>Volver a buscar llaves de seguridad conectadas</translation>
    </message>
    <message>
        <source>Touch %1 now… (it may ask for its PIN or your fingerprint first)</source>
        <translation>Toque ahora %1… (puede que antes le pida su PIN o su huella digital)</translation>
    </message>
    <message>
        <source>Attestation: %1; discoverable: %2</source>
        <translation>Atestación: %1; detectable: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>No registrada: %1</translation>
    </message>
    <message>
        <source>Looking for a security key…</source>
        <translation>Buscando una llave de seguridad…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled: no passkey was registered. (%1)</source>
        <translation>Cancelado: no se registró ninguna Passkey. (%1)</translation>
    </message>
    <message>
        <source>%1 made the passkey, but it could not be saved: %2</source>
        <translation>%1 creó la Passkey, pero no se pudo guardar: %2</translation>
    </message>
    <message>
        <source>Registered “%1” on %2 (key id %3). Choose it on the Stamp page to authorize commits with it.</source>
        <translation>Se registró «%1» en %2 (ID de clave %3). Elíjala en la página Sellar para autorizar commits con ella.</translation>
    </message>
    <message>
        <source>A passkey needs a label; it was left as it was.</source>
        <translation>Una Passkey necesita una etiqueta; se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Se cambió el nombre de «%1» a «%2».</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>No se cambió el nombre: %1</translation>
    </message>
    <message>
        <source>Remove passkey?</source>
        <translation>¿Quitar la Passkey?</translation>
    </message>
    <message>
        <source>Remove the passkey “%1” from this studio?</source>
        <translation>¿Quitar la Passkey «%1» de este estudio?</translation>
    </message>
    <message>
        <source>It can then no longer authorize commits from here; proofs it already authorized stay valid. The credential itself stays on the security key (%1): remove it there with the key&apos;s own tool if you want it gone.</source>
        <translation>Ya no podrá autorizar commits desde aquí; las pruebas que ya autorizó siguen siendo válidas. La credencial en sí permanece en la llave de seguridad (%1): elimínela allí con la herramienta de la propia llave si quiere que desaparezca.</translation>
    </message>
    <message>
        <source>Removed “%1” from this studio; it is still on %2.</source>
        <translation>Se quitó «%1» de este estudio; sigue estando en %2.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se quitó: %1</translation>
    </message>
    <message>
        <source>Export trust profile</source>
        <translation>Exportar perfil de confianza</translation>
    </message>
    <message>
        <source>Trust profile (*.json)</source>
        <translation>Perfil de confianza (*.json)</translation>
    </message>
    <message>
        <source>Wrote the trust profile “%1” to %2.</source>
        <translation>Se escribió el perfil de confianza «%1» en %2.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No se exportó: %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No se añadió: %1</translation>
    </message>
    <message>
        <source>Saved the trust profile “%1”. Choose it on the Verify page to accept only proofs this passkey authorized.</source>
        <translation>Se guardó el perfil de confianza «%1». Elíjalo en la página Verificar para aceptar solo las pruebas que autorizó esta Passkey.</translation>
    </message>
    <message>
        <source>Looking for security keys…</source>
        <translation>Buscando llaves de seguridad…</translation>
    </message>
    <message>
        <source>No security key found. Plug one in (or use Windows Hello) and press Refresh.</source>
        <translation>No se encontró ninguna llave de seguridad. Conecte una (o use Windows Hello) y pulse Actualizar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Conectadas: %1</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::ProofTreeModel</name>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Self-authenticating</source>
        <translation>Autenticado por sí mismo</translation>
    </message>
    <message>
        <source>Advisory (unsigned)</source>
        <translation>Informativo (sin firmar)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Some members are signed and some are not: see each one.</source>
        <translation>Algunos miembros están firmados y otros no: consulte cada uno.</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Not covered by any signature: anyone could have changed it.</source>
        <translation>No está cubierto por ninguna firma: cualquiera podría haberlo cambiado.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::SettingsPage</name>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>&amp;Embedded stub signer (on this computer)</source>
        <translation>&amp;Firmante stub integrado (en este equipo)</translation>
    </message>
    <message>
        <source>Use the embedded stub signer</source>
        <translation>Usar el firmante stub integrado</translation>
    </message>
    <message>
        <source>&amp;Commit service (AWS Nitro Enclave)</source>
        <translation>&amp;Servicio de commit (AWS Nitro Enclave)</translation>
    </message>
    <message>
        <source>Use a commit service</source>
        <translation>Usar un servicio de commit</translation>
    </message>
    <message>
        <source>Commit service URL</source>
        <translation>URL del servicio de commit</translation>
    </message>
    <message>
        <source>API key for the commit service</source>
        <translation>Clave de API del servicio de commit</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in a file</source>
        <translation>se guarda en el llavero del sistema, nunca en un archivo</translation>
    </message>
    <message>
        <source>Save &amp;key</source>
        <translation>Guardar &amp;clave</translation>
    </message>
    <message>
        <source>Save the API key in the keychain</source>
        <translation>Guardar la clave de API en el llavero</translation>
    </message>
    <message>
        <source>&amp;Forget key</source>
        <translation>&amp;Olvidar clave</translation>
    </message>
    <message>
        <source>Remove the API key from the keychain</source>
        <translation>Quitar la clave de API del llavero</translation>
    </message>
    <message>
        <source>Extra CA bundle (PEM) for the commit service</source>
        <translation>Paquete de CA adicional (PEM) para el servicio de commit</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the extra CA bundle</source>
        <translation>Elegir el paquete de CA adicional</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>&amp;URL del servicio:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Extra CA:</source>
        <translation>CA adicional:</translation>
    </message>
    <message>
        <source>Embedded stub signer</source>
        <translation>Firmante stub integrado</translation>
    </message>
    <message>
        <source>Stub signer state file</source>
        <translation>Archivo de estado del firmante stub</translation>
    </message>
    <message>
        <source>E&amp;xport its key as a trust profile…</source>
        <translation>E&amp;xportar su clave como perfil de confianza…</translation>
    </message>
    <message>
        <source>Export the stub signer&apos;s key as a trust profile</source>
        <translation>Exportar la clave del firmante stub como perfil de confianza</translation>
    </message>
    <message>
        <source>&amp;State file:</source>
        <translation>Archivo de &amp;estado:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Stamping</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <source>Default destination folder</source>
        <translation>Carpeta de destino predeterminada</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp authority URL</source>
        <translation>URL de la autoridad de sellado de tiempo RFC 3161</translation>
    </message>
    <message>
        <source>none (e.g. https://freetsa.org/tsr)</source>
        <translation>ninguna (p. ej., https://freetsa.org/tsr)</translation>
    </message>
    <message>
        <source>Write no bundle when a timestamp cannot be obtained</source>
        <translation>No escribir ningún paquete de prueba si no se puede obtener un sello de tiempo</translation>
    </message>
    <message>
        <source>Require timestamps</source>
        <translation>Exigir sellos de tiempo</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Timestamp authority:</source>
        <translation>&amp;Autoridad de sellado de tiempo:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Idioma (tras reiniciar):</translation>
    </message>
    <message>
        <source>Extra CA bundle</source>
        <translation>Paquete de CA adicional</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Eliminada del llavero.</translation>
    </message>
    <message>
        <source>OCC Proof Studio stub signer %1</source>
        <translation>Firmante stub de OCC Proof Studio %1</translation>
    </message>
    <message>
        <source>Export the stub signer&apos;s key</source>
        <translation>Exportar la clave del firmante stub</translation>
    </message>
    <message>
        <source>Trust profiles (*.json)</source>
        <translation>Perfiles de confianza (*.json)</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::StampFileModel</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Hashing…</source>
        <translation>Calculando el hash…</translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation>Hash calculado</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Writing bundle…</source>
        <translation>Escribiendo el paquete de prueba…</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Stamped — counter %1</source>
        <translation>Sellado — contador %1</translation>
    </message>
    <message>
        <source>%1
Bundle: %2</source>
        <translation>%1
Paquete de prueba: %2</translation>
    </message>
    <message>
        <source>Computed on this computer; the file never leaves it</source>
        <translation>Calculado en este equipo; el archivo nunca sale de él</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::StampView</name>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Drop files or folders anywhere in this window, or use Add files. Each file&apos;s SHA-256 is computed on this computer: its bytes never leave it; only the digest is signed.</source>
        <translation>Suelte archivos o carpetas en cualquier lugar de esta ventana, o use Añadir archivos. El SHA-256 de cada archivo se calcula en este equipo: sus bytes nunca salen de él; solo se firma el resumen.</translation>
    </message>
    <message>
        <source>Files to stamp</source>
        <translation>Archivos para sellar</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>Choose files to stamp</source>
        <translation>Elegir archivos para sellar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Quitar de la lista los archivos seleccionados</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation>Quitar todos los archivos de la lista</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Open the folder that holds the selected file&apos;s bundle</source>
        <translation>Abrir la carpeta que contiene el paquete de prueba del archivo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspeccionar</translation>
    </message>
    <message>
        <source>Verify the selected file&apos;s bundle and show its proof</source>
        <translation>Verificar el paquete de prueba del archivo seleccionado y mostrar su prueba</translation>
    </message>
    <message>
        <source>Attribution (optional)</source>
        <translation>Atribución (opcional)</translation>
    </message>
    <message>
        <source>Sealed into the signed proof: anyone who has the proof can read it, and nobody can change it without breaking the signature.</source>
        <translation>Se incorpora a la prueba firmada: cualquiera que tenga la prueba puede leerlo y nadie puede cambiarlo sin romper la firma.</translation>
    </message>
    <message>
        <source>Name (sealed, public)</source>
        <translation>Nombre (incorporado, público)</translation>
    </message>
    <message>
        <source>Title (sealed, public)</source>
        <translation>Título (incorporado, público)</translation>
    </message>
    <message>
        <source>Message (sealed, public)</source>
        <translation>Mensaje (incorporado, público)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Destination folder for the bundles</source>
        <translation>Carpeta de destino de los paquetes de prueba</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Elegir la carpeta de destino</translation>
    </message>
    <message>
        <source>&amp;Save bundles to:</source>
        <translation>&amp;Guardar paquetes de prueba en:</translation>
    </message>
    <message>
        <source>Stamping progress</source>
        <translation>Progreso del sellado</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Sellar</translation>
    </message>
    <message>
        <source>Hash, sign and bundle the listed files</source>
        <translation>Calcular el hash, firmar y empaquetar los archivos de la lista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop stamping; files not yet committed get no proof</source>
        <translation>Detener el sellado; los archivos aún no registrados no obtienen prueba</translation>
    </message>
    <message>
        <source>&lt;b&gt;Embedded stub signer&lt;/b&gt; on this computer — key %1&lt;br&gt;Enforcement: %2. Good for trying things out and for local records; others can only trust it if they pin this key.</source>
        <translation>&lt;b&gt;Firmante stub integrado&lt;/b&gt; en este equipo — clave %1&lt;br&gt;Nivel de protección: %2. Útil para experimentar y para registros locales; otros solo pueden confiar en él si fijan esta clave.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Embedded stub signer&lt;/b&gt; — cannot be used: %1</source>
        <translation>&lt;b&gt;Firmante stub integrado&lt;/b&gt; — no se puede usar: %1</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>&lt;b&gt;Commit service&lt;/b&gt; %1 — only the SHA-256 digests are sent.</source>
        <translation>&lt;b&gt;Servicio de commit&lt;/b&gt; %1 — solo se envían los resúmenes SHA-256.</translation>
    </message>
    <message>
        <source>Checking the service…</source>
        <translation>Comprobando el servicio…</translation>
    </message>
    <message>
        <source>● Reachable (GET /health answered)</source>
        <translation>● Accesible (GET /health respondió)</translation>
    </message>
    <message>
        <source>✕ Unreachable: %1</source>
        <translation>✕ Inaccesible: %1</translation>
    </message>
    <message>
        <source>Stamp 1 file</source>
        <translation>Sellar 1 archivo</translation>
    </message>
    <message>
        <source>Stamp %1 files</source>
        <translation>Sellar %1 archivos</translation>
    </message>
    <message>
        <source>Save bundles to</source>
        <translation>Guardar paquetes de prueba en</translation>
    </message>
    <message>
        <source>Nothing was stamped: %1</source>
        <translation>No se selló nada: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Authorization (optional)</source>
        <translation>Autorización (opcional)</translation>
    </message>
    <message>
        <source>Authorize with &amp;passkey</source>
        <translation>Autori&amp;zar con Passkey</translation>
    </message>
    <message>
        <source>Authorize with passkey</source>
        <translation>Autorizar con Passkey</translation>
    </message>
    <message>
        <source>Passkey that authorizes</source>
        <translation>Passkey que autoriza</translation>
    </message>
    <message>
        <source>Touch %1 now to authorize this stamp… (it may ask for its PIN or your fingerprint first)</source>
        <translation>Toque ahora %1 para autorizar este sellado… (puede que antes le pida su PIN o su huella digital)</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>Key id %1
Relying party %2
On %3</source>
        <translation>ID de clave %1
Relying party %2
En %3</translation>
    </message>
    <message>
        <source>No passkey is registered yet: register one on the Passkeys page to authorize stamps with it.</source>
        <translation>Todavía no hay ninguna Passkey registrada: registre una en la página Passkeys para autorizar sellados con ella.</translation>
    </message>
    <message>
        <source>(no passkey registered)</source>
        <translation>(ninguna Passkey registrada)</translation>
    </message>
    <message>
        <source>Register a passkey on the Passkeys page to have each commit authorized by your touch.</source>
        <translation>Registre una Passkey en la página Passkeys para que cada commit quede autorizado por su toque.</translation>
    </message>
    <message>
        <source>One touch of the security key authorizes every listed file; each proof names the passkey as its actor.</source>
        <translation>Un toque de la llave de seguridad autoriza todos los archivos de la lista; cada prueba nombra la Passkey como su actor.</translation>
    </message>
    <message>
        <source>With a commit service, all files then go in one request (the service takes one authorization per request).</source>
        <translation>Con un servicio de commit, todos los archivos van entonces en una sola solicitud (el servicio acepta una autorización por solicitud).</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::TrustProfileEditor</name>
    <message>
        <source>Trust profiles</source>
        <translation>Perfiles de confianza</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a profile file</source>
        <translation>Importar un archivo de perfil</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the profile as a file for occ --policy</source>
        <translation>Exportar el perfil como archivo para occ --policy</translation>
    </message>
    <message>
        <source>Use for &amp;verification</source>
        <translation>Usar para &amp;verificar</translation>
    </message>
    <message>
        <source>Make this the profile used to verify</source>
        <translation>Usar este perfil para verificar</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Required enforcement tier</source>
        <translation>Nivel de protección requerido</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>stub — software key</source>
        <translation>stub — clave de software</translation>
    </message>
    <message>
        <source>hw-key — hardware key</source>
        <translation>hw-key — clave de hardware</translation>
    </message>
    <message>
        <source>measured-tee — attested enclave</source>
        <translation>measured-tee — enclave atestado</translation>
    </message>
    <message>
        <source>Allowed signer public keys, base64, one per line</source>
        <translation>Claves públicas de firmantes permitidas, en base64, una por línea</translation>
    </message>
    <message>
        <source>Allowed enclave measurements (PCR0), one per line</source>
        <translation>Mediciones de enclave permitidas (PCR0), una por línea</translation>
    </message>
    <message>
        <source>Require a verified attestation</source>
        <translation>Exigir una atestación verificada</translation>
    </message>
    <message>
        <source>Accepted attestation formats, comma separated</source>
        <translation>Formatos de atestación aceptados, separados por comas</translation>
    </message>
    <message>
        <source>Lowest counter accepted</source>
        <translation>Contador mínimo aceptado</translation>
    </message>
    <message>
        <source>Highest counter accepted</source>
        <translation>Contador máximo aceptado</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>No antes de</translation>
    </message>
    <message>
        <source>Limit the earliest commit time</source>
        <translation>Limitar la hora de commit más temprana</translation>
    </message>
    <message>
        <source>Earliest commit time (signer&apos;s clock)</source>
        <translation>Hora de commit más temprana (reloj del firmante)</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>No después de</translation>
    </message>
    <message>
        <source>Limit the latest commit time</source>
        <translation>Limitar la hora de commit más tardía</translation>
    </message>
    <message>
        <source>Latest commit time (signer&apos;s clock)</source>
        <translation>Hora de commit más tardía (reloj del firmante)</translation>
    </message>
    <message>
        <source>Require an epoch id</source>
        <translation>Exigir un ID de época</translation>
    </message>
    <message>
        <source>Require a causal slot</source>
        <translation>Exigir una ranura causal</translation>
    </message>
    <message>
        <source>Require a passkey authorization (actor)</source>
        <translation>Exigir una autorización con Passkey (actor)</translation>
    </message>
    <message>
        <source>Require a passkey authorization</source>
        <translation>Exigir una autorización con Passkey</translation>
    </message>
    <message>
        <source>Allowed actor key ids, one per line</source>
        <translation>IDs de clave de actor permitidos, uno por línea</translation>
    </message>
    <message>
        <source>Allowed actor providers, comma separated</source>
        <translation>Proveedores de actor permitidos, separados por comas</translation>
    </message>
    <message>
        <source>Allowed WebAuthn relying-party ids, comma separated</source>
        <translation>IDs de relying party de WebAuthn permitidos, separados por comas</translation>
    </message>
    <message>
        <source>Trusted timestamp authority roots</source>
        <translation>Raíces de confianza de autoridades de sellado de tiempo</translation>
    </message>
    <message>
        <source>Extra attestation roots</source>
        <translation>Raíces de atestación adicionales</translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation>Añadir certificado…</translation>
    </message>
    <message>
        <source>Add a PEM certificate</source>
        <translation>Añadir un certificado PEM</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected certificate</source>
        <translation>Quitar el certificado seleccionado</translation>
    </message>
    <message>
        <source>Add freetsa.org root</source>
        <translation>Añadir la raíz de freetsa.org</translation>
    </message>
    <message>
        <source>Trust the freetsa.org timestamp authority</source>
        <translation>Confiar en la autoridad de sellado de tiempo freetsa.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Who may sign (pins: a proof is trusted only if one matches)</source>
        <translation>Quién puede firmar (fijaciones: una prueba solo es de confianza si coincide alguna)</translation>
    </message>
    <message>
        <source>Public &amp;keys:</source>
        <translation>&amp;Claves públicas:</translation>
    </message>
    <message>
        <source>&amp;Measurements:</source>
        <translation>&amp;Mediciones:</translation>
    </message>
    <message>
        <source>&amp;Enforcement:</source>
        <translation>Nivel de pro&amp;tección:</translation>
    </message>
    <message>
        <source>Attestation &amp;formats:</source>
        <translation>&amp;Formatos de atestación:</translation>
    </message>
    <message>
        <source>Extra attestation roots:</source>
        <translation>Raíces de atestación adicionales:</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Intervalos</translation>
    </message>
    <message>
        <source>Counter &amp;from:</source>
        <translation>Contador &amp;desde:</translation>
    </message>
    <message>
        <source>Counter &amp;to:</source>
        <translation>Contador &amp;hasta:</translation>
    </message>
    <message>
        <source>Commit time:</source>
        <translation>Hora de commit:</translation>
    </message>
    <message>
        <source>Actors (passkeys)</source>
        <translation>Actores (Passkeys)</translation>
    </message>
    <message>
        <source>Actor key &amp;ids:</source>
        <translation>IDs de clave de &amp;actor:</translation>
    </message>
    <message>
        <source>Actor &amp;providers:</source>
        <translation>P&amp;roveedores de actor:</translation>
    </message>
    <message>
        <source>&amp;Relying-party ids:</source>
        <translation>IDs de relying &amp;party:</translation>
    </message>
    <message>
        <source>Timestamp authorities (RFC 3161)</source>
        <translation>Autoridades de sellado de tiempo (RFC 3161)</translation>
    </message>
    <message>
        <source>Trusted roots:</source>
        <translation>Raíces de confianza:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source> (used for verification)</source>
        <translation> (usado para verificar)</translation>
    </message>
    <message>
        <source>A new profile: fill it in and save.</source>
        <translation>Un perfil nuevo: rellénelo y guárdelo.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>give the profile a name</source>
        <translation>asigne un nombre al perfil</translation>
    </message>
    <message>
        <source>Delete the trust profile &quot;%1&quot;?</source>
        <translation>¿Eliminar el perfil de confianza «%1»?</translation>
    </message>
    <message>
        <source>Import trust profile</source>
        <translation>Importar perfil de confianza</translation>
    </message>
    <message>
        <source>Trust profiles (*.json)</source>
        <translation>Perfiles de confianza (*.json)</translation>
    </message>
    <message>
        <source>Export trust profile</source>
        <translation>Exportar perfil de confianza</translation>
    </message>
    <message>
        <source>Exported to %1 (use it with occ verify --policy)</source>
        <translation>Exportado a %1 (úselo con occ verify --policy)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate</source>
        <translation>%1 no es un certificado PEM</translation>
    </message>
</context>
<context>
    <name>Occ::Ui::VerifyView</name>
    <message>
        <source>(unnamed profile)</source>
        <translation>(perfil sin nombre)</translation>
    </message>
    <message>
        <source>Trust profile</source>
        <translation>Perfil de confianza</translation>
    </message>
    <message>
        <source>The signers and constraints this verification trusts; changing it re-verifies</source>
        <translation>Los firmantes y las restricciones en los que confía esta verificación; al cambiarlo se vuelve a verificar</translation>
    </message>
    <message>
        <source>&amp;Trust profile:</source>
        <translation>&amp;Perfil de confianza:</translation>
    </message>
    <message>
        <source>&amp;Edit profiles…</source>
        <translation>&amp;Editar perfiles…</translation>
    </message>
    <message>
        <source>Edit trust profiles</source>
        <translation>Editar perfiles de confianza</translation>
    </message>
    <message>
        <source>Reading and hashing</source>
        <translation>Lectura y cálculo del hash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Cancelar la lectura</translation>
    </message>
    <message>
        <source>&amp;Pin this signer…</source>
        <translation>&amp;Fijar este firmante…</translation>
    </message>
    <message>
        <source>Pin this signer</source>
        <translation>Fijar este firmante</translation>
    </message>
    <message>
        <source>Adds this proof&apos;s signer key to the selected trust profile after you confirm its fingerprint</source>
        <translation>Añade la clave del firmante de esta prueba al perfil de confianza seleccionado después de que usted confirme su huella digital</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>Save the verification report as JSON</source>
        <translation>Guardar el informe de verificación como JSON</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Proof fields with their coverage</source>
        <translation>Campos de la prueba con su cobertura</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copiar valor</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>Proof as JSON</source>
        <translation>Prueba como JSON</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed&lt;/b&gt;: covered by the signer&apos;s signature. &lt;b&gt;Self-authenticating&lt;/b&gt;: carries its own signature, checked separately. &lt;b&gt;Advisory (unsigned)&lt;/b&gt;: anyone could have changed it; never rely on it.</source>
        <translation>&lt;b&gt;Firmado&lt;/b&gt;: cubierto por la firma del firmante. &lt;b&gt;Autenticado por sí mismo&lt;/b&gt;: lleva su propia firma, que se comprueba por separado. &lt;b&gt;Informativo (sin firmar)&lt;/b&gt;: cualquiera podría haberlo cambiado; no confíe nunca en ello.</translation>
    </message>
    <message>
        <source>Proof fields</source>
        <translation>Campos de la prueba</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <source>Attestation document</source>
        <translation>Documento de atestación</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Atestación</translation>
    </message>
    <message>
        <source>Verified proofs</source>
        <translation>Pruebas verificadas</translation>
    </message>
    <message>
        <source>Open or drop a .proof.zip bundle, or a proof JSON file with its original, to verify it. Nothing is sent anywhere: verification is offline.</source>
        <translation>Abra o suelte un paquete de prueba .proof.zip, o un archivo JSON de prueba junto con su original, para verificarlo. No se envía nada a ningún sitio: la verificación se hace sin conexión.</translation>
    </message>
    <message>
        <source>No trust profile — check integrity only</source>
        <translation>Sin perfil de confianza — solo comprobar la integridad</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading and hashing %1…</source>
        <translation>Leyendo y calculando el hash de %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was verified.</source>
        <translation>Cancelado: no se verificó nada.</translation>
    </message>
    <message>
        <source>Nothing to verify yet</source>
        <translation>Aún no hay nada que verificar</translation>
    </message>
    <message>
        <source>Invalid — %1</source>
        <translation>No válido — %1</translation>
    </message>
    <message>
        <source>Verified with the trust profile &quot;%1&quot;.</source>
        <translation>Verificado con el perfil de confianza «%1».</translation>
    </message>
    <message>
        <source>Verified without a trust profile.</source>
        <translation>Verificado sin perfil de confianza.</translation>
    </message>
    <message>
        <source>Checked bytes: &lt;b&gt;%1&lt;/b&gt; (%2), SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>Bytes comprobados: &lt;b&gt;%1&lt;/b&gt; (%2), SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proof only&lt;/b&gt;: no original file was given, so no bytes were checked against this proof. Drop the original file together with the proof to check it.</source>
        <translation>&lt;b&gt;Solo la prueba&lt;/b&gt;: no se proporcionó el archivo original, así que no se comprobó ningún byte con esta prueba. Suelte el archivo original junto con la prueba para comprobarlo.</translation>
    </message>
    <message>
        <source>Signer key &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;%2&lt;br&gt;Enforcement claimed in the signed body: %3%4</source>
        <translation>Clave del firmante &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;%2&lt;br&gt;Nivel de protección declarado en el cuerpo firmado: %3%4</translation>
    </message>
    <message>
        <source>; measurement &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>; medición &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>The proof names key &lt;tt&gt;%1&lt;/tt&gt;, but it is invalid: that says nothing about who signed it.</source>
        <translation>La prueba indica la clave &lt;tt&gt;%1&lt;/tt&gt;, pero no es válida: eso no dice nada sobre quién la firmó.</translation>
    </message>
    <message>
        <source>Signer&apos;s clock (signed by the signer, not third-party): %1</source>
        <translation>Reloj del firmante (firmado por el firmante, no por terceros): %1</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp (%1): %2</source>
        <translation>Sello de tiempo RFC 3161 (%1): %2</translation>
    </message>
    <message>
        <source>trusted authority</source>
        <translation>autoridad de confianza</translation>
    </message>
    <message>
        <source>authority NOT trusted or token not valid</source>
        <translation>autoridad NO de confianza o token no válido</translation>
    </message>
    <message>
        <source>Attestation (AWS Nitro&apos;s clock): %1</source>
        <translation>Atestación (reloj de AWS Nitro): %1</translation>
    </message>
    <message>
        <source>No time from a third party: the counter orders this proof within its chain.</source>
        <translation>Sin hora de un tercero: el contador ordena esta prueba dentro de su cadena.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puede hacer</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Module id</source>
        <translation>ID del módulo</translation>
    </message>
    <message>
        <source>Time (AWS Nitro&apos;s clock)</source>
        <translation>Hora (reloj de AWS Nitro)</translation>
    </message>
    <message>
        <source>Debug mode</source>
        <translation>Modo de depuración</translation>
    </message>
    <message>
        <source>yes — all PCRs are zero; the host can read the enclave&apos;s memory</source>
        <translation>sí — todos los PCR son cero; el host puede leer la memoria del enclave</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>PCR%1</source>
        <translation>PCR%1</translation>
    </message>
    <message>
        <source>Enclave certificate</source>
        <translation>Certificado del enclave</translation>
    </message>
    <message>
        <source>Pin this signer?</source>
        <translation>¿Fijar este firmante?</translation>
    </message>
    <message>
        <source>Trust every proof signed by this key, in the profile &quot;%1&quot;?</source>
        <translation>¿Confiar en todas las pruebas firmadas con esta clave, en el perfil «%1»?</translation>
    </message>
    <message>
        <source>Key: %1
Fingerprint: %2

Compare the fingerprint with one you got from the signer through another channel. A key in a proof proves nothing by itself: anyone can make one.</source>
        <translation>Clave: %1
Huella digital: %2

Compare la huella digital con una que haya obtenido del firmante por otro canal. Una clave en una prueba no demuestra nada por sí sola: cualquiera puede crear una.</translation>
    </message>
    <message>
        <source>Save verification report</source>
        <translation>Guardar el informe de verificación</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Passkey authorization</source>
        <translation>Autorización con Passkey</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Actor:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Forma:</translation>
    </message>
    <message>
        <source>Presence and verification:</source>
        <translation>Presencia y verificación:</translation>
    </message>
    <message>
        <source>Signature counter:</source>
        <translation>Contador de firmas:</translation>
    </message>
    <message>
        <source>Relying party:</source>
        <translation>Relying party:</translation>
    </message>
    <message>
        <source>Your passkeys:</source>
        <translation>Sus Passkeys:</translation>
    </message>
    <message>
        <source>unknown rpId (SHA-256 %1)</source>
        <translation>rpId desconocido (SHA-256 %1)</translation>
    </message>
    <message>
        <source>(the studio&apos;s default; not a domain, so no website could ask for it)</source>
        <translation>(el valor predeterminado del estudio; no es un dominio, así que ningún sitio web podría pedirlo)</translation>
    </message>
    <message>
        <source>allowed by the profile</source>
        <translation>permitido por el perfil</translation>
    </message>
    <message>
        <source>NOT among the profile&apos;s allowedRpIds</source>
        <translation>NO está entre los allowedRpIds del perfil</translation>
    </message>
    <message>
        <source>(as claimed; not verified)</source>
        <translation>(según se afirma; no verificado)</translation>
    </message>
    <message>
        <source>Passkey authorization — NOT valid</source>
        <translation>Autorización con Passkey — NO válida</translation>
    </message>
    <message>
        <source>The authorization does not verify: %1</source>
        <translation>La autorización no supera la verificación: %1</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>no se nombra ninguno</translation>
    </message>
    <message>
        <source>key id %1, provider “%2”</source>
        <translation>ID de clave %1, proveedor «%2»</translation>
    </message>
    <message>
        <source>WebAuthn passkey (a security key&apos;s touch)</source>
        <translation>Passkey WebAuthn (el toque de una llave de seguridad)</translation>
    </message>
    <message>
        <source>Direct P-256 signature (a software key; no touch)</source>
        <translation>Firma P-256 directa (una clave de software; sin toque)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>UP (user present): %1; UV (user verified): %2</source>
        <translation>UP (usuario presente): %1; UV (usuario verificado): %2</translation>
    </message>
    <message>
        <source>0 (this authenticator keeps no counter)</source>
        <translation>0 (este autenticador no lleva contador)</translation>
    </message>
    <message>
        <source>No: not one of the passkeys registered in this studio</source>
        <translation>No: no es ninguna de las Passkeys registradas en este estudio</translation>
    </message>
    <message>
        <source>Yes: your passkey “%1” on %2</source>
        <translation>Sí: su Passkey «%1» en %2</translation>
    </message>
    <message>
        <source>Not covered by the passkey&apos;s signature: %1. The passkey signs only the challenge; these fields are bound by the signer&apos;s single-use challenge and by the signer&apos;s Ed25519 signature over the actor.</source>
        <translation>No cubierto por la firma de la Passkey: %1. La Passkey solo firma el challenge; estos campos quedan vinculados por el challenge de un solo uso del firmante y por la firma Ed25519 del firmante sobre el actor.</translation>
    </message>
</context>
<context>
    <name>Occ::VerifySession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not an occ/1 proof</source>
        <translation>%1 ocupa más de 1 MiB: no es una prueba occ/1</translation>
    </message>
    <message>
        <source>Read %1 (%2 bytes) and its proof from the bundle without extracting it</source>
        <translation>Se leyeron %1 (%2 bytes) y su prueba del paquete de prueba sin extraerlo</translation>
    </message>
    <message>
        <source>The bundle holds a proof but no original file</source>
        <translation>El paquete de prueba contiene una prueba, pero ningún archivo original</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Make and check OCC (occ/1) proofs.</source>
        <translation>Crear y comprobar pruebas OCC (occ/1).</translation>
    </message>
    <message>
        <source>Bundles or proofs to verify, or files to stamp (routed by content).</source>
        <translation>Paquetes de prueba o pruebas que verificar, o archivos que sellar (se clasifican por su contenido).</translation>
    </message>
    <message>
        <source>Stamp FILEs, verify the first bundle, save the pages as PNG files in DIR, and quit (used to make the README&apos;s pictures).</source>
        <translation>Sellar los archivos (FILE), verificar el primer paquete de prueba, guardar las páginas como archivos PNG en DIR y salir (sirve para crear las imágenes del README).</translation>
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
        <translation>Uso: occ verify [--policy FILE] [--json] FILE PROOF.json
     occ verify [--policy FILE] [--json] --proof-only PROOF.json

Verifica una prueba occ/1. Con FILE, su SHA-256 debe coincidir con el resumen que indica la
prueba (el hash del archivo se calcula localmente, por bloques). Con --proof-only se ejecutan
todas las comprobaciones salvo la coincidencia del resumen, y el informe lo indica. Un paquete
de prueba .proof.zip se comprueba sin extraerlo: el hash de su original se calcula desde el
archivo comprimido (un paquete de prueba de lote informa de cada archivo).

Veredictos: invalid (falló una comprobación), valid (intacta, pero nada fija al firmante),
trusted (valid, y el perfil de confianza fija al firmante y se cumplen todas sus restricciones).

Opciones:
  --policy FILE  Perfil de confianza (JSON): allowedPublicKeys, allowedMeasurements,
                 requireEnforcement, minCounter, maxCounter, minTime, maxTime, ...
  --json         Mostrar {&quot;verdict&quot;, &quot;reason&quot;, &quot;checks&quot;: [{&quot;id&quot;, &quot;status&quot;, &quot;message&quot;}]}
  --proof-only   Sin archivo: comprobar la prueba por sí sola

Código de salida: 0 valid o trusted, 1 invalid, 2 error de uso o de E/S.
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
        <translation>Uso: occ inspect [--json] PROOF.json

Lista todos los campos de una prueba con su cobertura:
  signed               cubierto por la firma Ed25519 del firmante
  self-authenticating  lleva su propia firma, que se comprueba por separado
  advisory             sin firmar: cualquiera puede modificarlo
y el hash de la prueba (el commit.prevB64 de la prueba siguiente), el resumen de proofCore y el
texto canónico del cuerpo firmado. Inspeccionar no verifica: use occ verify.

Opciones:
  --json  Mostrar {&quot;proofHashB64&quot;, &quot;proofCoreDigestB64&quot;, &quot;signedBodyCanonical&quot;,
          &quot;fields&quot;: [{&quot;path&quot;, &quot;tier&quot;, &quot;value&quot;}]}
</translation>
    </message>
    <message>
        <source>Usage: occ canonicalize [FILE|-]

Read a JSON text (from FILE, or standard input when FILE is - or absent) with JSON.parse
semantics and print its occ/1 canonical UTF-8 bytes, with no trailing newline.
Exit status 1 with a message when the input is not JSON.
</source>
        <translation>Uso: occ canonicalize [FILE|-]

Lee un texto JSON (de FILE, o de la entrada estándar si FILE es - o falta) con la semántica de
JSON.parse y muestra sus bytes UTF-8 canónicos occ/1, sin salto de línea final.
Código de salida 1 con un mensaje si la entrada no es JSON.
</translation>
    </message>
    <message>
        <source>Usage: occ hash FILE...

Print &quot;&lt;digestB64&gt;  &lt;path&gt;&quot; for each file: the SHA-256 of its bytes in standard base64,
as it appears in artifact.digestB64. Files are read in chunks and never leave the machine.
</source>
        <translation>Uso: occ hash FILE...

Muestra &quot;&lt;digestB64&gt;  &lt;path&gt;&quot; para cada archivo: el SHA-256 de sus bytes en base64 estándar,
tal como aparece en artifact.digestB64. Los archivos se leen por bloques y nunca salen del
equipo.
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
        <translation>Uso: occ key [--state FILE] [--json] [--export-trust FILE]

Muestra la identidad del firmante stub integrado: clave pública, medición y época. El archivo
de estado (predeterminado: $OCC_STATE_PATH o, si no, la carpeta de datos de la aplicación) se
crea con una clave nueva si no existe.

Opciones:
  --state FILE         El archivo de estado del firmante stub
  --endpoint URL       Consultar un servicio de commit (GET /key) en lugar del stub local
  --json               Mostrar {&quot;publicKeyB64&quot;, &quot;measurement&quot;, &quot;enforcement&quot;, &quot;epochId&quot;,
                       &quot;statePath&quot;}
  --export-trust FILE  Escribir un perfil de confianza que fije esta clave, para que los
                       destinatarios puedan verificar las pruebas de este firmante como de
                       confianza (un archivo existente se conserva)
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>occ %1: %2
Try &apos;occ %1 --help&apos;.
</source>
        <translation>occ %1: %2
Pruebe &apos;occ %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>no se puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>Batch bundle with %1 files</source>
        <translation>Paquete de prueba de lote con %1 archivos</translation>
    </message>
    <message>
        <source>%1: batch bundle with %2 files
</source>
        <translation>%1: paquete de prueba de lote con %2 archivos
</translation>
    </message>
    <message>
        <source>--proof-only takes exactly one PROOF.json</source>
        <translation>--proof-only admite exactamente un PROOF.json</translation>
    </message>
    <message>
        <source>expected FILE PROOF.json, BUNDLE.proof.zip, or --proof-only PROOF.json</source>
        <translation>se esperaba FILE PROOF.json, BUNDLE.proof.zip o --proof-only PROOF.json</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>%1 is not a .proof.zip bundle; to check a proof JSON give the file too, or use --proof-only</source>
        <translation>%1 no es un paquete de prueba .proof.zip; para comprobar una prueba JSON, indique también el archivo o use --proof-only</translation>
    </message>
    <message>
        <source>--endpoint needs an http:// or https:// URL</source>
        <translation>--endpoint necesita una URL http:// o https://</translation>
    </message>
    <message>
        <source>cannot read --ca-file %1</source>
        <translation>no se puede leer --ca-file %1</translation>
    </message>
    <message>
        <source>--timeout takes seconds (0 &lt; s &lt;= 3600)</source>
        <translation>--timeout admite segundos (0 &lt; s &lt;= 3600)</translation>
    </message>
    <message>
        <source>-o DIR is required</source>
        <translation>-o DIR es obligatorio</translation>
    </message>
    <message>
        <source>expected at least one FILE</source>
        <translation>se esperaba al menos un FILE</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>--chain needs a non-empty id</source>
        <translation>--chain necesita un ID no vacío</translation>
    </message>
    <message>
        <source>--meta takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--meta admite KEY=VALUE, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--state is for the stub; it cannot go with --endpoint</source>
        <translation>--state es para el stub; no se puede combinar con --endpoint</translation>
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
        <translation>occ commit: firmado por %1
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
        <translation>no sellado</translation>
    </message>
    <message>
        <source>expected one PROOF.json</source>
        <translation>se esperaba un PROOF.json</translation>
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
        <translation>Hash de la prueba (enlace de cadena): %1
</translation>
    </message>
    <message>
        <source>Proof hash without timestamps (TSA-era chain link): %1
</source>
        <translation>Hash de la prueba sin sellos de tiempo (enlace de cadena de la era TSA): %1
</translation>
    </message>
    <message>
        <source>proofCore digest: %1
</source>
        <translation>Resumen de proofCore: %1
</translation>
    </message>
    <message>
        <source>Signed body: %1

</source>
        <translation>Cuerpo firmado: %1

</translation>
    </message>
    <message>
        <source>(cannot be built from this proof)</source>
        <translation>(no se puede construir a partir de esta prueba)</translation>
    </message>
    <message>
        <source>expected at most one FILE</source>
        <translation>se esperaba como máximo un FILE</translation>
    </message>
    <message>
        <source>occ canonicalize: invalid JSON: %1
</source>
        <translation>occ canonicalize: JSON no válido: %1
</translation>
    </message>
    <message>
        <source>occ hash: %1 is a folder
</source>
        <translation>occ hash: %1 es una carpeta
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
        <translation>Uso: occ serve [--bind ADDRESS] [--port PORT] [--state FILE] [--max-body BYTES]

Ejecuta la API de commit de OCC en este equipo, respaldada por el firmante stub integrado:
POST /commit, POST /challenge, GET /key, GET /health y POST /verify. Defina API_KEYS (separadas
por comas) para exigir &quot;Authorization: Bearer &lt;key&gt;&quot; en /commit. Se detiene limpiamente con
SIGINT/SIGTERM.

Opciones:
  --bind ADDRESS    Dirección en la que escuchar (predeterminada: 127.0.0.1)
  --port PORT       Puerto (predeterminado: 8787; 0 elige uno libre)
  --state FILE      El estado del firmante stub (como en occ commit)
  --max-body BYTES  Cuerpo de solicitud máximo aceptado (predeterminado: 1048576; uno mayor
                    recibe 413)
</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>--bind needs an IP address</source>
        <translation>--bind necesita una dirección IP</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port necesita un número de 0 a 65535</translation>
    </message>
    <message>
        <source>--max-body needs a number of bytes (at least 1024)</source>
        <translation>--max-body necesita un número de bytes (al menos 1024)</translation>
    </message>
    <message>
        <source>occ serve: listening on http://%1:%2 (stub signer %3…, %4)
</source>
        <translation>occ serve: escuchando en http://%1:%2 (firmante stub %3…, %4)
</translation>
    </message>
    <message>
        <source>no API key required</source>
        <translation>no se requiere clave de API</translation>
    </message>
    <message>
        <source>API key required for /commit</source>
        <translation>se requiere clave de API para /commit</translation>
    </message>
    <message>
        <source>occ serve: stopped
</source>
        <translation>occ serve: detenido
</translation>
    </message>
    <message>
        <source>Usage: occ health --endpoint URL [--ca-file PEM] [--timeout SEC]

Ask a commit service whether it is up (GET /health). Exit 0 when it is.
</source>
        <translation>Uso: occ health --endpoint URL [--ca-file PEM] [--timeout SEC]

Pregunta a un servicio de commit si está activo (GET /health). Código de salida 0 si lo está.
</translation>
    </message>
    <message>
        <source>--endpoint URL is required</source>
        <translation>--endpoint URL es obligatorio</translation>
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
        <translation>%1 está activo
</translation>
    </message>
    <message>
        <source>Usage: occ api-key set --endpoint URL     (reads the key from standard input)
       occ api-key forget --endpoint URL

Keep a commit service&apos;s API key in the operating system&apos;s keychain, so that occ and the
studio use it without --api-key. The key is never written in plain text: without a
keychain service (Secret Service or KWallet) this fails and says so.
</source>
        <translation>Uso: occ api-key set --endpoint URL     (lee la clave de la entrada estándar)
     occ api-key forget --endpoint URL

Guarda la clave de API de un servicio de commit en el llavero del sistema operativo, para que
occ y el estudio la usen sin --api-key. La clave nunca se escribe en texto sin cifrar: sin un
servicio de llavero (Secret Service o KWallet), esto falla y lo indica.
</translation>
    </message>
    <message>
        <source>expected set or forget</source>
        <translation>se esperaba set o forget</translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>no hay ninguna clave en la entrada estándar</translation>
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
        <translation>Clave de API de %1 guardada en el llavero
</translation>
    </message>
    <message>
        <source>Removed the API key for %1 from the keychain
</source>
        <translation>Clave de API de %1 eliminada del llavero
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
        <translation>Uso: occ mcp [--state FILE | --endpoint URL [--api-key KEY] [--ca-file PEM]]
             [--http [--bind 127.0.0.1] [--port 8788]]

Ejecuta un servidor Model Context Protocol con las herramientas commit_text, commit_file,
verify_proof e inspect_proof, por la entrada y salida estándar (un mensaje JSON-RPC por línea;
los registros van a la salida de error estándar), o con --http por el transporte Streamable
HTTP en /mcp. Los commits usan el firmante stub integrado salvo que --endpoint indique un
servicio de commit.

  claude mcp add occ -- occ mcp
</translation>
    </message>
    <message>
        <source>signed by the commit service at %1</source>
        <translation>firmado por el servicio de commit en %1</translation>
    </message>
    <message>
        <source>signed by the embedded stub signer %1… (tier stub)</source>
        <translation>firmado por el firmante stub integrado %1… (nivel de protección stub)</translation>
    </message>
    <message>
        <source>occ mcp: ready on standard input/output (%1)
</source>
        <translation>occ mcp: listo en la entrada y salida estándar (%1)
</translation>
    </message>
    <message>
        <source>occ mcp: a message longer than 16 MiB was dropped
</source>
        <translation>occ mcp: se descartó un mensaje de más de 16 MiB
</translation>
    </message>
    <message>
        <source>--bind needs an IP address and --port a number</source>
        <translation>--bind necesita una dirección IP y --port un número</translation>
    </message>
    <message>
        <source>occ mcp: listening on http://%1:%2/mcp (%3)
</source>
        <translation>occ mcp: escuchando en http://%1:%2/mcp (%3)
</translation>
    </message>
    <message>
        <source>Usage: occ demo

Show the whole OCC story on this machine, offline: start a local commit service on a
throw-away stub signer, check it, commit a sample, verify it, change one byte and watch
verification fail.
</source>
        <translation>Uso: occ demo

Muestra toda la historia de OCC en este equipo, sin conexión: inicia un servicio de commit
local con un firmante stub desechable, lo comprueba, registra una muestra, la verifica, cambia
un byte y muestra cómo falla la verificación.
</translation>
    </message>
    <message>
        <source>no arguments expected</source>
        <translation>no se esperaban argumentos</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>no se puede crear una carpeta temporal</translation>
    </message>
    <message>
        <source>OCC demo: commit -&gt; verify -&gt; tamper -&gt; rejected

</source>
        <translation>Demo de OCC: registrar -&gt; verificar -&gt; manipular -&gt; rechazada

</translation>
    </message>
    <message>
        <source>Created a throw-away stub signer, key %1…</source>
        <translation>Se creó un firmante stub desechable, clave %1…</translation>
    </message>
    <message>
        <source>Started the commit service on %1</source>
        <translation>Se inició el servicio de commit en %1</translation>
    </message>
    <message>
        <source>GET /health answered {&quot;ok&quot;:true}</source>
        <translation>GET /health respondió {&quot;ok&quot;:true}</translation>
    </message>
    <message>
        <source>Hashed the sample locally: %1 (only this digest is sent)</source>
        <translation>Se calculó localmente el hash de la muestra: %1 (solo se envía este resumen)</translation>
    </message>
    <message>
        <source>POST /commit returned a signed proof: counter %1, slot %2, checked before accepting it</source>
        <translation>POST /commit devolvió una prueba firmada: contador %1, ranura %2, comprobada antes de aceptarla</translation>
    </message>
    <message>
        <source>verification failed: %1</source>
        <translation>la verificación falló: %1</translation>
    </message>
    <message>
        <source>Verified the original bytes: %1 (%2)</source>
        <translation>Se verificaron los bytes originales: %1 (%2)</translation>
    </message>
    <message>
        <source>a tampered sample was not rejected</source>
        <translation>no se rechazó una muestra manipulada</translation>
    </message>
    <message>
        <source>Changed one byte of the sample: verification fails (%1)</source>
        <translation>Se cambió un byte de la muestra: la verificación falla (%1)</translation>
    </message>
    <message>
        <source>an edited proof was not rejected</source>
        <translation>no se rechazó una prueba editada</translation>
    </message>
    <message>
        <source>Edited the proof&apos;s counter: verification fails (%1)</source>
        <translation>Se editó el contador de la prueba: la verificación falla (%1)</translation>
    </message>
    <message>
        <source>
Done: %1 steps passed.
</source>
        <translation>
Listo: %1 pasos superados.
</translation>
    </message>
    <message>
        <source>Usage: occ audit [--policy FILE] [--json] PATH...

Verify every proof under the given bundles, proof files and folders, then audit them as
chains: group by signer, epoch and chain, order by counter, resolve every prevB64 link,
and report forks, reused counters, gaps, times that go backwards, broken links and
duplicates. Exit 1 if anything is wrong.
</source>
        <translation>Uso: occ audit [--policy FILE] [--json] PATH...

Verifica cada prueba de los paquetes de prueba, archivos de prueba y carpetas indicados y
después las audita como cadenas: agrupa por firmante, época y cadena, ordena por contador,
resuelve cada enlace prevB64 e informa de bifurcaciones, contadores reutilizados, huecos,
tiempos que retroceden, enlaces rotos y duplicados. Código de salida 1 si algo va mal.
</translation>
    </message>
    <message>
        <source>expected at least one PATH</source>
        <translation>se esperaba al menos un PATH</translation>
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
        <translation>%1: %2 pruebas auditadas en %3 cadenas, %4 problemas
</translation>
    </message>
    <message>
        <source>  chain: signer %1… epoch %2… %3: %4 proofs, counters %5..%6, %7 links
</source>
        <translation>  cadena: firmante %1… época %2… %3: %4 pruebas, contadores %5..%6, %7 enlaces
</translation>
    </message>
    <message>
        <source>default chain</source>
        <translation>cadena predeterminada</translation>
    </message>
    <message>
        <source>occ key: %1
</source>
        <translation>occ key: %1
</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation>%1 ya existe; no se sobrescribe</translation>
    </message>
    <message>
        <source>OCC commit service signer %1</source>
        <translation>Firmante del servicio de commit de OCC %1</translation>
    </message>
    <message>
        <source>OCC Proof Studio stub signer %1</source>
        <translation>Firmante stub de OCC Proof Studio %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote a trust profile pinning %1 to %2
</source>
        <translation>Se escribió en %2 un perfil de confianza que fija %1
</translation>
    </message>
    <message>
        <source>Public key:   %1
</source>
        <translation>Clave pública:         %1
</translation>
    </message>
    <message>
        <source>Enforcement:  stub (a key on a computer, no hardware protection)
</source>
        <translation>Nivel de protección:   stub (una clave en un equipo, sin protección por hardware)
</translation>
    </message>
    <message>
        <source>Enforcement:  %1 (as the signer reports it)
</source>
        <translation>Nivel de protección:   %1 (según lo declara el firmante)
</translation>
    </message>
    <message>
        <source>Measurement:  %1
Epoch:        %2
</source>
        <translation>Medición:              %1
Época:                 %2
</translation>
    </message>
    <message>
        <source>State file:   %1
</source>
        <translation>Archivo de estado:     %1
</translation>
    </message>
    <message>
        <source>occ: unknown command &apos;%1&apos;

</source>
        <translation>occ: comando desconocido &apos;%1&apos;

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
        <translation>Uso: occ &lt;command&gt; [options] [arguments]

Crear y comprobar pruebas OCC (occ/1).

Comandos:
  verify        Verificar una prueba con un archivo, o por sí sola con --proof-only
  inspect       Listar todos los campos de una prueba con su cobertura (signed,
                self-authenticating, advisory) y los hashes de la prueba
  canonicalize  Mostrar los bytes canónicos occ/1 de un texto JSON
  hash          Mostrar el SHA-256 (base64) de archivos, calculado localmente
  audit         Verificar muchas pruebas y comprobar sus cadenas (enlaces, bifurcaciones,
                huecos)
  commit        Sellar archivos con el firmante stub integrado en paquetes de prueba .proof.zip
  serve         Ejecutar la API de commit en este equipo, respaldada por el firmante stub
  health        Comprobar que un servicio de commit está activo
  api-key       Guardar la clave de API de un servicio de commit en el llavero del sistema
  mcp           Servidor Model Context Protocol para agentes de IA (stdio o HTTP)
  demo          Registrar, verificar y manipular en este equipo, paso a paso
  key           Mostrar la clave pública del firmante stub integrado, o exportar un perfil de
                confianza que la fije
  passkey       Registrar Passkeys FIDO2 que autorizan commits (list, register, remove,
                export)

Opciones:
  -h, --help     Mostrar esta ayuda, o la de un comando si se indica después del comando
  -v, --version  Mostrar la versión

Código de salida: 0 éxito (verify: valid o trusted), 1 invalid, 2 error de uso o de E/S.
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
        <translation>Uso: occ commit [--state FILE] [--chain ID] [--name N] [--title T] [--message M]
                [--meta KEY=VALUE]... [--batch] [--force] [--policy FILE]
                [--endpoint URL [--api-key KEY] [--ca-file PEM] [--timeout SEC]]
                -o DIR FILE...

Sella archivos con el firmante stub integrado: el hash de cada archivo se calcula localmente
(sus bytes nunca salen de este equipo), se registra y se escribe con su prueba como
DIR/&lt;file&gt;.proof.zip (o, con --batch, todos juntos en un paquete de prueba de lote). Una línea
por archivo; los archivos que no se pueden leer se notifican y los demás se sellan igualmente.

Opciones:
  -o, --output DIR  Dónde se guardan los paquetes de prueba (se crea si hace falta)
  --state FILE      El estado del firmante stub (predeterminado: $OCC_STATE_PATH o, si no, la
                    carpeta de datos de la aplicación); se crea con una clave nueva si falta
  --chain ID        Registrar en esta cadena en lugar de en la predeterminada
  --name, --title, --message  Atribución incorporada a la prueba firmada (pública)
  --meta KEY=VALUE  Metadatos sin firmar (cualquiera puede modificarlos); se puede repetir
  --batch           Un solo paquete de prueba para todos los archivos
  --force           Sustituir los paquetes existentes en lugar de elegir un nombre numerado
  --endpoint URL    Registrar a través de este servicio de commit de OCC en lugar del stub,
                    p. ej., https://nitro.occproof.com (solo se envían resúmenes; cada prueba
                    devuelta se verifica antes de escribir nada)
  --api-key KEY     Clave Bearer para el servicio (predeterminada: $OCC_API_KEY)
  --ca-file PEM     Certificados de CA adicionales en los que confiar para el TLS del servicio
  --timeout SEC     Tiempo de espera por solicitud (predeterminado: 30)
  --tsa URL         Pedir a esta autoridad de sellado de tiempo RFC 3161 tokens sobre los
                    resúmenes del archivo y de proofCore (hora de un tercero)
  --require-timestamps  Sin sello de tiempo, no escribir nada para ese archivo
  --policy FILE     Un perfil de confianza que toda prueba nueva debe cumplir (p. ej., uno que
                    fije la medición del servicio); si no, no se escribe nada
  --passkey KEY     Autorizar el commit con esta Passkey registrada (keyId, un prefijo
                    de 8 o más dígitos hexadecimales, o su etiqueta): un solo toque
                    para todos los archivos; el actor se incorpora a cada prueba
                    (véase occ passkey)
  --actor-key PEM   Autorizar en su lugar con una clave privada P-256 de software
                    (forma directa, para automatización)

Código de salida: 0 todos los archivos sellados, 1 algún archivo falló, 2 error de uso o de
estado.
</translation>
    </message>
    <message>
        <source>Wrong PIN. </source>
        <translation>PIN incorrecto. </translation>
    </message>
    <message numerus="yes">
        <source>PIN for %1 (%n tries left): </source>
        <translation>
            <numerusform>PIN de %1 (queda %n intento): </numerusform>
            <numerusform>PIN de %1 (quedan %n intentos): </numerusform>
        </translation>
    </message>
    <message>
        <source>PIN for %1: </source>
        <translation>PIN de %1: </translation>
    </message>
    <message>
        <source>Touch %1 now…
</source>
        <translation>Toque ahora %1…
</translation>
    </message>
    <message>
        <source>--passkey and --actor-key exclude each other</source>
        <translation>--passkey y --actor-key se excluyen mutuamente</translation>
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
        <translation>Uso: occ passkey list [--json] [--devices]
     occ passkey register [--label TEXT] [--rp-id ID] [--user NAME] [--device PATH]
     occ passkey rename KEY LABEL
     occ passkey remove KEY
     occ passkey export KEY FILE

Las Passkeys de una llave de seguridad FIDO2 (o de Windows Hello) autorizan commits:
`occ commit --passkey KEY` pide un toque (y el PIN de la llave o su huella digital), y
cada prueba lleva entonces la Passkey como su actor, incorporada al cuerpo firmado. KEY es
un keyId, un prefijo de 8 o más dígitos hexadecimales, o una etiqueta. La lista se guarda
en passkeys.json, en la carpeta de datos de la aplicación ($OCC_PASSKEYS indica otra
ubicación); no contiene ningún secreto.

  --devices     Listar también los autenticadores conectados en este momento
  --label TEXT  Un nombre para la nueva Passkey (predeterminado: el nombre de la llave y
                la fecha)
  --rp-id ID    ID de relying party con el que registrarla (predeterminado:
                occ-proof-studio, que ningún sitio web puede usar; indique un dominio para
                compartir la Passkey con una aplicación web)
  --user NAME   Nombre de usuario guardado en la llave (predeterminado: occ)
  --device PATH El autenticador que se usa cuando hay varios conectados

remove olvida aquí la Passkey; la credencial permanece en la llave (bórrela con el
gestor de la llave). export escribe un perfil de confianza que solo acepta pruebas
autorizadas por la Passkey (allowedActorKeyIds y allowedRpIds).

El PIN se lee del terminal sin eco, o de la primera línea de la entrada estándar cuando
esta no es un terminal.
</translation>
    </message>
    <message>
        <source>No passkeys registered. Register one with `occ passkey register`.
</source>
        <translation>No hay Passkeys registradas. Registre una con `occ passkey register`.
</translation>
    </message>
    <message numerus="yes">
        <source>Authenticators attached: %n
</source>
        <translation>
            <numerusform>Autenticador conectado: %n
</numerusform>
            <numerusform>Autenticadores conectados: %n
</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered passkey %1 (%2) for rpId %3; attestation: %4
</source>
        <translation>Passkey %1 (%2) registrada para el rpId %3; atestación: %4
</translation>
    </message>
    <message>
        <source>expected KEY</source>
        <translation>se esperaba KEY</translation>
    </message>
    <message>
        <source>expected KEY LABEL</source>
        <translation>se esperaba KEY LABEL</translation>
    </message>
    <message>
        <source>expected KEY FILE</source>
        <translation>se esperaba KEY FILE</translation>
    </message>
    <message>
        <source>Forgot passkey %1 (%2). The credential is still on the security key.
</source>
        <translation>Se olvidó la Passkey %1 (%2). La credencial sigue en la llave de seguridad.
</translation>
    </message>
    <message>
        <source>%1 exists; not replaced</source>
        <translation>%1 ya existe; no se sustituye</translation>
    </message>
    <message>
        <source>unknown passkey command %1</source>
        <translation>comando passkey desconocido %1</translation>
    </message>
</context>
</TS>
