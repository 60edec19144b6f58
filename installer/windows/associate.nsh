; SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
; SPDX-License-Identifier: Apache-2.0
; Registers .proof.zip and .proof.json with OCC Proof Studio (per machine, HKLM), so that a
; double-click opens the studio on the bundle's verdict. Explorer matches the last extension,
; so ".zip" itself is left alone: the compound extension is registered as its own ProgID and
; offered through OpenWithProgids, and the proof types get their own verbs.
WriteRegStr HKLM "Software\\Classes\\OccProofStudio.Bundle" "" "OCC proof bundle"
WriteRegStr HKLM "Software\\Classes\\OccProofStudio.Bundle\\DefaultIcon" "" "$INSTDIR\\bin\\occ-studio.exe,0"
WriteRegStr HKLM "Software\\Classes\\OccProofStudio.Bundle\\shell\\open\\command" "" '"$INSTDIR\\bin\\occ-studio.exe" "%1"'
WriteRegStr HKLM "Software\\Classes\\.proof.zip" "" "OccProofStudio.Bundle"
WriteRegStr HKLM "Software\\Classes\\.zip\\OpenWithProgids" "OccProofStudio.Bundle" ""
WriteRegStr HKLM "Software\\Classes\\OccProofStudio.Proof" "" "OCC proof"
WriteRegStr HKLM "Software\\Classes\\OccProofStudio.Proof\\DefaultIcon" "" "$INSTDIR\\bin\\occ-studio.exe,0"
WriteRegStr HKLM "Software\\Classes\\OccProofStudio.Proof\\shell\\open\\command" "" '"$INSTDIR\\bin\\occ-studio.exe" "%1"'
WriteRegStr HKLM "Software\\Classes\\.proof.json" "" "OccProofStudio.Proof"
WriteRegStr HKLM "Software\\Classes\\.json\\OpenWithProgids" "OccProofStudio.Proof" ""
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
