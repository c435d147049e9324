# cmake -DPROGRAM=… -DSOURCE_DIR=… -DWORK_DIR=… -P check_output.cmake
# Runs graph_ingest on customers.csv and compares stdout and every envelope with the files in expected/.
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(
    COMMAND "${PROGRAM}" "${SOURCE_DIR}/customers.csv" "${WORK_DIR}/out" --batch-size 4 --connection-id conn-crm-1
    RESULT_VARIABLE status
    OUTPUT_VARIABLE report
    ERROR_VARIABLE errors)
if(NOT status EQUAL 2)
    message(FATAL_ERROR "graph_ingest exited with ${status} (expected 2: some rows rejected)\n${report}${errors}")
endif()
file(READ "${SOURCE_DIR}/expected/report.txt" expected_report)
if(NOT report STREQUAL expected_report)
    message(FATAL_ERROR "report differs from expected/report.txt:\n${report}")
endif()
file(GLOB produced RELATIVE "${WORK_DIR}/out" "${WORK_DIR}/out/*.json")
file(GLOB expected RELATIVE "${SOURCE_DIR}/expected" "${SOURCE_DIR}/expected/*.json")
list(SORT produced)
list(SORT expected)
if(NOT produced STREQUAL expected)
    message(FATAL_ERROR "envelopes: got '${produced}', expected '${expected}'")
endif()
foreach(name IN LISTS expected)
    file(READ "${WORK_DIR}/out/${name}" got)
    file(READ "${SOURCE_DIR}/expected/${name}" want)
    if(NOT got STREQUAL want)
        message(FATAL_ERROR "${name} differs from expected/${name}:\n${got}")
    endif()
endforeach()
