#include "sim/agenda.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/topological_sort.hpp>
#include <iterator>

namespace negsim {

AgendaStages::AgendaStages(const Scenario& scenario) {
  const int n = scenario.space().num_issues();
  // Edge p -> i: prerequisite p is settled before issue i.
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> graph(n);
  const auto& before = scenario.agenda_prerequisites();
  for (int i = 0; i < static_cast<int>(before.size()); ++i)
    for (int p : before[i]) boost::add_edge(p, i, graph);

  std::vector<int> reverse_order;
  boost::topological_sort(graph, std::back_inserter(reverse_order));
  stage_of_.assign(n, 0);
  for (auto it = reverse_order.rbegin(); it != reverse_order.rend(); ++it)
    for (auto [e, end] = boost::out_edges(*it, graph); e != end; ++e) {
      const int next = static_cast<int>(boost::target(*e, graph));
      stage_of_[next] = std::max(stage_of_[next], stage_of_[*it] + 1);
    }
  const int stages = n == 0 ? 0 : *std::max_element(stage_of_.begin(), stage_of_.end()) + 1;
  stage_issues_.resize(stages);
  for (int i = 0; i < n; ++i) stage_issues_[stage_of_[i]].push_back(i);
}

}  // namespace negsim
