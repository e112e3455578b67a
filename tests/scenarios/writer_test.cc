// WriteNormalisedToml: the normalised scenario loads back to identical tables, writes back to
// identical text, and has every field explicit.
#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "scenarios/scenario_loader.h"
#include "scenarios/scenario_writer.h"
#include "tests/scenarios/scenario_files.h"

namespace negsim {
namespace {

void ExpectSameIssues(const IssueSpace& x, const IssueSpace& y) {
  ASSERT_EQ(x.num_issues(), y.num_issues());
  for (int i = 0; i < x.num_issues(); ++i) {
    EXPECT_EQ(x.issue(i).name, y.issue(i).name);
    EXPECT_EQ(x.issue(i).description, y.issue(i).description);
    EXPECT_EQ(x.issue(i).options, y.issue(i).options);
    EXPECT_EQ(x.issue(i).levels, y.issue(i).levels);
    EXPECT_EQ(x.issue(i).unit, y.issue(i).unit);
  }
}

void ExpectSameActors(const Scenario& x, const Scenario& y) {
  ASSERT_EQ(x.num_actors(), y.num_actors());
  for (int a = 0; a < x.num_actors(); ++a) {
    const Actor& p = x.actor(a);
    const Actor& q = y.actor(a);
    EXPECT_EQ(p.id, q.id);
    EXPECT_EQ(p.name, q.name);
    EXPECT_EQ(p.signatory, q.signatory);
    EXPECT_EQ(p.capability, q.capability);
    EXPECT_EQ(p.reservation, q.reservation);
    EXPECT_EQ(p.reservation_drift, q.reservation_drift);
    EXPECT_EQ(p.weights, q.weights) << p.id;
    ASSERT_EQ(p.strategy.has_value(), q.strategy.has_value());
    if (p.strategy) {
      EXPECT_EQ(p.strategy->name, q.strategy->name);
      EXPECT_EQ(p.strategy->params, q.strategy->params);
    }
    const auto allowed_x = x.allowed(a);
    const auto allowed_y = y.allowed(a);
    EXPECT_TRUE(std::equal(allowed_x.begin(), allowed_x.end(), allowed_y.begin(),
                           allowed_y.end())) << p.id;
  }
  EXPECT_TRUE(std::ranges::equal(x.signatories(), y.signatories()));
}

void ExpectSameRules(const Scenario& x, const Scenario& y) {
  ASSERT_EQ(x.red_lines().size(), y.red_lines().size());
  for (size_t k = 0; k < x.red_lines().size(); ++k) {
    const RedLine& p = x.red_lines()[k];
    const RedLine& q = y.red_lines()[k];
    EXPECT_EQ(p.actor, q.actor);
    EXPECT_EQ(p.kind, q.kind);
    EXPECT_EQ(p.issue, q.issue);
    EXPECT_EQ(p.accept, q.accept);
    EXPECT_EQ(p.then_issue, q.then_issue);
    EXPECT_EQ(p.then_accept, q.then_accept);
    EXPECT_EQ(p.label, q.label);
    EXPECT_EQ(p.why, q.why);
    EXPECT_EQ(p.key, q.key);
  }
  ASSERT_EQ(x.synergies().size(), y.synergies().size());
  for (size_t k = 0; k < x.synergies().size(); ++k) {
    const Synergy& p = x.synergies()[k];
    const Synergy& q = y.synergies()[k];
    EXPECT_EQ(std::tie(p.actor, p.flat_a, p.flat_b, p.issue_a, p.issue_b, p.value),
              std::tie(q.actor, q.flat_a, q.flat_b, q.issue_a, q.issue_b, q.value));
  }
  ASSERT_EQ(x.influence().size(), y.influence().size());
  for (size_t k = 0; k < x.influence().size(); ++k) {
    const Influence& p = x.influence()[k];
    const Influence& q = y.influence()[k];
    EXPECT_EQ(std::tie(p.from, p.to, p.weight, p.on_weights),
              std::tie(q.from, q.to, q.weight, q.on_weights));
  }
  EXPECT_EQ(x.agenda_prerequisites(), y.agenda_prerequisites());
}

// Every table of the compiled scenarios is identical, bit for bit.
void ExpectIdenticalScenarios(const Scenario& x, const Scenario& y) {
  const ScenarioSpec& p = x.spec();
  const ScenarioSpec& q = y.spec();
  EXPECT_EQ(std::tie(p.name, p.date, p.description, p.sources),
            std::tie(q.name, q.date, q.description, q.sources));
  EXPECT_EQ(std::tie(p.protocol.name, p.protocol.max_rounds, p.protocol.mediator),
            std::tie(q.protocol.name, q.protocol.max_rounds, q.protocol.mediator));
  EXPECT_EQ(p.protocol.params, q.protocol.params);
  ExpectSameIssues(x.space(), y.space());
  ExpectSameActors(x, y);
  ExpectSameRules(x, y);
  const int flat = x.space().num_flat_options();
  ASSERT_EQ(flat, y.space().num_flat_options());
  for (int a = 0; a < x.num_actors(); ++a)
    for (int f = 0; f < flat; ++f)
      EXPECT_EQ(x.contributions()(f, a), y.contributions()(f, a)) << "actor " << a << " " << f;
  for (int a = 0; a < x.num_actors(); ++a)
    for (int i = 0; i < x.space().num_issues(); ++i)
      for (int o = 0; o < x.space().num_options(i); ++o)
        EXPECT_EQ(x.value(a, i, o), y.value(a, i, o)) << a << " " << i << " " << o;
}

// Writes, reloads and checks identity; returns the written text.
std::string ExpectRoundTrip(const ScenarioFiles& files, const std::string& source) {
  const auto original = LoadScenario(source);
  const std::string text = WriteNormalisedToml(*original);
  const std::string written = files.Write("normalised.toml", text);
  std::vector<std::string> notes;
  const auto reloaded = LoadScenario(written, {}, &notes);
  EXPECT_TRUE(notes.empty()) << "the normalised weights were normalised again";
  ExpectIdenticalScenarios(*original, *reloaded);
  EXPECT_EQ(WriteNormalisedToml(*reloaded), text);
  return text;
}

TEST(WriterTest, WhatIfExampleRoundTripsToIdenticalTables) {
  ScenarioFiles files;
  const std::string text =
      ExpectRoundTrip(files, NEGSIM_SOURCE_DIR "/scenarios/examples/toy-whatif.toml");
  EXPECT_EQ(text.find("\nextends ="), std::string::npos) << text;  // the chain is resolved
}

TEST(WriterTest, UnusualNamesNumbersAndRulesRoundTrip) {
  ScenarioFiles files;
  const std::string source = files.Write("s.toml", R"(
[scenario]
name = "quotes \" and \\ backslash\nand a newline"
date = 2025-04-25
[protocol]
name = "mediated"
mediator = "neutral"
max_rounds = 7
[[issues]]
name = "sea access"
options = ["full", "partial", "none"]
[[issues]]
name = "line"
from = 0
to = 1
step = 0.1
[[issues]]
name = "cap"
from = 400000
to = 900000
step = 250000
unit = "troops"
[[issues]]
name = "fixed"
from = 3.5
to = 3.5
step = 1
[actors."new actor"]
signatory = true
reservation = 0.125
reservation_drift = -1e-7
capability = 3
weights = { "sea access" = 3, line = 2, cap = 2 }
[actors."new actor".values]
"sea access" = [1, 0.3333333333333333, 0]
line = { ideal = 0.3, loss = "quadratic" }
cap = { ideal = "650000" }
[[actors."new actor".red_lines]]
issue = "line"
at_least = 0.2
active = false
[[actors."new actor".red_lines]]
if = { "sea access" = ["none"] }
then = { cap = [900000] }
why = "a \"quoted\" reason"
[actors.other]
signatory = true
reservation = 0
weights = { line = 1 }
values = { line = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] }
[[actors.other.synergies]]
a = { line = 0.5 }
b = { "sea access" = "full" }
value = -0.25
[agenda]
"sea access" = ["line", "cap"]
)");
  ExpectRoundTrip(files, source);
}

TEST(WriterTest, EveryFieldIsExplicit) {
  ScenarioFiles files;
  const std::string source = files.Write("s.toml", R"(
[scenario]
name = "t"
[[issues]]
name = "crimea"
options = ["ukrainian", "frozen", "russian"]
[[issues]]
name = "cap"
from = 900000
to = 500000
step = 200000
[actors.ukraine]
signatory = true
reservation = 0.3
weights = { crimea = 3, cap = 1 }
values = { crimea = { ideal = "ukrainian" }, cap = { ideal = 900000, loss = "quadratic" } }
[[influence]]
from = "ukraine"
to = "ukraine2"
weight = 0.5
[actors.ukraine2]
signatory = false
reservation = 0.3
weights = { crimea = 1 }
values = { crimea = [1, 0, 0] }
)");
  const auto scenario = LoadScenario(source);
  const std::string written = files.Write("normalised.toml", WriteNormalisedToml(*scenario));
  const ScenarioSpec spec = LoadScenarioSpec(written);

  EXPECT_EQ(spec.protocol.name, "alternating");  // defaults written out
  EXPECT_EQ(spec.protocol.max_rounds, 100);
  EXPECT_EQ(spec.where.at("protocol.max_rounds").file, written);
  EXPECT_EQ(spec.where.at("influence[0].kind").file, written);
  EXPECT_EQ(spec.where.at("actors.ukraine.capability").file, written);
  EXPECT_EQ(spec.where.at("actors.ukraine.reservation_drift").file, written);
  EXPECT_TRUE(spec.where.contains("issues[1].step"));

  const ActorSpec& ukraine = spec.actors[0];
  EXPECT_EQ(ukraine.weights, (std::map<std::string, double>{{"crimea", 0.75}, {"cap", 0.25}}));
  const ValueSpec& crimea = ukraine.values.at("crimea");
  EXPECT_FALSE(crimea.ideal.has_value());
  EXPECT_EQ(crimea.values, (std::vector<double>{1, 0.5, 0}));
  EXPECT_EQ(ukraine.values.at("cap").values, (std::vector<double>{1, 0.75, 0}));
  // Issues without weight are written too, with weight 0 and the compiled (zero) values.
  const ActorSpec& other = spec.actors[1];
  EXPECT_EQ(other.weights.at("cap"), 0);
  EXPECT_EQ(other.values.at("cap").values, (std::vector<double>{0, 0, 0}));
}

}  // namespace
}  // namespace negsim
