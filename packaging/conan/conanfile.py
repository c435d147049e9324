# Conan 2 recipe for csm-cpp: header-only by default; -o "csm-cpp/*:header_only=False" builds and packages the
# compiled mode's static library (csm::csm_compiled). From a clone: conan create packaging/conan
# How to consume it, with system Boost or ConanCenter's boost: docs/install.md, "Header-only or compiled".
import os
import re

from conan import ConanFile
from conan.errors import ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load
from conan.tools.scm import Version

required_conan_version = ">=2.0"


class CsmCppConan(ConanFile):
    name = "csm-cpp"
    description = "Header-only C++20 models of Atlassian Customer Service Management (REST API v1, Teamwork Graph)"
    license = "BSL-1.0"
    topics = ("atlassian", "jira-service-management", "customer-service-management", "rest", "json", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    options = {"header_only": [True, False], "fPIC": [True, False]}
    default_options = {"header_only": True, "fPIC": True}
    no_copy_source = True

    # The sources sit two folders up: this recipe lives in packaging/conan/ of the csm-cpp repository.
    @property
    def _repository_root(self):
        return os.path.join(self.recipe_folder, "..", "..")

    @property
    def _min_compiler_versions(self):
        return {"gcc": "12", "clang": "14", "apple-clang": "15"}

    def set_version(self):
        # include/csm/version.hpp is the one place the version is written.
        header = load(self, os.path.join(self._repository_root, "include", "csm", "version.hpp"))
        self.version = re.search(r'#define CSM_VERSION_STRING "([0-9]+\.[0-9]+\.[0-9]+)"', header).group(1)

    def export_sources(self):
        # Only what the package is made of: the headers, the CMake install rules and the licence.
        # src/ is the compiled mode's library (CMakeLists.txt names its sources in either mode).
        for pattern in ("include/*", "src/*", "cmake/*", "CMakeLists.txt", "LICENSE"):
            copy(self, pattern, src=self._repository_root, dst=self.export_sources_folder)

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def configure(self):
        if self.options.header_only:
            self.options.rm_safe("fPIC")
        else:
            self.package_type = "static-library"

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        # The headers include Boost.JSON, Boost.URL and Boost.Describe, so consumers compile against them.
        # Met by ConanCenter's boost, or by a system Boost through a profile's [platform_requires].
        self.requires("boost/[>=1.81.0 <2]", transitive_headers=True, transitive_libs=True)

    def package_id(self):
        # Header-only: one package for any settings. Compiled: the settings decide, as for any static library.
        if self.info.options.header_only:
            self.info.clear()

    def validate(self):
        if self.settings.compiler.get_safe("cppstd"):
            check_min_cppstd(self, 20)
        minimum = self._min_compiler_versions.get(str(self.settings.compiler))
        if minimum and Version(self.settings.compiler.version) < minimum:
            raise ConanInvalidConfiguration(f"{self.ref} needs C++20 as {self.settings.compiler} {minimum} or newer has it")

    def generate(self):
        toolchain = CMakeToolchain(self)
        toolchain.variables["CSM_INSTALL_COMPILED"] = not self.options.header_only
        toolchain.generate()
        CMakeDeps(self).generate()

    def build(self):
        # Header-only: nothing to compile, configuring writes the install rules (no tests, examples or tools).
        # Compiled: the static library csm_compiled too.
        cmake = CMake(self)
        cmake.configure(variables={"CSM_BUILD_TESTS": "OFF", "CSM_BUILD_EXAMPLES": "OFF",
                                   "CSM_BUILD_TOOLS": "OFF", "CSM_INSTALL": "ON"})
        if not self.options.header_only:
            cmake.build(target="csm_compiled")

    def package(self):
        # The same install tree as `cmake --install`: headers, csm-cpp-config.cmake (csm::csm, and
        # csm::csm_compiled when compiled), csm-cpp.pc (and csm-cpp-compiled.pc with libcsm-cpp.a).
        CMake(self).install()
        copy(self, "LICENSE", src=self.source_folder, dst=os.path.join(self.package_folder, "licenses"))

    def package_info(self):
        self.cpp_info.bindirs = []
        if self.options.header_only:
            self.cpp_info.libdirs = []
        else:
            # For the other generators; CMake users link csm::csm_compiled from our config.
            self.cpp_info.libs = ["csm-cpp"]
            self.cpp_info.defines = ["CSM_SEPARATE_COMPILATION"]
        # CMake consumers get our own installed csm-cpp-config.cmake (found through builddirs, which Conan's
        # CMakeToolchain puts on CMAKE_PREFIX_PATH): its find_dependency(Boost ...) finds ConanCenter's boost
        # through CMakeDeps as well as a system Boost, for which CMakeDeps writes nothing. A config generated
        # from the requires below would link no Boost library in the system-Boost case.
        self.cpp_info.set_property("cmake_find_mode", "none")
        self.cpp_info.set_property("cmake_file_name", "csm-cpp")
        self.cpp_info.set_property("cmake_target_name", "csm::csm")
        self.cpp_info.builddirs = [""]
        self.cpp_info.set_property("pkg_config_name", "csm-cpp")
        # For the other generators (PkgConfigDeps, MSBuildDeps, ...).
        self.cpp_info.requires = ["boost::headers", "boost::json", "boost::url"]
