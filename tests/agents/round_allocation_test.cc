// A RunState allocates everything when it is created: playing a run, Reset included, allocates
// nothing, for every protocol x strategy, with agenda stages, influence and drift. Counted by
// replacing the global operator new in this test binary.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "tests/agents/bargaining_fixtures.h"
#include "tests/sim/random_scenario.h"

namespace {
std::atomic<bool> counting{false};
std::atomic<long> allocations{0};

void* TryAllocate(std::size_t size) noexcept {
  if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1);
  return std::malloc(size == 0 ? 1 : size);
}
void* Allocate(std::size_t size) {
  if (void* p = TryAllocate(size)) return p;
  throw std::bad_alloc();
}
}  // namespace

// Every form that pairs with the replaced operator delete is replaced too (the standard library's
// temporary buffers use the nothrow form), or AddressSanitizer sees new and free mismatched.

void* operator new(std::size_t size) { return Allocate(size); }
void* operator new[](std::size_t size) { return Allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return TryAllocate(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return TryAllocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace negsim::testing {
namespace {

TEST(RoundAllocation, TheCounterSeesAllocations) {
  allocations = 0;
  counting = true;
  auto* vector = new std::vector<int>(100);
  counting = false;
  delete vector;
  EXPECT_EQ(allocations.load(), 2);  // the vector and its buffer
}

TEST(RoundAllocation, PlayingARunAllocatesNothing) {
  for (const std::string& protocol : Builtins().protocols.Names())
    for (const std::string& strategy : Builtins().strategies.Names())
      for (std::uint64_t k = 0; k < 6; ++k) {
        RandomScenarioOptions options;
        options.num_actors = 4;
        ScenarioSpec spec = RandomScenarioSpec(300 + k, options);
        spec.protocol.name = protocol;
        spec.protocol.max_rounds = 30;
        if (protocol == "mediated") spec.protocol.mediator = k % 2 == 0 ? "neutral" : "a1";
        for (ActorSpec& actor : spec.actors) actor.strategy = StrategySpec{strategy, {}};
        if (k % 2 == 0)
          for (size_t i = 1; i < spec.issues.size(); ++i)
            spec.agenda[spec.issues[i].name] = {spec.issues[0].name};
        if (k % 3 == 0) {
          spec.influence.push_back(InfluenceSpec{"a0", "a1", 0.5, "weights"});
          spec.influence.push_back(InfluenceSpec{"a2", "a1", 0.5, "reservation"});
          spec.actors[2].reservation_drift = 0.01;
        }
        const RunSetup setup(Compile(spec), Builtins().protocols, Builtins().strategies);
        RunState state(setup);
        Rng rng;
        allocations = 0;
        counting = true;
        for (std::uint64_t run = 0; run < 3; ++run) {
          rng.seed(RunSeed(k, run));
          PlayRun(setup, state, rng);
        }
        counting = false;
        EXPECT_EQ(allocations.load(), 0) << protocol << "/" << strategy << " #" << k;
      }
}

}  // namespace
}  // namespace negsim::testing
