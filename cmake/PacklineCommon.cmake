# One INTERFACE target carries the flags every Packline target shares.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(packline_common INTERFACE)
target_compile_definitions(packline_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    PACKLINE_VERSION="${PROJECT_VERSION}")
target_compile_options(packline_common INTERFACE -Wall -Wextra)

# Fuzzing, outside CI: configured with clang and -DPACKLINE_FUZZ=ON, every target gets coverage
# instrumentation and ASan/UBSan, so the libFuzzer targets over packline_core (tests/*/fuzz_*.cpp,
# see tests/README-fuzz.md) are guided by the code they drive. Normal builds need no clang.
option(PACKLINE_FUZZ "Build the libFuzzer targets (needs clang and libclang-rt)" OFF)
if(PACKLINE_FUZZ AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(packline_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined)
    target_link_options(packline_common INTERFACE -fsanitize=address,undefined)
endif()

# Tests and benchmarks find each other's executables through this path.
set(PACKLINE_TEST_DATA_DIR "${CMAKE_CURRENT_SOURCE_DIR}/tests/data")
