// Command-line arguments of one negsim subcommand: positionals and --options, checked against
// the options the subcommand declares. A mistake is an InputError (exit code 2) naming the
// argument and the fix.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace negsim {

struct OptionDecl {
  std::string name;      // without the dashes: "format"
  std::string metavar;   // "" for a flag without a value
  std::string help;
  bool repeatable = false;
};

struct CommandDecl {
  std::string name;                 // "zone"
  std::string usage;                // "negsim zone SCENARIO [options]"
  std::string summary;              // one line
  std::vector<std::string> positionals;  // names of required positionals, in order
  std::vector<OptionDecl> options;
  bool last_positional_repeats = false;  // the last positional takes one or more values
};

class Args {
 public:
  // Parses argv after the subcommand name. Throws InputError on an unknown option, a missing
  // value or positional, or too many positionals.
  Args(const CommandDecl& decl, const std::vector<std::string>& argv);

  const std::string& positional(size_t i) const { return positionals_.at(i); }
  size_t num_positionals() const { return positionals_.size(); }
  bool has(const std::string& option) const { return values_.contains(option); }
  // The last value given for `option`, or `fallback`.
  std::string get(const std::string& option, const std::string& fallback) const;
  const std::vector<std::string>& all(const std::string& option) const;
  // An integer option within [min, max]; InputError otherwise.
  long long GetInt(const std::string& option, long long fallback, long long min,
                   long long max) const;
  // One of `choices`; InputError with a suggestion otherwise.
  std::string GetChoice(const std::string& option, const std::string& fallback,
                        const std::vector<std::string>& choices) const;

 private:
  std::vector<std::string> positionals_;
  std::map<std::string, std::vector<std::string>> values_;
};

// The help text of one subcommand.
std::string HelpText(const CommandDecl& decl);

}  // namespace negsim
