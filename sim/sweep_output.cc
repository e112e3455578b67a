#include "sim/sweep_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "sim/csv_writer.h"
#include "sim/input_error.h"
#include "sim/sweep_csv.h"

namespace negsim {

namespace fs = std::filesystem;

namespace {

constexpr const char* kRunsFile = "runs.csv";
constexpr const char* kSummaryFile = "summary.json";
constexpr const char* kIdFile = "sweep.id";

[[noreturn]] void Fail(const fs::path& path, const std::string& problem, const std::string& fix) {
  throw InputError(SourcePos{path.string(), 0, 0}, "", problem, fix);
}

[[noreturn]] void SystemFail(const fs::path& path, const std::string& action) {
  throw std::runtime_error("cannot " + action + " " + path.string() + ": " +
                           std::strerror(errno));
}

void WriteAll(int fd, std::string_view text, const fs::path& path) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) SystemFail(path, "write");
    text.remove_prefix(static_cast<size_t>(n));
  }
}

// Writes `path` through a temporary file and a rename: readers see the old file or the new.
void WriteAtomically(const fs::path& path, const std::string& text) {
  const fs::path temp = path.string() + ".tmp";
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) SystemFail(temp, "create");
  WriteAll(fd, text, temp);
  if (::fsync(fd) != 0 || ::close(fd) != 0) SystemFail(temp, "write");
  std::error_code error;
  fs::rename(temp, path, error);
  if (error) throw std::runtime_error("cannot rename " + temp.string() + ": " + error.message());
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::uint64_t Fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return hash;
}

std::string IdLine(const SweepJob& job, const Shard& shard) {
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx",
                static_cast<unsigned long long>(Fnv1a(job.identity)));
  return "negsim-sweep " + std::string(hash) + " runs=" + std::to_string(job.plan.num_runs()) +
         " shard=" + std::to_string(shard.index) + "/" + std::to_string(shard.count) + "\n";
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::ostringstream text;
  CsvWriter csv(text);
  for (const std::string& f : fields) csv.Field(f);
  csv.EndRow();
  return text.str();
}

// Reads the rows of one runs.csv in order, checking each against the run it should be.
class RunsReader {
 public:
  RunsReader(const fs::path& path, const std::vector<std::string>& header)
      : path_(path), in_(path, std::ios::binary), reader_(in_) {
    if (!in_) Fail(path, "cannot be read", "check the path");
    if (!reader_.Next(fields_)) return;
    has_header_ = true;
    if (fields_ != header)
      Fail(path, "its header is not this sweep's",
           "use another --out, or --overwrite to replace it");
  }

  bool has_header() const { return has_header_; }
  // The next row, which must be run `run`; false at the end (or a torn last line).
  bool Next(RunIndex run) {
    if (!has_header_ || !reader_.Next(fields_)) return false;
    ++line_;
    if (fields_.empty() || fields_[0] != std::to_string(run))
      Fail(path_, "line " + std::to_string(line_) + " is not run " + std::to_string(run),
           "the file was changed by hand; use --overwrite to run the sweep again");
    return true;
  }
  // Is there a whole row after the current one?
  bool HasMore() { return has_header_ && reader_.Next(fields_); }
  const std::vector<std::string>& fields() const { return fields_; }
  std::uint64_t consumed() const { return reader_.consumed(); }
  // Adds the current row to `summary`, positioning its errors in this file.
  void AddTo(SweepSummary& summary) const {
    try {
      summary.Add(fields_);
    } catch (const InputError& error) {
      throw InputError(SourcePos{path_.string(), line_, 0}, error.key_path(), error.problem(),
                       error.fix());
    }
  }

 private:
  fs::path path_;
  std::ifstream in_;
  CsvReader reader_;
  std::vector<std::string> fields_;
  bool has_header_ = false;
  int line_ = 1;
};

}  // namespace

SweepOutput::SweepOutput(const SweepJob& job, fs::path dir, Shard shard, Mode mode)
    : job_(job),
      dir_(std::move(dir)),
      shard_(shard),
      summary_(job),
      header_(MakeSweepColumns(job).names) {
  switch (mode) {
    case Mode::kNew:
      if (fs::exists(dir_ / kRunsFile))
        Fail(dir_ / kRunsFile, "exists already",
             "add --resume to complete it, or --overwrite to start again");
      Start();
      break;
    case Mode::kOverwrite:
      Start();
      break;
    case Mode::kResume:
      if (!Reopen()) Start();
      break;
  }
}

SweepOutput::~SweepOutput() {
  if (fd_ >= 0) ::close(fd_);
}

void SweepOutput::Start() {
  std::error_code error;
  fs::create_directories(dir_, error);
  if (error) throw std::runtime_error("cannot create " + dir_.string() + ": " + error.message());
  fs::remove(dir_ / kSummaryFile, error);
  WriteAtomically(dir_ / kIdFile, IdLine(job_, shard_));
  const fs::path runs = dir_ / kRunsFile;
  fd_ = ::open(runs.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) SystemFail(runs, "create");
  WriteAll(fd_, CsvLine(header_), runs);
  first_ = 0;
}

bool SweepOutput::Reopen() {
  const fs::path runs = dir_ / kRunsFile;
  if (!fs::exists(runs)) return false;
  if (!fs::exists(dir_ / kIdFile) || ReadFile(dir_ / kIdFile) != IdLine(job_, shard_))
    Fail(dir_, "holds the output of another sweep, or of another shard (see its sweep.id)",
         "use another --out, or --overwrite to replace it");
  RunsReader reader(runs, header_);
  if (!reader.has_header()) return false;  // torn before the header was whole: start again
  const RunIndex size = shard_.Size(job_.plan.num_runs());
  RunIndex rows = 0;
  while (rows < size && reader.Next(shard_.RunAt(rows))) {
    reader.AddTo(summary_);
    ++rows;
  }
  if (rows == size && reader.HasMore())
    Fail(runs, "has more rows than the sweep has runs", "use --overwrite to run it again");
  // Whatever follows the last whole row is a line torn by the interruption.
  fs::resize_file(runs, reader.consumed());
  fd_ = ::open(runs.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd_ < 0) SystemFail(runs, "open");
  first_ = rows;
  return true;
}

void SweepOutput::Append(const std::string& row) {
  WriteAll(fd_, row, dir_ / kRunsFile);
  summary_.Add(SplitCsvRow(row));
}

void SweepOutput::Finish() {
  if (::fsync(fd_) != 0) SystemFail(dir_ / kRunsFile, "sync");
  std::ostringstream json;
  summary_.WriteJson(json);
  WriteAtomically(dir_ / kSummaryFile, json.str());
}

SweepSummary MergeSweepShards(const SweepJob& job, const fs::path& dir,
                      const std::vector<fs::path>& shard_dirs, SweepOutput::Mode mode) {
  const std::uint64_t count = shard_dirs.size();
  if (count == 0) Fail(dir, "no shard to merge", "name every shard's --out directory");
  const std::vector<std::string> header = MakeSweepColumns(job).names;
  // readers[i] reads shard i + 1, from dirs[i].
  std::vector<std::unique_ptr<RunsReader>> readers(count);
  std::vector<fs::path> dirs(count);
  for (const fs::path& shard_dir : shard_dirs) {
    const std::string id = ReadFile(shard_dir / kIdFile);
    std::uint64_t index = 0;
    for (std::uint64_t i = 1; i <= count && index == 0; ++i)
      if (id == IdLine(job, Shard{i, count})) index = i;
    if (index == 0)
      Fail(shard_dir, "is not a shard i/" + std::to_string(count) + " of this sweep (sweep.id: " +
                          (id.empty() ? "missing" : id.substr(0, id.size() - 1)) + ")",
           "merge the --out directories of every shard, run with --shard i/" +
               std::to_string(count) + " of the same sweep file");
    if (readers[index - 1])
      Fail(shard_dir, "is shard " + std::to_string(index) + "/" + std::to_string(count) +
                          ", given twice", "name each shard once");
    readers[index - 1] = std::make_unique<RunsReader>(shard_dir / kRunsFile, header);
    dirs[index - 1] = shard_dir;
  }
  SweepOutput out(job, dir, Shard{}, mode);
  const RunIndex total = job.plan.num_runs();
  for (RunIndex run = 0; run < total; ++run) {
    RunsReader& reader = *readers[run % count];
    if (!reader.Next(run))
      Fail(dirs[run % count], "shard " + std::to_string(run % count + 1) + "/" +
                                  std::to_string(count) + " stops before run " +
                                  std::to_string(run),
           "complete it with --resume, then merge again");
    if (run >= out.first()) out.Append(CsvLine(reader.fields()));
  }
  for (std::uint64_t i = 0; i < count; ++i)
    if (readers[i]->HasMore())
      Fail(dirs[i], "has more rows than its shard has runs", "run that shard again");
  out.Finish();
  return out.summary();
}

}  // namespace negsim
