// The other way to read a plan with yaml-cpp: YAML::LoadFile builds the whole node tree,
// then a walk visits every node. Its peak memory is the bar `most check` must stay under
// half of. Usage: floor_load PLAN.yaml

#include <yaml-cpp/yaml.h>

#include <cstdio>

namespace {

struct Totals {
  unsigned long nodes = 0;
  unsigned long bytes = 0;
};

void walk(const YAML::Node& node, Totals& totals) {
  ++totals.nodes;
  switch (node.Type()) {
  case YAML::NodeType::Scalar:
    totals.bytes += node.Scalar().size();
    break;
  case YAML::NodeType::Sequence:
    for (const YAML::Node& child : node) {
      walk(child, totals);
    }
    break;
  case YAML::NodeType::Map:
    for (const auto& entry : node) {
      walk(entry.first, totals);
      walk(entry.second, totals);
    }
    break;
  default:
    break;
  }
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: floor_load PLAN.yaml\n");
    return 2;
  }
  Totals totals;
  try {
    walk(YAML::LoadFile(argv[1]), totals);
  } catch (const YAML::Exception& error) {
    std::fprintf(stderr, "floor_load: %s\n", error.what());
    return 1;
  }
  std::printf("%lu nodes, %lu scalar bytes\n", totals.nodes, totals.bytes);
  return 0;
}
