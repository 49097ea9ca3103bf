#include "core/guide_loader.hpp"

#include <set>

#include "core/json_reader.hpp"
#include "core/tax_loader.hpp"

namespace mlguide {
namespace {

constexpr int kMaxSalary = 10'000'000;

class GuideParser {
 public:
  explicit GuideParser(const JsonLimits& limits) : r_(limits) {}

  std::string Parse(const Json& doc, Guide& g) {
    if (!r_.IsObject(doc, "")) return r_.error();
    if (!r_.Integer(doc, "", "schema", 1, 1000, g.schema)) return r_.error();
    if (g.schema != kGuideSchema)
      return "schema: this app reads schema " + std::to_string(kGuideSchema) + ", the file has " + std::to_string(g.schema);
    (void)(r_.Id(doc, "", "id", g.id) && r_.String(doc, "", "title", g.title) && r_.String(doc, "", "tagline", g.tagline) &&
        r_.String(doc, "", "language", g.language) && Sources(doc, g) && SkillGroups(doc, g) && SalaryData(doc, g) &&
        Sections(doc, g));
    return r_.error();
  }

 private:
  // Ids must be unique within their list; `seen` collects them.
  bool UniqueId(const Json& obj, const std::string& path, std::string& out, std::set<std::string>& seen) {
    if (!r_.Id(obj, path, "id", out)) return false;
    if (!seen.insert(out).second) return r_.Fail(JsonReader::Join(path, "id"), "\"" + out + "\" is used twice");
    return true;
  }

  bool Sources(const Json& doc, Guide& g) {
    const Json* arr = r_.Array(doc, "", "sources");
    if (!arr) return false;
    std::set<std::string> ids;
    for (size_t i = 0; i < arr->size(); ++i) {
      const std::string p = JsonReader::Join("sources", i);
      const Json& o = (*arr)[i];
      Source s;
      if (!(r_.IsObject(o, p) && UniqueId(o, p, s.id, ids) && r_.String(o, p, "name", s.name) &&
            r_.String(o, p, "date", s.date) && r_.OptionalString(o, p, "note", s.note) &&
            r_.OptionalString(o, p, "url", s.url)))
        return false;
      // A reader follows it from the guide: only a secure address on the open web.
      if (!s.url.empty() && (s.url.rfind("https://", 0) != 0 || s.url.find_first_of(" \"<>") != std::string::npos))
        return r_.Fail(JsonReader::Join(p, "url"), "\"" + s.url + "\" is not an https:// address");
      g.sources.push_back(std::move(s));
    }
    return true;
  }

  bool SourceRef(const Json& obj, const std::string& path, const Guide& g, std::string& out) {
    if (!r_.Id(obj, path, "source", out)) return false;
    if (!g.FindSource(out)) return r_.Fail(JsonReader::Join(path, "source"), "\"" + out + "\" is not one of sources[].id");
    return true;
  }

  bool SkillGroups(const Json& doc, Guide& g) {
    const Json* arr = r_.Array(doc, "", "skill_groups");
    if (!arr) return false;
    std::set<std::string> group_ids, skill_ids;
    for (size_t i = 0; i < arr->size(); ++i) {
      const std::string p = JsonReader::Join("skill_groups", i);
      const Json& o = (*arr)[i];
      SkillGroup sg;
      if (!(r_.IsObject(o, p) && UniqueId(o, p, sg.id, group_ids) && r_.String(o, p, "title", sg.title) &&
            r_.OptionalString(o, p, "summary", sg.summary)))
        return false;
      const Json* skills = r_.Array(o, p, "skills");
      if (!skills) return false;
      for (size_t j = 0; j < skills->size(); ++j) {
        const std::string sp = JsonReader::Join(JsonReader::Join(p, "skills"), j);
        const Json& so = (*skills)[j];
        Skill s;
        // Skill ids are unique across groups: saved progress refers to them alone.
        if (!(r_.IsObject(so, sp) && UniqueId(so, sp, s.id, skill_ids) && r_.String(so, sp, "name", s.name) &&
              r_.OptionalString(so, sp, "detail", s.detail)))
          return false;
        sg.skills.push_back(std::move(s));
      }
      g.skill_groups.push_back(std::move(sg));
    }
    return true;
  }

  bool SalaryData(const Json& doc, Guide& g) {
    const Json* o = r_.Object(doc, "", "salary");
    if (!o) return false;
    Salary& s = g.salary;
    if (!r_.String(*o, "salary", "currency_symbol", s.currency_symbol)) return false;
    const Json* band = r_.Object(*o, "salary", "band");
    if (!band) return false;
    const std::string bp = "salary.band";
    if (!(r_.Integer(*band, bp, "low", 0, kMaxSalary, s.band.low) && r_.Integer(*band, bp, "high", 0, kMaxSalary, s.band.high) &&
          SourceRef(*band, bp, g, s.band.source)))
      return false;
    if (s.band.low >= s.band.high)
      return r_.Fail(JsonReader::Join(bp, "low"), "must be below high (" + std::to_string(s.band.high) + ")");
    if (const Json* higher = r_.Array(*band, bp, "higher_in", 0)) {
      for (size_t i = 0; i < higher->size(); ++i) {
        std::string sector;
        if (!r_.ReadString((*higher)[i], JsonReader::Join(JsonReader::Join(bp, "higher_in"), i), sector)) return false;
        s.band.higher_in.push_back(std::move(sector));
      }
    } else {
      return false;
    }
    const Json* slider = r_.Object(*o, "salary", "slider");
    const std::string sp = "salary.slider";
    if (!(slider && r_.Integer(*slider, sp, "low", 1, kMaxSalary, s.slider_low) &&
          r_.Integer(*slider, sp, "high", 1, kMaxSalary, s.slider_high) && r_.String(*slider, sp, "note", s.slider_note)))
      return false;
    // The article's band is the headline: the scale shows all of it.
    if (s.slider_low > s.band.low) return r_.Fail(JsonReader::Join(sp, "low"), "must not be above the band’s low (" + std::to_string(s.band.low) + ")");
    if (s.slider_high < s.band.high)
      return r_.Fail(JsonReader::Join(sp, "high"), "must not be below the band’s high (" + std::to_string(s.band.high) + ")");
    if (!r_.Integer(*o, "salary", "max_amount", s.slider_high, kMaxSalary, s.max_amount)) return false;
    if (!r_.Integer(*o, "salary", "default_amount", s.slider_low, s.slider_high, s.default_amount)) return false;

    const Json* figures = r_.Array(*o, "salary", "figures", 0);
    if (!figures) return false;
    for (size_t i = 0; i < figures->size(); ++i) {
      const std::string p = JsonReader::Join("salary.figures", i);
      const Json& fo = (*figures)[i];
      SalaryFigure f;
      if (!(r_.IsObject(fo, p) && r_.String(fo, p, "label", f.label) && r_.String(fo, p, "short_label", f.short_label) &&
            r_.Integer(fo, p, "amount", 0, kMaxSalary, f.amount) && SourceRef(fo, p, g, f.source) &&
            r_.OptionalString(fo, p, "series", f.series)))
        return false;
      if (fo.contains("percentile") && !r_.Integer(fo, p, "percentile", 1, 99, f.percentile)) return false;
      // Within a series, percentiles rise and so do the amounts.
      for (const SalaryFigure& prev : s.figures) {
        if (f.series.empty() || prev.series != f.series) continue;
        if (prev.percentile >= f.percentile)
          return r_.Fail(JsonReader::Join(p, "percentile"), "percentiles of series \"" + f.series + "\" are out of order");
        if (prev.amount > f.amount)
          return r_.Fail(JsonReader::Join(p, "amount"), "below a lower percentile of series \"" + f.series + "\"");
      }
      s.figures.push_back(std::move(f));
    }
    return TaxData(*o, g);
  }

  bool TaxData(const Json& salary, Guide& g) {
    return ReadTaxYears(r_, salary, "salary", [&](const std::string& id) { return g.FindSource(id) != nullptr; }, g.salary.tax_years);
  }

  bool Sections(const Json& doc, Guide& g) {
    const Json* arr = r_.Array(doc, "", "sections");
    if (!arr) return false;
    std::set<std::string> ids;
    for (size_t i = 0; i < arr->size(); ++i) {
      const std::string p = JsonReader::Join("sections", i);
      const Json& o = (*arr)[i];
      Section s;
      if (!(r_.IsObject(o, p) && UniqueId(o, p, s.id, ids) && r_.String(o, p, "title", s.title) &&
            r_.String(o, p, "summary", s.summary)))
        return false;
      const Json* blocks = r_.Array(o, p, "blocks");
      if (!blocks) return false;
      for (size_t j = 0; j < blocks->size(); ++j) {
        Block b;
        if (!ParseBlock((*blocks)[j], JsonReader::Join(JsonReader::Join(p, "blocks"), j), b)) return false;
        s.blocks.push_back(std::move(b));
      }
      g.sections.push_back(std::move(s));
    }
    return true;
  }

  bool Strings(const Json& arr, const std::string& path, std::vector<std::string>& out) {
    for (size_t i = 0; i < arr.size(); ++i) {
      std::string s;
      if (!r_.ReadString(arr[i], JsonReader::Join(path, i), s)) return false;
      out.push_back(std::move(s));
    }
    return true;
  }

  bool ParseBlock(const Json& o, const std::string& p, Block& b) {
    std::string type;
    if (!(r_.IsObject(o, p) && r_.String(o, p, "type", type))) return false;
    if (type == "paragraph" || type == "callout") {
      b.kind = type == "paragraph" ? Block::Kind::Paragraph : Block::Kind::Callout;
      return r_.String(o, p, "text", b.text);
    }
    if (type == "list" || type == "tags") {
      b.kind = type == "list" ? Block::Kind::List : Block::Kind::Tags;
      r_.OptionalString(o, p, "text", b.text);
      const Json* items = r_.Array(o, p, "items");
      if (!items) return false;
      for (size_t i = 0; i < items->size(); ++i) {
        const std::string ip = JsonReader::Join(JsonReader::Join(p, "items"), i);
        const Json& it = (*items)[i];
        ListItem li;
        if (it.is_object() && b.kind == Block::Kind::List) {
          if (!(r_.String(it, ip, "term", li.term) && r_.String(it, ip, "text", li.text))) return false;
        } else if (!r_.ReadString(it, ip, li.text)) {
          return false;
        }
        b.items.push_back(std::move(li));
      }
      return true;
    }
    if (type == "comparison") {
      b.kind = Block::Kind::Comparison;
      const Json* cols = r_.Array(o, p, "columns", 2);
      if (!cols || !Strings(*cols, JsonReader::Join(p, "columns"), b.columns)) return false;
      const Json* rows = r_.Array(o, p, "rows");
      if (!rows) return false;
      for (size_t i = 0; i < rows->size(); ++i) {
        const std::string rp = JsonReader::Join(JsonReader::Join(p, "rows"), i);
        const Json& row = (*rows)[i];
        if (!row.is_array()) return r_.Fail(rp, std::string("expected array, got ") + JsonTypeName(row));
        if (row.size() != b.columns.size())
          return r_.Fail(rp, "has " + std::to_string(row.size()) + " cells; columns has " + std::to_string(b.columns.size()));
        b.rows.emplace_back();
        if (!Strings(row, rp, b.rows.back())) return false;
      }
      return true;
    }
    if (type == "skill_groups") {
      b.kind = Block::Kind::SkillGroups;
      return r_.OptionalString(o, p, "text", b.text);
    }
    if (type == "salary_band") {
      b.kind = Block::Kind::SalaryBand;
      return r_.OptionalString(o, p, "text", b.text);
    }
    return r_.Fail(JsonReader::Join(p, "type"),
                   "\"" + type + "\" is not a block type (paragraph, callout, list, tags, comparison, skill_groups, salary_band)");
  }

  JsonReader r_;
};

}  // namespace

GuideLoad LoadGuide(std::string_view json_text) {
  GuideLoad result;
  const JsonLimits limits;
  Json doc;
  if (!ParseJson(json_text, limits, doc, result.error)) return result;
  result.error = GuideParser(limits).Parse(doc, result.guide);
  if (!result.ok()) result.guide = Guide{};
  return result;
}

}  // namespace mlguide
