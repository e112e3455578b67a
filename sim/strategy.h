// Strategy: how one actor negotiates (time-dependent concession, hardliner, tit-for-tat,
// opponent model, ...; implementations live in agents/). A strategy object is created once per
// actor and RunState and Reset() for every run; it sees only Self and the public Record. The
// engine keeps it honest: it never accepts a package that crosses its red lines or is worth
// less than its reservation, and its aspiration is clamped into [reservation, ceiling].
#pragma once

#include <memory>
#include <span>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "sim/check.h"
#include "sim/concession_curve.h"
#include "sim/negotiator.h"
#include "sim/run_params.h"
#include "sim/run_registry.h"

namespace negsim {

class Strategy {
 public:
  // Which of the hooks with a default below the concrete type overrides. The engine calls a
  // default directly (inlined, no virtual call: they run every round or for every offer);
  // MakeStrategy reads this off the type, and a strategy made any other way counts as
  // overriding them all.
  struct Overrides {
    bool aspiration = true;
    bool propose = true;
    bool respond = true;
    bool expectation = true;
    bool observe = true;
  };

  Strategy() = default;
  Strategy(const Strategy&) = delete;  // its curve may live in the strategy itself
  Strategy& operator=(const Strategy&) = delete;
  virtual ~Strategy() = default;
  const Overrides& overrides() const { return overrides_; }
  // A new run starts: forget the last one.
  virtual void Reset() {}
  // The utility it demands this round; asked once per round before any offer. Default: the
  // target of the curve it follows (a strategy that keeps this default must call Follow).
  virtual double Aspiration(const Self& self, const Record& record) {
    NEGSIM_CHECK(curve_ != nullptr);
    return curve_->Target(record.round(), self.reservation(), self.ceiling());
  }
  // Its proposal this round, written to `package`. Default: the nearest concession to its
  // aspiration (Self::Nearest).
  virtual void Propose(const Self& self, const Record&, Rng&, std::span<OptionIndex> package) {
    self.Nearest(self.aspiration(), package);
  }
  // Its vote on `offer`, worth `utility` to it. Default: accept at or above its aspiration.
  virtual bool Respond(const Self& self, const Record&, const OfferView&, double utility) {
    return utility >= self.aspiration();
  }
  // The best utility it can still expect from negotiating; it walks out when its reservation
  // exceeds this. Default: its ceiling (the best package it could still be offered).
  virtual double Expectation(const Self& self, const Record&) { return self.ceiling(); }
  // Every offer, with everyone's responses, once the votes are in (its own included).
  virtual void Observe(const Self&, const Record&, const OfferView&) {}
  // The curve the default Aspiration follows (null until Follow).
  const ConcessionCurve* curve() const { return curve_; }

 protected:
  // The default Aspiration follows `curve`. Call it in the constructor: a RunState tables the
  // curve when it is created, so the curve must live as long as the strategy and not change.
  void Follow(const ConcessionCurve& curve) { curve_ = &curve; }

 private:
  template <class T, class... Args>
  friend std::unique_ptr<Strategy> MakeStrategy(Args&&... args);
  Overrides overrides_;
  const ConcessionCurve* curve_ = nullptr;
};

// A new T (a Strategy), with the hooks it overrides recorded for the engine. Taking the address
// of a hook T does not declare names Strategy's own, so the types differ exactly when T (or a
// class between it and Strategy) overrides it.
template <class T, class... Args>
std::unique_ptr<Strategy> MakeStrategy(Args&&... args) {
  auto strategy = std::make_unique<T>(std::forward<Args>(args)...);
  strategy->overrides_ = Strategy::Overrides{
      !std::is_same_v<decltype(&T::Aspiration), decltype(&Strategy::Aspiration)>,
      !std::is_same_v<decltype(&T::Propose), decltype(&Strategy::Propose)>,
      !std::is_same_v<decltype(&T::Respond), decltype(&Strategy::Respond)>,
      !std::is_same_v<decltype(&T::Expectation), decltype(&Strategy::Expectation)>,
      !std::is_same_v<decltype(&T::Observe), decltype(&Strategy::Observe)>};
  return strategy;
}

// What a strategy is created with.
struct StrategyConfig {
  std::span<const double> params;  // in the order of StrategyInfo::params
  int actor = -1;
  int num_actors = 0;
  int deadline = 0;                // rounds that can be played
  const IssueSpace* space = nullptr;
};

struct StrategyInfo {
  static constexpr const char* kKind = "strategy";
  std::string name;
  std::string summary;
  std::vector<ParamSpec> params;
  std::unique_ptr<Strategy> (*create)(const StrategyConfig& config) = nullptr;
};

using StrategyRegistry = Registry<StrategyInfo>;

}  // namespace negsim
