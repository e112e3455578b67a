#include "sim/issue_space.h"

#include <gtest/gtest.h>

namespace negsim {
namespace {

IssueSpace ThreeIssues() {
  return IssueSpace({Issue{"a", "", {"a0", "a1", "a2"}, {}, ""},
                     Issue{"b", "", {"b0", "b1"}, {}, ""},
                     Issue{"c", "", {"c0", "c1", "c2", "c3"}, {}, ""}});
}

TEST(IssueSpace, SizeOffsetsAndStridesFollowTheMixedRadix) {
  const IssueSpace space = ThreeIssues();
  EXPECT_EQ(space.size(), 24u);
  EXPECT_EQ(space.offset(0), 0);
  EXPECT_EQ(space.offset(1), 3);
  EXPECT_EQ(space.offset(2), 5);
  EXPECT_EQ(space.num_flat_options(), 9);
  // The last issue varies fastest: strides 8, 4, 1.
  EXPECT_EQ(space.stride(0), 8u);
  EXPECT_EQ(space.stride(1), 4u);
  EXPECT_EQ(space.stride(2), 1u);
}

TEST(IssueSpace, EncodeAndDecodeAreInversesOverTheWholeSpace) {
  const IssueSpace space = ThreeIssues();
  for (PackageIndex i = 0; i < space.size(); ++i) {
    const std::vector<OptionIndex> package = space.Decode(i);
    EXPECT_EQ(space.Encode(package), i);
  }
  const std::vector<OptionIndex> p = {2, 1, 3};
  EXPECT_EQ(space.Encode(p), 2 * 8u + 1 * 4u + 3u);
  EXPECT_EQ(space.Describe(p), "a=a2 b=b1 c=c3");
}

TEST(IssueSpace, RepresentsSpacesBeyondATrillionPackages) {
  std::vector<Issue> issues;
  for (int i = 0; i < 20; ++i) issues.push_back(Issue{"i" + std::to_string(i), "", {"w", "x", "y", "z"}, {}, ""});
  const IssueSpace space(issues);
  EXPECT_EQ(space.size(), PackageIndex{1} << 40);  // 4^20 = 1.1e12
  std::vector<OptionIndex> last(20, 3);
  EXPECT_EQ(space.Encode(last), space.size() - 1);
  EXPECT_EQ(space.Decode(space.size() - 1), last);
}

TEST(IssueSpace, CountPackagesDetectsOverflow) {
  std::vector<int> radices(64, 2);
  EXPECT_FALSE(IssueSpace::CountPackages(radices).has_value());  // 2^64 does not fit
  radices.pop_back();
  EXPECT_EQ(*IssueSpace::CountPackages(radices), PackageIndex{1} << 63);
}

TEST(IssueSpace, FindsIssuesAndOptionsByName) {
  const IssueSpace space = ThreeIssues();
  EXPECT_EQ(space.FindIssue("b"), 1);
  EXPECT_EQ(space.FindIssue("zz"), -1);
  EXPECT_EQ(space.FindOption(2, "c2"), 2);
  EXPECT_EQ(space.FindOption(2, "a0"), -1);
}

}  // namespace
}  // namespace negsim
