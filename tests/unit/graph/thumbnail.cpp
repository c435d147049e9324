#include <csm/graph/thumbnail.hpp>

#define BOOST_TEST_MODULE csm.graph.thumbnail
#include <boost/test/unit_test.hpp>

#include <csm/json/parse.hpp>
#include <csm/json/serialize.hpp>

using csm::graph::thumbnail;

BOOST_AUTO_TEST_CASE(external_url_round_trips) {
    const std::string text = R"({"externalUrl":"https://example-file.com/file/123123"})";
    BOOST_TEST(csm::json::serialize(csm::json::parse<thumbnail>(text).value()) == text);
}

BOOST_AUTO_TEST_CASE(url_is_read_as_external_url_and_mime_type_ignored) {
    // docs/decisions.md#thumbnail-url-alias: the customer-org example sends {url, mimeType}.
    const thumbnail t =
        csm::json::parse<thumbnail>(R"({"url":"http://example-app.com/thumbnail-url","mimeType":"image/png"})").value();
    BOOST_TEST(*t.external_url == "http://example-app.com/thumbnail-url");
    BOOST_TEST(csm::json::serialize(t) == R"({"externalUrl":"http://example-app.com/thumbnail-url"})");
}

BOOST_AUTO_TEST_CASE(canonical_key_wins_over_alias) {
    const thumbnail t =
        csm::json::parse<thumbnail>(R"({"url":"https://old.example","externalUrl":"https://new.example"})").value();
    BOOST_TEST(*t.external_url == "https://new.example");
}

BOOST_AUTO_TEST_CASE(empty_thumbnail) {
    BOOST_TEST(csm::json::serialize(csm::json::parse<thumbnail>("{}").value()) == "{}");
    BOOST_TEST(!csm::json::parse<thumbnail>(R"({"externalUrl":1})").has_value());
}
