# In compiled mode the public headers declare only, so <csm/csm.hpp> must not bring in the implementation whose
# cost compiled mode exists to avoid: the one-pass reader (json/detail/stream_read.hpp), Boost.JSON's parser
# (basic_parser_impl.hpp), Boost.URL's parser (boost/url/parse.hpp) or <random> (docs/install.md, "Header-only
# or compiled"). Header-only, the same include must bring the reader in: the check can fail.
# Run: cmake -DCXX=<compiler> -DSOURCE_DIR=<repo> -P compiled_mode_headers.cmake
set(forbidden "csm/json/detail/stream_read\\.hpp" "boost/json/basic_parser_impl\\.hpp" "boost/url/parse\\.hpp"
    "/random( |$)")
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/compiled_mode_headers.cpp "#include <csm/csm.hpp>\n")
function(dependencies_of out)
    execute_process(COMMAND ${CXX} -std=c++20 -I${SOURCE_DIR}/include ${ARGN} -M
                            ${CMAKE_CURRENT_BINARY_DIR}/compiled_mode_headers.cpp
                    OUTPUT_VARIABLE deps ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "the compiler failed on <csm/csm.hpp> (${ARGN}):\n${err}")
    endif()
    string(REPLACE "\\\n" " " deps "${deps}")
    set(${out} "${deps}" PARENT_SCOPE)
endfunction()

dependencies_of(compiled -DCSM_SEPARATE_COMPILATION)
set(problems "")
foreach(pattern IN LISTS forbidden)
    if(compiled MATCHES "${pattern}")
        string(APPEND problems "\n  compiled mode includes ${CMAKE_MATCH_0}")
    endif()
endforeach()
dependencies_of(header_only)
if(NOT header_only MATCHES "csm/json/detail/stream_read\\.hpp")
    string(APPEND problems "\n  header-only mode does not include the reader: the check above proves nothing")
endif()
if(problems)
    message(FATAL_ERROR "compiled mode's headers:${problems}")
endif()
