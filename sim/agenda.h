// AgendaStages: the agenda DAG of a scenario (Scenario::agenda_prerequisites, e.g. "ceasefire
// before territory") as numbered stages. An issue's stage is the length of the longest chain of
// prerequisites below it, so stage 0 holds every issue without prerequisites and an issue opens
// only once all of its prerequisites are settled. A run negotiates one stage at a time.
#pragma once

#include <span>
#include <vector>

#include "sim/scenario.h"

namespace negsim {

// Where an issue stands while stage s is negotiated.
enum class IssuePhase : std::uint8_t {
  kSettled,  // stage < s: fixed at the option agreed in its stage
  kOpen,     // stage == s: negotiated now
  kPending,  // stage > s: not yet negotiated
};

class AgendaStages {
 public:
  // Compile() has rejected agenda cycles, so the prerequisites form a DAG.
  explicit AgendaStages(const Scenario& scenario);

  int num_stages() const { return static_cast<int>(stage_issues_.size()); }
  int stage(int issue) const { return stage_of_[issue]; }
  // Issues of `stage`, ascending.
  std::span<const int> issues(int stage) const { return stage_issues_[stage]; }
  IssuePhase phase(int issue, int current_stage) const {
    const int s = stage_of_[issue];
    return s < current_stage ? IssuePhase::kSettled
           : s == current_stage ? IssuePhase::kOpen
                                : IssuePhase::kPending;
  }

 private:
  std::vector<int> stage_of_;                   // per issue
  std::vector<std::vector<int>> stage_issues_;  // per stage
};

}  // namespace negsim
