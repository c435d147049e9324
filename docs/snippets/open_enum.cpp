// An open enum names the values the library knows and keeps any other text unchanged.
#include <csm/json.hpp>
#include <csm/open_enum.hpp>

#include <cassert>

namespace example {
struct principal_type_traits {
    enum class known { user, group };
    static constexpr std::string_view names[] = {"USER", "GROUP"};
};
using principal_type = csm::open_enum<principal_type_traits>;
} // namespace example

int main() {
    using example::principal_type;
    const principal_type known = csm::json::parse<principal_type>(R"("GROUP")").value();
    assert(known == principal_type::known::group);

    const principal_type other = csm::json::parse<principal_type>(R"("ROBOT")").value();
    assert(!other.is_known() && other.str() == "ROBOT");
    assert(csm::json::serialize(other) == R"("ROBOT")");

    const auto strict = csm::json::parse<principal_type>(R"("ROBOT")", csm::json::read_options::strict());
    assert(strict.error().code == csm::errc::unknown_value);
    assert(strict.error().expected == "one of USER, GROUP (strict mode)");
}
