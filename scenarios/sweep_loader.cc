#include "scenarios/sweep_loader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numbers>

#include "scenarios/doc_reader.h"
#include "scenarios/sweep_paths.h"
#include "scenarios/toml_document.h"
#include "sim/check.h"
#include "sim/json_writer.h"
#include "sim/run_setup.h"

namespace negsim {

namespace {

namespace fs = std::filesystem;

constexpr double kMaxGridValues = 1e6;
constexpr double kMinNormalMass = 0.01;  // a normal's bounds must hold this much of its mass

// What every parameter is resolved and checked against.
struct Base {
  std::string file;  // the base scenario file
  DocNode document;  // its document, extends merged and --set applied
  ScenarioSpec spec;
  const SweepJob* job = nullptr;  // analysis and registries
};

// The checks a run of `job` makes before it starts: Compile, and for bargaining RunSetup
// (strategies, protocol and their parameters). Returns the compiled scenario.
std::shared_ptr<const Scenario> CheckRunnable(const SweepJob& job, ScenarioSpec spec,
                                              std::vector<std::string>* notes) {
  std::shared_ptr<const Scenario> scenario = Compile(std::move(spec), notes);
  if (job.bargain()) RunSetup(scenario, *job.registries.protocols, *job.registries.strategies);
  return scenario;
}

// Reads and checks one sweep parameter table ([[grid]] or [[monte_carlo]]).
class ParameterReader {
 public:
  ParameterReader(const DocCursor& table, const Base& base) : table_(table), base_(base) {}

  SweepParameter Grid() {
    table_.AllowOnly({"path", "values", "from", "to", "step"});
    ResolvePath();
    const auto from = table_.Get("from"), to = table_.Get("to"), step = table_.Get("step");
    if (auto values = table_.Get("values")) {
      for (const auto& range : {from, to, step})
        if (range)
          range->Fail("a grid parameter has either values = [...] or a range, not both",
                      "remove " + std::string(range->key()) + ", or remove values");
      p_.grid = Values(*values);
      return std::move(p_);
    }
    if (!from && !to)
      table_.Fail("a grid parameter needs values = [...] or a range from = .., to = ..",
                  "add values = [...] listing the values to try");
    const DocCursor first = table_.Require("from", "0.1"), last = table_.Require("to", "0.9");
    if (p_.kind == ValueKind::kOption) {
      if (step)
        step->Fail("an option range takes every option from `from` to `to`",
                   "remove step, or list the options to try in values = [...]");
      OptionRange(first, last);
    } else {
      NumberRange(first, last, table_.Require("step", "0.1"));
    }
    return std::move(p_);
  }

  SweepParameter MonteCarlo() {
    table_.AllowOnly({"path", "distribution", "min", "max", "mean", "sd", "mode", "values"});
    ResolvePath();
    const DocCursor name = table_.Require("distribution", "\"uniform\"");
    Draw& draw = p_.draw;
    const std::string text = name.String();
    const std::vector<std::string> names = {"uniform", "normal", "triangular", "choice"};
    const std::vector<std::vector<std::string>> keys = {
        {"min", "max"}, {"mean", "sd", "min", "max"}, {"min", "mode", "max"}, {"values"}};
    const auto found = std::find(names.begin(), names.end(), text);
    if (found == names.end())
      name.Fail("unknown distribution '" + text + "'", SuggestFrom(text, names));
    const size_t d = static_cast<size_t>(found - names.begin());
    draw.distribution = static_cast<Distribution>(d);
    std::string takes;
    for (const std::string& key : keys[d]) takes += (takes.empty() ? "" : ", ") + key;
    for (const char* key : {"min", "max", "mean", "sd", "mode", "values"})
      if (auto given = table_.Get(key);
          given && std::find(keys[d].begin(), keys[d].end(), key) == keys[d].end())
        given->Fail("a " + text + " distribution has no '" + key + "'",
                    "remove it; " + text + " takes " + takes);
    if (p_.kind == ValueKind::kOption && draw.distribution != Distribution::kChoice)
      name.Fail("an option-valued parameter is drawn with distribution = \"choice\"",
                "write distribution = \"choice\" and values = [\"option\", ...]");
    if (draw.distribution == Distribution::kChoice) {
      draw.choices = Values(table_.Require("values", "[0.3, 0.4]"));
      draw.min = *std::min_element(draw.choices.begin(), draw.choices.end());
      draw.max = *std::max_element(draw.choices.begin(), draw.choices.end());
      return std::move(p_);
    }
    const DocCursor min = table_.Require("min", "0.2"), max = table_.Require("max", "0.6");
    draw.min = Value(min);
    draw.max = Value(max);
    if (draw.max <= draw.min)
      max.Fail("max " + FormatTomlNumber(draw.max) + " is not above min " +
                   FormatTomlNumber(draw.min),
               "give bounds with min < max");
    Check(draw.min, min);
    Check(draw.max, max);
    if (draw.distribution == Distribution::kNormal) Normal();
    if (draw.distribution == Distribution::kTriangular) {
      const DocCursor mode = table_.Require("mode", "0.4");
      draw.mode = mode.Number();
      if (draw.mode < draw.min || draw.mode > draw.max)
        mode.Fail("mode " + FormatTomlNumber(draw.mode) + " is outside [min, max]",
                  "give a mode between min and max");
    }
    return std::move(p_);
  }

 private:
  void ResolvePath() {
    const DocCursor path = table_.Require("path", "\"actors.russia.reservation\"");
    p_.path = path.String();
    ResolveSweepPath(path, base_.spec, base_.job->registries, p_);
  }

  // One value as the field takes it: an option's position, a whole number, or a number.
  double Value(const DocCursor& item) const {
    if (p_.kind == ValueKind::kOption) {
      const std::string name = item.OptionName();
      const auto it = std::find(p_.options.begin(), p_.options.end(), name);
      if (it == p_.options.end())
        item.Fail("issue '" + base_.spec.issues[p_.field.issue].name + "' has no option '" +
                      name + "'",
                  SuggestFrom(name, p_.options));
      return static_cast<double>(it - p_.options.begin());
    }
    const double x = item.Number();
    if (p_.kind == ValueKind::kInteger && x != std::floor(x))
      item.Fail(p_.path + " is a whole number, and " + FormatTomlNumber(x) + " is not",
                "write a whole number, e.g. " + FormatTomlNumber(std::round(x)));
    return x;
  }

  // Fails, at `at`, where `value` does not pass the checks the same --set would.
  void Check(double value, const DocCursor& at) const {
    DocNode document = base_.document;
    DocNode node;
    node.pos = at.node().pos;
    switch (p_.kind) {
      case ValueKind::kOption:
        node.type = DocType::kString;
        node.text = p_.options[static_cast<size_t>(value)];
        break;
      case ValueKind::kInteger:
        node.type = DocType::kInteger;
        node.integer = static_cast<std::int64_t>(value);
        break;
      case ValueKind::kNumber:
        node.type = DocType::kFloat;
        node.number = value;
        break;
    }
    SetAtPath(document, p_.path, std::move(node), at.node().pos);
    CheckRunnable(*base_.job, ReadScenarioSpec(document, base_.file), nullptr);
  }

  // Listed values, each checked, none twice.
  std::vector<double> Values(const DocCursor& list) const {
    const std::vector<DocCursor> items = list.Items();
    if (items.empty()) list.Fail("the list of values is empty", "list at least one value");
    std::vector<double> values;
    for (const DocCursor& item : items) {
      const double v = Value(item);
      if (std::find(values.begin(), values.end(), v) != values.end())
        item.Fail("value " + p_.Format(v) + " is listed twice", "list each value once");
      Check(v, item);
      values.push_back(v);
    }
    return values;
  }

  void OptionRange(const DocCursor& from, const DocCursor& to) {
    const double first = Value(from), last = Value(to);
    const double direction = last < first ? -1 : 1;
    for (double o = first; o != last + direction; o += direction) {
      Check(o, o == last ? to : from);
      p_.grid.push_back(o);
    }
  }

  // from toward to by step, both ends included, values snapped as numeric issue levels are.
  void NumberRange(const DocCursor& from, const DocCursor& to, const DocCursor& step) {
    const double first = Value(from), last = Value(to), stride = step.Number();
    if (!(stride > 0) || (p_.kind == ValueKind::kInteger && stride != std::floor(stride)))
      step.Fail("step is " + FormatTomlNumber(stride) + "; it must be > 0" +
                    (p_.kind == ValueKind::kInteger ? " and whole" : ""),
                "give the distance between two values (from and to set the direction)");
    const double span = std::abs(last - first) / stride;
    if (span >= kMaxGridValues)
      step.Fail("the range has more than " + FormatTomlNumber(kMaxGridValues) + " values",
                "use a larger step, or a monte_carlo parameter");
    const double whole = std::round(span);
    if (std::abs(span - whole) > 1e-9 * std::max(1.0, whole))
      to.Fail("to = " + FormatTomlNumber(last) + " is not reached from " +
                  FormatTomlNumber(first) + " in steps of " + FormatTomlNumber(stride),
              "make to - from a multiple of step");
    const double direction = last < first ? -1 : 1;
    for (double k = 0; k <= whole; ++k)
      p_.grid.push_back(k == whole ? last : SnapLevel(first + direction * k * stride));
    // The checks on a number are bounds, so the two ends stand for every value between.
    Check(first, from);
    Check(last, to);
  }

  // A normal draw is redrawn until it falls within [min, max]: bounds holding almost none of
  // the distribution would make that loop endless.
  void Normal() {
    Draw& draw = p_.draw;
    const DocCursor mean = table_.Require("mean", "0.4"), sd = table_.Require("sd", "0.05");
    draw.mean = mean.Number();
    draw.sd = sd.Number();
    if (!(draw.sd > 0))
      sd.Fail("sd is " + FormatTomlNumber(draw.sd) + "; it must be > 0",
              "give the standard deviation, e.g. sd = 0.05");
    const auto cdf = [&](double x) {
      return 0.5 * std::erfc((draw.mean - x) / (draw.sd * std::numbers::sqrt2));
    };
    const double mass = cdf(draw.max) - cdf(draw.min);
    if (mass < kMinNormalMass)
      mean.Fail("[min, max] holds only " + FormatDouble(mass) +
                    " of this normal distribution's mass",
                "move mean or widen [min, max] to hold at least 1% of it");
  }

  const DocCursor& table_;
  const Base& base_;
  SweepParameter p_;
};

// A canonical text of a document, positions left out: part of a sweep's identity.
void CanonicalText(const DocNode& node, std::string& out) {
  switch (node.type) {
    case DocType::kString: out += JsonQuote(node.text); return;
    case DocType::kInteger: out += std::to_string(node.integer); return;
    case DocType::kFloat: out += FormatDouble(node.number) + "f"; return;
    case DocType::kBoolean: out += node.boolean ? "true" : "false"; return;
    case DocType::kDateTime: out += "d" + JsonQuote(node.text); return;
    case DocType::kArray:
      out += '[';
      for (const DocNode& item : node.items) CanonicalText(item, out += ' ');
      out += ']';
      return;
    case DocType::kTable:
      out += '{';
      for (const DocEntry& entry : node.entries)
        CanonicalText(entry.value, out += ' ' + JsonQuote(entry.key) + '=');
      out += '}';
      return;
  }
}

// Everything that decides a sweep's rows, as text (SweepJob::identity).
std::string Identity(const SweepJob& job, const DocNode& base) {
  std::string id = "negsim-sweep-rows 1\nanalysis " + std::string(AnalysisName(job.analysis)) +
                   "\nseed " + std::to_string(job.plan.seed) + "\nsamples " +
                   std::to_string(job.plan.samples) + "\n";
  const auto numbers = [&](const char* label, const std::vector<double>& values) {
    id += label;
    for (double v : values) (id += ' ') += FormatDouble(v);
  };
  for (const SweepParameter& p : job.plan.parameters) {
    id += "parameter " + p.path + " kind " + std::to_string(static_cast<int>(p.kind));
    numbers(" grid", p.grid);
    const Draw& d = p.draw;
    numbers(" draw", {static_cast<double>(d.distribution), d.min, d.max, d.mean, d.sd, d.mode});
    numbers(" choices", d.choices);
    id += "\n";
  }
  const ZoneOptions& zone = job.zone_options;
  numbers("zone", {static_cast<double>(zone.nearest), static_cast<double>(zone.relaxations),
                   static_cast<double>(zone.max_work),
                   static_cast<double>(zone.max_pareto_listed)});
  id += "\nbase ";
  CanonicalText(base, id);
  return id;
}

SweepAnalysis ReadAnalysis(const DocCursor& cursor) {
  const std::string text = cursor.String();
  const std::vector<std::string> names = {"zone", "bargain", "both"};
  for (size_t k = 0; k < names.size(); ++k)
    if (text == names[k]) return static_cast<SweepAnalysis>(k);
  cursor.Fail("unknown analysis '" + text + "'", SuggestFrom(text, names));
}

}  // namespace

SweepJob LoadSweep(const std::string& file, RunRegistries registries,
                   std::span<const Override> overrides, std::vector<std::string>* notes) {
  const DocNode document = ParseTomlFile(file);
  ScenarioSpec positions;  // DocCursor records where each key was read; not needed here
  const DocCursor root(document, "", positions);
  root.AllowOnly({"sweep", "grid", "monte_carlo"});
  const DocCursor sweep = root.Require("sweep", "{ name = \"...\", scenario = \"...\" }");
  sweep.AllowOnly({"name", "description", "scenario", "analysis", "seed", "samples"});

  SweepJob job;
  job.file = SourcePos{file, 0, 0};
  job.name = sweep.Require("name", "\"my-sweep\"").String();
  if (auto description = sweep.Get("description")) description->String();  // free text
  job.analysis = ReadAnalysis(sweep.Require("analysis", "\"zone\""));
  job.registries = registries;
  NEGSIM_CHECK(!job.bargain() || (registries.protocols != nullptr &&
                                  registries.strategies != nullptr));

  const DocCursor scenario = sweep.Require("scenario", "\"../ukraine/base.toml\"");
  Base base;
  base.job = &job;
  base.file = (fs::path(file).parent_path() / scenario.String()).lexically_normal().string();
  if (!fs::is_regular_file(base.file))
    scenario.Fail("no scenario file " + base.file, "give its path relative to the sweep file");
  base.document = LoadDocument(base.file);
  for (const Override& override : overrides) ApplyOverride(base.document, override);
  base.spec = ReadScenarioSpec(base.document, base.file);
  job.scenario = CheckRunnable(job, base.spec, notes);

  if (auto samples = sweep.Get("samples")) {
    const std::int64_t n = samples->Integer();
    if (n < 1) samples->Fail("samples is " + std::to_string(n), "give at least 1 run per point");
    job.plan.samples = static_cast<RunIndex>(n);
  }
  std::vector<std::string> paths;
  double runs = static_cast<double>(job.plan.samples);
  for (const char* kind : {"grid", "monte_carlo"}) {
    const auto tables = root.Get(kind);
    if (!tables) continue;
    for (const DocCursor& table : tables->Items()) {
      ParameterReader reader(table, base);
      SweepParameter p = std::string(kind) == "grid" ? reader.Grid() : reader.MonteCarlo();
      if (std::find(paths.begin(), paths.end(), p.path) != paths.end())
        table.Require("path", "").Fail(p.path + " is varied twice", "vary each path once");
      paths.push_back(p.path);
      runs *= std::max<double>(1, static_cast<double>(p.grid.size()));
      job.plan.parameters.push_back(std::move(p));
    }
  }
  if (runs > 1e15)
    sweep.Fail("the sweep has " + FormatDouble(runs) + " runs", "vary fewer values at once");

  bool random = job.bargain();
  for (const SweepParameter& p : job.plan.parameters) random = random || p.monte_carlo();
  if (auto seed = sweep.Get("seed")) {
    const std::int64_t value = seed->Integer();
    if (value < 0) seed->Fail("seed is " + std::to_string(value), "give a whole number >= 0");
    job.plan.seed = static_cast<std::uint64_t>(value);
  } else if (random) {
    sweep.Require("seed", "20251215 (any whole number: the same seed gives the same rows)");
  }

  job.identity = Identity(job, base.document);
  job.base = std::move(base.spec);
  job.base.where.clear();  // positions only serve errors, and each run would copy them
  return job;
}

}  // namespace negsim
