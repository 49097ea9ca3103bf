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

// Who the slider is for: the article's band, or a sector it says can pay more.
struct SalarySector {
  std::string id;
  std::string name;
  int max = 0;           // top of the slider, pounds a year
  std::string max_note;  // why the top is there, when it is above the article's band
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
  std::vector<SalarySector> sectors;  // the first is the default
  int default_amount = 0;
  std::vector<SalaryFigure> figures;
  TaxYear tax;

  const SalarySector* FindSector(const std::string& id) const;
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

}  // namespace mlguide
