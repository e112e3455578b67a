#include "sim/csv_writer.h"

#include <cmath>

#include "sim/json_writer.h"

namespace negsim {

CsvWriter& CsvWriter::Field(std::string_view text) {
  if (row_started_) out_ << ',';
  row_started_ = true;
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) {
    out_ << text;
    return *this;
  }
  out_ << '"';
  for (const char c : text) {
    if (c == '"') out_ << '"';
    out_ << c;
  }
  out_ << '"';
  return *this;
}

CsvWriter& CsvWriter::Field(double value) {
  return Field(std::isfinite(value) ? FormatDouble(value) : std::string());
}

CsvWriter& CsvWriter::Field(long long value) { return Field(std::to_string(value)); }

CsvWriter& CsvWriter::EndRow() {
  out_ << '\n';
  row_started_ = false;
  return *this;
}

}  // namespace negsim
