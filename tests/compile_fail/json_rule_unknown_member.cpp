// csm-expect-error: names a member that is not described
// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
// A rename or alias rule that names no described member (a typo) is a compile error, not a silent no-op.
#include <csm/json/serialize.hpp>

#include <boost/describe/class.hpp>

#include <string>

struct customer_row {
    std::string display_name;
    static constexpr csm::json::field_rule json_fields[] = {
#ifdef CSM_COMPILE_FAIL
        csm::json::rename("displayname", "name"),
#else
        csm::json::rename("display_name", "name"),
#endif
    };
};
BOOST_DESCRIBE_STRUCT(customer_row, (), (display_name))

std::string write_row(const customer_row& row) { return csm::json::serialize(row); }
