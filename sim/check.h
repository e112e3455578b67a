// NEGSIM_CHECK: an internal invariant. A failure is a bug in negsim, never bad input, so it
// aborts with the location; bad input is reported through InputError (input_error.h) instead.
#pragma once

#include <cstdio>
#include <cstdlib>

#define NEGSIM_CHECK(cond)                                                                  \
  do {                                                                                      \
    if (!(cond)) {                                                                          \
      std::fprintf(stderr, "negsim: internal error: %s:%d: check failed: %s\n", __FILE__,  \
                   __LINE__, #cond);                                                        \
      std::abort();                                                                         \
    }                                                                                       \
  } while (0)
