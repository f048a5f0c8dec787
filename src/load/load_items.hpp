#pragma once

#include "load/reader.hpp"

#include <most/plan.hpp>

namespace most {

/// Reads the `objectives:` list (with their strategies and tactics) into `plan`.
void load_objectives(Reader& in, yaml::NodeId value, Plan& plan);

} // namespace most
