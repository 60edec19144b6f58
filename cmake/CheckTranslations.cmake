# SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
# SPDX-License-Identifier: Apache-2.0
#
# cmake -DTS_DIR=... -P CheckTranslations.cmake: fails when a translation is unfinished.
# German and Spanish must be complete; English (the source language) needs only its plural
# forms ("%n file" / "%n files").
cmake_minimum_required(VERSION 3.25)
foreach(lang de es)
    file(READ "${TS_DIR}/occ_${lang}.ts" ts)
    string(REGEX MATCHALL "<message" messages "${ts}")
    list(LENGTH messages total)
    if(total EQUAL 0)
        message(FATAL_ERROR "occ_${lang}.ts has no messages: run the update_translations target")
    endif()
    string(FIND "${ts}" "type=\"unfinished\"" any)
    if(NOT any EQUAL -1)
        string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" rows "${ts}")
        list(GET rows 0 first)
        message(FATAL_ERROR "occ_${lang}.ts has unfinished translations, e.g. ${first}")
    endif()
    message(STATUS "occ_${lang}.ts: ${total} messages, all finished")
endforeach()
file(READ "${TS_DIR}/occ_en.ts" ts)
string(REGEX MATCHALL "<message numerus=\"yes\">[^<]*<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" plurals "${ts}")
if(plurals)
    list(GET plurals 0 first)
    message(FATAL_ERROR "occ_en.ts lacks English plural forms, e.g. ${first}")
endif()
message(STATUS "occ_en.ts: plural forms complete")
