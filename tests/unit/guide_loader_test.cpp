#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <sstream>

#include "assets/embedded_assets.hpp"
#include "core/guide_loader.hpp"
#include "core/json_reader.hpp"

using namespace mlguide;

namespace {

std::string RealGuideText() {
  std::ifstream in(GUIDE_JSON_PATH, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Loads the real guide after `change` has edited it; returns the loader's error.
std::string ErrorAfter(const std::function<void(Json&)>& change) {
  Json doc = Json::parse(RealGuideText());
  change(doc);
  return LoadGuide(doc.dump()).error;
}

}  // namespace

TEST_CASE("the shipped guide loads and carries the article's facts") {
  const GuideLoad load = LoadGuide(RealGuideText());
  REQUIRE_MESSAGE(load.ok(), load.error);
  const Guide& g = load.guide;
  CHECK(g.title == "What is a Machine Learning Engineer?");

  // Panels in the order the design gives.
  REQUIRE(g.sections.size() == 6);
  const char* order[] = {"role", "business", "skills", "job-types", "industries", "salary"};
  for (size_t i = 0; i < 6; ++i) CHECK(g.sections[i].id == order[i]);
  for (const Section& s : g.sections) {
    CHECK_FALSE(s.summary.empty());
    CHECK(s.title.find("(H2)") == std::string::npos);
  }

  // Every skill the article names.
  std::vector<std::string> names;
  for (const SkillGroup& sg : g.skill_groups)
    for (const Skill& s : sg.skills) names.push_back(s.name);
  for (const char* want : {"Python", "R", "C/C++", "Linear algebra", "Differential calculus", "Keras", "TensorFlow",
                           "PyTorch", "Dedication", "Adaptability"})
    CHECK_MESSAGE(std::find(names.begin(), names.end(), want) != names.end(), want);
  CHECK(names.size() == 12);  // plus the two background items

  // The four roles compared, and the seven industries.
  const Block& roles = g.sections[3].blocks[1];
  REQUIRE(roles.kind == Block::Kind::Comparison);
  CHECK(roles.rows.size() == 4);
  const Block& industries = g.sections[4].blocks[1];
  REQUIRE(industries.kind == Block::Kind::Tags);
  CHECK(industries.items.size() == 7);

  // The article's band, open-ended for finance, and the reference figures with sources.
  CHECK(g.salary.band.low == 45000);
  CHECK(g.salary.band.high == 100000);
  CHECK(g.salary.band.higher_in == std::vector<std::string>{"Financial services"});
  REQUIRE(g.salary.figures.size() == 8);
  for (const SalaryFigure& f : g.salary.figures) CHECK(g.FindSource(f.source) != nullptr);
  REQUIRE(g.salary.tax_years.size() == 2);
  CHECK(g.salary.tax_years[0].year == "2025/26");
  CHECK(g.salary.tax_years[0].first_day == CivilDate{2025, 4, 6});
  CHECK(g.salary.tax_years[0].last_day == CivilDate{2026, 4, 5});
  CHECK(g.salary.tax_years[1].year == "2026/27");
  CHECK(g.salary.tax_years[1].first_day == CivilDate{2026, 4, 6});
  CHECK(g.salary.tax_years[1].last_day == CivilDate{2027, 4, 5});
  for (const TaxYear& y : g.salary.tax_years) {
    REQUIRE(y.regions.size() == 2);
    CHECK(y.regions[0].bands.size() == 3);
    CHECK(y.regions[1].bands.size() == 6);
    CHECK(y.loans.size() == 5);
    CHECK(y.Postgraduate() != nullptr);
    for (const std::string& id : {y.source, y.loans_source, y.pension.source, y.regions[1].source}) CHECK(g.FindSource(id) != nullptr);
  }
  // Graduate to principal, with the article's band inside.
  CHECK(g.salary.slider_low <= 20000);
  CHECK(g.salary.slider_high >= 200000);
}

TEST_CASE("the embedded copy is the file the build validated") {
  CHECK(assets::guide_json().text() == RealGuideText());
}

TEST_CASE("unreadable input is refused with a clear message") {
  CHECK(LoadGuide("").error == "empty input");
  CHECK(LoadGuide(" \n\t ").error == "empty input");
  CHECK(LoadGuide("hello").error.rfind("not valid JSON: ", 0) == 0);
  const std::string text = RealGuideText();
  const std::string truncated = LoadGuide(text.substr(0, text.size() / 2)).error;
  CHECK(truncated.rfind("not valid JSON", 0) == 0);
  CHECK(truncated.find("line") != std::string::npos);
  CHECK(LoadGuide("{\"schema\": 1, \"title\": \"\xC3\x28\"}").error.rfind("not valid JSON", 0) == 0);  // bad UTF-8
  CHECK(LoadGuide("[1, 2]").error == "expected object, got array");
  CHECK(LoadGuide(std::string(100, '[') + std::string(100, ']')).error == "nested deeper than 32 levels");
  const std::string huge = "{\"pad\": \"" + std::string(3 << 19, 'x') + "\"}";
  CHECK(LoadGuide(huge).error == "input is 1.5 MB; the limit is 1.0 MB");
}

TEST_CASE("schema problems name the field") {
  CHECK(ErrorAfter([](Json& d) { d.erase("schema"); }) == "schema: missing");
  CHECK(ErrorAfter([](Json& d) { d["schema"] = "1"; }) == "schema: expected whole number, got string");
  CHECK(ErrorAfter([](Json& d) { d["schema"] = 1; }) == "schema: this app reads schema 3, the file has 1");
}

TEST_CASE("wrong types and missing fields report their path") {
  CHECK(ErrorAfter([](Json& d) { d["sections"][2]["title"] = 7; }) == "sections[2].title: expected string, got number");
  CHECK(ErrorAfter([](Json& d) { d["sections"][1].erase("summary"); }) == "sections[1].summary: missing");
  CHECK(ErrorAfter([](Json& d) { d["sections"] = Json::array(); }) == "sections: expected at least 1 item");
  CHECK(ErrorAfter([](Json& d) { d["sections"] = Json::object(); }) == "sections: expected array, got object");
  CHECK(ErrorAfter([](Json& d) { d["sections"][0] = "role"; }) == "sections[0]: expected object, got string");
  CHECK(ErrorAfter([](Json& d) { d["title"] = "   "; }) == "title: must not be empty");
  CHECK(ErrorAfter([](Json& d) { d["skill_groups"][0]["skills"][1]["name"] = nullptr; }) ==
        "skill_groups[0].skills[1].name: expected string, got null");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["figures"][0]["amount"] = 28900.5; }) ==
        "salary.figures[0].amount: expected whole number, got a fraction");
}

TEST_CASE("inconsistent content is refused") {
  CHECK(ErrorAfter([](Json& d) { d["sections"][1]["id"] = "role"; }) == "sections[1].id: \"role\" is used twice");
  CHECK(ErrorAfter([](Json& d) { d["skill_groups"][1]["skills"][0]["id"] = "python"; }) ==
        "skill_groups[1].skills[0].id: \"python\" is used twice");
  CHECK(ErrorAfter([](Json& d) { d["sections"][0]["id"] = "What it is"; }) ==
        "sections[0].id: \"What it is\" is not an id (use a-z, 0-9 and -)");
  CHECK(ErrorAfter([](Json& d) { d["sections"][0]["blocks"][0]["type"] = "video"; }).rfind(
            "sections[0].blocks[0].type: \"video\" is not a block type", 0) == 0);
  CHECK(ErrorAfter([](Json& d) { d["sections"][3]["blocks"][1]["rows"][2].erase(1); }) ==
        "sections[3].blocks[1].rows[2]: has 2 cells; columns has 3");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["band"]["low"] = 100000; }) == "salary.band.low: must be below high (100000)");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["band"]["high"] = -5; }) == "salary.band.high: -5 is outside 0 to 10000000");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["figures"][0]["source"] = "nowhere"; }) ==
        "salary.figures[0].source: \"nowhere\" is not one of sources[].id");
  CHECK(ErrorAfter([](Json& d) { d["sources"][1]["url"] = "javascript:alert(1)"; }) ==
        "sources[1].url: \"javascript:alert(1)\" is not an https:// address");
  CHECK(ErrorAfter([](Json& d) { d["sources"][1]["url"] = "https://example.org/a b"; }) ==
        "sources[1].url: \"https://example.org/a b\" is not an https:// address");
}

TEST_CASE("inconsistent salary and tax data is refused") {
  CHECK(ErrorAfter([](Json& d) { d["salary"]["band"]["low"] = 120000; }) == "salary.band.low: must be below high (100000)");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["figures"][2]["percentile"] = 5; }) ==
        "salary.figures[2].percentile: percentiles of series \"london\" are out of order");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["figures"][5]["amount"] = 60000; }) ==
        "salary.figures[5].amount: below a lower percentile of series \"london\"");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["regions"][0]["bands"][1]["rate_percent"] = -40; }) ==
        "salary.tax_years[1].regions[0].bands[1].rate_percent: must be a percentage from 0 to 100");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["regions"][1]["bands"][5]["rate_percent"] = 148; }) ==
        "salary.tax_years[1].regions[1].bands[5].rate_percent: must be a percentage from 0 to 100");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["regions"][1]["bands"][2]["upto_taxable"] = 14000; }) ==
        "salary.tax_years[1].regions[1].bands[2].upto_taxable: must be above the previous band’s");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["regions"][1]["bands"][5]["upto_taxable"] = 200000; }) ==
        "salary.tax_years[1].regions[1].bands[5].upto_taxable: the last band has no upper end");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["regions"][1]["id"] = "rest-of-uk"; }) ==
        "salary.tax_years[1].regions[1].id: \"rest-of-uk\" is used twice");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["regions"][1]["source"] = "hearsay"; }) ==
        "salary.tax_years[1].regions[1].source: \"hearsay\" is not one of sources[].id");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["student_loans"]["plans"][1].erase("threshold"); }) ==
        "salary.tax_years[1].student_loans.plans[1].threshold: missing");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["student_loans"]["plans"][2]["rate_percent"] = 109; }) ==
        "salary.tax_years[1].student_loans.plans[2].rate_percent: must be a percentage from 0 to 100");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["student_loans"]["plans"][0]["postgraduate"] = true; }) ==
        "salary.tax_years[1].student_loans.plans[4].postgraduate: only one plan can be the postgraduate loan");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["student_loans"]["plans"][0]["postgraduate"] = "yes"; }) ==
        "salary.tax_years[1].student_loans.plans[0].postgraduate: expected true or false, got string");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["pension"]["qualifying_earnings"]["lower"] = 60000; }) ==
        "salary.tax_years[1].pension.qualifying_earnings.lower: must be below upper");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["pension"]["default_percent"] = 40; }) ==
        "salary.tax_years[1].pension.default_percent: must be from 1 to max_percent");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["pension"]["salary_sacrifice"].erase("description"); }) ==
        "salary.tax_years[1].pension.salary_sacrifice.description: missing");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["ni"]["main_rate_percent"] = "8%"; }) ==
        "salary.tax_years[1].ni.main_rate_percent: expected number, got string");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["regions"][0]["bands"][1]["upto_taxable"] = 30000; }) ==
        "salary.tax_years[1].regions[0].bands[1].upto_taxable: must be above the previous band’s");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["ni"]["primary_threshold"] = 60000; }) ==
        "salary.tax_years[1].ni.primary_threshold: must not be above upper_earnings_limit");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["personal_allowance"] = -1; }) ==
        "salary.tax_years[1].personal_allowance: -1 is outside 0 to 10000000");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["slider"]["high"] = 90000; }) ==
        "salary.slider.high: must not be below the band’s high (100000)");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["slider"]["low"] = 50000; }) == "salary.slider.low: must not be above the band’s low (45000)");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["default_amount"] = 10000; }) ==
        "salary.default_amount: 10000 is outside 20000 to 200000");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["max_amount"] = 150000; }) ==
        "salary.max_amount: 150000 is outside 200000 to 10000000");
}

TEST_CASE("tax years out of order, overlapping or offering different choices are refused") {
  // Two years that overlap.
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["first_day"] = "2026-04-05"; }) ==
        "salary.tax_years[1].first_day: overlaps the year before it (salary.tax_years[0], 2025/26)");
  // Listed newest first.
  CHECK(ErrorAfter([](Json& d) { std::swap(d["salary"]["tax_years"][0], d["salary"]["tax_years"][1]); }) ==
        "salary.tax_years[1].first_day: is before the year listed before it (salary.tax_years[0], 2026/27)");
  // A year whose dates are reversed.
  CHECK(ErrorAfter([](Json& d) {
          d["salary"]["tax_years"][1]["first_day"] = "2027-04-05";
          d["salary"]["tax_years"][1]["last_day"] = "2026-04-06";
        }) == "salary.tax_years[1].last_day: is before first_day");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][0]["first_day"] = "2025-02-30"; }) ==
        "salary.tax_years[0].first_day: \"2025-02-30\" is not a date written YYYY-MM-DD");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["year"] = "2025/26"; }) ==
        "salary.tax_years[1].year: \"2025/26\" is listed twice");
  // A year with no Plan 5, which the other offers: a reader on Plan 5 would have no figures.
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["student_loans"]["plans"].erase(3); }) ==
        "salary.tax_years[1].student_loans.plans: has no \"plan-5\", which salary.tax_years[0] offers");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][0]["student_loans"]["plans"].erase(3); }) ==
        "salary.tax_years[1].student_loans.plans: has \"plan-5\", which salary.tax_years[0] does not offer");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"][1]["regions"].erase(1); }) ==
        "salary.tax_years[1].regions: has no \"scotland\", which salary.tax_years[0] offers");
  CHECK(ErrorAfter([](Json& d) { d["salary"]["tax_years"] = Json::array(); }) == "salary.tax_years: expected at least 1 item");
}

TEST_CASE("oversized content is refused") {
  CHECK(ErrorAfter([](Json& d) { d["sections"][0]["summary"] = std::string(5000, 'a'); }) ==
        "sections[0].summary: is 5000 characters long; the limit is 4000");
  CHECK(ErrorAfter([](Json& d) {
          Json& items = d["sections"][4]["blocks"][1]["items"];
          for (int i = 0; i < 600; ++i) items.push_back("Sector");
        }) == "sections[4].blocks[1].items: has 607 items; the limit is 500");
}

TEST_CASE("a failed load leaves no half-filled guide") {
  const GuideLoad load = LoadGuide("{\"schema\": 1, \"id\": \"x\", \"title\": \"T\"}");
  CHECK_FALSE(load.ok());
  CHECK(load.guide.title.empty());
  CHECK(load.guide.sections.empty());
}

TEST_CASE("the nesting limit is exact: 32 levels parse, 33 do not") {
  JsonLimits limits;
  Json out;
  std::string error;
  CHECK(ParseJson(std::string(32, '[') + std::string(32, ']'), limits, out, error));
  CHECK(error.empty());
  CHECK_FALSE(ParseJson(std::string(33, '[') + std::string(33, ']'), limits, out, error));
  CHECK(error == "nested deeper than 32 levels");
  CHECK_FALSE(ParseJson("{\"a\": [1, 2,]}", limits, out, error));
  CHECK(error.rfind("not valid JSON: parse error at line 1, column 13", 0) == 0);
}
