#include "core/progress_format.hpp"

#include "core/json_reader.hpp"

namespace mlguide {
namespace {

constexpr std::int64_t kMaxTime = 32503680000000;  // year 3000, in ms
constexpr std::size_t kMaxSkills = 1000;

// 5 for 500 basis points, 5.5 for 550.
Json Percent(int bp) { return bp % 100 == 0 ? Json(bp / 100) : Json(bp / 100.0); }

class ProgressParser {
 public:
  explicit ProgressParser(const JsonLimits& limits) : r_(limits) {}

  bool Parse(const Json& doc, const std::string& guide_id, ProgressParse& out) {
    if (!r_.IsObject(doc, "")) return false;
    int schema = 0;
    if (!r_.Integer(doc, "", "schema", 1, 1'000'000, schema)) return false;
    out.from_schema = schema;
    if (schema > kProgressSchema)
      return r_.Fail("schema", "saved by a newer version of the guide (schema " + std::to_string(schema) +
                                   "; this version reads up to " + std::to_string(kProgressSchema) + ")");
    if (schema >= 2) {
      std::string guide;
      if (!r_.String(doc, "", "guide", guide)) return false;
      if (guide != guide_id) return r_.Fail("guide", "belongs to the guide \"" + guide + "\", not \"" + guide_id + "\"");
    }
    const Json* skills = r_.Object(doc, "", "skills");
    if (!skills) return false;
    if (skills->size() > kMaxSkills)
      return r_.Fail("skills", "has " + std::to_string(skills->size()) + " entries; the limit is " + std::to_string(kMaxSkills));
    // A value that cannot be right loses only itself (a skill, the theme, the salary choices),
    // and is named in `dropped`; everything else is read.
    for (const auto& [id, value] : skills->items()) {
      const std::string path = JsonReader::Join("skills", id.c_str());
      SkillEntry e;
      const bool read = JsonReader::IsIdText(id) ? (schema == 1 ? State(value, path, e.state) : Entry(value, path, e))
                                                 : r_.Fail(path, "\"" + id + "\" is not a skill id");
      if (read) out.progress.skills[id] = e;
      else out.dropped.push_back(r_.TakeError());
    }
    if (doc.contains("cleared") && !Time(Json{{"changed", doc["cleared"]}}, "cleared", out.progress.cleared)) {
      out.dropped.push_back(r_.TakeError());
      out.progress.cleared = 0;
    }
    if (schema >= 2 && doc.contains("theme") && !Theme(doc, out.progress.theme)) {
      out.dropped.push_back(r_.TakeError());
      out.progress.theme = {};
    }
    if (schema >= 2 && doc.contains("salary") && !Salary(doc, schema, out.progress.salary)) {
      out.dropped.push_back(r_.TakeError());
      out.progress.salary = {};
    }
    return true;
  }

  const std::string& error() const { return r_.error(); }

 private:
  bool Theme(const Json& doc, Setting& theme) {
    const Json* t = r_.Object(doc, "", "theme");
    if (!t || !r_.String(*t, "theme", "value", theme.value) || !Time(*t, "theme", theme.changed)) return false;
    const std::string& v = theme.value;
    if (v != "system" && v != "light" && v != "dark") return r_.Fail("theme.value", "\"" + v + "\" is not one of system, light, dark");
    return true;
  }

  bool Salary(const Json& doc, int schema, SalaryChoice& c) {
    {
      const Json* salary = r_.Object(doc, "", "salary");
      if (!salary || !r_.Integer(*salary, "salary", "amount", 0, 10'000'000, c.amount) || !Time(*salary, "salary", c.changed))
        return false;
      // Schemas 2 and 3 named a sector, which only set the slider's top: nothing to keep.
      std::string sector;
      if (schema <= 3 && !r_.Id(*salary, "salary", "sector", sector)) return false;
      if (schema >= 3 && !Pay(*salary, c.pay)) return false;
      if (schema >= 4 && salary->contains("compare") && !r_.Integer(*salary, "salary", "compare", 1, 10'000'000, c.compare))
        return false;
      if (schema >= 4 && !r_.OptionalString(*salary, "salary", "tax_year", c.tax_year)) return false;
      if (c.tax_year.size() > 16) return r_.Fail("salary.tax_year", "is not a tax year");
    }
    return true;
  }

  bool State(const Json& value, const std::string& path, SkillState& out) {
    std::string name;
    if (!r_.ReadString(value, path, name)) return false;
    const auto s = SkillStateFromName(name);
    if (!s) return r_.Fail(path, "\"" + name + "\" is not one of not-started, learning, confident");
    out = *s;
    return true;
  }

  // A time that is missing (a file edited by hand) counts as long ago, as schema 1's do.
  bool Time(const Json& obj, const std::string& path, std::int64_t& out) {
    const Json* v = obj.is_object() && obj.contains("changed") ? &obj["changed"] : nullptr;
    if (!v) {
      out = 0;
      return true;
    }
    if (!v->is_number_integer() || v->get<long long>() < 0 || v->get<long long>() > kMaxTime)
      return r_.Fail(JsonReader::Join(path, "changed"), "expected a time in milliseconds");
    out = v->get<std::int64_t>();
    return true;
  }

  // Ids the guide does not know are kept as they are (ShownSalary shows the defaults), like
  // skill ids: a later guide may know them.
  bool Pay(const Json& salary, PayOptions& pay) {
    const std::string p = "salary";
    if (salary.contains("region") && !r_.Id(salary, p, "region", pay.region)) return false;
    if (!r_.OptionalString(salary, p, "loan", pay.loan)) return false;
    if (!pay.loan.empty() && !JsonReader::IsIdText(pay.loan)) return r_.Fail("salary.loan", "\"" + pay.loan + "\" is not a plan id");
    if (!salary.contains("postgraduate") || !salary["postgraduate"].is_boolean())
      return r_.Fail("salary.postgraduate", "expected true or false");
    pay.postgraduate = salary["postgraduate"].get<bool>();
    const Json* pension = r_.Object(salary, p, "pension");
    if (!pension) return false;
    std::string kind, method;
    if (!r_.String(*pension, "salary.pension", "kind", kind) || !r_.String(*pension, "salary.pension", "method", method)) return false;
    if (!PensionKindFromName(kind, pay.pension))
      return r_.Fail("salary.pension.kind", "\"" + kind + "\" is not one of none, minimum, percent");
    if (!PensionMethodFromName(method, pay.method))
      return r_.Fail("salary.pension.method", "\"" + method + "\" is not one of net-pay, salary-sacrifice");
    const Json* percent = pension->contains("percent") ? &(*pension)["percent"] : nullptr;
    if (!percent) return true;  // never chosen: the guide's default
    if (!percent->is_number() || !(percent->get<double>() > 0 && percent->get<double>() <= 100))
      return r_.Fail("salary.pension.percent", "expected a percentage above 0, up to 100");
    pay.pension_percent_bp = static_cast<int>(percent->get<double>() * 100 + 0.5);
    return true;
  }

  bool Entry(const Json& value, const std::string& path, SkillEntry& e) {
    if (!r_.IsObject(value, path)) return false;
    const Json* state = value.contains("state") ? &value["state"] : nullptr;
    if (!state) return r_.Fail(JsonReader::Join(path, "state"), "missing");
    return State(*state, JsonReader::Join(path, "state"), e.state) && Time(value, path, e.changed);
  }

  JsonReader r_;
};

}  // namespace

ProgressParse ParseProgress(std::string_view text, const std::string& guide_id) {
  ProgressParse out;
  JsonLimits limits;
  limits.max_bytes = kMaxProgressBytes;
  limits.max_depth = 8;
  Json doc;
  if (!ParseJson(text, limits, doc, out.error)) return out;
  ProgressParser parser(limits);
  if (!parser.Parse(doc, guide_id, out)) {
    out.error = parser.error();
    out.progress = Progress{};
    out.dropped.clear();
  }
  return out;
}

std::string PlainProblem(const ProgressParse& p) {
  const std::string& e = p.error;
  if (e.rfind("guide:", 0) == 0) return "is progress from another guide";
  if (e.rfind("schema: saved by a newer", 0) == 0) return "was saved by a newer version of this guide";
  return "isn’t a progress file from this guide";
}

std::string PlainDropped(const std::vector<std::string>& dropped) {
  std::string out;
  for (size_t i = 0; i < dropped.size(); ++i) {
    const std::string& d = dropped[i];
    std::string what = d.rfind("theme", 0) == 0    ? "the theme"
                       : d.rfind("salary", 0) == 0 ? "the salary choices"
                                                   : "a skill (" + d.substr(7, d.find_first_of(".:", 7) - 7) + ")";
    if (out.find(what) != std::string::npos) continue;
    out += (out.empty() ? "" : i + 1 == dropped.size() ? " and " : ", ") + what;
  }
  return out;
}

std::string SerializeProgress(const Progress& p, const std::string& guide_id) {
  Json doc = Json::object();
  doc["schema"] = kProgressSchema;
  doc["guide"] = guide_id;
  Json skills = Json::object();
  for (const auto& [id, e] : p.skills) skills[id] = {{"state", SkillStateName(e.state)}, {"changed", e.changed}};
  doc["skills"] = std::move(skills);
  if (!p.theme.value.empty()) doc["theme"] = {{"value", p.theme.value}, {"changed", p.theme.changed}};
  if (p.cleared > 0) doc["cleared"] = p.cleared;
  if (p.salary.amount > 0) {
    const PayOptions& pay = p.salary.pay;
    doc["salary"] = {{"amount", p.salary.amount},
                     {"postgraduate", pay.postgraduate},
                     {"pension", {{"kind", PensionKindName(pay.pension)}, {"method", PensionMethodName(pay.method)}}},
                     {"changed", p.salary.changed}};
    if (pay.pension_percent_bp > 0) doc["salary"]["pension"]["percent"] = Percent(pay.pension_percent_bp);
    if (!pay.region.empty()) doc["salary"]["region"] = pay.region;  // the default: no "region"
    if (!pay.loan.empty()) doc["salary"]["loan"] = pay.loan;  // none: no "loan"
    if (p.salary.compare > 0) doc["salary"]["compare"] = p.salary.compare;  // none: no "compare"
    if (!p.salary.tax_year.empty()) doc["salary"]["tax_year"] = p.salary.tax_year;  // the reader's date's: none
  }
  return doc.dump(2);
}

}  // namespace mlguide
