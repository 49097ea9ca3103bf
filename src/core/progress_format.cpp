#include "core/progress_format.hpp"

#include "core/json_reader.hpp"

namespace mlguide {
namespace {

constexpr std::int64_t kMaxTime = 32503680000000;  // year 3000, in ms
constexpr std::size_t kMaxSkills = 1000;

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
    for (const auto& [id, value] : skills->items()) {
      const std::string path = JsonReader::Join("skills", id.c_str());
      if (!JsonReader::IsIdText(id)) return r_.Fail(path, "\"" + id + "\" is not a skill id");
      SkillEntry e;
      if (schema == 1 ? !State(value, path, e.state) : !Entry(value, path, e)) return false;
      out.progress.skills[id] = e;
    }
    if (schema >= 2 && doc.contains("theme")) {
      const Json* theme = r_.Object(doc, "", "theme");
      if (!theme || !r_.String(*theme, "theme", "value", out.progress.theme.value) ||
          !Time(*theme, "theme", out.progress.theme.changed))
        return false;
      const std::string& v = out.progress.theme.value;
      if (v != "system" && v != "light" && v != "dark")
        return r_.Fail("theme.value", "\"" + v + "\" is not one of system, light, dark");
    }
    if (schema >= 2 && doc.contains("salary")) {
      const Json* salary = r_.Object(doc, "", "salary");
      SalaryChoice& c = out.progress.salary;
      if (!salary || !r_.Integer(*salary, "salary", "amount", 0, 10'000'000, c.amount) ||
          !r_.Id(*salary, "salary", "sector", c.sector) || !Time(*salary, "salary", c.changed))
        return false;
    }
    return true;
  }

  const std::string& error() const { return r_.error(); }

 private:
  bool State(const Json& value, const std::string& path, SkillState& out) {
    std::string name;
    if (!r_.ReadString(value, path, name)) return false;
    const auto s = SkillStateFromName(name);
    if (!s) return r_.Fail(path, "\"" + name + "\" is not one of not-started, learning, confident");
    out = *s;
    return true;
  }

  bool Time(const Json& obj, const std::string& path, std::int64_t& out) {
    const Json* v = obj.is_object() && obj.contains("changed") ? &obj["changed"] : nullptr;
    if (!v) return r_.Fail(JsonReader::Join(path, "changed"), "missing");
    if (!v->is_number_integer() || v->get<long long>() < 0 || v->get<long long>() > kMaxTime)
      return r_.Fail(JsonReader::Join(path, "changed"), "expected a time in milliseconds");
    out = v->get<std::int64_t>();
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
  if (p.salary.amount > 0)
    doc["salary"] = {{"amount", p.salary.amount}, {"sector", p.salary.sector}, {"changed", p.salary.changed}};
  return doc.dump(2);
}

}  // namespace mlguide
