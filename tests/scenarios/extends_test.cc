// `extends`: merge semantics, paths relative to the extending file, cycles, missing bases,
// and positions that keep pointing at the file each value came from.
#include <gtest/gtest.h>

#include "scenarios/scenario_loader.h"
#include "tests/scenarios/scenario_files.h"

namespace negsim {
namespace {

constexpr const char* kBase = R"(
[scenario]
name = "base"
sources = ["a.txt", "b.txt"]

[[issues]]
name = "crimea"
options = ["ukrainian", "frozen", "russian"]

[[issues]]
name = "nato"
options = ["member", "neutral", "ban"]

[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = 0.6, nato = 0.4 }

[actors.ukraine.values]
crimea = [1, 0.5, 0]
nato = [1, 0.6, 0]

[[actors.ukraine.red_lines]]
issue = "crimea"
at_most = "frozen"

[[actors.ukraine.red_lines]]
name = "ban-needs-frozen"
if = { nato = ["ban"] }
then = { crimea = ["ukrainian", "frozen"] }

[actors.russia]
signatory = true
reservation = 0.4
weights = { crimea = 0.5, nato = 0.5 }
values = { crimea = [0, 0.5, 1], nato = { ideal = "ban" } }

[[influence]]
from = "russia"
to = "ukraine"
weight = 0.1
)";

TEST(ExtendsTest, TablesMergeKeyByKeyNamedArraysByNameOtherArraysReplace) {
  ScenarioFiles files;
  files.Write("base.toml", kBase);
  const std::string child = files.Write("child.toml", R"(
extends = "base.toml"

[scenario]
name = "child"
sources = ["c.txt"]

[[issues]]
name = "crimea"
description = "changed in the child"

[[issues]]
name = "guarantees"
options = ["article5", "none"]

[actors.ukraine]
weights = { guarantees = 0.2 }
values = { crimea = [1, 0.2, 0], guarantees = [1, 0] }

[[actors.ukraine.red_lines]]
name = "ban-needs-frozen"
active = false

[[influence]]
from = "ukraine"
to = "russia"
weight = 0.3
)");
  const ScenarioSpec spec = LoadScenarioSpec(child);
  EXPECT_EQ(spec.name, "child");
  EXPECT_EQ(spec.sources, std::vector<std::string>{"c.txt"});  // arrays of strings replace

  // Issues merge on name: crimea keeps its options and gains a description; guarantees is new.
  ASSERT_EQ(spec.issues.size(), 3u);
  EXPECT_EQ(spec.issues[0].name, "crimea");
  EXPECT_EQ(spec.issues[0].description, "changed in the child");
  EXPECT_EQ(spec.issues[0].options,
            (std::vector<std::string>{"ukrainian", "frozen", "russian"}));
  EXPECT_EQ(spec.issues[1].name, "nato");
  EXPECT_EQ(spec.issues[2].name, "guarantees");

  const ActorSpec& ukraine = spec.actors[1];
  ASSERT_EQ(ukraine.id, "ukraine");
  EXPECT_EQ(ukraine.reservation, 0.3);  // untouched keys stay
  EXPECT_EQ(ukraine.weights,
            (std::map<std::string, double>{{"crimea", 0.6}, {"nato", 0.4}, {"guarantees", 0.2}}));
  EXPECT_EQ(ukraine.values.at("crimea").values, (std::vector<double>{1, 0.2, 0}));  // replaced
  EXPECT_EQ(ukraine.values.at("nato").values, (std::vector<double>{1, 0.6, 0}));    // kept

  // The named red line is switched off; the unnamed one before it is kept as it was.
  ASSERT_EQ(ukraine.red_lines.size(), 2u);
  EXPECT_EQ(ukraine.red_lines[0].kind, RedLineKind::kAtMost);
  EXPECT_TRUE(ukraine.red_lines[0].active);
  EXPECT_EQ(ukraine.red_lines[1].kind, RedLineKind::kIfThen);
  EXPECT_EQ(ukraine.red_lines[1].then_options, (std::vector<std::string>{"ukrainian", "frozen"}));
  EXPECT_FALSE(ukraine.red_lines[1].active);

  // influence has no names, so the child's list replaces the base's.
  ASSERT_EQ(spec.influence.size(), 1u);
  EXPECT_EQ(spec.influence[0].from, "ukraine");
  EXPECT_EQ(spec.influence[0].weight, 0.3);
}

TEST(ExtendsTest, ValueReplacesTableOfADifferentKind) {
  ScenarioFiles files;
  files.Write("base.toml", kBase);
  const std::string child = files.Write("child.toml", R"(
extends = "base.toml"
[actors.russia.values]
nato = [0, 0.5, 1]
)");
  const ScenarioSpec spec = LoadScenarioSpec(child);
  const ValueSpec& nato = spec.actors[0].values.at("nato");
  EXPECT_EQ(nato.values, (std::vector<double>{0, 0.5, 1}));
  EXPECT_FALSE(nato.ideal.has_value());
}

TEST(ExtendsTest, PathsAreRelativeToTheExtendingFileAlongAChain) {
  ScenarioFiles files;
  const std::string base = files.Write("base.toml", kBase);
  files.Write("whatif/middle.toml", R"(
extends = "../base.toml"
[actors.ukraine]
reservation = 0.25
)");
  const std::string top = files.Write("whatif/deeper/top.toml", R"(
extends = "../middle.toml"
[scenario]
name = "top"
)");
  const ScenarioSpec spec = LoadScenarioSpec(top);
  EXPECT_EQ(spec.file, top);
  EXPECT_EQ(spec.name, "top");
  EXPECT_EQ(spec.actors[1].reservation, 0.25);
  EXPECT_EQ(spec.actors[0].reservation, 0.4);
  EXPECT_EQ(spec.where.at("scenario.name").file, top);
  EXPECT_EQ(spec.where.at("actors.ukraine.reservation").file, files.Path("whatif/middle.toml"));
  EXPECT_EQ(spec.where.at("actors.russia.reservation").file, base);
}

TEST(ExtendsTest, ErrorsPointAtTheFileTheValueCameFrom) {
  ScenarioFiles files;
  const std::string base = files.Write("base.toml", R"(
[scenario]
name = "base"
[[issues]]
name = "crimea"
options = ["ukrainian", "frozen", "russian"]
[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = -1 }
values = { crimea = [1, 0.5, 0] }
)");
  const std::string child = files.Write("child.toml", R"(
extends = "base.toml"
[actors.ukraine]
reservation = 0.2
)");
  // The negative weight came from the base: Compile's error names the base file.
  InputError error = CatchInputError([&] { LoadScenario(child); });
  ExpectAt(error, base, 9, 22, "actors.ukraine.weights.crimea");

  // A bad value written in the child names the child, although its table is the base's.
  const std::string bad_child = files.Write("bad_child.toml", R"(
extends = "base.toml"

[actors.ukraine]
reservation = "low"
)");
  error = CatchInputError([&] { LoadScenario(bad_child); });
  ExpectAt(error, bad_child, 4, 15, "actors.ukraine.reservation");
  EXPECT_EQ(error.problem(), "expected a number, found a string");

  // A misspelt key in the child is reported at the key in the child.
  const std::string misspelt = files.Write("misspelt.toml", R"(
extends = "base.toml"
[actors.ukraine]
reservaton = 0.2
)");
  error = CatchInputError([&] { LoadScenario(misspelt); });
  ExpectAt(error, misspelt, 3, 1, "actors.ukraine.reservaton");
  EXPECT_EQ(error.fix(), "did you mean 'reservation'?");
}

TEST(ExtendsTest, CycleIsAnErrorNamingTheChain) {
  ScenarioFiles files;
  const std::string a = files.Write("a.toml", "extends = \"b.toml\"\n[scenario]\nname = \"a\"\n");
  const std::string b = files.Write("b.toml", "\n\nextends = \"a.toml\"\n[scenario]\n");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(a); });
  ExpectAt(error, b, 2, 11, "extends");
  EXPECT_EQ(error.problem(), "extends cycle: " + a + " -> " + b + " -> " + a);
}

TEST(ExtendsTest, SelfExtensionIsACycle) {
  ScenarioFiles files;
  const std::string a = files.Write("a.toml", "extends = \"./a.toml\"\n");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(a); });
  ExpectAt(error, a, 1, 11, "extends");
  EXPECT_EQ(error.problem(), "extends cycle: " + a + " -> " + a);
}

TEST(ExtendsTest, MissingBaseIsReportedAtTheExtendsLine) {
  ScenarioFiles files;
  const std::string child = files.Write("child.toml", R"(
# A what-if of a file that is not there.
extends = "nope.toml"
[scenario]
name = "child"
)");

  const InputError error = CatchInputError([&] { LoadScenarioSpec(child); });
  ExpectAt(error, child, 2, 11, "extends");
  EXPECT_EQ(error.problem(),
            "cannot read 'nope.toml' (looked for '" + files.Path("nope.toml") + "')");
  EXPECT_FALSE(error.fix().empty());
}

TEST(ExtendsTest, ExtendsMustBeAString) {
  ScenarioFiles files;
  const std::string child = files.Write("child.toml", "extends = [\"a.toml\"]\n");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(child); });
  ExpectAt(error, child, 1, 11, "extends");
  EXPECT_EQ(error.problem(), "expected a string, found an array");
}

TEST(ExtendsTest, SyntaxErrorInTheBaseNamesTheBase) {
  ScenarioFiles files;
  const std::string base = files.Write("base.toml", "[scenario]\nname = \n");
  const std::string child = files.Write("child.toml", "extends = \"base.toml\"\n");
  const InputError error = CatchInputError([&] { LoadScenarioSpec(child); });
  EXPECT_EQ(error.pos().file, base) << error.what();
  EXPECT_EQ(error.pos().line, 2) << error.what();
}

}  // namespace
}  // namespace negsim
