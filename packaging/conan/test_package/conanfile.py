# Builds and runs the consumer program that every packaging test of csm-cpp uses
# (tests/package/consumer): find_package(csm-cpp), link csm::csm, print one known line. With header_only=False
# also tests/package/consumer_compiled against csm::csm_compiled (tests/package/check_compiled.cmake: exact
# output, no `basic_parser` symbol in the consumer's object).
import io
import os

from conan import ConanFile
from conan.tools.build import can_run
from conan.tools.cmake import CMake, cmake_layout
from conan.tools.files import load


class CsmCppTestPackageConan(ConanFile):
    settings = "os", "arch", "compiler", "build_type"
    generators = "CMakeToolchain", "CMakeDeps", "VirtualRunEnv"
    test_type = "explicit"

    @property
    def _consumer(self):
        return os.path.join(self.source_folder, "..", "..", "..", "tests", "package", "consumer")

    @property
    def _compiled(self):
        return not self.dependencies["csm-cpp"].options.header_only

    def requirements(self):
        self.requires(self.tested_reference_str)

    def layout(self):
        cmake_layout(self)

    def build(self):
        cmake = CMake(self)
        cmake.configure(build_script_folder=self._consumer, variables={
            "CSM_CONSUME_MODE": "find_package", "CSM_CONSUMER_COMPILED": "ON" if self._compiled else "OFF"})
        cmake.build()

    def test(self):
        if not can_run(self):
            return
        output = io.StringIO()
        self.run(os.path.join(self.cpp.build.bindir, "consumer"), stdout=output, env="conanrun")
        expected = load(self, os.path.join(self._consumer, "expected_output.txt"))
        if output.getvalue() != expected:
            raise Exception(f"unexpected consumer output: {output.getvalue()!r}, expected {expected!r}")
        if self._compiled:
            package_tests = os.path.join(self._consumer, "..")
            self.run(f"cmake -DPROGRAM={os.path.join(self.cpp.build.bindir, 'consumer_compiled')}"
                     f" -DOBJECT_GLOB={os.path.join(self.build_folder, 'CMakeFiles', 'consumer_compiled.dir', '*main.cpp.o')}"
                     f" -DEXPECTED={os.path.join(package_tests, 'consumer_compiled', 'expected_output.txt')}"
                     f" -P {os.path.join(package_tests, 'check_compiled.cmake')}", env="conanrun")
