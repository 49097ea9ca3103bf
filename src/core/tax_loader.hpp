// Reads the tax years (salary.tax_years in guide.json), each: regions and their bands, National
// Insurance, student loan plans and the pension rules, refusing what cannot be right
// (bands out of order, a rate outside 0-100%, a plan without its threshold) with the path.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/json_reader.hpp"
#include "core/tax.hpp"

namespace mlguide {

// `is_source` says whether an id is one of the guide's sources.
bool ReadTaxYear(JsonReader& r, const Json& tax, const std::string& path, const std::function<bool(const std::string&)>& is_source,
                 TaxYear& out);

// salary.tax_years: each year as above, in date order, none overlapping, and all offering the
// same regions and loan plans (a reader's choice means the same in every year).
bool ReadTaxYears(JsonReader& r, const Json& salary, const std::string& path, const std::function<bool(const std::string&)>& is_source,
                  std::vector<TaxYear>& out);

}  // namespace mlguide
