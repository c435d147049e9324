// Copyright (c) 2026 csm-cpp contributors. Distributed under the Boost Software License, Version 1.0.
#ifndef CSM_REST_PAGES_HPP
#define CSM_REST_PAGES_HPP

#include <csm/json/options.hpp>
#include <csm/rest/api_base.hpp>
#include <csm/rest/build.hpp>
#include <csm/rest/endpoint.hpp>
#include <csm/rest/send.hpp>

#include <concepts>
#include <cstddef>
#include <iterator>
#include <optional>
#include <ranges>
#include <type_traits>
#include <utility>
#include <vector>

/// Every item of a paged endpoint, page after page, through a transport the caller passes. The library does
/// no I/O itself: each page is one send() (build_request, the transport, parse_response).
///
///     auto customers = csm::rest::all_items(http, search, base);
///     for (csm::rest::customer::customer_search_hit& hit : customers) ...
///     if (customers.error()) ...   // the first error ends the iteration; it is kept here
///
/// Three paging styles are covered, one per paged endpoint, each by the resource's own next_page():
/// - page number and `isLast`: customer.search_by_detail_field (C6, csm/rest/customer.hpp);
/// - cursor (`nextPageCursor`): product.list (P1, csm/rest/product.hpp);
/// - offset (`start`/`limit`): entitlement.list (E8, csm/rest/entitlement.hpp).
/// An endpoint joins by naming the response member that holds the items (`static constexpr auto page_items
/// = &response::member;`) and by a `next_page(request, response)` found by argument-dependent lookup that
/// returns the next request or std::nullopt.
namespace csm::rest {

/// An endpoint whose response is one page of items, and that knows its next request.
template <class E>
concept paged_endpoint = endpoint<E> && requires(const E& request, const typename E::response& page) {
    { page.*E::page_items } -> std::ranges::random_access_range;
    { next_page(request, page) } -> std::same_as<std::optional<E>>;
};

/// The type of the items of a paged endpoint (e.g. customer_search_hit for C6).
template <paged_endpoint E>
using page_item_t =
    typename std::remove_cvref_t<decltype(std::declval<typename E::response&>().*E::page_items)>::value_type;

/// An input range over every item of a paged endpoint (all_items() makes one). The first page is requested
/// by begin(), each further page when the iteration reaches the end of the one before; the items of a page
/// stay valid until the next page is requested. The first error (a build error, a transport failure or an API
/// error) ends the iteration and is kept in error(). Iterate once.
template <paged_endpoint E, class Transport>
class item_range {
public:
    using item_type = page_item_t<E>;

    item_range(Transport transport, E first, api_base base, build_options build = {}, csm::json::read_options read = {})
        : transport_(std::forward<Transport>(transport)), request_(std::move(first)), base_(std::move(base)),
          build_(std::move(build)), read_(read) {}

    class iterator {
    public:
        using value_type = item_type;
        using difference_type = std::ptrdiff_t;
        iterator() = default;
        item_type& operator*() const { return range_->current(); }
        item_type* operator->() const { return &range_->current(); }
        iterator& operator++() {
            range_->advance();
            return *this;
        }
        void operator++(int) { range_->advance(); }
        friend bool operator==(const iterator& it, std::default_sentinel_t) noexcept { return it.range_->done(); }

    private:
        friend class item_range;
        explicit iterator(item_range* range) : range_(range) {}
        item_range* range_ = nullptr;
    };

    /// Requests the first page (once); the iterator is at the first item, or at the end.
    iterator begin() {
        if (!started_) {
            started_ = true;
            fetch();
            skip_empty_pages();
        }
        return iterator(this);
    }
    std::default_sentinel_t end() const noexcept { return {}; }

    /// The error that ended the iteration, if any.
    const std::optional<call_error>& error() const noexcept { return error_; }
    /// How many pages were received.
    std::size_t pages() const noexcept { return pages_; }
    /// Whether the iteration has ended (by reaching the last item or by an error).
    bool done() const noexcept { return done_; }
    /// Whether items remain after the current one, as far as the current page tells: more on this page, or a
    /// next page to ask for. False once done.
    bool has_more() const {
        if (done_ || !page_) return !done_;
        if (index_ + 1 < items().size()) return true;
        return next_page(*request_, *page_).has_value();
    }

private:
    auto& items() { return (*page_).*E::page_items; }
    const auto& items() const { return (*page_).*E::page_items; }
    item_type& current() { return items()[index_]; }

    void fetch() {
        call_result<E> r = send(transport_, *request_, base_, build_, read_);
        index_ = 0;
        if (!r) {
            error_ = std::move(r).error();
            page_.reset();
            done_ = true;
            return;
        }
        page_.emplace(std::move(*r));
        ++pages_;
    }

    /// While the current page has no item at index_, moves to the next page (or ends).
    void skip_empty_pages() {
        while (!done_ && index_ >= items().size()) {
            std::optional<E> next = next_page(*request_, *page_);
            if (!next) {
                done_ = true;
                return;
            }
            request_ = std::move(next);
            fetch();
        }
    }

    void advance() {
        if (done_) return;
        ++index_;
        skip_empty_pages();
    }

    Transport transport_;
    std::optional<E> request_; // optional: endpoints with ids have no default constructor, and move-assign
    api_base base_;
    build_options build_;
    csm::json::read_options read_;
    std::optional<typename E::response> page_;
    std::size_t index_ = 0;
    std::size_t pages_ = 0;
    std::optional<call_error> error_;
    bool started_ = false;
    bool done_ = false;
};

/// Every item of a paged endpoint, from the request `first` on, through `transport` (kept by reference when
/// an lvalue is passed, so it must outlive the range). See item_range.
template <paged_endpoint E, http_transport Transport>
item_range<E, Transport> all_items(Transport&& transport, E first, const api_base& base, build_options build = {},
                                   csm::json::read_options read = {}) {
    return item_range<E, Transport>(std::forward<Transport>(transport), std::move(first), base, std::move(build), read);
}

/// What collect_items() gathered.
template <class Item>
struct collected_items {
    std::vector<Item> items;
    std::optional<call_error> error; ///< the error that stopped it, if any (items holds what came before)
    bool complete = false;           ///< every item is in `items`: the last page was reached without an error
    std::size_t pages = 0;           ///< how many pages were received
};

/// Up to `max_items` items of a paged endpoint, requesting no page beyond the one that holds the last item
/// taken. `complete` tells whether that was every item.
template <paged_endpoint E, http_transport Transport>
collected_items<page_item_t<E>> collect_items(Transport&& transport, E first, const api_base& base,
                                              std::size_t max_items, build_options build = {},
                                              csm::json::read_options read = {}) {
    collected_items<page_item_t<E>> out;
    if (max_items == 0) return out;
    item_range<E, Transport> range(std::forward<Transport>(transport), std::move(first), base, std::move(build), read);
    for (auto it = range.begin(); it != range.end(); ++it) {
        out.items.push_back(std::move(*it));
        if (out.items.size() == max_items) {
            out.complete = !range.has_more();
            out.pages = range.pages();
            return out;
        }
    }
    out.error = range.error();
    out.complete = !out.error;
    out.pages = range.pages();
    return out;
}

} // namespace csm::rest

#endif
