# A stand-in for ConanCenter's boost package, for package.conan_boost_package: it describes the system Boost
# the way ConanCenter's recipe describes its own build (cmake_file_name "Boost"; components "headers",
# "json" and "url" with the targets Boost::headers, Boost::json and Boost::url; library names boost_json and
# boost_url), so that csm-cpp's recipe is tested against what CMakeDeps generates for that package, offline.
from conan import ConanFile


class BoostStandInConan(ConanFile):
    name = "boost"
    package_type = "shared-library"
    settings = "os", "arch", "compiler", "build_type"

    def package_id(self):
        self.info.clear()

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "Boost")
        self.cpp_info.set_property("cmake_target_name", "Boost::boost")
        libdir = self.conf.get("user.csm_test:boost_libdir", check_type=str)
        headers = self.cpp_info.components["headers"]
        headers.set_property("cmake_target_name", "Boost::headers")
        headers.includedirs = []  # the system's, which the compiler finds by itself
        headers.libdirs = []
        headers.bindirs = []
        for module in ("json", "url"):
            component = self.cpp_info.components[module]
            component.set_property("cmake_target_name", f"Boost::{module}")
            component.libs = [f"boost_{module}"]
            component.libdirs = [libdir]
            component.includedirs = []
            component.bindirs = []
            component.requires = ["headers"]
