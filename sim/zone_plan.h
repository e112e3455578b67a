// SearchPlan: one depth-first search over the issue space for one set of red-line masks: the
// order of the issues, the options tried at each depth with their contribution rows, the
// if/then rules and synergies completed at each depth, and the bounds used for pruning. The
// base zone, each red-line relaxation and the nearest-package search build their own plans
// from one shared ZoneTables; building a plan costs O(options x signatories).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "sim/issue_space.h"
#include "sim/zone_tables.h"

namespace negsim {

// What the search is for, which decides the issue order and the order of options.
enum class PlanPurpose {
  kZone,          // packages crossing no red line: masked options are left out
  kNearest,       // every package, fewest red lines crossed first: every option is tried
  kInIndexOrder,  // every package, in ascending package index (scenario issue order)
};

// An if/then rule whose second issue (in search order) is searched at this depth.
struct PlanRule {
  int earlier_depth = -1;
  // ok[earlier option * slots + slot] == 1 unless the pair crosses the rule.
  std::vector<std::uint8_t> ok;
};

// A synergy completed at this depth: adds `value` in `lane` when slot `slot` is chosen and the
// issue at `earlier_depth` holds `earlier_option`.
struct PlanSynergy {
  int earlier_depth = -1;
  int earlier_option = -1;
  int slot = -1;
  int lane = -1;
  double value = 0;
};

struct PlanDepth {
  int issue = -1;                    // scenario issue searched at this depth
  PackageIndex stride = 0;           // package index step of one option of `issue`
  std::vector<OptionIndex> options;  // options tried ("slots"), in trial order
  std::vector<double> rows;          // slots x lanes: the signatories' contributions
  std::vector<int> crossings;        // per slot: signatories' simple red lines it crosses
  std::vector<PlanRule> rules;
  std::vector<PlanSynergy> synergies;
  int num_slots() const { return static_cast<int>(options.size()); }
};

class SearchPlan {
 public:
  // `allowed`: per flat option, may the search choose it (kZone; the others ignore it and try
  // all). `rules`: the if/then red lines (indices into scenario.red_lines()) to enforce
  // (kZone) or to count as crossed (the others).
  SearchPlan(const ZoneTables& tables, std::span<const std::uint8_t> allowed,
             std::span<const int> rules, PlanPurpose purpose);

  const ZoneTables& tables() const { return *tables_; }
  int lanes() const { return tables_->lanes(); }
  int num_depths() const { return static_cast<int>(depths_.size()); }
  const PlanDepth& depth(int d) const { return depths_[d]; }
  // True when some issue has no option left: the plan's space is empty.
  bool empty() const { return empty_; }
  // Most that depths d.. can still add to each lane, synergies counted optimistically
  // ((num_depths + 1) x lanes; row num_depths is zero).
  const double* rest_max(int d) const {
    return rest_max_.data() + static_cast<size_t>(d) * lanes();
  }
  // reservation - kRoundingSlack - rest_max(d) per lane: a partial sum over depths < d below it
  // in any lane cannot reach that signatory's reservation.
  const double* need(int d) const { return need_.data() + static_cast<size_t>(d) * lanes(); }
  // reservation - kRoundingSlack and + kRoundingSlack per lane: a complete package's sum is
  // surely below the reservation under `low`, and surely meets it at or above `high`.
  const double* low() const { return need(num_depths()); }
  const double* high() const { return high_.data(); }
  // reservation + kRoundingSlack - (least that depths d.. can add) per lane: a partial sum over
  // depths < d at or above it in every lane puts every package below above every reservation.
  const double* sure(int d) const { return sure_.data() + static_cast<size_t>(d) * lanes(); }
  // Packages below a node of depth d (the product of the slots of depths d..), or 0 when an
  // if/then rule completes at depth d or deeper, so that they cannot be counted wholesale.
  PackageIndex whole_size(int d) const { return whole_size_[d]; }

 private:
  std::vector<int> IssueOrder(std::span<const std::uint8_t> allowed, PlanPurpose purpose) const;
  void BuildDepth(int d, int issue, std::span<const std::uint8_t> allowed, PlanPurpose purpose);
  void AddRule(const RedLine& line, const std::vector<int>& depth_of);
  void AddSynergy(const LaneSynergy& synergy, const std::vector<int>& depth_of);
  void BuildBounds();

  const ZoneTables* tables_;
  std::vector<PlanDepth> depths_;
  bool empty_ = false;
  std::vector<double> rest_max_;
  std::vector<double> need_;
  std::vector<double> high_;
  std::vector<double> sure_;
  std::vector<PackageIndex> whole_size_;
};

// One search's working state over a SearchPlan: the option chosen at each depth so far, and
// per depth the rows with the synergies those choices complete and the if/then verdicts.
// Allocates only on construction.
class PlanScratch {
 public:
  explicit PlanScratch(const SearchPlan& plan);

  void Choose(int depth, OptionIndex option) { chosen_[depth] = option; }
  // Depth d's rows (slots x lanes), synergies with the options chosen above included.
  const double* Rows(int d) {
    const PlanDepth& depth = plan_->depth(d);
    return depth.synergies.empty() ? depth.rows.data() : SynergyRows(d);
  }
  // Per slot of depth d: 1 unless it crosses an if/then rule given the options chosen above;
  // nullptr when no rule completes at depth d.
  const std::uint8_t* RuleOk(int d) {
    const PlanDepth& depth = plan_->depth(d);
    if (depth.rules.empty()) return nullptr;
    return depth.rules.size() == 1 ? RuleRow(depth.rules[0], depth.num_slots()) : CombinedOk(d);
  }
  // Per slot of depth d: how many if/then rules it crosses given the options chosen above;
  // nullptr when no rule completes at depth d.
  const int* RuleCrossings(int d);

 private:
  const std::uint8_t* RuleRow(const PlanRule& rule, int slots) const {
    return rule.ok.data() + static_cast<size_t>(chosen_[rule.earlier_depth]) * slots;
  }
  const double* SynergyRows(int d);
  const std::uint8_t* CombinedOk(int d);

  const SearchPlan* plan_;
  std::vector<OptionIndex> chosen_;  // per depth
  std::vector<int> offset_;          // per depth: first slot in the arrays below
  std::vector<double> rows_;         // slots x lanes per depth
  std::vector<std::uint8_t> ok_;     // slots per depth
  std::vector<int> crossings_;       // slots per depth
};

}  // namespace negsim
