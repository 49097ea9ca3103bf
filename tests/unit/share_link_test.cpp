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
  CHECK(code.size() == 2 + 7 + 12);
  CHECK(code.substr(code.size() - 12) == "200001000002");
  const ShareDecode d = DecodeShareCode(TheGuide(), code, 99);
  REQUIRE_MESSAGE(d.ok(), d.error);
  CHECK(d.progress.SameStates(p));
  CHECK(d.progress.skills.at("python").changed == 99);
}

TEST_CASE("damaged or foreign share codes are refused") {
  const std::string code = EncodeShareCode(TheGuide(), Progress{});
  CHECK(DecodeShareCode(TheGuide(), "", 1).error == "the link’s progress code is incomplete");
  CHECK(DecodeShareCode(TheGuide(), "2" + code.substr(1), 1).error == "the link was made by another version of the guide");
  CHECK(DecodeShareCode(TheGuide(), "1.000000." + std::string(12, '0'), 1).error == "the link was made for a different list of skills");
  CHECK(DecodeShareCode(TheGuide(), code.substr(0, code.size() - 1), 1).error == "the link’s progress code is damaged");
  CHECK(DecodeShareCode(TheGuide(), code + "0", 1).error == "the link’s progress code is damaged");
  CHECK(DecodeShareCode(TheGuide(), code.substr(0, code.size() - 1) + "7", 1).error == "the link’s progress code is damaged");
  CHECK(DecodeShareCode(TheGuide(), std::string(5000, '1'), 1).error == "the link’s progress code is too long");
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
