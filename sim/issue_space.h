// IssueSpace: the issues of a scenario as a mixed-radix number system. A package (one option
// per issue) and its integer index convert both ways, so spaces of 10^12 packages and more are
// addressed without ever being stored.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace negsim {

using PackageIndex = std::uint64_t;
using OptionIndex = std::uint8_t;  // options per issue are limited to kMaxOptions

inline constexpr int kMaxOptions = 255;
inline constexpr int kMaxIssues = 64;

struct Issue {
  std::string name;
  std::string description;
  std::vector<std::string> options;  // pole to pole
  std::vector<double> levels;        // numeric issues only (same length as options)
  std::string unit;
  bool numeric() const { return !levels.empty(); }
};

class IssueSpace {
 public:
  IssueSpace() = default;
  // Requires 1..kMaxIssues issues of 1..kMaxOptions options whose product fits PackageIndex
  // (Compile() reports violations as input errors before building one).
  explicit IssueSpace(std::vector<Issue> issues);

  int num_issues() const { return static_cast<int>(issues_.size()); }
  const Issue& issue(int i) const { return issues_[i]; }
  int num_options(int i) const { return static_cast<int>(issues_[i].options.size()); }
  // Number of packages in the space.
  PackageIndex size() const { return size_; }
  // Options of all issues laid end to end: option o of issue i is flat option offset(i) + o.
  int offset(int i) const { return offsets_[i]; }
  int num_flat_options() const { return offsets_.empty() ? 0 : offsets_.back(); }
  // Index step of one option of issue i: the last issue varies fastest (odometer order).
  PackageIndex stride(int i) const { return strides_[i]; }

  // -1 when absent.
  int FindIssue(std::string_view name) const;
  int FindOption(int issue, std::string_view option) const;

  PackageIndex Encode(std::span<const OptionIndex> package) const;
  void Decode(PackageIndex index, std::span<OptionIndex> package) const;
  std::vector<OptionIndex> Decode(PackageIndex index) const;

  // "crimea=unrecognised_control nato=off_table ..." (every issue, in order).
  std::string Describe(std::span<const OptionIndex> package) const;

  // The product of the radices, or nullopt when it does not fit in PackageIndex.
  static std::optional<PackageIndex> CountPackages(std::span<const int> radices);

 private:
  std::vector<Issue> issues_;
  std::vector<int> offsets_;               // num_issues + 1 entries
  std::vector<PackageIndex> strides_;      // num_issues entries
  PackageIndex size_ = 0;
};

}  // namespace negsim
