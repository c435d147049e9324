// Compile-cost baseline (scripts/compile-cost): what a user pays for Boost alone. Parses JSON and builds one
// URL with the broad Boost headers, as a program that uses Boost.JSON and Boost.URL directly would.
#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <boost/url.hpp>

#include <string>

struct point {
    int x = 0;
    int y = 0;
};
BOOST_DESCRIBE_STRUCT(point, (), (x, y))

int main() {
#if !defined(CSM_COMPILE_COST_EMPTY_MAIN) // scripts/compile-cost: the headers alone
    boost::json::value v = boost::json::parse(R"({"x":1,"y":2})");
    point p{static_cast<int>(v.at("x").as_int64()), static_cast<int>(v.at("y").as_int64())};
    boost::urls::url u("https://api.atlassian.com");
    u.set_path("/jsm/csm/cloudid/x/api/v1/organization/1");
    u.params().append({"maxResults", "50"});
    std::string out = boost::json::serialize(v);
    out.append(u.buffer().data(), u.buffer().size());
    return static_cast<int>(out.size()) + p.x + p.y;
#else
    return 0;
#endif
}
