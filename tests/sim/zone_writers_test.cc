// WriteZoneText / WriteZoneJson / WriteZoneCsv (sim/zone.h) on small hand-made scenarios.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "sim/zone.h"
#include "tests/sim/zone_test_spaces.h"

namespace negsim {
namespace {

// ZoneHandSpec: zone {1, 2, 3, 4}, Pareto {1, 2, 4}, Nash and utilitarian 1, Kalai-Smorodinsky and
// egalitarian 2. EmptyZoneHandSpec: no zone; the nearest package is 2 (x gives up its line).
using testing::EmptyZoneHandSpec;
using testing::ZoneHandSpec;

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

void ExpectHasAll(const std::string& text, std::initializer_list<const char*> parts) {
  for (const char* part : parts) EXPECT_TRUE(Has(text, part)) << part << '\n' << text;
}

TEST(ZoneWritersTest, TextNamesZoneParetoSolutionsAndActors) {
  const std::string text = Render(ZoneHandSpec(), WriteZoneText);
  ExpectHasAll(text, {
                         "zone         4 packages",
                         "signatories  x (reservation 0.3000, best in zone 0.8000)",
                         "others       z",
                         "Pareto-efficient packages of the zone: 3",
                         "Nash bargaining solution: package 1",
                         "Kalai-Smorodinsky solution: package 2",
                         "Utilitarian point: package 1",
                         "Egalitarian point: package 2",
                         "A=a0 B=b1",
                         "x 0.8000 (+0.5000) y 0.3500 (+0.1500) z 0.3500 (-0.1500)",
                         "(the signatories have no red lines)",
                     });
}

TEST(ZoneWritersTest, TextForAnEmptyZoneListsNearestAndConcessions) {
  const std::string text = Render(EmptyZoneHandSpec(), WriteZoneText);
  ExpectHasAll(text, {
                         "The zone is empty.",
                         "1. package 2: crosses 1 red line, total shortfall 0.0000",
                         "Smallest set of concessions that would open the zone (to package 2)",
                         "x gives up 'x: B at most b0' (the package has B=b2)",
                         "y accepts utility 0.0000, 0.2000 below its reservation 0.2000",
                         "x: B at most b0 -> allow B=b1: zone 0 (+0)",
                         "binding red lines by actor: none",
                     });
  EXPECT_FALSE(Has(text, "Bargaining solutions")) << text;
}

TEST(ZoneWritersTest, JsonHasEveryTopLevelField) {
  const std::string json = Render(ZoneHandSpec(), WriteZoneJson);
  ExpectHasAll(
      json, {"\"scenario\": \"hand-2x3\"", "\"space_size\": 6", "\"zone_size\": 4", "\"actors\": [",
             "\"best_in_zone\": null", "\"pareto\": {", "\"count\": 3", "\"solutions\": {",
             "\"nash\": {", "\"ks\": {", "\"utilitarian\": {", "\"egalitarian\": {",
             "\"relaxations\": []", "\"nearest\": []", "\"concessions\": []", "\"work\": "});
  const std::string options = "\"options\": {\n          \"A\": \"a0\",\n          \"B\": \"b1\"";
  EXPECT_TRUE(Has(json, options)) << json;
}

TEST(ZoneWritersTest, JsonForAnEmptyZoneHasNearestAndConcessions) {
  const std::string json = Render(EmptyZoneHandSpec(), WriteZoneJson);
  ExpectHasAll(
      json, {"\"zone_size\": 0", "\"solutions\": null", "\"rank\": 1", "\"red_lines_crossed\": 1",
             "\"type\": \"red_line\"", "\"key\": \"actors.x.red_lines[0]\"",
             "\"type\": \"utility\"", "\"relaxation\": \"allow\"", "\"binds\": false"});
}

TEST(ZoneWritersTest, CsvPackagesIsOneRectangularTable) {
  const std::vector<std::string> rows =
      Lines(Render(ZoneHandSpec(), [](auto&&... args) { WriteZoneCsv(args...); }));
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
  const auto scenario = Compile(EmptyZoneHandSpec());
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
