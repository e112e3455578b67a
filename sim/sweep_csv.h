// CsvReader: reads back the RFC 4180 rows that CsvWriter writes, for resuming a sweep, merging
// shards and summarising a merged file. A last row cut short by a crash (no final newline) is
// reported as torn rather than returned, so a resumed sweep rewrites it whole.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace negsim {

class CsvReader {
 public:
  explicit CsvReader(std::istream& in) : in_(*in.rdbuf()) {}

  // The next complete row's fields; false at the end of the input, or at a torn last row.
  bool Next(std::vector<std::string>& fields);
  // Bytes from the start up to the end of the last row Next returned.
  std::uint64_t consumed() const { return consumed_; }
  // Did the input end inside a row (after the last complete one)?
  bool torn() const { return torn_; }

 private:
  std::streambuf& in_;
  std::uint64_t consumed_ = 0;
  bool torn_ = false;
};

// The fields of one complete row (its text, final newline included or not).
std::vector<std::string> SplitCsvRow(std::string_view row);

}  // namespace negsim
