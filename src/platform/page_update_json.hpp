// A TreeUpdate as the page adapter reads it (docs/page-contract.md, "The tree update").
#pragma once

#include <string>

#include "semantics/tree_update.hpp"

namespace mlguide {

std::string PageUpdateJson(const TreeUpdate& update);

}  // namespace mlguide
