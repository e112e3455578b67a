// WriteZoneText / WriteZoneJson / WriteZoneCsv (sim/zone.h) on small hand-made scenarios.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "sim/zone.h"

namespace negsim {
namespace {

// Two signatories (x, y) and an observer z over A = {a0, a1} x B = {b0, b1, b2}; the same
// utilities as the hand-worked 2x3 space in zone_hand_test.cc: zone {1, 2, 3, 4}, Pareto
// {1, 2, 4}, Nash and utilitarian 1, Kalai-Smorodinsky and egalitarian 2.
ScenarioSpec Spec() {
  ScenarioSpec spec;
  spec.name = "writers";
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
  return spec;
}

// x: B at most b0 against y: B at least b2 empties the zone; the nearest package is 2
// (x gives up its line).
ScenarioSpec EmptySpec() {
  ScenarioSpec spec = Spec();
  RedLineSpec x_line;
  x_line.kind = RedLineKind::kAtMost;
  x_line.issue = "B";
  x_line.bound = "b0";
  x_line.key = "actors.x.red_lines[0]";
  spec.actors[0].red_lines.push_back(x_line);
  RedLineSpec y_line = x_line;
  y_line.kind = RedLineKind::kAtLeast;
  y_line.bound = "b2";
  y_line.key = "actors.y.red_lines[0]";
  spec.actors[1].red_lines.push_back(y_line);
  return spec;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> Fields(const std::string& row) {
  std::vector<std::string> fields;
  std::istringstream in(row);
  for (std::string field; std::getline(in, field, ',');) fields.push_back(field);
  if (!row.empty() && row.back() == ',') fields.push_back("");
  return fields;
}

template <class Write>
std::string Render(const ScenarioSpec& spec, Write write) {
  const auto scenario = Compile(spec);
  std::ostringstream out;
  write(*scenario, AnalyseZone(*scenario), out);
  return out.str();
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(ZoneWritersTest, TextNamesZoneParetoSolutionsAndActors) {
  const std::string text = Render(Spec(), WriteZoneText);
  EXPECT_TRUE(Has(text, "zone         4 packages")) << text;
  EXPECT_TRUE(Has(text, "signatories  x (reservation 0.3000, best in zone 0.8000)")) << text;
  EXPECT_TRUE(Has(text, "others       z")) << text;
  EXPECT_TRUE(Has(text, "Pareto-efficient packages of the zone: 3")) << text;
  EXPECT_TRUE(Has(text, "Nash bargaining solution: package 1")) << text;
  EXPECT_TRUE(Has(text, "Kalai-Smorodinsky solution: package 2")) << text;
  EXPECT_TRUE(Has(text, "Utilitarian point: package 1")) << text;
  EXPECT_TRUE(Has(text, "Egalitarian point: package 2")) << text;
  EXPECT_TRUE(Has(text, "A=a0 B=b1")) << text;
  EXPECT_TRUE(Has(text, "x 0.8000 (+0.5000) y 0.3500 (+0.1500) z 0.3500 (-0.1500)")) << text;
  EXPECT_TRUE(Has(text, "(the signatories have no red lines)")) << text;
}

TEST(ZoneWritersTest, TextForAnEmptyZoneListsNearestAndConcessions) {
  const std::string text = Render(EmptySpec(), WriteZoneText);
  EXPECT_TRUE(Has(text, "The zone is empty.")) << text;
  EXPECT_TRUE(Has(text, "1. package 2: crosses 1 red line, total shortfall 0.0000")) << text;
  EXPECT_TRUE(Has(text, "Smallest set of concessions that would open the zone (to package 2)"))
      << text;
  EXPECT_TRUE(Has(text, "x gives up 'x: B at most b0' (the package has B=b2)")) << text;
  EXPECT_TRUE(Has(text, "y accepts utility 0.0000, 0.2000 below its reservation 0.2000")) << text;
  EXPECT_TRUE(Has(text, "x: B at most b0 -> allow B=b1: zone 0 (+0)")) << text;
  EXPECT_TRUE(Has(text, "binding red lines by actor: none")) << text;
  EXPECT_FALSE(Has(text, "Bargaining solutions")) << text;
}

TEST(ZoneWritersTest, JsonHasEveryTopLevelField) {
  const std::string json = Render(Spec(), WriteZoneJson);
  for (const char* field :
       {"\"scenario\": \"writers\"", "\"space_size\": 6", "\"zone_size\": 4", "\"actors\": [",
        "\"best_in_zone\": null", "\"pareto\": {", "\"count\": 3", "\"solutions\": {",
        "\"nash\": {", "\"ks\": {", "\"utilitarian\": {", "\"egalitarian\": {",
        "\"relaxations\": []", "\"nearest\": []", "\"concessions\": []", "\"work\": "})
    EXPECT_TRUE(Has(json, field)) << field << '\n' << json;
  const std::string options = "\"options\": {\n          \"A\": \"a0\",\n          \"B\": \"b1\"";
  EXPECT_TRUE(Has(json, options)) << json;
}

TEST(ZoneWritersTest, JsonForAnEmptyZoneHasNearestAndConcessions) {
  const std::string json = Render(EmptySpec(), WriteZoneJson);
  for (const char* field :
       {"\"zone_size\": 0", "\"solutions\": null", "\"rank\": 1", "\"red_lines_crossed\": 1",
        "\"type\": \"red_line\"", "\"key\": \"actors.x.red_lines[0]\"", "\"type\": \"utility\"",
        "\"relaxation\": \"allow\"", "\"binds\": false"})
    EXPECT_TRUE(Has(json, field)) << field << '\n' << json;
}

TEST(ZoneWritersTest, CsvPackagesIsOneRectangularTable) {
  const std::vector<std::string> rows =
      Lines(Render(Spec(), [](auto&&... args) { WriteZoneCsv(args...); }));
  ASSERT_EQ(rows.size(), 1u + 3u + 4u);  // header, Pareto packages, solutions
  EXPECT_EQ(rows[0],
            "kind,rank,package,A,B,score,pareto,red_lines_crossed,shortfall,utility_x,utility_y,"
            "utility_z,gain_x,gain_y,gain_z");
  const std::vector<std::string> kinds = {"pareto", "pareto",      "pareto",     "nash",
                                          "ks",     "utilitarian", "egalitarian"};
  for (size_t r = 1; r < rows.size(); ++r) {
    const std::vector<std::string> fields = Fields(rows[r]);
    ASSERT_EQ(fields.size(), 15u) << rows[r];
    EXPECT_EQ(fields[0], kinds[r - 1]);
  }
  // Round-trip precision: the gains carry the rounding of utility - reservation.
  EXPECT_EQ(rows[4],
            "nash,1,1,a0,b1,0.07499999999999998,true,0,0,0.8,0.35,0.35,0.5,0.14999999999999997,"
            "-0.15000000000000002");
}

TEST(ZoneWritersTest, CsvOfAnEmptyZoneListsNearestAndRelaxationsSeparately) {
  const auto scenario = Compile(EmptySpec());
  const ZoneReport report = AnalyseZone(*scenario);
  std::ostringstream packages, relaxations;
  WriteZoneCsv(*scenario, report, packages, ZoneCsvTable::kPackages);
  WriteZoneCsv(*scenario, report, relaxations, ZoneCsvTable::kRelaxations);
  const std::vector<std::string> rows = Lines(packages.str());
  ASSERT_EQ(rows.size(), 1u + 5u);
  EXPECT_EQ(Fields(rows[1])[0], "nearest");
  EXPECT_EQ(Fields(rows[1])[2], "2");  // package index
  EXPECT_EQ(Fields(rows[1])[7], "1");  // red lines crossed
  const std::vector<std::string> relaxed = Lines(relaxations.str());
  ASSERT_EQ(relaxed.size(), 3u);
  EXPECT_EQ(relaxed[0],
            "red_line,key,actor,kind,label,relaxation,issue,option,zone_size,added,binds");
  EXPECT_EQ(relaxed[1], "0,actors.x.red_lines[0],x,at_most,x: B at most b0,allow,B,b1,0,0,false");
}

}  // namespace
}  // namespace negsim
