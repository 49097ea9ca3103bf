// The guide's content model: everything the reader sees comes from assets/guide.json.
#pragma once

#include <string>
#include <vector>

#include "core/tax.hpp"

namespace mlguide {

// A list item, optionally led by a short bold term ("Dedication: ...").
struct ListItem {
  std::string term;
  std::string text;
};

struct Block {
  enum class Kind {
    Paragraph,    // text
    Callout,      // text, set apart
    List,         // items
    Tags,         // items (text only), short labels such as industries
    Comparison,   // columns + rows, the first column names the row
    SkillGroups,  // the guide's skill groups
    SalaryBand,   // the guide's salary band and reference figures
  };
  Kind kind = Kind::Paragraph;
  std::string text;
  std::vector<ListItem> items;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

struct Section {
  std::string id;
  std::string title;
  std::string summary;  // one line, shown in the panel header
  std::vector<Block> blocks;
};

struct Skill {
  std::string id;
  std::string name;
  std::string detail;  // optional
};

struct SkillGroup {
  std::string id;
  std::string title;
  std::string summary;
  std::vector<Skill> skills;
};

struct Source {
  std::string id;
  std::string name;
  std::string date;
  std::string note;
  std::string url;  // where a reader can check it (https), or "" where no address is known
};

struct SalaryFigure {
  std::string label;
  int amount = 0;      // pounds a year
  std::string source;  // a Source id
  std::string series;  // figures of one distribution share a series ("london")...
  int percentile = 0;  // ...and name their percentile (50 = median); 0 = not a percentile
  std::string short_label;  // a few characters for the chart ("P25")
};

struct SalaryBand {
  int low = 0;
  int high = 0;
  std::vector<std::string> higher_in;  // sectors that can pay above `high` (no figure given)
  std::string source;                  // a Source id
};

// "; more in Financial services" (empty when no sector pays more), for a band's caption.
std::string HigherInPhrase(const SalaryBand& band);

struct Salary {
  std::string currency_symbol;
  SalaryBand band;
  int slider_low = 0, slider_high = 0;  // the slider's scale, pounds a year
  std::string slider_note;              // what the scale covers
  int max_amount = 0;                   // the most a reader may type
  int default_amount = 0;
  std::vector<SalaryFigure> figures;
  std::vector<TaxYear> tax_years;  // in date order, at least one

  const TaxYear& Newest() const { return tax_years.back(); }
  const TaxYear* FindYear(const std::string& name) const;  // "2025/26"
};

struct Guide {
  int schema = 0;
  std::string id;
  std::string title;
  std::string tagline;
  std::string language;
  std::vector<Section> sections;
  std::vector<SkillGroup> skill_groups;
  Salary salary;
  std::vector<Source> sources;

  const Source* FindSource(const std::string& id) const;
  // A source's number wherever the guide cites or lists it ("[4]"): its place in `sources`,
  // from 1; 0 when there is no such source.
  int SourceNumber(const std::string& id) const;
  int FindSection(const std::string& id) const;  // index, or -1
};

// "At a glance": one headline figure per section whose content has one (skills, roles,
// industries, salary), counted from the content itself. The app draws them as a card; the
// text version lists them.
struct GlanceFact {
  int section = 0;
  std::string value, label;  // "12", "skills in 5 groups"
};
std::vector<GlanceFact> GlanceFacts(const Guide& g);

}  // namespace mlguide
