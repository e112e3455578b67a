// The bundled scenarios: every file under scenarios/ loads, and the Ukraine library
// (scenarios/ukraine/) encodes what the source articles say about each stage of the 2025 talks.
// Articles are cited by file name (/work/shared/seeds/); "the reference notes" are
// /work/shared/reference/ukraine-dimensions*.md, public reporting beyond the seeds.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "scenarios/scenario_loader.h"
#include "sim/zone.h"

namespace negsim {
namespace {

const std::string kScenarioDir = std::string(NEGSIM_SOURCE_DIR) + "/scenarios";
const std::string kUkraineDir = kScenarioDir + "/ukraine";

const char* const kStages[] = {"2025-04-us-framework.toml", "2025-04-ua-eu-counter.toml",
                               "2025-11-28-point-plan.toml", "2025-11-geneva.toml",
                               "2025-12-berlin.toml"};

std::shared_ptr<const Scenario> LoadUkraine(const std::string& file) {
  return LoadScenario(kUkraineDir + "/" + file);
}

std::vector<std::string> TomlFilesUnder(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".toml")
      files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// A sweep file (README.md (Sweeps)) opens with a top-level [sweep] table; it is not a
// scenario, and the sweep loader's tests cover it.
bool IsSweepFile(const std::string& file) {
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);)
    if (line.starts_with("[sweep]")) return true;
  return false;
}

// A package written as issue -> option name; every issue of the space must be named.
using Terms = std::map<std::string, std::string>;

std::vector<OptionIndex> PackageOf(const Scenario& scenario, const Terms& terms) {
  const IssueSpace& space = scenario.space();
  std::vector<OptionIndex> package(space.num_issues(), 0);
  EXPECT_EQ(static_cast<int>(terms.size()), space.num_issues()) << "name every issue once";
  for (const auto& [issue_name, option_name] : terms) {
    const int issue = space.FindIssue(issue_name);
    EXPECT_GE(issue, 0) << "no issue " << issue_name;
    if (issue < 0) continue;
    const int option = space.FindOption(issue, option_name);
    EXPECT_GE(option, 0) << "no option " << option_name << " in " << issue_name;
    if (option >= 0) package[issue] = static_cast<OptionIndex>(option);
  }
  return package;
}

int ActorIndex(const Scenario& scenario, const std::string& id) {
  const int actor = scenario.FindActor(id);
  EXPECT_GE(actor, 0) << "no actor " << id;
  return actor;
}

// The issues of `id`'s red lines that `package` crosses ("nato=>guarantees" for an if/then
// line), so a test can say which line a proposal breaks.
std::set<std::string> CrossedLines(const Scenario& scenario, const std::string& id,
                                   const std::vector<OptionIndex>& package) {
  const int actor = ActorIndex(scenario, id);
  std::set<std::string> crossed;
  for (const RedLine& line : scenario.red_lines()) {
    if (line.actor != actor || !line.Crosses(package)) continue;
    std::string name = scenario.space().issue(line.issue).name;
    if (line.kind == RedLineKind::kIfThen)
      name += "=>" + scenario.space().issue(line.then_issue).name;
    crossed.insert(name);
  }
  EXPECT_EQ(scenario.CrossesRedLine(actor, package), !crossed.empty());
  return crossed;
}

// The April 2025 US framework. 000: "legal recognition of Russia's control over Crimea ... and
// de facto recognition of Russian-held territories"; "Ukraine will forgo NATO membership";
// "unspecified 'robust security guarantees'"; sanctions removed "as part of the final
// settlement"; "vaguely promises financial redress". 002: Russia halts "along current front
// lines" and relinquishes the rest of the four regions; "no apparent objection" to a European
// reassurance force; no reference to demilitarisation; the US might run the nuclear plant.
// Elections and children are not in the reported text (left at Ukraine's end: no change).
const Terms kUsFramework = {
    {"ceasefire", "ceasefire_on_framework"}, {"recognition", "us_de_jure_crimea"},
    {"donbas", "ukraine_keeps_held"},        {"nato", "renounced"},
    {"guarantees", "unspecified"},           {"foreign_troops", "european_force"},
    {"army_cap", "900000"},                  {"sanctions", "lifted"},
    {"frozen_assets", "vague_redress"},      {"znpp", "us_operated"},
    {"elections", "own_timetable"},          {"children", "not_addressed"}};

// The April 2025 Ukrainian-European counter-proposal. 001: no territorial talks until a "full and
// unconditional ceasefire"; NATO membership "off the table"; an "Article 5-like agreement";
// sanctions eased after a "sustainable peace"; compensation "including through the use of
// Russia's frozen assets"; "return (of) all deported ... children". 000: "no recognition of
// Russian sovereignty over any Ukrainian land"; "no restrictions on Ukraine's military size or
// the presence of allied troops"; snapback. The plant returned: the reference notes.
const Terms kCounterProposal = {
    {"ceasefire", "ceasefire_first"},    {"recognition", "none"},
    {"donbas", "ukraine_keeps_held"},    {"nato", "off_table_for_now"},
    {"guarantees", "article5_with_us"},  {"foreign_troops", "no_restrictions"},
    {"army_cap", "900000"},              {"sanctions", "gradual_with_snapback"},
    {"frozen_assets", "compensation_from_assets"}, {"znpp", "returned_to_ukraine"},
    {"elections", "own_timetable"},      {"children", "all_returned"}};

// The November 2025 28-point plan. 003: "control of the entire eastern Donbas region"; bar
// Ukraine from NATO and "prevent the alliance's future expansion"; "a maximum of 600,000";
// "lifting of sanctions" and the G8; "$100 billion in frozen Russian assets" for rebuilding.
// 004: a comprehensive settlement "recognizing Russia's 'sovereignty' over Crimea, Donetsk, and
// Luhansk", "elections within 100 days", "reliable security guarantees". No foreign troops and
// the return of children: the reference notes; the shared plant: an assumption (no term given).
const Terms kTwentyEightPoints = {
    {"ceasefire", "settlement_first"},   {"recognition", "crimea_donbas_recognised"},
    {"donbas", "ceded"},                 {"nato", "ban_and_no_enlargement"},
    {"guarantees", "unspecified"},       {"foreign_troops", "no_foreign_troops"},
    {"army_cap", "600000"},              {"sanctions", "lifted_and_g8"},
    {"frozen_assets", "reconstruction_100bn"}, {"znpp", "shared_output"},
    {"elections", "within_100_days"},    {"children", "all_returned"}};

// Berlin, December 2025 (004): Ukraine gives up the NATO aspiration "in exchange for security
// guarantees 'based on Article 5', including the deployment of a European-led multinational
// force"; territory unresolved, so the caller sets recognition and donbas. The other terms
// follow the revised text (the 800,000 cap: the reference notes).
Terms BerlinPackage(const std::string& recognition, const std::string& donbas) {
  Terms terms = kTwentyEightPoints;
  terms["recognition"] = recognition;
  terms["donbas"] = donbas;
  terms["nato"] = "renounced";
  terms["guarantees"] = "article5_with_us";
  terms["foreign_troops"] = "european_force";
  terms["army_cap"] = "800000";
  return terms;
}

ZoneReport Zone(const Scenario& scenario) {
  ZoneOptions options;
  options.nearest = 1;
  return AnalyseZone(scenario, options);
}

// The issues of the red lines the zone's smallest set of concessions gives up.
std::set<std::string> ConcededLineIssues(const Scenario& scenario, const ZoneReport& report) {
  std::set<std::string> issues;
  if (report.nearest.empty()) return issues;
  for (const ZoneConcession& concession : report.nearest.front().concessions)
    if (concession.red_line >= 0)
      issues.insert(scenario.space().issue(scenario.red_lines()[concession.red_line].issue).name);
  return issues;
}

TEST(BundledScenarios, EveryScenarioFileUnderScenariosLoads) {
  int scenarios = 0;
  for (const std::string& file : TomlFilesUnder(kScenarioDir)) {
    if (IsSweepFile(file)) continue;
    SCOPED_TRACE(file);
    EXPECT_NO_THROW(LoadScenario(file));
    ++scenarios;
  }
  EXPECT_GT(scenarios, 0);
  // The issue asks for five stages and at least six what-ifs beside the base.
  EXPECT_GE(TomlFilesUnder(kUkraineDir).size(), 1u + 5u + 6u);
  EXPECT_GE(TomlFilesUnder(kUkraineDir + "/what-if").size(), 6u);
}

// The issue: one issue space (8-12 dimensions) defined once and reused, so results are
// comparable across stages and what-ifs.
TEST(UkraineLibrary, EveryFileSharesTheBaseIssueSpace) {
  const auto base = LoadUkraine("base.toml");
  const IssueSpace& space = base->space();
  EXPECT_GE(space.num_issues(), 8);
  EXPECT_LE(space.num_issues(), 12);
  for (const std::string& file : TomlFilesUnder(kUkraineDir)) {
    SCOPED_TRACE(file);
    const auto scenario = LoadScenario(file);
    ASSERT_EQ(scenario->space().num_issues(), space.num_issues());
    for (int i = 0; i < space.num_issues(); ++i) {
      EXPECT_EQ(scenario->space().issue(i).name, space.issue(i).name);
      EXPECT_EQ(scenario->space().issue(i).options, space.issue(i).options);
    }
  }
}

// The issue: Ukraine and Russia sign; the US and Europe are non-signatory actors.
TEST(UkraineLibrary, UkraineAndRussiaAreTheSignatoriesAtEveryStage) {
  for (const char* stage : kStages) {
    SCOPED_TRACE(stage);
    const auto scenario = LoadUkraine(stage);
    const std::vector<int> signatories(scenario->signatories().begin(),
                                       scenario->signatories().end());
    const std::vector<int> expected = {ActorIndex(*scenario, "russia"),
                                       ActorIndex(*scenario, "ukraine")};
    EXPECT_EQ(signatories, expected);
    EXPECT_GE(ActorIndex(*scenario, "united_states"), 0);
    EXPECT_GE(ActorIndex(*scenario, "europe"), 0);
  }
}

// 002: "President Zelensky has unequivocally stated that Ukraine will never concede Russian
// sovereignty over Crimea"; the US framework recognises Crimea as Russian de jure (000).
TEST(UkraineLibrary, UsFrameworkCrossesUkraineLineOnCrimea) {
  const auto scenario = LoadUkraine("2025-04-us-framework.toml");
  const auto package = PackageOf(*scenario, kUsFramework);
  EXPECT_TRUE(CrossedLines(*scenario, "ukraine", package).contains("recognition"));
  // 002: "European powers have also affirmed their rejection of Russian sovereignty over
  // Crimea".
  EXPECT_TRUE(CrossedLines(*scenario, "europe", package).contains("recognition"));
}

// 000: the framework was delivered as a "final offer" by the US envoy, and Vance warned the US
// "may withdraw from its mediating role" if the terms are not accepted "soon": the US holds the
// text and walks away before the last round.
TEST(UkraineLibrary, UsFrameworkIsAUsMediatedTextWithAWalkAwayDeadline) {
  const auto scenario = LoadUkraine("2025-04-us-framework.toml");
  const ProtocolSpec& protocol = scenario->spec().protocol;
  EXPECT_EQ(protocol.name, "mediated");
  EXPECT_EQ(protocol.mediator, "united_states");
  ASSERT_TRUE(protocol.params.contains("deadline"));
  EXPECT_LT(protocol.params.at("deadline"), protocol.max_rounds);
}

// The counter-proposal crosses Russia's stated lines: 002: Russia declined an unconditional
// ceasefire first and wants NATO expansion addressed; 004: the annexed regions are an
// "inseparable part" of Russia, and Russia opposes "the stationing of European troops"; 003:
// the Donbas and the army cut are "long-standing demands".
TEST(UkraineLibrary, CounterProposalCrossesRussiaLines) {
  const auto scenario = LoadUkraine("2025-04-ua-eu-counter.toml");
  const auto package = PackageOf(*scenario, kCounterProposal);
  const std::set<std::string> expected = {"ceasefire", "recognition", "donbas", "nato",
                                          "foreign_troops", "army_cap"};
  EXPECT_EQ(CrossedLines(*scenario, "russia", package), expected);
}

// 000: the counter-proposal is the joint Ukrainian-European document, so it crosses neither
// author's lines.
TEST(UkraineLibrary, CounterProposalCrossesNoLineOfItsAuthors) {
  const auto scenario = LoadUkraine("2025-04-ua-eu-counter.toml");
  const auto package = PackageOf(*scenario, kCounterProposal);
  EXPECT_TRUE(CrossedLines(*scenario, "ukraine", package).empty());
  EXPECT_TRUE(CrossedLines(*scenario, "europe", package).empty());
}

// 001: "territorial issues will be discussed and resolved after a full and unconditional
// ceasefire": in this stage the territorial issues wait for the ceasefire issue.
TEST(UkraineLibrary, CounterProposalSettlesTheCeasefireBeforeTerritory) {
  const auto scenario = LoadUkraine("2025-04-ua-eu-counter.toml");
  const IssueSpace& space = scenario->space();
  const int ceasefire = space.FindIssue("ceasefire");
  for (const char* territorial : {"recognition", "donbas"}) {
    const std::vector<int>& before = scenario->agenda_prerequisites()[space.FindIssue(territorial)];
    EXPECT_NE(std::find(before.begin(), before.end(), ceasefire), before.end()) << territorial;
  }
}

// 003: handing over territory "would be deeply unpopular in Ukraine and illegal under Ukraine's
// constitution. President Zelenskyy has repeatedly ruled out such a possibility."
TEST(UkraineLibrary, TwentyEightPointsCrossesUkraineTerritorialLines) {
  const auto scenario = LoadUkraine("2025-11-28-point-plan.toml");
  const auto package = PackageOf(*scenario, kTwentyEightPoints);
  const std::set<std::string> crossed = CrossedLines(*scenario, "ukraine", package);
  EXPECT_TRUE(crossed.contains("recognition"));
  EXPECT_TRUE(crossed.contains("donbas"));
}

// 004: Putin "views the initial 28-point plan as the 'basis for a final peace settlement'".
TEST(UkraineLibrary, TwentyEightPointsCrossesNoRussianLine) {
  const auto scenario = LoadUkraine("2025-11-28-point-plan.toml");
  EXPECT_TRUE(CrossedLines(*scenario, "russia", PackageOf(*scenario, kTwentyEightPoints)).empty());
}

// 003: European diplomats called the terms "unacceptable"; 002: Europe rejects Russian
// sovereignty; 004: NATO matters "require consensus among member states".
TEST(UkraineLibrary, TwentyEightPointsCrossesEuropeLines) {
  const auto scenario = LoadUkraine("2025-11-28-point-plan.toml");
  const std::set<std::string> crossed =
      CrossedLines(*scenario, "europe", PackageOf(*scenario, kTwentyEightPoints));
  EXPECT_TRUE(crossed.contains("recognition"));
  EXPECT_TRUE(crossed.contains("nato"));
}

// 004: Russia is "explicitly opposing the stationing of European troops in Ukraine", so the
// Berlin guarantee crosses its line whatever the territorial settlement.
TEST(UkraineLibrary, BerlinForceCrossesRussiaLineWhateverTheTerritory) {
  const auto scenario = LoadUkraine("2025-12-berlin.toml");
  const IssueSpace& space = scenario->space();
  for (const std::string& recognition : space.issue(space.FindIssue("recognition")).options)
    for (const std::string& donbas : space.issue(space.FindIssue("donbas")).options) {
      const auto package = PackageOf(*scenario, BerlinPackage(recognition, donbas));
      EXPECT_TRUE(CrossedLines(*scenario, "russia", package).contains("foreign_troops"))
          << recognition << " " << donbas;
    }
}

// 004: Ukraine gives up the NATO aspiration only "in exchange for security guarantees 'based on
// Article 5', including the deployment of a European-led multinational force". With the
// territory left on the line, the Berlin package crosses none of Ukraine's lines; the same NATO
// concession with the 28 points' unspecified guarantee and no force crosses both trade lines.
TEST(UkraineLibrary, BerlinNatoTradeNeedsTheGuaranteeAndTheForce) {
  const auto scenario = LoadUkraine("2025-12-berlin.toml");
  const Terms berlin = BerlinPackage("de_facto_control", "ukraine_keeps_held");
  EXPECT_TRUE(CrossedLines(*scenario, "ukraine", PackageOf(*scenario, berlin)).empty());
  Terms without = berlin;
  without["guarantees"] = "unspecified";
  without["foreign_troops"] = "no_foreign_troops";
  const std::set<std::string> expected = {"nato=>guarantees", "nato=>foreign_troops"};
  EXPECT_EQ(CrossedLines(*scenario, "ukraine", PackageOf(*scenario, without)), expected);
}

// 004: "the issue of ceding territory to Russia remains a major obstacle in the negotiations,
// with significant differences persisting"; 002: "that comprehensive agreement seems distant".
// No stage has an agreement zone, and the cheapest way to open one always gives up a
// territorial red line.
TEST(UkraineZone, NoStageHasAZoneAndTerritoryIsAlwaysPartOfWhatItWouldTake) {
  for (const char* stage : kStages) {
    SCOPED_TRACE(stage);
    const auto scenario = LoadUkraine(stage);
    const ZoneReport report = Zone(*scenario);
    EXPECT_EQ(report.zone_size, 0u);
    ASSERT_FALSE(report.nearest.empty());
    const std::set<std::string> conceded = ConcededLineIssues(*scenario, report);
    EXPECT_TRUE(conceded.contains("recognition") || conceded.contains("donbas"));
  }
}

// What-if: Russia drops its objection to a European force (004). The Berlin package no longer
// crosses a Russian line on troops, but it still crosses Russia's territorial lines and the zone
// stays empty: territory still divides them (004).
TEST(UkraineWhatIf, RussiaAcceptingTheForceLeavesTerritoryDividingThem) {
  const auto scenario = LoadUkraine("what-if/russia-accepts-european-force.toml");
  const auto package =
      PackageOf(*scenario, BerlinPackage("de_facto_control", "ukraine_keeps_held"));
  const std::set<std::string> crossed = CrossedLines(*scenario, "russia", package);
  EXPECT_FALSE(crossed.contains("foreign_troops"));
  EXPECT_TRUE(crossed.contains("recognition"));
  EXPECT_TRUE(crossed.contains("donbas"));
  EXPECT_EQ(Zone(*scenario).zone_size, 0u);
}

// What-if: Ukraine tolerates US recognition of Crimea, which 002 says Zelensky ruled out. The
// Donbas is then what divides them: the Donbas lines of both sides (003: Putin's "long-standing
// demands"; Zelenskyy "repeatedly ruled out" handing over territory) each bind.
TEST(UkraineWhatIf, ConcedingCrimeaLeavesTheDonbasLinesBinding) {
  const auto scenario = LoadUkraine("what-if/crimea-recognition-conceded.toml");
  const ZoneReport report = Zone(*scenario);
  EXPECT_EQ(report.zone_size, 0u);
  std::set<std::string> binding;
  for (const ZoneRelaxation& relaxation : report.relaxations)
    if (relaxation.binds()) {
      const RedLine& line = scenario->red_lines()[relaxation.red_line];
      binding.insert(scenario->actor(line.actor).id + ":" +
                     scenario->space().issue(line.issue).name);
    }
  const std::set<std::string> expected = {"russia:donbas", "ukraine:donbas"};
  EXPECT_EQ(binding, expected);
}

// What-if: Europe's assent required for the sanctions and frozen-asset terms (the issue: "with
// weights only on sanctions and frozen assets"). Europe signs, weighs only those two issues, and
// the 28 points' sanctions relief crosses its line (000: relief "only gradually", with
// "provisions for re-imposing sanctions").
TEST(UkraineWhatIf, EuropeAssentWeighsOnlySanctionsAndAssets) {
  const auto scenario = LoadUkraine("what-if/europe-assent-required.toml");
  const int europe = ActorIndex(*scenario, "europe");
  const auto signatories = scenario->signatories();
  EXPECT_NE(std::find(signatories.begin(), signatories.end(), europe), signatories.end());
  const IssueSpace& space = scenario->space();
  for (int i = 0; i < space.num_issues(); ++i) {
    const std::string& name = space.issue(i).name;
    const bool counts = name == "sanctions" || name == "frozen_assets";
    EXPECT_EQ(scenario->actor(europe).weights[i] > 0, counts) << name;
  }
  const std::set<std::string> expected = {"sanctions"};
  EXPECT_EQ(CrossedLines(*scenario, "europe", PackageOf(*scenario, kTwentyEightPoints)), expected);
}

// What-if: the US carries out Vance's threat (000: "may withdraw from its mediating role"): a
// neutral mediator with no walk-away deadline, and no US pressure on either party.
TEST(UkraineWhatIf, UsWithdrawalEndsUsMediationAndPressure) {
  const auto scenario = LoadUkraine("what-if/us-withdraws-as-mediator.toml");
  const ProtocolSpec& protocol = scenario->spec().protocol;
  EXPECT_EQ(protocol.mediator, "neutral");
  EXPECT_GE(protocol.params.at("deadline"), protocol.max_rounds);
  const int us = ActorIndex(*scenario, "united_states");
  for (const Influence& influence : scenario->influence()) EXPECT_NE(influence.from, us);
  EXPECT_FALSE(scenario->influence().empty());  // 000: Europe still works with Kyiv
}

}  // namespace
}  // namespace negsim
