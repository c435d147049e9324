# Configure, build and run tests/package/consumer against an installed csm-cpp (find_package), the source
# tree (add_subdirectory) or a git repository (fetch_content).
file(REMOVE_RECURSE ${WORK_DIR})
# Warnings are errors for the consumer too: the installed headers must compile cleanly in a user's strict build.
# Compiled mode too, except for add_subdirectory: FetchContent_MakeAvailable adds the same CMakeLists.txt as a
# subproject, so fetch_content proves csm::csm_compiled there, and one build of the library is saved (CI time).
set(compiled ON)
if(MODE STREQUAL "add_subdirectory")
    set(compiled OFF)
endif()
set(args -S ${CONSUMER_DIR} -B ${WORK_DIR} -DCMAKE_CXX_COMPILER=${CXX} -DCSM_CONSUME_MODE=${MODE}
         -DCSM_CONSUMER_COMPILED=${compiled}
         "-DCMAKE_CXX_FLAGS=-Wall -Wextra -Wpedantic -Werror")
if(MODE STREQUAL "find_package")
    list(APPEND args -DCMAKE_PREFIX_PATH=${PREFIX})
    # The installed version file, asked as users ask: the header's MAJOR.MINOR is accepted (and reports the
    # header's version, so the installed file was not written from another one), 1.0 is refused (0.x
    # promises nothing across minor versions: SameMinorVersion).
    file(STRINGS ${SOURCE_DIR}/include/csm/version.hpp version_line REGEX "^#define CSM_VERSION_STRING ")
    string(REGEX MATCH "([0-9]+)\\.([0-9]+)\\.[0-9]+" header_version "${version_line}")
    set(compatible "${CMAKE_MATCH_1}.${CMAKE_MATCH_2}")
    foreach(request IN ITEMS ${compatible} 1.0)
        set(probe_dir ${WORK_DIR}-probe-${request})
        file(REMOVE_RECURSE ${probe_dir})
        execute_process(COMMAND ${CMAKE_COMMAND} -S ${CONSUMER_DIR}/../version_probe -B ${probe_dir}
                                -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${PREFIX} -DCSM_REQUEST=${request}
                        OUTPUT_VARIABLE probe_out RESULT_VARIABLE rc)
        string(REGEX MATCH "csm-cpp probe: ([^\n]*)" _ "${probe_out}")
        set(probe "${CMAKE_MATCH_1}")
        if(request STREQUAL compatible)
            set(expected "found=1;version=${header_version};dir=${PREFIX}/share/csm-cpp/cmake")
        else()
            set(expected "found=0;version=;dir=csm-cpp_DIR-NOTFOUND")
        endif()
        if(NOT rc EQUAL 0 OR NOT probe STREQUAL expected)
            message(FATAL_ERROR "find_package(csm-cpp ${request}) gave '${probe}', expected '${expected}'")
        endif()
        message(STATUS "find_package(csm-cpp ${request}): ${probe}")
    endforeach()
elseif(MODE STREQUAL "fetch_content")
    # The commit under test, as a git repository (package.snapshot); fetched into the consumer's build tree.
    file(READ ${SNAPSHOT_DIR}.commit commit)
    string(STRIP "${commit}" commit)
    list(APPEND args -DCSM_GIT_REPOSITORY=file://${SNAPSHOT_DIR} -DCSM_GIT_TAG=${commit})
else()
    list(APPEND args -DCSM_SOURCE_DIR=${SOURCE_DIR})
endif()
set(steps configure build run)
if(compiled)
    list(APPEND steps run_compiled)
endif()
foreach(step IN LISTS steps)
    if(step STREQUAL "configure")
        execute_process(COMMAND ${CMAKE_COMMAND} ${args} RESULT_VARIABLE rc)
    elseif(step STREQUAL "build")
        # Two jobs: csm_compiled (fetch_content) and the consumers build side by side.
        execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK_DIR} --parallel 2 RESULT_VARIABLE rc)
    elseif(step STREQUAL "run_compiled")
        # csm::csm_compiled: exact output, and the consumer's object does not instantiate the reader
        # (tests/package/check_compiled.cmake; pkg_config.sh shows the same check fails on a header-only object).
        execute_process(COMMAND ${CMAKE_COMMAND} -DPROGRAM=${WORK_DIR}/consumer_compiled
                            -DOBJECT_GLOB=${WORK_DIR}/CMakeFiles/consumer_compiled.dir/*main.cpp.o
                            -DEXPECTED=${CONSUMER_DIR}/../consumer_compiled/expected_output.txt
                            -P ${CMAKE_CURRENT_LIST_DIR}/check_compiled.cmake
                        RESULT_VARIABLE rc)
    else()
        execute_process(COMMAND ${WORK_DIR}/consumer RESULT_VARIABLE rc OUTPUT_VARIABLE out)
        message(STATUS "consumer printed: ${out}")
        file(READ ${CONSUMER_DIR}/expected_output.txt expected)
        if(NOT out STREQUAL expected)
            message(FATAL_ERROR "unexpected consumer output; expected:\n${expected}")
        endif()
    endif()
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${MODE}: ${step} failed (${rc})")
    endif()
    if(step STREQUAL "configure" AND MODE STREQUAL "find_package")
        # The consumer used the install under test, not another csm-cpp on the machine.
        file(STRINGS ${WORK_DIR}/CMakeCache.txt used_dir REGEX "^csm-cpp_DIR:")
        if(NOT used_dir STREQUAL "csm-cpp_DIR:PATH=${PREFIX}/share/csm-cpp/cmake")
            message(FATAL_ERROR "the consumer found csm-cpp elsewhere: ${used_dir}")
        endif()
    endif()
endforeach()
