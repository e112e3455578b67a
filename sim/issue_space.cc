#include "sim/issue_space.h"

#include <limits>

#include "sim/check.h"

namespace negsim {

IssueSpace::IssueSpace(std::vector<Issue> issues) : issues_(std::move(issues)) {
  NEGSIM_CHECK(!issues_.empty() && static_cast<int>(issues_.size()) <= kMaxIssues);
  std::vector<int> radices;
  offsets_.push_back(0);
  for (const Issue& issue : issues_) {
    const int n = static_cast<int>(issue.options.size());
    NEGSIM_CHECK(n >= 1 && n <= kMaxOptions);
    NEGSIM_CHECK(issue.levels.empty() || issue.levels.size() == issue.options.size());
    radices.push_back(n);
    offsets_.push_back(offsets_.back() + n);
  }
  const std::optional<PackageIndex> count = CountPackages(radices);
  NEGSIM_CHECK(count.has_value());
  size_ = *count;
  strides_.assign(issues_.size(), 1);
  for (int i = num_issues() - 2; i >= 0; --i) strides_[i] = strides_[i + 1] * radices[i + 1];
}

int IssueSpace::FindIssue(std::string_view name) const {
  for (int i = 0; i < num_issues(); ++i)
    if (issues_[i].name == name) return i;
  return -1;
}

int IssueSpace::FindOption(int issue, std::string_view option) const {
  const auto& options = issues_[issue].options;
  for (int o = 0; o < static_cast<int>(options.size()); ++o)
    if (options[o] == option) return o;
  return -1;
}

PackageIndex IssueSpace::Encode(std::span<const OptionIndex> package) const {
  NEGSIM_CHECK(static_cast<int>(package.size()) == num_issues());
  PackageIndex index = 0;
  for (int i = 0; i < num_issues(); ++i) {
    NEGSIM_CHECK(package[i] < num_options(i));
    index += package[i] * strides_[i];
  }
  return index;
}

void IssueSpace::Decode(PackageIndex index, std::span<OptionIndex> package) const {
  NEGSIM_CHECK(static_cast<int>(package.size()) == num_issues() && index < size_);
  for (int i = 0; i < num_issues(); ++i) {
    package[i] = static_cast<OptionIndex>(index / strides_[i]);
    index %= strides_[i];
  }
}

std::vector<OptionIndex> IssueSpace::Decode(PackageIndex index) const {
  std::vector<OptionIndex> package(issues_.size());
  Decode(index, package);
  return package;
}

std::string IssueSpace::Describe(std::span<const OptionIndex> package) const {
  std::string text;
  for (int i = 0; i < num_issues(); ++i) {
    if (i > 0) text += ' ';
    text += issues_[i].name + '=' + issues_[i].options[package[i]];
  }
  return text;
}

std::optional<PackageIndex> IssueSpace::CountPackages(std::span<const int> radices) {
  PackageIndex count = 1;
  for (int r : radices) {
    if (r <= 0) return std::nullopt;
    if (count > std::numeric_limits<PackageIndex>::max() / static_cast<PackageIndex>(r))
      return std::nullopt;
    count *= static_cast<PackageIndex>(r);
  }
  return count;
}

}  // namespace negsim
