#include "sim/sweep_progress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace negsim {

namespace {

int Percent(const ProgressState& s) {
  return s.total == 0 ? 100 : static_cast<int>(100 * s.done / s.total);
}

// "1520 runs/s, 0:01 left", or "-- runs/s, -- left" before any run finished.
std::string RateAndRemaining(const ProgressState& s, const char* separator) {
  if (s.done == 0 || s.seconds <= 0)
    return std::string("-- runs/s") + separator + "-- left";
  const double rate = static_cast<double>(s.done) / s.seconds;
  char text[64];
  std::snprintf(text, sizeof text, rate >= 10 ? "%.0f runs/s" : "%.2f runs/s", rate);
  return text + std::string(separator) +
         FormatDuration(static_cast<double>(s.total - s.done) / rate) + " left";
}

}  // namespace

std::string FormatDuration(double seconds) {
  const long long total = std::llround(std::max(0.0, seconds));
  char text[48];
  if (total >= 3600)
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60,
                  total % 60);
  else
    std::snprintf(text, sizeof text, "%lld:%02lld", total / 60, total % 60);
  return text;
}

std::string FormatProgressBar(const ProgressState& s, int width) {
  const int filled = s.total == 0 ? width : static_cast<int>(width * s.done / s.total);
  std::string bar = "[" + std::string(filled, '#') + std::string(width - filled, '-') + "]";
  char counts[96];
  std::snprintf(counts, sizeof counts, " %3d%%  %llu/%llu runs  ", Percent(s),
                static_cast<unsigned long long>(s.done),
                static_cast<unsigned long long>(s.total));
  return bar + counts + RateAndRemaining(s, "  ");
}

std::string FormatProgressLine(const ProgressState& s) {
  char counts[96];
  std::snprintf(counts, sizeof counts, "negsim: sweep: %llu/%llu runs (%d%%), ",
                static_cast<unsigned long long>(s.done),
                static_cast<unsigned long long>(s.total), Percent(s));
  return counts + RateAndRemaining(s, ", ");
}

}  // namespace negsim
