// Progress of a sweep for people: a bar redrawn in place on a terminal, or a plain line now and
// then for logs. Pure text formatting; the caller decides where and how often to print.
#pragma once

#include <cstdint>
#include <string>

namespace negsim {

// `done` of `total` runs finished after `seconds` (of this process: resumed rows excluded).
struct ProgressState {
  std::uint64_t done = 0;
  std::uint64_t total = 0;
  double seconds = 0;
};

// "[########------------]  40%  400/1000 runs  1520 runs/s  0:01 left", the bar `width`
// characters wide; the rate and time left are "--" until a run has finished.
std::string FormatProgressBar(const ProgressState& state, int width);
// "negsim: sweep: 400/1000 runs (40%), 1520 runs/s, 0:01 left".
std::string FormatProgressLine(const ProgressState& state);
// "0:07", "12:34", "3:04:05".
std::string FormatDuration(double seconds);

}  // namespace negsim
