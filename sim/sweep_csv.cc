#include "sim/sweep_csv.h"

#include <sstream>

namespace negsim {

bool CsvReader::Next(std::vector<std::string>& fields) {
  using Traits = std::streambuf::traits_type;
  for (std::string& f : fields) f.clear();
  size_t count = 0;
  const auto field = [&]() -> std::string& {
    while (fields.size() < count) fields.emplace_back();
    return fields[count - 1];
  };
  bool quoted = false;
  std::uint64_t read = 0;
  int c = in_.sbumpc();
  if (c == Traits::eof()) return false;
  ++count;
  for (; c != Traits::eof(); c = in_.sbumpc()) {
    ++read;
    if (quoted) {
      if (c != '"') {
        field() += static_cast<char>(c);
      } else if (in_.sgetc() == '"') {  // "" inside quotes is one quote
        field() += '"';
        in_.sbumpc();
        ++read;
      } else {
        quoted = false;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      ++count;
      field();
    } else if (c == '\n') {
      fields.resize(count);
      consumed_ += read;
      return true;
    } else if (c != '\r') {
      field() += static_cast<char>(c);
    }
  }
  torn_ = true;
  return false;
}

std::vector<std::string> SplitCsvRow(std::string_view row) {
  std::string text(row);
  if (text.empty() || text.back() != '\n') text += '\n';
  std::istringstream in(text);
  CsvReader reader(in);
  std::vector<std::string> fields;
  reader.Next(fields);
  return fields;
}

}  // namespace negsim
