#include <doctest/doctest.h>

#include "core/progress_format.hpp"
#include "test_support.hpp"

using namespace mlguide;

namespace {
const std::string kGuide = "ml-engineer";
// Why text was refused, or, where it was read, the first value left out of it.
std::string ErrorOf(const std::string& text) {
  const ProgressParse p = ParseProgress(text, kGuide);
  return !p.ok() ? p.error : p.dropped.empty() ? "" : p.dropped.front();
}
}  // namespace

TEST_CASE("saved progress round-trips through its JSON") {
  Progress p;
  p.Set("python", SkillState::Confident, 1764067200000);
  p.Set("keras", SkillState::Learning, 1764067300000);
  p.Set("retired-skill", SkillState::Learning, 5);  // unknown ids travel along
  p.theme = {"dark", 1764067400000};
  p.salary.amount = 35250;
  p.salary.compare = 28000;
  p.salary.tax_year = "2025/26";
  p.salary.pay = {"scotland", "plan-2", true, PensionKind::Percent, 550, PensionMethod::SalarySacrifice};
  p.salary.changed = 1764067500000;
  const std::string text = SerializeProgress(p, kGuide);
  const ProgressParse back = ParseProgress(text, kGuide);
  REQUIRE_MESSAGE(back.ok(), back.error);
  CHECK(back.from_schema == kProgressSchema);
  CHECK(back.progress.skills == p.skills);
  CHECK(back.progress.theme == p.theme);
  CHECK(back.progress.salary == p.salary);
  CHECK(SerializeProgress(back.progress, kGuide) == text);
  CHECK(text.find("\"percent\": 5.5") != std::string::npos);
  CHECK(text.find("\"sector\"") == std::string::npos);
  // No loan, no comparison, no year picked: none of them written, and each reads back as none.
  p.salary.pay = {"rest-of-uk", "", false, PensionKind::Minimum, 500, PensionMethod::NetPay};
  p.salary.compare = 0;
  p.salary.tax_year.clear();
  const std::string none = SerializeProgress(p, kGuide);
  CHECK(none.find("\"loan\"") == std::string::npos);
  CHECK(none.find("\"compare\"") == std::string::npos);
  CHECK(none.find("\"tax_year\"") == std::string::npos);
  CHECK(ParseProgress(none, kGuide).progress.salary == p.salary);
}

TEST_CASE("schema 2 progress is migrated: its salary kept, its sector dropped, region, loan and pension at their defaults") {
  const std::string v2 =
      "{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": {\"python\": {\"state\": \"learning\", \"changed\": 7}},"
      " \"theme\": {\"value\": \"dark\", \"changed\": 8},"
      " \"salary\": {\"amount\": 82000, \"sector\": \"financial-services\", \"changed\": 9}}";
  const ProgressParse p = ParseProgress(v2, kGuide);
  REQUIRE_MESSAGE(p.ok(), p.error);
  CHECK(p.from_schema == 2);
  CHECK(p.progress.StateOf("python") == SkillState::Learning);
  CHECK(p.progress.theme.value == "dark");
  CHECK(p.progress.salary.amount == 82000);
  CHECK(p.progress.salary.compare == 0);
  CHECK(p.progress.salary.tax_year.empty());
  CHECK(p.progress.salary.changed == 9);
  const SalaryChoice shown = ShownSalary(test::TheGuide().salary, p.progress.salary);
  CHECK(shown.pay.region == "rest-of-uk");
  CHECK(shown.pay.loan.empty());
  CHECK_FALSE(shown.pay.postgraduate);
  CHECK(shown.pay.pension == PensionKind::None);
  // Saved again, it is the current schema and reads back the same.
  const std::string again = SerializeProgress(p.progress, kGuide);
  CHECK(again.find("\"schema\": 4") != std::string::npos);
  CHECK(ParseProgress(again, kGuide).progress.salary.SameChoice(p.progress.salary));
}

TEST_CASE("bad pay choices in saved progress are left out with their path") {
  auto with = [](const std::string& salary) {
    return ErrorOf("{\"schema\": 3, \"guide\": \"ml-engineer\", \"skills\": {}, \"salary\": {\"amount\": 50000, "
                   "\"sector\": \"all\", \"changed\": 1" + salary + "}}");
  };
  const std::string pension = ", \"pension\": {\"kind\": \"percent\", \"percent\": 5, \"method\": \"net-pay\"}";
  CHECK(with(", \"region\": \"scotland\"" + pension) == "salary.postgraduate: expected true or false");
  CHECK(with(", \"region\": \"Scot land\", \"postgraduate\": false" + pension) ==
        "salary.region: \"Scot land\" is not an id (use a-z, 0-9 and -)");
  CHECK(with(", \"region\": \"scotland\", \"postgraduate\": \"yes\"" + pension) == "salary.postgraduate: expected true or false");
  CHECK(with(", \"region\": \"scotland\", \"postgraduate\": false, \"pension\": {\"kind\": \"lots\", \"percent\": 5, "
             "\"method\": \"net-pay\"}") == "salary.pension.kind: \"lots\" is not one of none, minimum, percent");
  CHECK(with(", \"region\": \"scotland\", \"postgraduate\": false, \"pension\": {\"kind\": \"percent\", \"percent\": 150, "
             "\"method\": \"net-pay\"}") == "salary.pension.percent: expected a percentage above 0, up to 100");
  CHECK(with(", \"region\": \"scotland\", \"postgraduate\": false, \"pension\": {\"kind\": \"percent\", \"percent\": 5, "
             "\"method\": \"cash\"}") == "salary.pension.method: \"cash\" is not one of net-pay, salary-sacrifice");
}

TEST_CASE("schema 1 progress is migrated, keeping every skill") {
  const ProgressParse p = ParseProgress(test::ReadFile(FIXTURES_DIR "/progress-schema1.json"), kGuide);
  REQUIRE_MESSAGE(p.ok(), p.error);
  CHECK(p.from_schema == 1);
  CHECK(p.progress.StateOf("python") == SkillState::Confident);
  CHECK(p.progress.StateOf("linear-algebra") == SkillState::Learning);
  CHECK(p.progress.StateOf("keras") == SkillState::Learning);
  CHECK(p.progress.StateOf("dedication") == SkillState::Confident);
  CHECK(p.progress.StateOf("retired-skill") == SkillState::Learning);
  CHECK(p.progress.skills.at("python").changed == 0);  // unknown time: any real change wins a merge
  // Saved again, it is the current schema and reads back the same.
  const ProgressParse again = ParseProgress(SerializeProgress(p.progress, kGuide), kGuide);
  CHECK(again.from_schema == kProgressSchema);
  CHECK(again.progress.skills == p.progress.skills);
}

TEST_CASE("corrupt, truncated and wrong-typed saved data is refused or left out, with its path") {
  const std::string good = SerializeProgress([] {
    Progress p;
    p.Set("python", SkillState::Learning, 1000);
    return p;
  }(), kGuide);
  CHECK(ErrorOf("") == "empty input");
  CHECK(ErrorOf("\x01\x02garbage").rfind("not valid JSON", 0) == 0);
  CHECK(ErrorOf(good.substr(0, good.size() - 5)).rfind("not valid JSON", 0) == 0);  // truncated
  CHECK(ErrorOf("null") == "expected object, got null");
  CHECK(ErrorOf("{\"schema\": \"2\"}") == "schema: expected whole number, got string");
  CHECK(ErrorOf("{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": []}") == "skills: expected object, got array");
  CHECK(ErrorOf("{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": {\"python\": \"learning\"}}") ==
        "skills.python: expected object, got string");
  CHECK(ErrorOf("{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": {\"python\": {\"state\": \"expert\", \"changed\": 1}}}") ==
        "skills.python.state: \"expert\" is not one of not-started, learning, confident");
  CHECK(ErrorOf("{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": {\"python\": {\"state\": \"learning\", \"changed\": -4}}}") ==
        "skills.python.changed: expected a time in milliseconds");
  CHECK(ErrorOf("{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": {\"Py thon\": {\"state\": \"learning\", \"changed\": 1}}}") ==
        "skills.Py thon: \"Py thon\" is not a skill id");
  CHECK(ErrorOf("{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": {}, \"theme\": {\"value\": \"neon\", \"changed\": 1}}") ==
        "theme.value: \"neon\" is not one of system, light, dark");
  CHECK(ErrorOf("{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": {}, \"salary\": {\"amount\": -5, \"sector\": \"all\", \"changed\": 1}}") ==
        "salary.amount: -5 is outside 0 to 10000000");
  CHECK(ErrorOf("{\"schema\": 2, \"guide\": \"ml-engineer\", \"skills\": {}, \"salary\": {\"amount\": 50000, \"changed\": 1}}") ==
        "salary.sector: missing");
  CHECK(ErrorOf("{\"schema\": 2, \"guide\": \"other-guide\", \"skills\": {}}") ==
        "guide: belongs to the guide \"other-guide\", not \"ml-engineer\"");
}

TEST_CASE("a comparison or a tax year that cannot be right is left out with its path") {
  auto with = [](const std::string& extra) {
    return ErrorOf("{\"schema\": 4, \"guide\": \"ml-engineer\", \"skills\": {}, \"salary\": {\"amount\": 50000, \"changed\": 1, "
                   "\"postgraduate\": false, \"pension\": {\"kind\": \"none\", \"method\": \"net-pay\"}" + extra + "}}");
  };
  CHECK(with("") == "");
  CHECK(with(", \"compare\": 0") == "salary.compare: 0 is outside 1 to 10000000");
  CHECK(with(", \"compare\": \"28k\"") == "salary.compare: expected whole number, got string");
  CHECK(with(", \"tax_year\": 2025") == "salary.tax_year: expected string, got number");
  CHECK(with(", \"tax_year\": \"" + std::string(40, '9') + "\"") == "salary.tax_year: is not a tax year");
  // A year this guide does not have is kept (a later guide may) and shows the reader's own.
  const ProgressParse later = ParseProgress("{\"schema\": 4, \"guide\": \"ml-engineer\", \"skills\": {}, \"salary\": {\"amount\": 50000, "
                                            "\"changed\": 1, \"postgraduate\": false, \"tax_year\": \"2031/32\", "
                                            "\"pension\": {\"kind\": \"none\", \"method\": \"net-pay\"}}}", kGuide);
  REQUIRE_MESSAGE(later.ok(), later.error);
  CHECK(later.progress.salary.tax_year == "2031/32");
  CHECK(ShownSalary(test::TheGuide().salary, later.progress.salary).tax_year.empty());
}

TEST_CASE("progress from a newer version is refused, not misread") {
  CHECK(ErrorOf("{\"schema\": 5, \"guide\": \"ml-engineer\", \"skills\": {}}") ==
        "schema: saved by a newer version of the guide (schema 5; this version reads up to 4)");
}

TEST_CASE("oversized saved data is refused: 1 MB and more, or too many entries") {
  const std::string mb = "{\"schema\": 2, \"pad\": \"" + std::string(1 << 20, 'x') + "\"}";
  CHECK(ErrorOf(mb) == "input is 1.0 MB; the limit is 256 KB");
  CHECK(ErrorOf(std::string(4 << 20, ' ') + "{}") == "input is 4.0 MB; the limit is 256 KB");
  std::string many = "{\"schema\": 1, \"skills\": {";
  for (int i = 0; i < 1500; ++i) many += (i ? "," : "") + std::string("\"s") + std::to_string(i) + "\": \"learning\"";
  many += "}}";
  CHECK(ErrorOf(many) == "skills: has 1500 entries; the limit is 1000");
  CHECK(ErrorOf(std::string(50, '[') + std::string(50, ']')) == "nested deeper than 8 levels");
}

TEST_CASE("one bad value loses only itself: a theme of purple keeps every skill, a bad skill keeps the others") {
  const ProgressParse p = ParseProgress(
      "{\"schema\": 4, \"guide\": \"ml-engineer\", \"skills\": {\"python\": {\"state\": \"learning\", \"changed\": 5}, "
      "\"keras\": {\"state\": \"expert\", \"changed\": 5}, \"r\": {\"state\": \"confident\", \"changed\": 5}}, "
      "\"theme\": {\"value\": \"purple\", \"changed\": 5}}", kGuide);
  REQUIRE_MESSAGE(p.ok(), p.error);
  CHECK(p.progress.StateOf("python") == SkillState::Learning);
  CHECK(p.progress.StateOf("r") == SkillState::Confident);
  CHECK_FALSE(p.progress.skills.count("keras"));
  CHECK(p.progress.theme.value.empty());
  CHECK(p.dropped == std::vector<std::string>{"skills.keras.state: \"expert\" is not one of not-started, learning, confident",
                                              "theme.value: \"purple\" is not one of system, light, dark"});
  CHECK(PlainDropped(p.dropped) == "a skill (keras) and the theme");
}

TEST_CASE("a hand-written file without change times is read, as schema 1 is") {
  const ProgressParse p = ParseProgress("{\"schema\": 4, \"guide\": \"ml-engineer\", \"skills\": {\"python\": {\"state\": \"confident\"}}, "
                                        "\"theme\": {\"value\": \"dark\"}}", kGuide);
  REQUIRE_MESSAGE(p.ok(), p.error);
  CHECK(p.dropped.empty());
  CHECK(p.progress.StateOf("python") == SkillState::Confident);
  CHECK(p.progress.skills.at("python").changed == 0);
  CHECK(p.progress.theme.value == "dark");
}

TEST_CASE("what could not be read at all is said in a reader's words") {
  CHECK(PlainProblem(ParseProgress("\xEF\xBB\xBF{}", kGuide)) == "isn’t a progress file from this guide");
  CHECK(PlainProblem(ParseProgress("{\"schema\": 2, \"guide\": \"other-guide\", \"skills\": {}}", kGuide)) == "is progress from another guide");
  CHECK(PlainProblem(ParseProgress("{\"schema\": 99, \"skills\": {}}", kGuide)) == "was saved by a newer version of this guide");
}
