// SweepOutput: the files of one sweep in its output directory, kept safe against interruption.
//   runs.csv      one row per run in run order, each written to the file as it arrives, so a
//                 Ctrl-C, kill or crash loses no finished row;
//   summary.json  the summary (sweep_summary.h), written when the last run is in, through a
//                 temporary file and a rename, so it is never seen half written;
//   sweep.id      which sweep and shard the rows belong to: a hash of the job's identity, the
//                 number of runs and the shard. Output of another sweep is never resumed or
//                 merged.
// Resuming reads runs.csv back (its rows feed the summary in order), drops a torn last line,
// and appends the missing rows, so the files end byte-identical to an uninterrupted run's.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sim/sweep_job.h"
#include "sim/sweep_summary.h"

namespace negsim {

class SweepOutput {
 public:
  enum class Mode {
    kNew,        // the directory must not hold a runs.csv yet
    kResume,     // continue the runs.csv there (or start one if there is none)
    kOverwrite,  // start again, replacing what is there
  };

  // Opens `dir` for shard `shard` of `job`. InputError (exit code 2) when kNew finds a
  // runs.csv, when kResume finds another sweep's or shard's output, or a runs.csv whose rows
  // are not a prefix of this shard's; std::runtime_error when a file cannot be written.
  SweepOutput(const SweepJob& job, std::filesystem::path dir, Shard shard, Mode mode);
  ~SweepOutput();
  SweepOutput(const SweepOutput&) = delete;
  SweepOutput& operator=(const SweepOutput&) = delete;

  // The shard position to continue at: the number of rows already in runs.csv.
  RunIndex first() const { return first_; }
  // Writes one row (CSV text with its newline) to runs.csv and adds it to the summary.
  void Append(const std::string& row);
  // Syncs runs.csv to disk and writes summary.json.
  void Finish();

  const std::filesystem::path& dir() const { return dir_; }
  const SweepSummary& summary() const { return summary_; }

 private:
  void Start();
  bool Reopen();
  void Write(const std::string& text);

  const SweepJob& job_;
  std::filesystem::path dir_;
  Shard shard_;
  SweepSummary summary_;
  std::vector<std::string> header_;
  RunIndex first_ = 0;
  int fd_ = -1;
};

// Merges the complete outputs of every shard i/n of `job` (each an --out directory) into
// `dir`, writing exactly the runs.csv, summary.json and sweep.id of the unsharded sweep.
// Returns the merged sweep's summary. InputError when a shard is missing, repeated,
// incomplete or of another sweep.
SweepSummary MergeSweepShards(const SweepJob& job, const std::filesystem::path& dir,
                      const std::vector<std::filesystem::path>& shard_dirs,
                      SweepOutput::Mode mode);

}  // namespace negsim
