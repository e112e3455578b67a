// The hand-worked 2x3 space of the zone tests (zone_hand_test.cc checks the analysis on it,
// zone_writers_test.cc the reports), and the red lines that empty its zone.
#pragma once

#include <string>
#include <vector>

#include "sim/spec.h"

namespace negsim::testing {

// An at-most or at-least line on `issue` with its bound option.
inline RedLineSpec BoundLine(RedLineKind kind, const std::string& issue, const std::string& bound) {
  RedLineSpec line;
  line.kind = kind;
  line.issue = issue;
  line.bound = bound;
  return line;
}

// Gives `line` to actor `actor` of `spec` under the key the loader would give it.
inline void AddRedLine(ScenarioSpec& spec, int actor, RedLineSpec line) {
  ActorSpec& owner = spec.actors[actor];
  line.key = "actors." + owner.id + ".red_lines[" + std::to_string(owner.red_lines.size()) + "]";
  owner.red_lines.push_back(std::move(line));
}

// Issue A = {a0, a1}, issue B = {b0, b1, b2}; package index = 3 * A + B. Signatories x
// (reservation 0.3) and y (0.2) weigh both issues 0.5; observer z is no signatory, and its
// red line (forbid a1) must not shrink the zone.
//   x: A [1, 0], B [1, 0.6, 0]    y: A [0, 0.8], B [0, 0.7, 1]    z: A [0.2, 0.9], B [0.5, ...]
// Utilities (x, y):
//   0 (a0,b0) (1.0, 0.0)   y below 0.2           -> out
//   1 (a0,b1) (0.8, 0.35)                          -> in
//   2 (a0,b2) (0.5, 0.5)                           -> in
//   3 (a1,b0) (0.5, 0.4)   dominated by 2          -> in
//   4 (a1,b1) (0.3, 0.75)  x exactly at 0.3       -> in
//   5 (a1,b2) (0.0, 0.9)   x below 0.3            -> out
// Zone {1,2,3,4}; Pareto {1,2,4}. Gains (x-0.3, y-0.2): 1 (.5,.15) 2 (.2,.3) 3 (.2,.2) 4 (0,.55)
//   Nash products .075 .06 .04 0          -> package 1
//   utilitarian sums 1.15 1.0 .9 1.05     -> package 1
//   egalitarian min gains .15 .2 .2 0     -> tie 2 and 3, lowest index: package 2
//   Kalai-Smorodinsky: best x .8, best y .75, ranges .5 and .55;
//   min(.5/.5, .15/.55)=.273  min(.2/.5, .3/.55)=.4  min(.4, .2/.55)=.364  0 -> package 2
inline ScenarioSpec ZoneHandSpec() {
  ScenarioSpec spec;
  spec.name = "hand-2x3";
  spec.issues.push_back(IssueSpec{"A", "", {"a0", "a1"}, {}, ""});
  spec.issues.push_back(IssueSpec{"B", "", {"b0", "b1", "b2"}, {}, ""});
  const auto actor = [](std::string id, bool signatory, double reservation, std::vector<double> a,
                        std::vector<double> b) {
    ActorSpec actor;
    actor.id = std::move(id);
    actor.signatory = signatory;
    actor.reservation = reservation;
    actor.weights = {{"A", 0.5}, {"B", 0.5}};
    actor.values["A"].values = std::move(a);
    actor.values["B"].values = std::move(b);
    return actor;
  };
  spec.actors = {actor("x", true, 0.3, {1, 0}, {1, 0.6, 0}),
                 actor("y", true, 0.2, {0, 0.8}, {0, 0.7, 1}),
                 actor("z", false, 0.5, {0.2, 0.9}, {0.5, 0.5, 0.5})};
  RedLineSpec forbid_a1;
  forbid_a1.issue = "A";
  forbid_a1.options = {"a1"};
  AddRedLine(spec, 2, forbid_a1);
  return spec;
}

// ZoneHandSpec with x: B at most b0 and y: B at least b2, which leave no package. Red lines
// crossed and shortfalls:
//   0 (a0,b0): y's line, y short 0.2 -> (1, 0.2)     1 (a0,b1): both lines -> (2, 0)
//   2 (a0,b2): x's line              -> (1, 0)       3 (a1,b0): y's line   -> (1, 0)
//   4 (a1,b1): both lines            -> (2, 0)       5 (a1,b2): x's line, x short 0.3 -> (1, .3)
// Nearest three: 2, 3, 0. Opening the zone: x gives up its line (package 2). No single
// relaxation opens it: each line's next option still crosses the other's.
inline ScenarioSpec EmptyZoneHandSpec() {
  ScenarioSpec spec = ZoneHandSpec();
  AddRedLine(spec, 0, BoundLine(RedLineKind::kAtMost, "B", "b0"));
  AddRedLine(spec, 1, BoundLine(RedLineKind::kAtLeast, "B", "b2"));
  return spec;
}

}  // namespace negsim::testing
