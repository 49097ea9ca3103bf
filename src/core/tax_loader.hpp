// Reads a tax year (salary.tax in guide.json): regions and their bands, National
// Insurance, student loan plans and the pension rules, refusing what cannot be right
// (bands out of order, a rate outside 0-100%, a plan without its threshold) with the path.
#pragma once

#include <functional>
#include <string>

#include "core/json_reader.hpp"
#include "core/tax.hpp"

namespace mlguide {

// `is_source` says whether an id is one of the guide's sources.
bool ReadTaxYear(JsonReader& r, const Json& tax, const std::string& path, const std::function<bool(const std::string&)>& is_source,
                 TaxYear& out);

}  // namespace mlguide
