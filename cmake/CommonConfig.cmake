# Flags and Qt defines every Linkwright target shares. Targets link linkwright_common_cfg
# instead of editing global flags, so nothing leaks into third-party code.
add_library(linkwright_common_cfg INTERFACE)

target_compile_features(linkwright_common_cfg INTERFACE cxx_std_23)
target_compile_options(linkwright_common_cfg INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wformat=2)
if(LINKWRIGHT_WERROR)
    target_compile_options(linkwright_common_cfg INTERFACE -Werror)
endif()

target_compile_definitions(linkwright_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    LINKWRIGHT_VERSION="${PROJECT_VERSION}")

# The programs that run syncs allocate a small block per JSON value; mimalloc (Debian's
# libmimalloc-dev) took a quarter off a 30,000-record sync's CPU against glibc's malloc in
# bench_sync. Linked into executables only: the allocator is the program's choice, not the core's.
find_package(mimalloc CONFIG REQUIRED)
add_library(linkwright_allocator INTERFACE)
# --no-as-needed around it: nothing names a mimalloc symbol, yet it must stay loaded to replace
# malloc, and a linker that drops unused libraries would drop it.
target_link_libraries(linkwright_allocator INTERFACE "-Wl,--push-state,--no-as-needed" mimalloc "-Wl,--pop-state")
