#include "sim/sweep_summary.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

#include "sim/check.h"
#include "sim/input_error.h"

namespace negsim {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

[[noreturn]] void BadRow(const std::string& problem) {
  throw InputError({}, "runs.csv", problem,
                   "the file was not written by this sweep; remove it or use another --out");
}

double Rate(std::uint64_t count, std::uint64_t runs) {
  return runs == 0 ? kNaN : static_cast<double>(count) / static_cast<double>(runs);
}

const char* DistributionName(Distribution d) {
  switch (d) {
    case Distribution::kUniform: return "uniform";
    case Distribution::kNormal: return "normal";
    case Distribution::kTriangular: return "triangular";
    case Distribution::kChoice: return "choice";
  }
  return "";
}

}  // namespace

void SweepSummary::Fit::Add(double x, double y) {
  n += 1;
  const double dx = x - mean_x;
  mean_x += dx / n;
  mean_y += (y - mean_y) / n;
  cxy += dx * (y - mean_y);
  m2x += dx * (x - mean_x);
}

SweepSummary::SweepSummary(const SweepJob& job) : job_(job), columns_(MakeSweepColumns(job)) {
  if (job.zone()) outcomes_.push_back({"deal_exists", columns_.zone_size, columns_.zone_nash});
  if (job.bargain()) outcomes_.push_back({"agreed", columns_.agreed, columns_.package});
  count_.assign(outcomes_.size(), 0);
  holds_.resize(outcomes_.size());
  packages_.assign(outcomes_.size(), TopCounter(kSweepPackageCapacity));
  for (const SweepParameter& p : job.plan.parameters) {
    ParameterStats stats;
    if (PerValue(p)) {
      const std::vector<double>& values = p.monte_carlo() ? p.draw.choices : p.grid;
      for (size_t v = 0; v < values.size(); ++v)
        stats.cell_of_text.emplace(p.Format(values[v]), static_cast<int>(v));
      stats.cells.resize(values.size());
    } else {
      stats.cells.resize(kSweepBins);
    }
    for (Cell& cell : stats.cells) cell.count.assign(outcomes_.size(), 0);
    stats.fits.resize(outcomes_.size());
    parameters_.push_back(std::move(stats));
  }
  const Scenario& scenario = *job.scenario;
  for (size_t k = 0; k < scenario.red_lines().size(); ++k)
    if (scenario.actor(scenario.red_lines()[k].actor).signatory) {
      red_lines_.push_back(static_cast<int>(k));
      binds_.emplace(scenario.red_lines()[k].key, 0);
    }
}

bool SweepSummary::PerValue(const SweepParameter& p) const {
  return !p.monte_carlo() || p.draw.distribution == Distribution::kChoice;
}

bool SweepSummary::Holds(const Outcome& outcome, std::span<const std::string> fields) const {
  const std::string& text = fields[outcome.column];
  return outcome.column == columns_.zone_size ? text != "0" : text == "1";
}

double SweepSummary::ValueOf(size_t k, const std::string& text) const {
  const SweepParameter& p = job_.plan.parameters[k];
  if (p.kind == ValueKind::kOption) {
    const auto it = std::find(p.options.begin(), p.options.end(), text);
    if (it == p.options.end()) BadRow(p.path + " is '" + text + "', not an option");
    return static_cast<double>(it - p.options.begin());
  }
  double x = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
  if (ec != std::errc() || end != text.data() + text.size())
    BadRow(p.path + " is '" + text + "', not a number");
  return x;
}

int SweepSummary::CellOf(size_t k, const std::string& text, double x) const {
  const SweepParameter& p = job_.plan.parameters[k];
  if (PerValue(p)) {
    const auto it = parameters_[k].cell_of_text.find(text);
    if (it == parameters_[k].cell_of_text.end())
      BadRow(p.path + " is '" + text + "', not one of the sweep's values");
    return it->second;
  }
  if (x < p.draw.min || x > p.draw.max)
    BadRow(p.path + " is " + text + ", outside the draw's bounds");
  const double width = p.draw.max - p.draw.min;
  if (width == 0) return 0;
  const int bin = static_cast<int>((x - p.draw.min) / width * kSweepBins);
  return std::min(bin, kSweepBins - 1);
}

void SweepSummary::Add(std::span<const std::string> fields) {
  if (fields.size() != columns_.names.size())
    BadRow("a row has " + std::to_string(fields.size()) + " fields; the header has " +
           std::to_string(columns_.names.size()));
  ++rows_;
  std::vector<std::uint8_t>& holds = holds_;
  for (size_t o = 0; o < outcomes_.size(); ++o) {
    holds[o] = Holds(outcomes_[o], fields);
    if (!holds[o]) continue;
    ++count_[o];
    package_.clear();
    for (int i = 0; i < columns_.num_issues; ++i)
      (package_ += i > 0 ? "\n" : "") += fields[outcomes_[o].package + i];
    packages_[o].Add(package_);
  }
  for (size_t k = 0; k < parameters_.size(); ++k) {
    const std::string& text = fields[columns_.parameter(static_cast<int>(k))];
    const double x = ValueOf(k, text);
    ParameterStats& stats = parameters_[k];
    Cell& cell = stats.cells[CellOf(k, text, x)];
    ++cell.runs;
    for (size_t o = 0; o < outcomes_.size(); ++o) {
      cell.count[o] += holds[o];
      stats.fits[o].Add(x, holds[o]);
    }
    stats.min_x = rows_ == 1 ? x : std::min(stats.min_x, x);
    stats.max_x = rows_ == 1 ? x : std::max(stats.max_x, x);
  }
  if (columns_.zone_binding >= 0) {
    const std::string& binding = fields[columns_.zone_binding];
    for (size_t start = 0; start < binding.size();) {
      const size_t end = std::min(binding.find(';', start), binding.size());
      const auto it = binds_.find(binding.substr(start, end - start));
      if (it == binds_.end()) BadRow("zone.binding names an unknown red line: " + binding);
      ++it->second;
      start = end + 1;
    }
  }
  if (columns_.cause >= 0 && !fields[columns_.cause].empty()) ++causes_[fields[columns_.cause]];
}

std::string SweepSummary::Headline() const {
  std::string text;
  for (size_t o = 0; o < outcomes_.size(); ++o) {
    char percent[32];
    std::snprintf(percent, sizeof percent, "%.1f%%", 100 * Rate(count_[o], rows_));
    text += std::string(o > 0 ? "; " : "") +
            (outcomes_[o].column == columns_.zone_size ? "deal exists" : "agreed") + " in " +
            std::to_string(count_[o]) + " of " + std::to_string(rows_) + " runs (" + percent +
            ")";
  }
  return text;
}

void SweepSummary::WriteRates(JsonWriter& json, const Cell& cell) const {
  json.Key("runs").Int(static_cast<long long>(cell.runs));
  json.Key("rate").BeginObject();
  for (size_t o = 0; o < outcomes_.size(); ++o)
    json.Key(outcomes_[o].name).Number(Rate(cell.count[o], cell.runs));
  json.EndObject();
}

void SweepSummary::WriteParameter(JsonWriter& json, size_t k) const {
  const SweepParameter& p = job_.plan.parameters[k];
  const ParameterStats& stats = parameters_[k];
  json.BeginObject();
  json.Key("path").String(p.path);
  json.Key("kind").String(p.monte_carlo() ? "monte_carlo" : "grid");
  if (p.monte_carlo()) json.Key("distribution").String(DistributionName(p.draw.distribution));
  if (PerValue(p)) {
    const std::vector<double>& values = p.monte_carlo() ? p.draw.choices : p.grid;
    json.Key("values").BeginArray();
    for (size_t v = 0; v < values.size(); ++v) {
      json.BeginObject().Key("value");
      if (p.kind == ValueKind::kOption) json.String(p.Format(values[v]));
      else json.Number(values[v]);
      WriteRates(json, stats.cells[v]);
      json.EndObject();
    }
  } else {
    json.Key("bins").BeginArray();
    const double width = (p.draw.max - p.draw.min) / kSweepBins;
    for (int b = 0; b < kSweepBins; ++b) {
      json.BeginObject();
      json.Key("from").Number(p.draw.min + b * width);
      json.Key("to").Number(b + 1 == kSweepBins ? p.draw.max : p.draw.min + (b + 1) * width);
      WriteRates(json, stats.cells[b]);
      json.EndObject();
    }
  }
  json.EndArray();
  json.Key("sensitivity").BeginObject();
  for (size_t o = 0; o < outcomes_.size(); ++o) {
    const Fit& fit = stats.fits[o];
    const double slope = fit.m2x > 0 ? fit.cxy / fit.m2x : kNaN;
    double low = kNaN, high = kNaN;
    for (const Cell& cell : stats.cells) {
      if (cell.runs == 0) continue;
      const double rate = Rate(cell.count[o], cell.runs);
      low = std::isnan(low) ? rate : std::min(low, rate);
      high = std::isnan(high) ? rate : std::max(high, rate);
    }
    json.Key(outcomes_[o].name).BeginObject();
    json.Key("slope").Number(slope);
    json.Key("change_over_range").Number(slope * (stats.max_x - stats.min_x));
    json.Key("rate_spread").Number(high - low);
    json.EndObject();
  }
  json.EndObject();
  json.EndObject();
}

void SweepSummary::WriteJson(std::ostream& out) const {
  const Scenario& scenario = *job_.scenario;
  JsonWriter json(out);
  json.BeginObject();
  json.Key("sweep").String(job_.name);
  json.Key("scenario").String(scenario.name());
  json.Key("analysis").String(AnalysisName(job_.analysis));
  json.Key("runs").Int(static_cast<long long>(rows_));
  json.Key("outcomes").BeginObject();
  for (size_t o = 0; o < outcomes_.size(); ++o) {
    json.Key(outcomes_[o].name).BeginObject();
    json.Key("count").Int(static_cast<long long>(count_[o]));
    json.Key("rate").Number(Rate(count_[o], rows_));
    json.EndObject();
  }
  json.EndObject();

  json.Key("parameters").BeginArray();
  for (size_t k = 0; k < parameters_.size(); ++k) WriteParameter(json, k);
  json.EndArray();

  json.Key("packages").BeginObject();
  for (size_t o = 0; o < outcomes_.size(); ++o) {
    const TopCounter& top = packages_[o];
    json.Key(outcomes_[o].name).BeginObject();
    json.Key("exact").Bool(top.exact());
    json.Key("distinct");
    if (top.exact()) json.Int(static_cast<long long>(top.distinct()));
    else json.Null();
    json.Key("top").BeginArray();
    for (const TopCounter::Entry& entry : top.Top(kSweepTopPackages)) {
      json.BeginObject().Key("package").BeginObject();
      size_t start = 0;
      for (int i = 0; i < columns_.num_issues; ++i) {
        const size_t end = std::min(entry.key.find('\n', start), entry.key.size());
        json.Key(scenario.space().issue(i).name).String(entry.key.substr(start, end - start));
        start = end + 1;
      }
      json.EndObject();
      json.Key("runs").Int(static_cast<long long>(entry.count));
      json.Key("share").Number(Rate(entry.count, count_[o]));
      if (!top.exact()) json.Key("overcount").Int(static_cast<long long>(entry.overcount));
      json.EndObject();
    }
    json.EndArray().EndObject();
  }
  json.EndObject();

  if (job_.zone()) {
    json.Key("red_lines").BeginArray();
    for (int k : red_lines_) {
      const RedLine& line = scenario.red_lines()[k];
      const std::uint64_t binds = binds_.at(line.key);
      json.BeginObject();
      json.Key("key").String(line.key);
      json.Key("label").String(line.label);
      json.Key("binds").Int(static_cast<long long>(binds));
      json.Key("rate").Number(Rate(binds, rows_));
      json.EndObject();
    }
    json.EndArray();
  }
  if (job_.bargain()) {
    std::vector<std::pair<std::string, std::uint64_t>> causes(causes_.begin(), causes_.end());
    std::stable_sort(causes.begin(), causes.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    json.Key("causes").BeginArray();
    for (const auto& [cause, runs] : causes) {
      json.BeginObject();
      json.Key("cause").String(cause);
      json.Key("runs").Int(static_cast<long long>(runs));
      json.Key("rate").Number(Rate(runs, rows_));
      json.EndObject();
    }
    json.EndArray();
  }
  json.EndObject();
  out << '\n';
}

}  // namespace negsim
