// WriteCompare: the markdown, CSV and JSON forms of `negsim compare` (declared in compare.h).
// Markdown and CSV share the cell texts; markdown marks an empty cell, CSV leaves it empty.
#include <string_view>

#include "sim/check.h"
#include "sim/compare.h"
#include "sim/csv_writer.h"
#include "sim/json_writer.h"
#include "sim/run_writer.h"
#include "sim/zone_format.h"

namespace negsim {

namespace {

constexpr std::string_view kEmDash = "\u2014";

// "ceasefire=ceasefire_first recognition=none ...", as `negsim zone` prints packages.
std::string PackageCell(const NamedPackage& package) {
  std::string text;
  for (const auto& [issue, option] : package)
    text += (text.empty() ? "" : " ") + issue + "=" + option;
  return text;
}

// "russia.whole-donbas (+801), ukraine.no-cession (+442)".
std::string BindingCell(const CompareRow& row) {
  std::string text;
  for (const CompareBinding& line : row.binding)
    text += (text.empty() ? "" : ", ") + line.red_line + " (+" + std::to_string(line.added) + ")";
  return text;
}

// "russia.keep-annexed-land, russia.whole-donbas, ukraine accepts 0.0123 below its reservation".
std::string OpeningCell(const CompareRow& row) {
  std::string text;
  for (const CompareConcession& concession : row.opening) {
    text += text.empty() ? "" : ", ";
    text += concession.red_line.empty() ? concession.actor + " accepts " +
                                              Fixed(concession.shortfall, 4) +
                                              " below its reservation"
                                        : concession.red_line;
  }
  return text;
}

// Does run `k` of any row have a mediator? Then its mediator gets a column.
bool HasMediator(const std::vector<CompareRow>& rows, size_t k) {
  for (const CompareRow& row : rows)
    if (!row.runs[k].mediator.empty()) return true;
  return false;
}

std::string MarkdownEscape(std::string_view text) {
  std::string escaped;
  for (const char c : text) {
    if (c == '|') escaped += '\\';
    escaped += c;
  }
  return escaped;
}

void WriteMarkdown(const std::vector<CompareRow>& rows, std::ostream& out) {
  const std::vector<CompareRun>& first = rows.front().runs;
  std::string header = "| scenario | zone | Nash package |";
  std::string rule = "|---|--:|---|";
  for (size_t k = 0; k < first.size(); ++k) {
    header += " " + first[k].protocol + " |";
    rule += "---|";
    if (HasMediator(rows, k)) {
      header += " mediator |";
      rule += "---|";
    }
  }
  out << header << " red lines that bind | smallest concession set that opens the zone |\n"
      << rule << "---|---|\n";
  const auto or_mark = [](const std::string& cell, std::string_view mark) {
    return cell.empty() ? std::string(mark) : MarkdownEscape(cell);
  };
  for (const CompareRow& row : rows) {
    out << "| `" << MarkdownEscape(row.scenario) << "` | " << row.zone_size << " | "
        << or_mark(PackageCell(row.nash), kEmDash) << " |";
    for (size_t k = 0; k < row.runs.size(); ++k) {
      out << ' ' << DescribeCompareRun(row.runs[k]) << " |";
      if (HasMediator(rows, k)) out << ' ' << or_mark(row.runs[k].mediator, kEmDash) << " |";
    }
    out << ' ' << or_mark(BindingCell(row), "none") << " | " << or_mark(OpeningCell(row), kEmDash)
        << " |\n";
  }
}

void WriteCsv(const std::vector<CompareRow>& rows, std::ostream& out) {
  CsvWriter csv(out);
  csv.Field("scenario").Field("name").Field("space_size").Field("zone_size").Field("nash");
  for (const CompareRun& run : rows.front().runs)
    for (const char* column : {"outcome", "result", "round", "actor", "mediator", "agreement"})
      csv.Field(run.protocol + "_" + column);
  csv.Field("binding").Field("opening").EndRow();
  for (const CompareRow& row : rows) {
    csv.Field(row.scenario).Field(row.name);
    csv.Field(static_cast<long long>(row.space_size)).Field(static_cast<long long>(row.zone_size));
    csv.Field(PackageCell(row.nash));
    for (const CompareRun& run : row.runs) {
      csv.Field(DescribeCompareRun(run)).Field(RunEndName(run.end));
      csv.Field(static_cast<long long>(run.round)).Field(run.actor).Field(run.mediator);
      csv.Field(PackageCell(run.agreement));
    }
    csv.Field(BindingCell(row)).Field(OpeningCell(row)).EndRow();
  }
}

// {issue: option, ...}, or null for no package.
void JsonPackage(JsonWriter& json, const NamedPackage& package) {
  if (package.empty()) {
    json.Null();
    return;
  }
  json.BeginObject();
  for (const auto& [issue, option] : package) json.Key(issue).String(option);
  json.EndObject();
}

// The string, or null when it is empty.
void JsonText(JsonWriter& json, const std::string& text) {
  if (text.empty()) {
    json.Null();
  } else {
    json.String(text);
  }
}

void WriteJsonRow(JsonWriter& json, const CompareRow& row) {
  json.BeginObject().Key("scenario").String(row.scenario).Key("name").String(row.name);
  json.Key("space_size").Int(static_cast<long long>(row.space_size));
  json.Key("zone_size").Int(static_cast<long long>(row.zone_size)).Key("nash");
  JsonPackage(json, row.nash);
  json.Key("runs").BeginArray();
  for (const CompareRun& run : row.runs) {
    json.BeginObject().Key("protocol").String(run.protocol).Key("mediator");
    JsonText(json, run.mediator);
    json.Key("outcome").String(DescribeCompareRun(run)).Key("result").String(RunEndName(run.end));
    json.Key("round").Int(run.round).Key("actor");
    JsonText(json, run.actor);
    json.Key("agreement");
    JsonPackage(json, run.agreement);
    json.EndObject();
  }
  json.EndArray().Key("binding").BeginArray();
  for (const CompareBinding& line : row.binding)
    json.BeginObject()
        .Key("red_line")
        .String(line.red_line)
        .Key("added")
        .Int(static_cast<long long>(line.added))
        .EndObject();
  json.EndArray().Key("opening").BeginArray();
  for (const CompareConcession& concession : row.opening) {
    json.BeginObject().Key("actor").String(concession.actor).Key("red_line");
    JsonText(json, concession.red_line);
    json.Key("shortfall");
    if (concession.red_line.empty()) {
      json.Number(concession.shortfall);
    } else {
      json.Null();
    }
    json.EndObject();
  }
  json.EndArray().EndObject();
}

void WriteJson(const std::vector<CompareRow>& rows, std::uint64_t seed, std::ostream& out) {
  JsonWriter json(out);
  json.BeginObject().Key("seed").Int(static_cast<long long>(seed)).Key("rows").BeginArray();
  for (const CompareRow& row : rows) WriteJsonRow(json, row);
  json.EndArray().EndObject();
  out << '\n';
}

}  // namespace

void WriteCompare(const std::vector<CompareRow>& rows, CompareFormat format, std::uint64_t seed,
                  std::ostream& out) {
  NEGSIM_CHECK(!rows.empty());
  for (const CompareRow& row : rows) NEGSIM_CHECK(row.runs.size() == rows.front().runs.size());
  switch (format) {
    case CompareFormat::kMarkdown: return WriteMarkdown(rows, out);
    case CompareFormat::kCsv: return WriteCsv(rows, out);
    case CompareFormat::kJson: return WriteJson(rows, seed, out);
  }
}

}  // namespace negsim
