# SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
# SPDX-License-Identifier: Apache-2.0
#
# One INTERFACE target carries the project-wide warning and Qt strictness flags; every target of
# ours links it, so nothing is set twice.
add_library(occ_common_cfg INTERFACE)
add_library(Occ::CommonCfg ALIAS occ_common_cfg)

target_compile_features(occ_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(occ_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)

if(MSVC)
    target_compile_options(occ_common_cfg INTERFACE /W4 /permissive- /utf-8 /guard:cf)
else()
    target_compile_options(occ_common_cfg INTERFACE
        -Wall -Wextra -pedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
        -Woverloaded-virtual -Wcast-align -Wformat=2 -Wundef
        -fstack-protector-strong
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    if(OCC_WARNINGS_AS_ERRORS)
        target_compile_options(occ_common_cfg INTERFACE -Werror)
    endif()
    target_link_options(occ_common_cfg INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()
