# SPDX-License-Identifier: MIT
# Debian's hardening flags (dpkg-buildflags with hardening=+all) for every binary of the build, so
# that the tests run what the package ships: checked by tests/packaging/hardening-check.sh.
# _FORTIFY_SOURCE needs optimisation, so Debug builds (dev, asan, tsan) go without it.
if(MSVC)
    return()
endif()
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
add_compile_options(-fstack-protector-strong -fstack-clash-protection -fcf-protection
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
add_link_options(LINKER:-z,relro LINKER:-z,now)
