// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_MODEL_ORGANIZATION_IDS_HPP
#define CSM_REST_MODEL_ORGANIZATION_IDS_HPP

#include <csm/ids.hpp>
#include <csm/json/codec.hpp>
#include <csm/json/detail/write_text.hpp>
#include <csm/json/read_context.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

/// Organization ids in request bodies, which the docs send either as strings or as numbers
/// (docs/decisions.md#organization-ids-as-numbers): the official create-customer-profile example sends `"organizationIds":[1,4,10,11,6]`.
namespace csm::rest::model {

/// How an organization_ids list is written.
enum class id_form {
    string, ///< `["1","4"]`: the default, as every response and every fetch body carries ids
    number, ///< `[1,4]`: opt-in, as the create-customer-profile example and bulk customer profiles send them
};

/// A list of organization ids with an opt-in numeric wire form.
///
///     model::organization_ids ids{{organization_id{"1"}, organization_id{"4"}}};          // ["1","4"]
///     auto nums = model::organization_ids::as_numbers({organization_id{"1"}, ...});       // [1,4]
///
/// Reading accepts strings and numbers alike and records `number` when every element was a number, so a
/// body read from the docs writes back as it came. The numeric form writes an id as a number only when it is
/// a canonical decimal integer in the signed 64-bit range (see is_numeric); any other id is still written as
/// a string. Endpoints that send this list refuse such ids before building (find_non_numeric).
struct organization_ids {
    std::vector<csm::organization_id> ids;
    id_form form = id_form::string;

    static organization_ids as_numbers(std::vector<csm::organization_id> ids) {
        return {std::move(ids), id_form::number};
    }

    std::size_t size() const noexcept { return ids.size(); }
    bool empty() const noexcept { return ids.empty(); }

    /// Whether `text` can be sent as a JSON number and read back as the same text: "0" or a digit string
    /// without leading zeros, at most 9223372036854775807.
    static constexpr bool is_numeric(std::string_view text) noexcept {
        constexpr std::string_view max = "9223372036854775807";
        if (text.empty() || text.size() > max.size()) return false;
        if (text.size() > 1 && text[0] == '0') return false;
        for (char c : text)
            if (c < '0' || c > '9') return false;
        return text.size() < max.size() || text <= max;
    }

    /// In the numeric form, the index of the first id that cannot be written as a number; nothing otherwise.
    std::optional<std::size_t> find_non_numeric() const noexcept {
        if (form != id_form::number) return std::nullopt;
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (!is_numeric(ids[i].view())) return i;
        return std::nullopt;
    }

    friend bool operator==(const organization_ids&, const organization_ids&) = default;
};

/// AssociateOrganizations (C15, B4): `{"organizationIds": [...]}`.
struct associate_organizations {
    model::organization_ids organization_ids;
    friend bool operator==(const associate_organizations&, const associate_organizations&) = default;
};
BOOST_DESCRIBE_STRUCT(associate_organizations, (), (organization_ids))

} // namespace csm::rest::model

namespace csm::json {

template <>
struct codec<csm::rest::model::organization_ids> {
    using T = csm::rest::model::organization_ids;
    static constexpr std::string_view expected = "an array";

    static void write(std::string& out, const T& v) {
        out.push_back('[');
        for (std::size_t i = 0; i < v.ids.size(); ++i) {
            if (i != 0) out.push_back(',');
            write_one(out, v.ids[i].view(), v.form);
        }
        out.push_back(']');
    }

    static boost::json::value to_value(const T& v, boost::json::storage_ptr sp) {
        boost::json::array a(sp);
        a.reserve(v.ids.size());
        for (const csm::organization_id& id : v.ids) {
            if (v.form == csm::rest::model::id_form::number && T::is_numeric(id.view()))
                a.emplace_back(to_int64(id.view()));
            else a.emplace_back(boost::json::string(id.view(), sp));
        }
        return boost::json::value(std::move(a));
    }

    static bool read(read_context& ctx, const boost::json::value& jv, T& out) {
        const boost::json::array* a = jv.if_array();
        if (!a) return ctx.fail(errc::type_mismatch, expected);
        out.ids.clear();
        out.ids.reserve(a->size());
        bool all_numbers = !a->empty();
        for (std::size_t i = 0; i < a->size(); ++i) {
            auto scope = ctx.enter(i);
            const boost::json::value& e = (*a)[i];
            all_numbers = all_numbers && (e.is_int64() || e.is_uint64());
            out.ids.push_back(detail::placeholder<csm::organization_id>());
            if (!codec<csm::organization_id>::read(ctx, e, out.ids.back())) return false;
        }
        out.form = all_numbers ? csm::rest::model::id_form::number : csm::rest::model::id_form::string;
        return true;
    }

private:
    static void write_one(std::string& out, std::string_view id, csm::rest::model::id_form form) {
        if (form == csm::rest::model::id_form::number && T::is_numeric(id)) out.append(id);
        else detail::write_string(out, id);
    }
    static std::int64_t to_int64(std::string_view digits) noexcept {
        std::int64_t v = 0;
        for (char c : digits) v = v * 10 + (c - '0');
        return v;
    }
};

} // namespace csm::json

#endif
