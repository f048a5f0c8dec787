#pragma once

#include "reader.hpp"

#include <most/plan.hpp>

namespace most {

/// Reads an item's id (explicit, else `positional`) and ignores (its own, then `inherited`).
ItemInfo read_item_info(Reader& in, yaml::NodeId map, std::string positional,
                        const std::vector<Ignore>& inherited);

/// Reads the `objectives:` list (with their strategies and tactics) into `plan`.
void load_objectives(Reader& in, yaml::NodeId value, Plan& plan);

} // namespace most
