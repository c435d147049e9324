# cmake -DDOCS_DIR=<docs> -DSNIPPETS_DIR=<docs/snippets> -P check_in_sync.cmake
# Every block in docs/*.md written as
#   <!-- snippet: NAME -->
#   ```cpp
#   ...exact content of docs/snippets/NAME.cpp...
#   ```
#   <!-- /snippet -->
# must equal its file, and every snippet file must be embedded somewhere.
cmake_minimum_required(VERSION 3.20)

set(open_tag "<!-- snippet: ")
set(close_tag "<!-- /snippet -->")
string(LENGTH "${open_tag}" open_length)
set(fence "```")
set(problems 0)
set(embedded "")

file(GLOB docs "${DOCS_DIR}/*.md")
foreach(doc IN LISTS docs)
    file(READ "${doc}" text)
    while(TRUE)
        string(FIND "${text}" "${open_tag}" start)
        if(start EQUAL -1)
            break()
        endif()
        math(EXPR name_begin "${start} + ${open_length}")
        string(SUBSTRING "${text}" ${name_begin} -1 text)
        string(FIND "${text}" " -->" name_end)
        string(FIND "${text}" "${close_tag}" block_end)
        if(name_end EQUAL -1 OR block_end EQUAL -1 OR block_end LESS name_end)
            message(SEND_ERROR "${doc}: unterminated snippet block")
            math(EXPR problems "${problems} + 1")
            break()
        endif()
        string(SUBSTRING "${text}" 0 ${name_end} name)
        math(EXPR body_begin "${name_end} + 4")
        math(EXPR body_length "${block_end} - ${body_begin}")
        string(SUBSTRING "${text}" ${body_begin} ${body_length} body)
        string(SUBSTRING "${text}" ${block_end} -1 text)
        list(APPEND embedded "${name}")

        set(file "${SNIPPETS_DIR}/${name}.cpp")
        if(NOT EXISTS "${file}")
            message(SEND_ERROR "${doc}: snippet '${name}' has no file ${file}")
            math(EXPR problems "${problems} + 1")
            continue()
        endif()
        file(READ "${file}" code)
        if(NOT "${body}" STREQUAL "\n${fence}cpp\n${code}${fence}\n")
            message(SEND_ERROR "${doc}: snippet '${name}' differs from ${file}; paste the file's exact content")
            math(EXPR problems "${problems} + 1")
        endif()
    endwhile()
endforeach()

file(GLOB snippet_files "${SNIPPETS_DIR}/*.cpp")
foreach(file IN LISTS snippet_files)
    get_filename_component(name "${file}" NAME_WE)
    if(NOT name IN_LIST embedded)
        message(SEND_ERROR "${file}: not embedded in any docs/*.md")
        math(EXPR problems "${problems} + 1")
    endif()
endforeach()

if(problems GREATER 0)
    message(FATAL_ERROR "${problems} snippet problem(s)")
endif()
list(LENGTH embedded count)
message(STATUS "${count} embedded snippet(s) match their files")
