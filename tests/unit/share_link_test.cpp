#include <doctest/doctest.h>

#include "core/share_link.hpp"
#include "test_support.hpp"

using namespace mlguide;
using test::TheGuide;

TEST_CASE("a share code round-trips every skill's state") {
  Progress p;
  p.Set("python", SkillState::Confident, 1);
  p.Set("keras", SkillState::Learning, 1);
  p.Set("software-engineering", SkillState::Confident, 1);
  const std::string code = EncodeShareCode(TheGuide(), p);
  CHECK(code.size() == 2 + 7 + 12);  // no salary chosen: no salary part
  CHECK(code.substr(code.size() - 12) == "200001000002");
  const ShareDecode d = DecodeShareCode(TheGuide(), code, 99);
  REQUIRE_MESSAGE(d.ok(), d.error);
  CHECK(d.progress.SameStates(p));
  CHECK_FALSE(d.progress.SameStates(Progress{}));  // adopted by a reader without a salary, it changes theirs
  CHECK(Progress{}.SameStates(p) == false);  // skills differ
  CHECK(d.progress.skills.at("python").changed == 99);
}

TEST_CASE("damaged or foreign share codes are refused") {
  const std::string code = EncodeShareCode(TheGuide(), Progress{});
  CHECK(DecodeShareCode(TheGuide(), "", 1).error == "the link’s progress code is incomplete");
  CHECK(DecodeShareCode(TheGuide(), "4" + code.substr(1), 1).error == "the link was made by another version of the guide");
  CHECK(DecodeShareCode(TheGuide(), "1.000000." + std::string(12, '0'), 1).error == "the link was made for a different list of skills");
  CHECK(DecodeShareCode(TheGuide(), code.substr(0, code.size() - 1), 1).error == "the link’s progress code is damaged");
  CHECK(DecodeShareCode(TheGuide(), code + "0", 1).error == "the link’s progress code is damaged");
  CHECK(DecodeShareCode(TheGuide(), code.substr(0, code.size() - 1) + "7", 1).error == "the link’s progress code is damaged");
  CHECK(DecodeShareCode(TheGuide(), std::string(5000, '1'), 1).error == "the link’s progress code is too long");
}

TEST_CASE("a share code carries the salary, the pay now, the year picked and what applies to the reader") {
  Progress p;
  p.Set("python", SkillState::Learning, 1);
  p.salary.amount = 35000;  // exact: a graduate's salary, below the article's band
  p.salary.compare = 27500;
  p.salary.tax_year = "2025/26";
  p.salary.pay = {"scotland", "plan-2", true, PensionKind::Percent, 500, PensionMethod::SalarySacrifice};
  const std::string code = EncodeShareCode(TheGuide(), p);
  CHECK(code.substr(0, 2) == "3.");
  CHECK(code.substr(code.rfind('.')) == ".35000_scotland_plan-2_1_percent_500_salary-sacrifice_27500_2025/26");
  const ShareDecode d = DecodeShareCode(TheGuide(), code, 42);
  REQUIRE_MESSAGE(d.ok(), d.error);
  CHECK(d.progress.salary.SameChoice(p.salary));
  CHECK(d.progress.salary.amount == 35000);
  CHECK(d.progress.salary.changed == 42);
  CHECK(d.progress.SameStates(p));
  // Fields never chosen are written as the explorer shows them; no comparison and no year
  // picked are empty fields (the year then follows the reader's date).
  Progress fresh;
  fresh.salary.amount = 125140;
  const std::string defaults = EncodeShareCode(TheGuide(), fresh);
  CHECK(defaults.substr(defaults.rfind('.')) == ".125140_rest-of-uk__0_none_500_net-pay__");
  CHECK(DecodeShareCode(TheGuide(), defaults, 1).progress.salary.amount == 125140);
  // No loan: an empty field.
  p.salary.pay.loan.clear();
  CHECK(DecodeShareCode(TheGuide(), EncodeShareCode(TheGuide(), p), 1).progress.salary.SameChoice(p.salary));
  // A damaged salary part refuses the whole link.
  const std::string skills = code.substr(0, code.rfind('.'));
  for (const char* bad : {".64500_scotland", ".x_scotland_plan-2_1_percent_500_net-pay__", ".64500_scotland_plan-2_2_percent_500_net-pay__",
                          ".64500_scotland_plan-2_1_lots_500_net-pay__", ".64500_scotland_plan-2_1_percent_0_net-pay__",
                          ".64500_Scot_plan-2_1_percent_500_net-pay__", ".64500_scotland_plan-2_1_percent_500_cash__",
                          ".64500_atlantis_plan-2_1_percent_500_net-pay__", ".64500_scotland_plan-9_1_percent_500_net-pay__",
                          ".64500_scotland_postgraduate_1_percent_500_net-pay__", ".2000000_scotland_plan-2_1_percent_500_net-pay__",
                          ".064500_scotland_plan-2_1_percent_500_net-pay__", ".64500_scotland_plan-2_1_percent_9000_net-pay__",
                          ".64500_scotland_plan-2_1_percent_500_net-pay_x_", ".64500_scotland_plan-2_1_percent_500_net-pay__1999/00",
                          ".64500_scotland_plan-2_1_percent_500_net-pay_0_"}) {
    CAPTURE(bad);
    const ShareDecode r = DecodeShareCode(TheGuide(), skills + bad, 1);
    CHECK(r.error == "the link’s salary choices are damaged");
    CHECK(r.progress.skills.empty());
  }
  // A link from the first version, skills only, still works and leaves the salary alone.
  const std::string v1 = "1" + skills.substr(1);
  const ShareDecode old = DecodeShareCode(TheGuide(), v1, 1);
  REQUIRE_MESSAGE(old.ok(), old.error);
  CHECK(old.progress.StateOf("python") == SkillState::Learning);
  CHECK(old.progress.salary.amount == 0);
  // Shared again, it is a link of this version that reads the same (found by fuzzing).
  const std::string again = EncodeShareCode(TheGuide(), old.progress);
  CHECK(again == "3" + v1.substr(1));
  CHECK(DecodeShareCode(TheGuide(), again, 1).progress.SameStates(old.progress));
  CHECK(DecodeShareCode(TheGuide(), v1 + ".64500_scotland__0_none_500_net-pay__", 1).error == "the link’s progress code is damaged");
  // One from the second version (a sector after the salary) keeps its salary and choices.
  const ShareDecode v2 = DecodeShareCode(TheGuide(), "2" + skills.substr(1) + ".64500_financial-services_scotland__0_none_500_net-pay", 1);
  REQUIRE_MESSAGE(v2.ok(), v2.error);
  CHECK(v2.progress.salary.amount == 64500);
  CHECK(v2.progress.salary.pay.region == "scotland");
  CHECK(v2.progress.salary.tax_year.empty());
  CHECK(v2.progress.salary.compare == 0);
  // Its sector must still be an id, and its eight fields all there.
  CHECK(DecodeShareCode(TheGuide(), "2" + skills.substr(1) + ".64500_Financial Services_scotland__0_none_500_net-pay", 1).error ==
        "the link’s salary choices are damaged");
  CHECK(DecodeShareCode(TheGuide(), "2" + skills.substr(1) + ".64500_all_scotland__0_none_500", 1).error ==
        "the link’s salary choices are damaged");
}

TEST_CASE("fragment parameters are found among others") {
  CHECK(FragmentParam("#progress=1.abc.012", "progress") == std::optional<std::string>("1.abc.012"));
  CHECK(FragmentParam("#panel=salary&progress=x", "progress") == std::optional<std::string>("x"));
  CHECK(FragmentParam("progress=", "progress") == std::optional<std::string>(""));
  CHECK_FALSE(FragmentParam("#panel=salary", "progress").has_value());
  CHECK_FALSE(FragmentParam("", "progress").has_value());
}

TEST_CASE("removing the progress parameter keeps the rest of the fragment") {
  CHECK(FragmentWithout("#progress=1.abc.0", "progress") == "");
  CHECK(FragmentWithout("#panel=salary&progress=1.abc.0&theme=dark", "progress") == "#panel=salary&theme=dark");
  CHECK(FragmentWithout("", "progress") == "");
}

TEST_CASE("a link meant for a person leads to the guide's own page, not the compact embedded view") {
  CHECK(OwnPageUrl("https://a.example/guide/?embed=1") == "https://a.example/guide/");
  CHECK(OwnPageUrl("https://a.example/guide/?embed=1&panel=salary") == "https://a.example/guide/?panel=salary");
  CHECK(OwnPageUrl("https://a.example/guide/?theme=dark&embed") == "https://a.example/guide/?theme=dark");
  CHECK(OwnPageUrl("https://a.example/guide/?panel=skills") == "https://a.example/guide/?panel=skills");
  CHECK(OwnPageUrl("https://a.example/guide/") == "https://a.example/guide/");
}
