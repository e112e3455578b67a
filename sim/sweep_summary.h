// SweepSummary: summary.json of a sweep, a pure function of the rows of runs.csv (fed in
// run-index order) and the sweep they belong to, so that a resumed sweep, a sweep's shards
// merged, and an uninterrupted sweep give the same bytes. Memory is bounded by the sweep's
// shape (values, bins, red lines), never by the number of rows. README.md (Sweeps) describes
// every field.
//
// Outcomes: `deal_exists` (zone analyses: zone.size > 0) and `agreed` (bargaining runs:
// bargain.agreed = 1). For each outcome the summary gives
//   - its count and rate over all rows;
//   - per parameter, its rate at each value (grid and `choice` parameters) or in each of
//     kSweepBins equal bins between the draw's bounds (other Monte Carlo parameters);
//   - per parameter, a first-order sensitivity: the slope of the least-squares line of the
//     outcome (0 or 1) on the parameter's value (an option's position for a red line bound),
//     that slope times the range of values seen, and the spread (largest minus smallest) of
//     the per-value or per-bin rates;
//   - the most frequent packages: the Nash point of each non-empty zone, the agreed package of
//     each deal (kSweepTopPackages of them, counted exactly up to kSweepPackageCapacity
//     distinct packages).
// Zone analyses also count how often each signatory red line binds, bargaining runs each
// breakdown cause.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "sim/json_writer.h"
#include "sim/sweep_job.h"
#include "sim/sweep_top.h"

namespace negsim {

inline constexpr int kSweepBins = 10;
inline constexpr size_t kSweepTopPackages = 10;
inline constexpr size_t kSweepPackageCapacity = 4096;

class SweepSummary {
 public:
  explicit SweepSummary(const SweepJob& job);

  // Adds one row, its fields as in runs.csv. Throws InputError (key "runs.csv") for a row
  // that the sweep could not have written: wrong number of fields, a value not in the plan.
  void Add(std::span<const std::string> fields);
  RunIndex rows() const { return rows_; }

  void WriteJson(std::ostream& out) const;
  // For people: "deal exists in 42 of 100 runs (42%); agreed in 30 of 100 runs (30%)".
  std::string Headline() const;

 private:
  // One outcome measured on every row, and what it depends on.
  struct Outcome {
    const char* name;  // "deal_exists" | "agreed"
    int column;        // the column deciding it
    int package;       // first column of the package counted when it holds
  };
  // Running least-squares of the outcome on one parameter (Welford's co-moment updates).
  struct Fit {
    double n = 0, mean_x = 0, mean_y = 0, cxy = 0, m2x = 0;
    void Add(double x, double y);
  };
  struct Cell {  // one value or bin of one parameter
    std::uint64_t runs = 0;
    std::vector<std::uint64_t> count;  // per outcome
  };
  struct ParameterStats {
    std::map<std::string, int> cell_of_text;  // per-value parameters: CSV text -> cell
    std::vector<Cell> cells;
    std::vector<Fit> fits;  // per outcome
    double min_x = 0, max_x = 0;
  };

  bool Holds(const Outcome& outcome, std::span<const std::string> fields) const;
  bool PerValue(const SweepParameter& p) const;
  int CellOf(size_t k, const std::string& text, double x) const;
  double ValueOf(size_t k, const std::string& text) const;
  void WriteParameter(JsonWriter& json, size_t k) const;
  void WriteRates(JsonWriter& json, const Cell& cell) const;

  const SweepJob& job_;
  SweepColumns columns_;
  std::vector<Outcome> outcomes_;
  RunIndex rows_ = 0;
  std::vector<std::uint64_t> count_;  // per outcome
  std::vector<ParameterStats> parameters_;
  std::vector<TopCounter> packages_;  // per outcome
  std::vector<int> red_lines_;        // signatory red lines of the base, Scenario order
  std::map<std::string, std::uint64_t> binds_;   // signatory red line key -> rows it binds
  std::map<std::string, std::uint64_t> causes_;  // bargain.cause -> rows
  std::vector<std::uint8_t> holds_;  // scratch for Add: does each outcome hold?
  std::string package_;              // scratch for Add: a package's options joined
};

}  // namespace negsim
