// SweepWorker: computes one run of a sweep into its CSV row. One per thread: it owns the
// scratch space a run needs (the run's parameter values, the row being formatted), and reads
// the shared SweepJob only.
#pragma once

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "sim/csv_writer.h"
#include "sim/sweep_job.h"

namespace negsim {

class SweepWorker {
 public:
  explicit SweepWorker(const SweepJob& job);

  // The row of run `run` (its CSV text, newline included) into `row`. A run whose changed
  // scenario does not compile (e.g. two swept weights that are both 0) is an InputError at
  // the sweep file naming the run and its values.
  void Run(RunIndex run, std::string& row);

 private:
  void WriteZone(const Scenario& scenario, CsvWriter& csv) const;
  void WriteBargain(std::shared_ptr<const Scenario> scenario, RunIndex run, CsvWriter& csv) const;

  const SweepJob& job_;
  std::vector<double> values_;  // the run's parameter values, plan order
  std::ostringstream text_;     // the row being formatted
};

}  // namespace negsim
