#include "sim/sweep_worker.h"

#include "sim/check.h"
#include "sim/input_error.h"
#include "sim/run.h"
#include "sim/run_writer.h"

namespace negsim {

namespace {

// Blank fields for a package and its utilities when there is none (an empty zone, no deal).
void BlankFields(CsvWriter& csv, int count) {
  for (int k = 0; k < count; ++k) csv.Field(std::string_view());
}

// The package by option names, then every actor's utility of it.
void PackageFields(CsvWriter& csv, const Scenario& scenario,
                   std::span<const OptionIndex> package) {
  const IssueSpace& space = scenario.space();
  for (int i = 0; i < space.num_issues(); ++i) csv.Field(space.issue(i).options[package[i]]);
  for (int a = 0; a < scenario.num_actors(); ++a) csv.Field(scenario.Utility(a, package));
}

}  // namespace

SweepWorker::SweepWorker(const SweepJob& job)
    : job_(job), values_(job.plan.parameters.size()) {
  NEGSIM_CHECK(!job.bargain() ||
               (job.registries.protocols != nullptr && job.registries.strategies != nullptr));
}

void SweepWorker::Run(RunIndex run, std::string& row) {
  const SweepPlan& plan = job_.plan;
  plan.Values(run, values_);
  ScenarioSpec spec = job_.base;
  for (size_t k = 0; k < values_.size(); ++k)
    ApplyField(spec, plan.parameters[k].field, values_[k]);

  text_.str(std::string());
  CsvWriter csv(text_);
  csv.Field(static_cast<long long>(run));
  for (size_t k = 0; k < values_.size(); ++k) csv.Field(plan.parameters[k].Format(values_[k]));
  try {
    const std::shared_ptr<const Scenario> scenario = Compile(std::move(spec));
    if (job_.zone()) WriteZone(*scenario, csv);
    if (job_.bargain()) WriteBargain(scenario, run, csv);
  } catch (const InputError& error) {
    std::string values;
    for (size_t k = 0; k < values_.size(); ++k)
      values += (k > 0 ? ", " : "") + plan.parameters[k].path + "=" +
                plan.parameters[k].Format(values_[k]);
    throw InputError(job_.file, "run " + std::to_string(run),
                     "with " + values + ": " +
                         FormatInputError({}, error.key_path(), error.problem(), ""),
                     error.fix().empty() ? "narrow the swept ranges" : error.fix());
  }
  csv.EndRow();
  row = text_.str();
}

void SweepWorker::WriteZone(const Scenario& scenario, CsvWriter& csv) const {
  const ZoneReport report = AnalyseZone(scenario, job_.zone_options);
  csv.Field(static_cast<long long>(report.zone_size));
  if (report.solutions.empty())
    BlankFields(csv, scenario.space().num_issues() + scenario.num_actors());
  else
    PackageFields(csv, scenario, report.solutions.front().package.options);
  std::string binding;
  for (const BindingRedLine& line : BindingRedLines(report))
    binding += (binding.empty() ? "" : ";") + scenario.red_lines()[line.red_line].key;
  csv.Field(binding);
}

void SweepWorker::WriteBargain(std::shared_ptr<const Scenario> scenario, RunIndex run,
                               CsvWriter& csv) const {
  const RunSetup setup(scenario, *job_.registries.protocols, *job_.registries.strategies);
  RunState state(setup);
  PlayRun(setup, state, job_.plan.seed, run);
  const RunOutcome& outcome = state.outcome();
  const bool agreed = outcome.end == RunEnd::kAgreement;
  csv.Field(agreed ? "1" : "0");
  csv.Field(static_cast<long long>(outcome.round));
  if (agreed)
    PackageFields(csv, *scenario, state.settled());
  else
    BlankFields(csv, scenario->space().num_issues() + scenario->num_actors());
  std::string cause;
  if (!agreed) {
    cause = RunEndName(outcome.end);
    if (outcome.actor >= 0) cause += ":" + scenario->actor(outcome.actor).id;
  }
  csv.Field(cause);
}

}  // namespace negsim
