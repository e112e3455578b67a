// ZoneTables: the signatories' side of a Scenario laid out for the agreement-zone searches:
// contributions per flat option in SIMD lanes (one lane per signatory), the signatories'
// combined red-line masks, if/then rules and synergies. Built once per analysis and shared,
// read-only, by every search over the scenario (base zone, red-line relaxations, nearest).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "sim/issue_space.h"
#include "sim/scenario.h"

namespace negsim {

// Bound on |search sum - Scenario::Utility| for one package. The searches add the same terms
// in another order, so they decide anything closer than this to a threshold or a tie by
// re-evaluating with Scenario::Utility: results match a brute force bit for bit.
inline constexpr double kRoundingSlack = 1e-9;

// Signatory lanes are padded to a multiple of this (four doubles: one AVX2 register).
inline constexpr int kLaneBlock = 4;

// A synergy term of one signatory, addressed by lane.
struct LaneSynergy {
  int lane = -1;
  int issue_a = -1;
  int option_a = -1;
  int issue_b = -1;
  int option_b = -1;
  double value = 0;
};

class ZoneTables {
 public:
  explicit ZoneTables(const Scenario& scenario);

  const Scenario& scenario() const { return *scenario_; }
  const IssueSpace& space() const { return scenario_->space(); }
  int num_signatories() const { return static_cast<int>(signatories_.size()); }
  // num_signatories() rounded up to a multiple of kLaneBlock.
  int lanes() const { return lanes_; }
  int signatory(int lane) const { return signatories_[lane]; }
  // Round-0 reservation per lane (lanes() entries; padding lanes hold -infinity).
  std::span<const double> reservations() const { return reservations_; }
  // The signatories' contributions of one flat option (lanes() doubles; padding lanes 0).
  const double* contribution(int flat) const {
    return contributions_.data() + static_cast<size_t>(flat) * lanes_;
  }
  // Per flat option: 1 unless a forbid / at-most / at-least line of a signatory excludes it.
  std::span<const std::uint8_t> allowed() const { return allowed_; }
  // Per flat option: how many of those lines exclude it.
  std::span<const int> crossings() const { return crossings_; }
  // Indices into scenario().red_lines() of the signatories' lines, all kinds.
  std::span<const int> signatory_lines() const { return signatory_lines_; }
  // Indices into scenario().red_lines() of the signatories' if/then lines.
  std::span<const int> rules() const { return rules_; }
  std::span<const LaneSynergy> synergies() const { return synergies_; }

  // allowed() as it would be without red line `line` (a forbid / at-most / at-least line).
  std::vector<std::uint8_t> AllowedWithout(int line) const;

  // Exact utilities of the signatories (Scenario::Utility), written to lanes() doubles.
  void ExactUtilities(std::span<const OptionIndex> package, double* utilities) const;

 private:
  const Scenario* scenario_;
  std::vector<int> signatories_;
  int lanes_ = 0;
  std::vector<double> reservations_;
  std::vector<double> contributions_;  // num_flat_options x lanes
  std::vector<std::uint8_t> allowed_;  // num_flat_options
  std::vector<int> crossings_;         // num_flat_options
  std::vector<int> signatory_lines_;
  std::vector<int> rules_;
  std::vector<LaneSynergy> synergies_;
};

}  // namespace negsim
