// The agreement-zone enumerator: a depth-first search over the issues of a SearchPlan with
// incremental per-signatory partial sums. A subtree is skipped whole as soon as a red line
// excludes its option (the plan leaves masked options out; if/then rules are checked when
// their second issue is chosen) or some signatory's best case (partial sum + rest_max) falls
// below its reservation, so the cost grows with the zone, not with the space. Every zone
// member is handed to a visitor; visitors may prune further (branch and bound), and a counting
// visitor takes a subtree whose worst case meets every reservation as a whole.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "sim/zone_plan.h"
#include "sim/zone_tables.h"

namespace negsim {

// Thrown by WorkBudget when an analysis has spent its steps; AnalyseZone turns it into an
// InputError naming the stage it reached.
struct WorkExhausted {};

// The search steps (options tried, Pareto comparisons) one analysis may still spend, so that a
// space too large for the analysis fails in bounded time instead of running for days.
class WorkBudget {
 public:
  explicit WorkBudget(std::uint64_t limit) : limit_(limit) {}
  void Spend(std::uint64_t steps) {
    used_ += steps;
    if (used_ > limit_) [[unlikely]]
      Exhausted();
  }
  std::uint64_t used() const { return used_; }
  std::uint64_t limit() const { return limit_; }
  // What the analysis is doing, for the message when the budget runs out.
  void set_stage(std::string stage) { stage_ = std::move(stage); }
  const std::string& stage() const { return stage_; }

 private:
  [[noreturn]] static void Exhausted();
  std::uint64_t limit_;
  std::uint64_t used_ = 0;
  std::string stage_;
};

// A visitor provides
//   static constexpr bool kPrunes;       // whether to call Prune
//   static constexpr bool kCountsWhole;  // whether to call Whole for subtrees wholly in the zone
//   void Leaf(const double* sums, std::span<const OptionIndex> package, PackageIndex index);
//     for each zone member of the plan visited: crosses none of its red lines and meets every
//     signatory's reservation (decided exactly); `sums` are the search's per-lane utilities,
//     within kRoundingSlack of Scenario::Utility; `package` is in scenario issue order.
//   bool Prune(int depth, const double* partial, PackageIndex min_index);  (if kPrunes)
//     true skips every package below: `partial` sums the depths < `depth`, `min_index` is the
//     lowest package index in the subtree.
//   void Whole(PackageIndex count);  (if kCountsWhole)
//     instead of visiting a subtree of `count` packages that lies wholly in the zone.
template <int kLanes, class Visitor>
class ZoneSearch {
 public:
  ZoneSearch(const SearchPlan& plan, WorkBudget& budget, Visitor& visitor)
      : plan_(plan),
        budget_(budget),
        visitor_(visitor),
        lanes_(plan.lanes()),
        scratch_(plan),
        partial_(static_cast<size_t>(plan.num_depths() + 1) * plan.lanes(), 0.0),
        index_(plan.num_depths() + 1, 0),
        package_(plan.tables().space().num_issues(), 0),
        exact_(plan.lanes(), 0.0) {}

  void Run() {
    if (plan_.empty()) return;
    const double* need = plan_.need(0);
    for (int l = 0; l < lanes(); ++l)
      if (0.0 < need[l]) return;
    Enter(0, partial_.data(), 0);
  }

 private:
  int lanes() const {
    if constexpr (kLanes > 0) return kLanes;
    return lanes_;
  }

  void Visit(int d) {
    const PlanDepth& depth = plan_.depth(d);
    const int slots = depth.num_slots();
    budget_.Spend(slots);
    const double* rows = scratch_.Rows(d);
    const std::uint8_t* ok = scratch_.RuleOk(d);
    const double* p = partial_.data() + static_cast<size_t>(d) * lanes();
    double* q = partial_.data() + static_cast<size_t>(d + 1) * lanes();
    if (d + 1 == plan_.num_depths()) {
      VisitLeaves(depth, rows, ok, p, q, index_[d]);
      return;
    }
    const double* need = plan_.need(d + 1);
    for (int k = 0; k < slots; ++k) {
      if (ok != nullptr && !ok[k]) continue;
      const double* row = rows + static_cast<size_t>(k) * lanes();
      bool below = false;
      for (int l = 0; l < lanes(); ++l) {
        q[l] = p[l] + row[l];
        below |= q[l] < need[l];
      }
      if (below) continue;
      const OptionIndex o = depth.options[k];
      scratch_.Choose(d, o);
      package_[depth.issue] = o;
      index_[d + 1] = index_[d] + o * depth.stride;
      Enter(d + 1, q, index_[d + 1]);
    }
  }

  // Visits a node of depth d unless the visitor prunes it or counts it wholesale.
  void Enter(int d, const double* partial, PackageIndex min_index) {
    if constexpr (Visitor::kPrunes)
      if (visitor_.Prune(d, partial, min_index)) return;
    if constexpr (Visitor::kCountsWhole) {
      if (WhollyInZone(d, partial)) {
        visitor_.Whole(plan_.whole_size(d));
        return;
      }
    }
    Visit(d);
  }

  // Does every package below a node of depth d with these partial sums meet every reservation
  // and cross no red line (no if/then rule left to check)?
  bool WhollyInZone(int d, const double* partial) const {
    if (plan_.whole_size(d) == 0) return false;
    const double* sure = plan_.sure(d);
    bool short_somewhere = false;
    for (int l = 0; l < lanes(); ++l) short_somewhere |= partial[l] < sure[l];
    return !short_somewhere;
  }

  void VisitLeaves(const PlanDepth& depth, const double* rows, const std::uint8_t* ok,
                   const double* p, double* q, PackageIndex base_index) {
    const double* low = plan_.low();
    const double* high = plan_.high();
    for (int k = 0; k < depth.num_slots(); ++k) {
      if (ok != nullptr && !ok[k]) continue;
      const double* row = rows + static_cast<size_t>(k) * lanes();
      bool out = false, close = false;
      for (int l = 0; l < lanes(); ++l) {
        q[l] = p[l] + row[l];
        out |= q[l] < low[l];
        close |= q[l] < high[l];
      }
      if (out) continue;
      const OptionIndex o = depth.options[k];
      package_[depth.issue] = o;
      if (close && !ExactlyMeetsReservations()) continue;
      visitor_.Leaf(q, package_, base_index + o * depth.stride);
    }
  }

  bool ExactlyMeetsReservations() {
    const ZoneTables& tables = plan_.tables();
    tables.ExactUtilities(package_, exact_.data());
    for (int l = 0; l < tables.num_signatories(); ++l)
      if (exact_[l] < tables.reservations()[l]) return false;
    return true;
  }

  const SearchPlan& plan_;
  WorkBudget& budget_;
  Visitor& visitor_;
  int lanes_;
  PlanScratch scratch_;
  std::vector<double> partial_;       // (depths + 1) x lanes: sums over depths < d
  std::vector<PackageIndex> index_;   // per depth: index of the options chosen above
  std::vector<OptionIndex> package_;  // per scenario issue: the option chosen
  std::vector<double> exact_;         // lanes: exact utilities of the current leaf
};

// Runs `visitor` over every zone member of `plan`, with the lane count fixed at compile time
// for the common signatory counts.
template <class Visitor>
void SearchZone(const SearchPlan& plan, WorkBudget& budget, Visitor& visitor) {
  switch (plan.lanes()) {
    case 4:
      ZoneSearch<4, Visitor>(plan, budget, visitor).Run();
      break;
    case 8:
      ZoneSearch<8, Visitor>(plan, budget, visitor).Run();
      break;
    default:
      ZoneSearch<0, Visitor>(plan, budget, visitor).Run();
      break;
  }
}

// Counts the zone members of `plan`.
PackageIndex CountZone(const SearchPlan& plan, WorkBudget& budget);

}  // namespace negsim
