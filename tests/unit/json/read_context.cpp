// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#include <csm/json/read_context.hpp>

#define BOOST_TEST_MODULE csm.json.read_context
#include <boost/test/unit_test.hpp>

#include <csm/json/templates.hpp> // this test's own types in compiled mode (docs/install.md, "Header-only or compiled")

#include <csm/json/codec.hpp>
#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

// A user type with its own codec: a point written as "x,y". Its errors go through the same context.
namespace rc {
struct point {
    int x, y;
    friend bool operator==(const point&, const point&) = default;
};
struct shape {
    std::vector<point> points;
};
BOOST_DESCRIBE_STRUCT(shape, (), (points))
} // namespace rc

template <>
struct csm::json::codec<rc::point> {
    static constexpr std::string_view expected = "\"x,y\"";
    static void write(std::string& out, const rc::point& p) {
        out += '"' + std::to_string(p.x) + ',' + std::to_string(p.y) + '"';
    }
    static boost::json::value to_value(const rc::point& p, boost::json::storage_ptr sp) {
        return boost::json::value(boost::json::string(std::to_string(p.x) + ',' + std::to_string(p.y), std::move(sp)));
    }
    static bool read(read_context& ctx, const boost::json::value& jv, rc::point& out) {
        const boost::json::string* s = jv.if_string();
        if (!s) return ctx.fail(errc::type_mismatch, expected);
        const std::size_t comma = s->find(',');
        if (comma == boost::json::string::npos) {
            auto guard = ctx.enter("y");
            return ctx.fail(errc::invalid_value, "a comma and a y coordinate");
        }
        out = {std::stoi(std::string(s->subview(0, comma))), std::stoi(std::string(s->subview(comma + 1)))};
        return true;
    }
};

BOOST_AUTO_TEST_CASE(pointer_tokens_are_escaped_per_rfc_6901) {
    std::string p;
    csm::json::append_pointer_token(p, "a/b");
    csm::json::append_pointer_token(p, "m~n");
    csm::json::append_pointer_token(p, "~/");
    csm::json::append_pointer_token(p, "");
    csm::json::append_pointer_token(p, "atlassian:customer-org");
    BOOST_TEST(p == "/a~1b/m~0n/~0~1//atlassian:customer-org");
}

BOOST_AUTO_TEST_CASE(scopes_build_the_pointer) {
    csm::json::read_context ctx;
    BOOST_TEST(ctx.pointer() == "");
    {
        auto a = ctx.enter("objects");
        auto b = ctx.enter(std::size_t{3});
        auto c = ctx.enter("a/b~c");
        BOOST_TEST(ctx.pointer() == "/objects/3/a~1b~0c");
    }
    BOOST_TEST(ctx.pointer() == "");
    BOOST_TEST(!ctx.error().has_value());
}

BOOST_AUTO_TEST_CASE(the_first_error_wins) {
    csm::json::read_context ctx(csm::json::read_options::strict());
    BOOST_TEST(ctx.options().reject_unknown_members);
    {
        auto a = ctx.enter("first");
        BOOST_TEST(!ctx.fail(csm::errc::too_long, "at most 3"));
    }
    auto b = ctx.enter("second");
    BOOST_TEST(!ctx.fail(csm::errc::invalid_value, "x"));
    BOOST_TEST_REQUIRE(ctx.error().has_value());
    BOOST_TEST((*ctx.error() == csm::error{csm::errc::too_long, "/first", "at most 3"}));
}

BOOST_AUTO_TEST_CASE(base_prefixes_every_pointer) {
    csm::json::read_context ctx;
    ctx.set_base("payload");
    auto i = ctx.enter(std::size_t{0});
    BOOST_TEST(ctx.pointer() == "/payload/0");
}

BOOST_AUTO_TEST_CASE(user_codecs_report_through_the_context) {
    const auto ok = csm::json::parse<rc::shape>(R"({"points":["1,2","3,4"]})");
    BOOST_TEST_REQUIRE(ok.has_value());
    BOOST_TEST((ok->points[1] == rc::point{3, 4}));
    BOOST_TEST(csm::json::serialize(*ok) == R"({"points":["1,2","3,4"]})");

    const auto bad = csm::json::parse<rc::shape>(R"({"points":["1,2","34"]})");
    BOOST_TEST_REQUIRE(bad.has_error());
    BOOST_TEST((bad.error() == csm::error{csm::errc::invalid_value, "/points/1/y", "a comma and a y coordinate"}));
    const auto type = csm::json::parse<rc::shape>(R"({"points":[12]})");
    BOOST_TEST((type.error() == csm::error{csm::errc::type_mismatch, "/points/0", "\"x,y\""}));
}
