// The progress text of a sweep: the terminal bar and the plain line.
#include <gtest/gtest.h>

#include "sim/sweep_progress.h"

namespace negsim {
namespace {

TEST(SweepProgress, BarShowsShareCountRateAndTimeLeft) {
  EXPECT_EQ(FormatProgressBar({400, 1000, 2.0}, 20),
            "[########------------]  40%  400/1000 runs  200 runs/s  0:03 left");
}

TEST(SweepProgress, RateAndTimeLeftWaitForTheFirstRun) {
  EXPECT_EQ(FormatProgressBar({0, 10, 0.5}, 4), "[----]   0%  0/10 runs  -- runs/s  -- left");
}

TEST(SweepProgress, PlainLineForLogs) {
  EXPECT_EQ(FormatProgressLine({30, 30, 12.0}),
            "negsim: sweep: 30/30 runs (100%), 2.50 runs/s, 0:00 left");
}

TEST(SweepProgress, DurationsReadAsClockTimes) {
  EXPECT_EQ(FormatDuration(7.4), "0:07");
  EXPECT_EQ(FormatDuration(754), "12:34");
  EXPECT_EQ(FormatDuration(11045), "3:04:05");
  EXPECT_EQ(FormatDuration(-1), "0:00");
}

}  // namespace
}  // namespace negsim
