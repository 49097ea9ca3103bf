#include <doctest/doctest.h>

#include "core/progress_format.hpp"
#include "core/progress_store.hpp"
#include "test_support.hpp"

using namespace mlguide;
using mlguide::MemoryStore;

namespace {
constexpr std::int64_t kNow = 1764067200000;  // 2025-11-25: later than every time written here

Progress Sample() {
  Progress p;
  p.Set("python", SkillState::Confident, 100);
  p.Set("keras", SkillState::Learning, 200);
  return p;
}
}  // namespace

TEST_CASE("progress saved is progress opened") {
  MemoryStore kv;
  StoreProblem problem;
  ProgressStore store(kv, "ml-engineer");
  CHECK(store.Open(kNow, problem).skills.empty());
  CHECK(problem.kind == StoreProblem::Kind::None);
  Progress sample = Sample();
  REQUIRE(store.Save(sample, kNow, problem));
  ProgressStore reopened(kv, "ml-engineer");
  CHECK(reopened.Open(kNow, problem).skills == Sample().skills);
  CHECK(kv.data.count("mlguide:ml-engineer:progress") == 1);
}

TEST_CASE("unreadable saved data is backed up before the tracker starts fresh") {
  for (const std::string bad : {std::string("{\"schema\": 2, \"skills\": tru"), std::string("[]"),
                                std::string("{\"schema\": 9, \"guide\": \"ml-engineer\", \"skills\": {}}"),
                                std::string(300 * 1024, '{')}) {
    MemoryStore kv;
    kv.data["mlguide:ml-engineer:progress"] = bad;
    StoreProblem problem;
    ProgressStore store(kv, "ml-engineer");
    CHECK(store.Open(1764067200000, problem).skills.empty());
    CHECK(problem.kind == StoreProblem::Kind::Unreadable);
    CHECK_FALSE(problem.reason.empty());
    CHECK(problem.backup_key == "mlguide:ml-engineer:progress:unreadable:1764067200000");
    CHECK(kv.data.at(problem.backup_key) == bad);  // the exact bytes, kept
    CHECK(problem.unreadable == bad);              // and offered for export
    CHECK_FALSE(store.memory_only());
    // The main key now holds readable (empty) progress, so the next visit does not warn again.
    CHECK(ParseProgress(kv.data.at(store.key()), "ml-engineer").ok());
  }
}

TEST_CASE("unreadable data that cannot be backed up is left untouched") {
  MemoryStore kv;
  kv.data["mlguide:ml-engineer:progress"] = "not json";
  kv.refuse_set = true;
  StoreProblem problem;
  ProgressStore store(kv, "ml-engineer");
  store.Open(kNow, problem);
  CHECK(problem.kind == StoreProblem::Kind::UnreadableNotBackedUp);
  CHECK(problem.store_error.find("Quota") != std::string::npos);
  CHECK(store.memory_only());
  kv.refuse_set = false;
  Progress sample = Sample();
  CHECK_FALSE(store.Save(sample, kNow, problem));  // memory only: never overwrites the original
  CHECK(kv.data.at("mlguide:ml-engineer:progress") == "not json");
}

TEST_CASE("storage that refuses to work means running in memory") {
  MemoryStore kv;
  kv.refuse_get = true;
  StoreProblem problem;
  ProgressStore store(kv, "ml-engineer");
  CHECK(store.Open(kNow, problem).skills.empty());
  CHECK(problem.kind == StoreProblem::Kind::Unavailable);
  CHECK(problem.reason.find("SecurityError") != std::string::npos);
  CHECK(store.memory_only());
  Progress sample = Sample();
  CHECK_FALSE(store.Save(sample, kNow, problem));
  CHECK(kv.writes == 0);
}

TEST_CASE("a full store switches to memory and says so") {
  MemoryStore kv;
  kv.quota = 50;
  StoreProblem problem;
  ProgressStore store(kv, "ml-engineer");
  store.Open(kNow, problem);
  Progress sample = Sample();
  CHECK_FALSE(store.Save(sample, kNow, problem));
  CHECK(problem.kind == StoreProblem::Kind::SaveFailed);
  CHECK(problem.reason.find("Quota") != std::string::npos);
  CHECK(store.memory_only());
}

TEST_CASE("a change from another tab merges skill by skill") {
  MemoryStore kv;
  ProgressStore store(kv, "ml-engineer");
  Progress mine = Sample();  // python confident @100, keras learning @200
  Progress theirs;
  theirs.Set("python", SkillState::Learning, 50);   // older than mine
  theirs.Set("r", SkillState::Confident, 300);      // new to me
  bool write_back = false;
  const Progress merged = store.MergeExternal(mine, SerializeProgress(theirs, "ml-engineer"), kNow, write_back);
  CHECK(merged.StateOf("python") == SkillState::Confident);
  CHECK(merged.StateOf("keras") == SkillState::Learning);
  CHECK(merged.StateOf("r") == SkillState::Confident);
  CHECK(write_back);  // theirs lacks my python and keras
  // Theirs already holds everything: nothing to write back.
  store.MergeExternal(theirs, SerializeProgress(theirs, "ml-engineer"), kNow, write_back);
  CHECK_FALSE(write_back);
  // Garbage from elsewhere changes nothing.
  CHECK(store.MergeExternal(mine, "garbage", kNow, write_back).skills == mine.skills);
  CHECK_FALSE(write_back);
}

TEST_CASE("a save merges what another tab stored in the meantime") {
  MemoryStore kv;
  StoreProblem problem;
  ProgressStore tab_a(kv, "ml-engineer"), tab_b(kv, "ml-engineer");
  tab_a.Open(kNow, problem);
  tab_b.Open(kNow, problem);
  Progress a, b;
  b.Set("keras", SkillState::Learning, 500);
  REQUIRE(tab_b.Save(b, kNow, problem));
  a.Set("r", SkillState::Confident, 400);  // a has not heard of b's change yet
  REQUIRE(tab_a.Save(a, kNow, problem));
  CHECK(a.StateOf("keras") == SkillState::Learning);  // merged into a's own state too
  const Progress stored = ParseProgress(kv.data.at(tab_a.key()), "ml-engineer").progress;
  CHECK(stored.StateOf("keras") == SkillState::Learning);
  CHECK(stored.StateOf("r") == SkillState::Confident);
}

TEST_CASE("a saved time that has not happened yet never outranks the reader's change, in this tab or another") {
  constexpr std::int64_t kYear3000 = 32503680000000;
  const std::string key = "mlguide:ml-engineer:progress";
  Progress ahead;
  ahead.Set("python", SkillState::Confident, kYear3000);
  ahead.theme = {"dark", kYear3000};
  MemoryStore kv;
  kv.data[key] = SerializeProgress(ahead, "ml-engineer");
  StoreProblem problem;

  ProgressStore tab(kv, "ml-engineer");
  Progress mine = tab.Open(kNow, problem);
  CHECK(mine.skills.at("python").changed == 0);
  mine.Set("python", SkillState::NotStarted, kNow + 10);  // the reader's click
  REQUIRE(tab.Save(mine, kNow + 20, problem));           // merged with the stored year-3000 entry
  CHECK(mine.StateOf("python") == SkillState::NotStarted);
  CHECK(ParseProgress(kv.data.at(key), "ml-engineer").progress.StateOf("python") == SkillState::NotStarted);

  // Another tab still holds the year-3000 entry in memory and hears of the save.
  ProgressStore other(kv, "ml-engineer");
  bool write_back = true;
  const Progress merged = other.MergeExternal(ahead, kv.data.at(key), kNow + 30, write_back);
  CHECK(merged.StateOf("python") == SkillState::NotStarted);
  CHECK_FALSE(write_back);  // nothing of its own to add: no echo between the tabs

  // A clock set back an hour after a save: the saved time is now in the future, and the
  // next change still wins.
  Progress back = tab.Open(kNow + 40, problem);
  back.Set("python", SkillState::Learning, kNow - 3600000);
  REQUIRE(tab.Save(back, kNow - 3600000, problem));
  CHECK(back.StateOf("python") == SkillState::Learning);
  CHECK(ParseProgress(kv.data.at(key), "ml-engineer").progress.StateOf("python") == SkillState::Learning);
}
