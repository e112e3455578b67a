// A RunState allocates everything when it is created: playing a run, Reset included, allocates
// nothing, for every protocol x strategy, with agenda stages, influence and drift; nor does
// rebinding its RunSetup to other numbers. Counted by replacing the global operator new in this
// test binary.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "tests/agents/bargaining_fixtures.h"

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

TEST(RoundAllocation, RebindingAndPlayingARunAllocateNothing) {
  ForEveryProtocolAndStrategy(300, 6, 4, 30, [](const ScenarioSpec& spec, std::uint64_t k,
                                                const std::string& where) {
    RunSetup setup(Compile(spec), Builtins().protocols, Builtins().strategies);
    RunState state(setup);
    // Its own numbers to rebind to, copied out first (a batch over other numbers alike).
    std::vector<std::vector<double>> weights, values;
    std::vector<ActorNumbers> numbers;
    for (int a = 0; a < setup.scenario().num_actors(); ++a) {
      weights.emplace_back(setup.weights(a).begin(), setup.weights(a).end());
      values.emplace_back(setup.values(a).begin(), setup.values(a).end());
    }
    for (int a = 0; a < setup.scenario().num_actors(); ++a)
      numbers.push_back(ActorNumbers{weights[a], values[a], setup.reservation(a)});
    Rng rng;
    allocations = 0;
    counting = true;
    for (std::uint64_t run = 0; run < 3; ++run) {
      setup.Rebind(numbers);
      rng.seed(RunSeed(k, run));
      PlayRun(setup, state, rng);
    }
    counting = false;
    EXPECT_EQ(allocations.load(), 0) << where;
  });
}

}  // namespace
}  // namespace negsim::testing
