// The floor for `most check`: yaml-cpp's event API (YAML::Parser + an EventHandler that does
// nothing but count), reading the plan straight from the file. Nothing can check a plan
// with yaml-cpp faster than this parses it. Usage: floor_events PLAN.yaml

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace {

class CountingHandler : public YAML::EventHandler {
public:
  void OnDocumentStart(const YAML::Mark& /*mark*/) override { ++events; }
  void OnDocumentEnd() override { ++events; }
  void OnNull(const YAML::Mark& /*mark*/, YAML::anchor_t /*anchor*/) override { ++events; }
  void OnAlias(const YAML::Mark& /*mark*/, YAML::anchor_t /*anchor*/) override { ++events; }
  void OnScalar(const YAML::Mark& /*mark*/, const std::string& /*tag*/, YAML::anchor_t /*anchor*/,
                const std::string& value) override {
    ++events;
    bytes += value.size();
  }
  void OnSequenceStart(const YAML::Mark& /*mark*/, const std::string& /*tag*/,
                       YAML::anchor_t /*anchor*/, YAML::EmitterStyle::value /*style*/) override {
    ++events;
  }
  void OnSequenceEnd() override { ++events; }
  void OnMapStart(const YAML::Mark& /*mark*/, const std::string& /*tag*/, YAML::anchor_t /*anchor*/,
                  YAML::EmitterStyle::value /*style*/) override {
    ++events;
  }
  void OnMapEnd() override { ++events; }

  unsigned long events = 0;
  unsigned long bytes = 0;
};

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: floor_events PLAN.yaml\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "floor_events: cannot read %s\n", argv[1]);
    return 2;
  }
  CountingHandler handler;
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(handler)) {
    }
  } catch (const YAML::Exception& error) {
    std::fprintf(stderr, "floor_events: %s\n", error.what());
    return 1;
  }
  std::printf("%lu events, %lu scalar bytes\n", handler.events, handler.bytes);
  return 0;
}
