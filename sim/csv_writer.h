// CsvWriter: RFC 4180 rows (quoted only where needed) that pandas and R read directly.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace negsim {

class CsvWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}

  CsvWriter& Field(std::string_view text);
  CsvWriter& Field(double value);  // round-trip precision; NaN as an empty field
  CsvWriter& Field(long long value);
  CsvWriter& EndRow();

 private:
  std::ostream& out_;
  bool row_started_ = false;
};

}  // namespace negsim
