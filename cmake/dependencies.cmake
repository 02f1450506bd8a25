# Third-party pieces, all from Debian packages (ImGui's source from Debian's source package).
# gongjian_deps: nlohmann-json + LEMON (header-only) + utfcpp for every core library.

if(NOT EXISTS "${GONGJIAN_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui source not found in ${GONGJIAN_IMGUI_DIR}: run scripts/setup.sh first")
endif()

add_library(gongjian_deps INTERFACE)
target_compile_definitions(gongjian_deps INTERFACE LEMON_ONLY_TEMPLATES)

if(EMSCRIPTEN)
  # Emscripten must not see /usr/include (glibc headers): expose only the header-only libraries.
  set(_sysdeps "${CMAKE_BINARY_DIR}/sysdeps")
  file(MAKE_DIRECTORY "${_sysdeps}")
  foreach(_h nlohmann doctest lemon utf8 utf8.h)
    if(NOT EXISTS "${_sysdeps}/${_h}")
      file(CREATE_LINK "/usr/include/${_h}" "${_sysdeps}/${_h}" SYMBOLIC)
    endif()
  endforeach()
  target_include_directories(gongjian_deps SYSTEM INTERFACE "${_sysdeps}")
  # A C++ throw must reach its catch in wasm too (exceptions are off by default in emcc).
  add_compile_options(-fexceptions)
  add_link_options(-fexceptions)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  target_link_libraries(gongjian_deps INTERFACE nlohmann_json::nlohmann_json)
endif()

# Dear ImGui core (platform-free); the GLFW/OpenGL backends are compiled by native/ and web/.
add_library(imgui STATIC
  ${GONGJIAN_IMGUI_DIR}/imgui.cpp
  ${GONGJIAN_IMGUI_DIR}/imgui_draw.cpp
  ${GONGJIAN_IMGUI_DIR}/imgui_tables.cpp
  ${GONGJIAN_IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${GONGJIAN_IMGUI_DIR})
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
# Their code, their warnings: C++20 flags enum arithmetic that ImGui 1.86 uses on purpose.
target_compile_options(imgui PRIVATE -Wno-deprecated-enum-enum-conversion)

add_library(imgui_backends STATIC
  ${GONGJIAN_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
  ${GONGJIAN_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_backends SYSTEM PUBLIC ${GONGJIAN_IMGUI_DIR}/backends)
target_compile_options(imgui_backends PRIVATE -Wno-deprecated-enum-enum-conversion)
target_link_libraries(imgui_backends PUBLIC imgui)
if(EMSCRIPTEN)
  target_compile_options(imgui_backends PRIVATE -sUSE_GLFW=3)
else()
  find_package(glfw3 3.3 REQUIRED)
  find_package(OpenGL REQUIRED)
  target_link_libraries(imgui_backends PUBLIC glfw OpenGL::GL ${CMAKE_DL_LIBS})
endif()

# Warnings for our own code only.
add_library(gongjian_warnings INTERFACE)
target_compile_options(gongjian_warnings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)

# node runs the WebAssembly unit tests and the browser tests.
find_program(GONGJIAN_NODE NAMES node REQUIRED)
