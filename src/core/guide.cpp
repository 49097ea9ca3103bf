#include "core/guide.hpp"

#include <optional>

#include "core/format.hpp"

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

namespace {

std::optional<GlanceFact> FactFor(const Guide& g, int index) {
  for (const Block& b : g.sections[static_cast<size_t>(index)].blocks) {
    switch (b.kind) {
      case Block::Kind::SkillGroups: {
        size_t n = 0;
        for (const SkillGroup& sg : g.skill_groups) n += sg.skills.size();
        return GlanceFact{index, std::to_string(n), "skills in " + std::to_string(g.skill_groups.size()) + " groups"};
      }
      case Block::Kind::Comparison: return GlanceFact{index, std::to_string(b.rows.size()), "roles compared"};
      case Block::Kind::Tags: return GlanceFact{index, std::to_string(b.items.size()), "industries investing"};
      case Block::Kind::SalaryBand:
        return GlanceFact{index,
                          FormatMoneyShort(g.salary.band.low, g.salary.currency_symbol) + "–" +
                              FormatMoneyShort(g.salary.band.high, g.salary.currency_symbol) + (g.salary.band.higher_in.empty() ? "" : "+"),
                          "a year in the UK"};
      default: break;
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<GlanceFact> GlanceFacts(const Guide& g) {
  std::vector<GlanceFact> facts;
  for (int i = 0; i < static_cast<int>(g.sections.size()); ++i)
    if (std::optional<GlanceFact> fact = FactFor(g, i)) facts.push_back(*fact);
  return facts;
}

}  // namespace mlguide
