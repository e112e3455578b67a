// WriteZoneJson: the zone report as one JSON object (declared in zone.h; fields in
// README.md (The agreement zone)).
#include <climits>

#include "sim/json_writer.h"
#include "sim/zone.h"
#include "sim/zone_format.h"

namespace negsim {

namespace {

// Package counts reach 2^64 - 1; beyond long long they are written as (rounded) doubles.
void Count(JsonWriter& json, PackageIndex n) {
  if (n <= static_cast<PackageIndex>(LLONG_MAX)) {
    json.Int(static_cast<long long>(n));
  } else {
    json.Number(static_cast<double>(n));
  }
}

void PerActor(const Scenario& scenario, const std::vector<double>& values, JsonWriter& json) {
  json.BeginObject();
  for (int a = 0; a < scenario.num_actors(); ++a) json.Key(scenario.actor(a).id).Number(values[a]);
  json.EndObject();
}

void Package(const Scenario& scenario, const ZonePackage& package, JsonWriter& json) {
  const IssueSpace& space = scenario.space();
  json.BeginObject().Key("index");
  Count(json, package.index);
  json.Key("options").BeginObject();
  for (int i = 0; i < space.num_issues(); ++i)
    json.Key(space.issue(i).name).String(space.issue(i).options[package.options[i]]);
  json.EndObject().Key("utility");
  PerActor(scenario, package.utility, json);
  json.Key("gain");
  PerActor(scenario, package.gain, json);
  json.EndObject();
}

void Actors(const Scenario& scenario, const ZoneReport& report, JsonWriter& json) {
  json.Key("actors").BeginArray();
  for (int a = 0; a < scenario.num_actors(); ++a) {
    const Actor& actor = scenario.actor(a);
    json.BeginObject();
    json.Key("id").String(actor.id);
    json.Key("name").String(actor.name);
    json.Key("signatory").Bool(actor.signatory);
    json.Key("reservation").Number(actor.reservation);
    json.Key("best_in_zone").Number(report.best_utility[a]);
    json.EndObject();
  }
  json.EndArray();
}

void Solutions(const Scenario& scenario, const ZoneReport& report, JsonWriter& json) {
  json.Key("solutions");
  if (report.solutions.empty()) {
    json.Null();
    return;
  }
  json.BeginObject();
  for (const ZoneSolutionPoint& point : report.solutions) {
    json.Key(SolutionKey(point.kind)).BeginObject();
    json.Key("score").Number(point.score);
    json.Key("pareto").Bool(point.pareto);
    json.Key("package");
    Package(scenario, point.package, json);
    json.EndObject();
  }
  json.EndObject();
}

void Relaxations(const Scenario& scenario, const ZoneReport& report, JsonWriter& json) {
  json.Key("relaxations");
  if (!report.relaxations_computed) {
    json.Null();
    return;
  }
  json.BeginArray();
  for (const ZoneRelaxation& row : report.relaxations) {
    const RedLine& line = scenario.red_lines()[row.red_line];
    const Issue& issue = scenario.space().issue(line.issue);
    json.BeginObject();
    json.Key("red_line").Int(row.red_line);
    json.Key("key").String(line.key);
    json.Key("actor").String(scenario.actor(line.actor).id);
    json.Key("kind").String(RedLineKindKey(line.kind));
    json.Key("label").String(line.label);
    json.Key("relaxation").String(RelaxationKey(scenario, row));
    json.Key("issue").String(issue.name);
    json.Key("option");
    if (row.option >= 0) {
      json.String(issue.options[row.option]);
    } else {
      json.Null();
    }
    json.Key("zone_size");
    Count(json, row.zone_size);
    json.Key("added");
    Count(json, row.added);
    json.Key("binds").Bool(row.binds()).EndObject();
  }
  json.EndArray();
}

void Concessions(const Scenario& scenario, const ZoneNearPackage& near, JsonWriter& json) {
  json.BeginArray();
  for (const ZoneConcession& concession : near.concessions) {
    const Actor& actor = scenario.actor(concession.actor);
    json.BeginObject().Key("actor").String(actor.id);
    if (concession.red_line >= 0) {
      const RedLine& line = scenario.red_lines()[concession.red_line];
      json.Key("type").String("red_line");
      json.Key("red_line").Int(concession.red_line);
      json.Key("key").String(line.key);
      json.Key("label").String(line.label);
    } else {
      json.Key("type").String("utility");
      json.Key("utility").Number(near.package.utility[concession.actor]);
      json.Key("reservation").Number(actor.reservation);
      json.Key("shortfall").Number(concession.shortfall);
    }
    json.EndObject();
  }
  json.EndArray();
}

void Nearest(const Scenario& scenario, const ZoneReport& report, JsonWriter& json) {
  json.Key("nearest").BeginArray();
  for (size_t k = 0; k < report.nearest.size(); ++k) {
    const ZoneNearPackage& near = report.nearest[k];
    json.BeginObject();
    json.Key("rank").Int(static_cast<long long>(k + 1));
    json.Key("red_lines_crossed").Int(near.red_lines_crossed);
    json.Key("shortfall").Number(near.shortfall);
    json.Key("concessions");
    Concessions(scenario, near, json);
    json.Key("package");
    Package(scenario, near.package, json);
    json.EndObject();
  }
  json.EndArray().Key("concessions");
  if (report.nearest.empty()) {
    json.BeginArray().EndArray();
  } else {
    Concessions(scenario, report.nearest[0], json);
  }
}

}  // namespace

void WriteZoneJson(const Scenario& scenario, const ZoneReport& report, std::ostream& out) {
  JsonWriter json(out);
  json.BeginObject().Key("scenario").String(scenario.name()).Key("round").Int(0);
  json.Key("space_size");
  Count(json, report.space_size);
  json.Key("zone_size");
  Count(json, report.zone_size);
  Actors(scenario, report, json);
  json.Key("pareto").BeginObject().Key("count");
  Count(json, report.pareto_count);
  json.Key("listed").BeginArray();
  for (const ZonePackage& package : report.pareto) Package(scenario, package, json);
  json.EndArray().EndObject();
  Solutions(scenario, report, json);
  Relaxations(scenario, report, json);
  Nearest(scenario, report, json);
  json.Key("work");
  Count(json, report.work);
  json.EndObject();
}

}  // namespace negsim
