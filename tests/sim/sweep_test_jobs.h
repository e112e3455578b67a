// Sweep jobs built in code for the sweep tests: a hand-checkable two-actor scenario and plans
// over it, with no sweep file involved.
#pragma once

#include <string>
#include <vector>

#include "sim/sweep_job.h"

namespace negsim::testing {

// Two signatories, p and q, over issues i0 = [a, b, c] and i1 = [x, y, z], equal weights; q's
// values mirror p's, so u_q = 1 - u_p. Red lines: p's i0 at most b, q's i1 at least y. With
// both reservations at 0.2 the zone is {(a,y), (a,z), (b,y), (b,z)}, its Nash point (a,z), and
// both red lines bind: relaxing p's admits (c,y), q's admits (b,x).
inline ScenarioSpec HandSpec() {
  ScenarioSpec spec;
  spec.name = "hand";
  spec.issues = {IssueSpec{"i0", "", {"a", "b", "c"}, {}, ""},
                 IssueSpec{"i1", "", {"x", "y", "z"}, {}, ""}};
  for (const char* id : {"p", "q"}) {
    ActorSpec actor;
    actor.id = id;
    actor.signatory = true;
    actor.reservation = 0.2;
    actor.weights = {{"i0", 1.0}, {"i1", 1.0}};
    const bool p = actor.id == "p";
    const std::vector<double> down = {1.0, 0.5, 0.0}, up = {0.0, 0.5, 1.0};
    actor.values["i0"].values = p ? down : up;
    actor.values["i1"].values = p ? down : up;
    RedLineSpec line;
    line.kind = p ? RedLineKind::kAtMost : RedLineKind::kAtLeast;
    line.issue = p ? "i0" : "i1";
    line.bound = p ? "b" : "y";
    line.key = "actors." + actor.id + ".red_lines[0]";
    actor.red_lines.push_back(line);
    spec.actors.push_back(actor);
  }
  return spec;
}

inline SweepParameter GridParameter(std::string path, SpecField field,
                                    std::vector<double> values) {
  SweepParameter p;
  p.path = std::move(path);
  p.field = field;
  p.grid = std::move(values);
  return p;
}

inline SweepParameter DrawParameter(std::string path, SpecField field, Draw draw) {
  SweepParameter p;
  p.path = std::move(path);
  p.field = field;
  p.draw = std::move(draw);
  return p;
}

inline SpecField ReservationOf(int actor) {
  return SpecField{SpecField::Kind::kReservation, actor, -1, -1, ""};
}

// p's at-most bound on i0, by option position.
inline SweepParameter PBoundParameter(std::vector<double> positions) {
  SweepParameter p = GridParameter("actors.p.red_lines[0].at_most",
                                   SpecField{SpecField::Kind::kRedLineBound, 0, 0, 0, ""},
                                   std::move(positions));
  p.kind = ValueKind::kOption;
  p.options = {"a", "b", "c"};
  return p;
}

// A zone sweep over the hand scenario: p's reservation on a grid, p's red line bound on a
// grid, q's reservation drawn uniformly from [0.1, 0.6], `samples` runs per grid point.
inline SweepJob HandJob(RunIndex samples = 3, std::uint64_t seed = 42) {
  SweepJob job;
  job.name = "hand-sweep";
  job.file = SourcePos{"hand-sweep.toml", 0, 0};
  job.base = HandSpec();
  job.scenario = Compile(job.base);
  job.plan.samples = samples;
  job.plan.seed = seed;
  job.plan.parameters.push_back(
      GridParameter("actors.p.reservation", ReservationOf(0), {0.2, 0.3, 0.4, 0.5}));
  job.plan.parameters.push_back(PBoundParameter({0, 1, 2}));
  Draw draw;
  draw.min = 0.1;
  draw.max = 0.6;
  job.plan.parameters.push_back(DrawParameter("actors.q.reservation", ReservationOf(1), draw));
  job.identity = "hand-sweep seed " + std::to_string(seed);
  return job;
}

}  // namespace negsim::testing
