#include <doctest/doctest.h>

#include "core/progress.hpp"
#include "test_support.hpp"

using namespace mlguide;
using test::TheGuide;

TEST_CASE("a skill moves not started -> learning -> confident -> not started") {
  CHECK(NextSkillState(SkillState::NotStarted) == SkillState::Learning);
  CHECK(NextSkillState(SkillState::Learning) == SkillState::Confident);
  CHECK(NextSkillState(SkillState::Confident) == SkillState::NotStarted);
  for (SkillState s : {SkillState::NotStarted, SkillState::Learning, SkillState::Confident})
    CHECK(SkillStateFromName(SkillStateName(s)) == s);
  CHECK_FALSE(SkillStateFromName("expert").has_value());
}

TEST_CASE("progress arithmetic counts every skill once, overall and per group") {
  Progress p;
  CHECK(TallyAll(TheGuide(), p).total == 12);
  CHECK(TallyAll(TheGuide(), p).not_started() == 12);
  p.Set("python", SkillState::Confident, 1);
  p.Set("r", SkillState::Learning, 1);
  p.Set("keras", SkillState::Confident, 1);
  p.Set("not-in-the-guide", SkillState::Confident, 1);  // kept, but not counted
  const Tally all = TallyAll(TheGuide(), p);
  CHECK(all.confident == 2);
  CHECK(all.learning == 1);
  CHECK(all.not_started() == 9);
  const Tally languages = TallyGroup(TheGuide().skill_groups[0], p);
  CHECK(languages.total == 3);
  CHECK(languages.confident == 1);
  CHECK(languages.learning == 1);
}

TEST_CASE("the next step finishes what is being learnt before starting something new") {
  Progress p;
  NextStep n = SuggestNextStep(TheGuide(), p);
  REQUIRE(n.skill);
  CHECK(n.skill->id == "python");
  CHECK(n.current == SkillState::NotStarted);
  p.Set("python", SkillState::Confident, 1);
  p.Set("keras", SkillState::Learning, 1);
  n = SuggestNextStep(TheGuide(), p);
  REQUIRE(n.skill);
  CHECK(n.skill->id == "keras");
  CHECK(n.current == SkillState::Learning);
  for (const SkillGroup& g : TheGuide().skill_groups)
    for (const Skill& s : g.skills) p.Set(s.id, SkillState::Confident, 2);
  CHECK(SuggestNextStep(TheGuide(), p).skill == nullptr);
}

TEST_CASE("merging two tabs keeps the later change of each skill") {
  Progress mine, theirs;
  mine.Set("python", SkillState::Confident, 200);   // mine is newer
  theirs.Set("python", SkillState::Learning, 100);
  mine.Set("r", SkillState::Learning, 100);
  theirs.Set("r", SkillState::Confident, 300);      // theirs is newer
  theirs.Set("keras", SkillState::Learning, 50);    // only theirs
  mine.Set("pytorch", SkillState::Learning, 50);    // only mine
  mine.theme = {"dark", 10};
  theirs.theme = {"light", 20};
  mine.salary = {80000, 0, "", {}, 30};
  theirs.salary = {55000, 0, "", {}, 5};
  const Progress m = Merge(mine, theirs);
  CHECK(m.StateOf("python") == SkillState::Confident);
  CHECK(m.StateOf("r") == SkillState::Confident);
  CHECK(m.StateOf("keras") == SkillState::Learning);
  CHECK(m.StateOf("pytorch") == SkillState::Learning);
  CHECK(m.theme.value == "light");
  CHECK(m.salary.amount == 80000);
  // A tie keeps mine.
  theirs.Set("python", SkillState::NotStarted, 200);
  CHECK(Merge(mine, theirs).StateOf("python") == SkillState::Confident);
}

TEST_CASE("diff lists the guide's skills that change, in guide order") {
  Progress a, b;
  b.Set("keras", SkillState::Learning, 1);
  b.Set("python", SkillState::Confident, 1);
  a.Set("r", SkillState::Learning, 1);
  b.Set("r", SkillState::Learning, 2);  // same state: no change
  const auto d = Diff(TheGuide(), a, b);
  REQUIRE(d.size() == 2);
  CHECK(d[0].skill->id == "python");
  CHECK(d[0].from == SkillState::NotStarted);
  CHECK(d[0].to == SkillState::Confident);
  CHECK(d[1].skill->id == "keras");
}

TEST_CASE("replacing states stamps every guide skill and removes skills the guide does not know") {
  Progress mine;
  mine.Set("python", SkillState::Confident, 10);
  mine.Set("retired-skill", SkillState::Learning, 10);
  Progress incoming;
  incoming.Set("keras", SkillState::Learning, 5);
  incoming.Set("skill-from-a-file", SkillState::Confident, 5);
  ReplaceStates(mine, TheGuide(), incoming, 1000);
  CHECK(mine.StateOf("python") == SkillState::NotStarted);
  CHECK(mine.StateOf("keras") == SkillState::Learning);
  CHECK_FALSE(mine.skills.count("retired-skill"));  // Replace and Reset leave only what the guide shows
  CHECK_FALSE(mine.skills.count("skill-from-a-file"));
  CHECK(mine.skills.at("python").changed == 1000);  // a newer change: other tabs take it
  CHECK(mine.skills.at("keras").changed == 1000);
  CHECK(TallyAll(TheGuide(), mine).learning == 1);
  ReplaceStates(mine, TheGuide(), Progress{}, 2000);  // Reset
  CHECK(static_cast<int>(mine.skills.size()) == TallyAll(TheGuide(), mine).total);
}

TEST_CASE("a change time later than now counts as unknown, whichever way the clock was wrong") {
  constexpr std::int64_t kNow = 1764067200000;        // 2025-11-25
  constexpr std::int64_t kYear3000 = 32503680000000;  // written while a clock ran far ahead
  Progress p;
  p.Set("python", SkillState::Confident, kYear3000);
  p.Set("r", SkillState::Learning, kNow - 1000);       // in the past: kept
  p.Set("keras", SkillState::Learning, kNow + 60000);  // a clock since set back a minute
  p.theme = {"dark", kYear3000};
  p.salary = {90000, 0, "", {}, kNow};
  ForgetFutureTimes(p, kNow);
  CHECK(p.skills.at("python").changed == 0);
  CHECK(p.skills.at("r").changed == kNow - 1000);
  CHECK(p.skills.at("keras").changed == 0);
  CHECK(p.theme.changed == 0);
  CHECK(p.salary.changed == kNow);
  CHECK(p.StateOf("python") == SkillState::Confident);  // states stay: only their times are doubted

  // Then any change made now wins over them, in either order of merging.
  Progress click;
  click.Set("python", SkillState::NotStarted, kNow);
  CHECK(Merge(click, p).StateOf("python") == SkillState::NotStarted);
  CHECK(Merge(p, click).StateOf("python") == SkillState::NotStarted);
}
