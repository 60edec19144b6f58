// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Occ::Cli {

/**
 * Runs the `occ` command line (arguments include the program name). Returns the exit status:
 * 0 success, 1 invalid (proof, JSON), 2 usage or I/O error.
 */
int run(const QStringList &arguments);

} // namespace Occ::Cli
