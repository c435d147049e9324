# In compiled mode the one-pass reader's parser (boost::json::basic_parser over our handler) is compiled once,
# in csm/src.hpp. A TU that parses its own types must only reference it: if the `extern template` declaration
# in csm/json/impl/parse.hpp went missing, the TU would compile the parser again and still link and run, so
# only its object file shows the difference (the parser's write_some defined there).
execute_process(COMMAND ${NM} -C --defined-only ${OBJECT} OUTPUT_VARIABLE symbols RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NM} failed on ${OBJECT}")
endif()
string(FIND "${symbols}" "basic_parser<csm::json::detail::stream::handler>::write_some" at)
if(NOT at EQUAL -1)
    message(FATAL_ERROR "${OBJECT} compiles the one-pass reader's parser itself: the extern template declaration "
                        "in csm/json/impl/parse.hpp is missing or not seen")
endif()
message(STATUS "the compiled-mode user TU references the parser and does not define it")
