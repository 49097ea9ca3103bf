#include "core/guide.hpp"

namespace mlguide {

int Guide::SourceNumber(const std::string& id) const {
  for (size_t i = 0; i < sources.size(); ++i)
    if (sources[i].id == id) return static_cast<int>(i) + 1;
  return 0;
}

const Source* Guide::FindSource(const std::string& source_id) const {
  for (const Source& s : sources)
    if (s.id == source_id) return &s;
  return nullptr;
}

const TaxYear* Salary::FindYear(const std::string& name) const {
  for (const TaxYear& y : tax_years)
    if (y.year == name) return &y;
  return nullptr;
}

std::string HigherInPhrase(const SalaryBand& band) {
  std::string out;
  for (size_t i = 0; i < band.higher_in.size(); ++i) out += (i == 0 ? "; more in " : ", ") + band.higher_in[i];
  return out;
}

int Guide::FindSection(const std::string& section_id) const {
  for (size_t i = 0; i < sections.size(); ++i)
    if (sections[i].id == section_id) return static_cast<int>(i);
  return -1;
}

}  // namespace mlguide
