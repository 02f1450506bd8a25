// The doctest main shared by every unit test file.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

int main(int argc, char** argv) {
  doctest::Context context;
#ifdef __EMSCRIPTEN__
  // Under node stdout claims to be a terminal; colour codes would end up in CTest's test names.
  context.setOption("no-colors", true);
#endif
  context.applyCommandLine(argc, argv);
  return context.run();
}
