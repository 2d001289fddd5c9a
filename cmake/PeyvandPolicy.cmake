# One INTERFACE target carries the compile policy every Peyvand target links.
add_library(peyvand_policy INTERFACE)

target_compile_features(peyvand_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(peyvand_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
)

if(MSVC)
    target_compile_options(peyvand_policy INTERFACE /utf-8 /W4 /permissive-)
else()
    target_compile_options(peyvand_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual)
endif()

if(PEYVAND_SANITIZE AND NOT MSVC)
    target_compile_options(peyvand_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(peyvand_policy INTERFACE -fsanitize=address,undefined)
endif()

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()
