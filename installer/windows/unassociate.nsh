; SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
; SPDX-License-Identifier: Apache-2.0
DeleteRegKey HKLM "Software\\Classes\\OccProofStudio.Bundle"
DeleteRegKey HKLM "Software\\Classes\\OccProofStudio.Proof"
DeleteRegKey HKLM "Software\\Classes\\.proof.zip"
DeleteRegKey HKLM "Software\\Classes\\.proof.json"
DeleteRegValue HKLM "Software\\Classes\\.zip\\OpenWithProgids" "OccProofStudio.Bundle"
DeleteRegValue HKLM "Software\\Classes\\.json\\OpenWithProgids" "OccProofStudio.Proof"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
