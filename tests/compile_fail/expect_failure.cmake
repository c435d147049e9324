# Driver for a ".fails" compile test: the build must fail (exit code not 0) AND print the diagnostic named on
# the source's first line (// csm-expect-error: <regex>). PASS_REGULAR_EXPRESSION alone ignores the exit code,
# so a build that succeeds while printing a matching warning would pass.
#   cmake -DSOURCE=<case.cpp> -DBINARY_DIR=<build> -DTARGET=<target> -DCONFIG=<config> -P expect_failure.cmake
file(STRINGS "${SOURCE}" expect_line LIMIT_COUNT 1 REGEX "^// csm-expect-error: ")
string(REGEX REPLACE "^// csm-expect-error: " "" expect_regex "${expect_line}")
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --target ${TARGET} --config ${CONFIG}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
    message(FATAL_ERROR "${TARGET} compiled, but it must fail to compile with: ${expect_regex}")
endif()
if(NOT output MATCHES "${expect_regex}")
    message(FATAL_ERROR "${TARGET} failed to compile, but without the expected diagnostic '${expect_regex}':\n${output}")
endif()
message(STATUS "${TARGET} failed to compile as expected")
