# A compiled-mode consumer (csm::csm_compiled): runs PROGRAM and compares its output with EXPECTED, and checks
# with nm that the consumer's object (OBJECT_GLOB) has no `basic_parser` symbol: the reader is instantiated in
# libcsm-cpp.a, not in the user's TU (docs/install.md, "Header-only or compiled").
execute_process(COMMAND ${PROGRAM} RESULT_VARIABLE rc OUTPUT_VARIABLE out)
file(READ ${EXPECTED} expected)
if(NOT rc EQUAL 0 OR NOT out STREQUAL expected)
    message(FATAL_ERROR "compiled consumer: exit ${rc}, printed\n${out}\nexpected\n${expected}")
endif()
file(GLOB_RECURSE object ${OBJECT_GLOB})
list(LENGTH object count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "compiled consumer: expected one object for ${OBJECT_GLOB}, found '${object}'")
endif()
execute_process(COMMAND nm -C ${object} RESULT_VARIABLE rc OUTPUT_VARIABLE symbols)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm -C ${object} failed (${rc})")
endif()
if(symbols MATCHES "basic_parser")
    message(FATAL_ERROR "compiled consumer: ${object} instantiates the reader (basic_parser); "
                        "CSM_SEPARATE_COMPILATION did not reach the consumer or a header includes the reader")
endif()
message(STATUS "compiled consumer printed the expected output; its object has no basic_parser symbol")
