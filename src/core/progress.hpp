// The reader's progress: a state per skill, with the time each was last changed (so two
// open tabs can merge their edits skill by skill). Pure data and pure operations.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/guide.hpp"

namespace mlguide {

enum class SkillState { NotStarted, Learning, Confident };

const char* SkillStateName(SkillState s);        // "not-started", "learning", "confident"
const char* SkillStateLabel(SkillState s);       // "Not started", "Learning", "Confident"
std::optional<SkillState> SkillStateFromName(const std::string& name);
SkillState NextSkillState(SkillState s);         // not started -> learning -> confident -> not started

struct Progress;
// A change time later than `now_ms` cannot be right (it was written while a clock ran ahead,
// or the clock has since been set back): it counts as unknown (0), like a migrated one, so
// any change the reader makes now wins over it. Applied to both sides of every merge.
void ForgetFutureTimes(Progress& p, std::int64_t now_ms);

struct SkillEntry {
  SkillState state = SkillState::NotStarted;
  std::int64_t changed = 0;  // ms since the epoch; 0 = unknown (migrated data)
  bool operator==(const SkillEntry& o) const { return state == o.state && changed == o.changed; }
};

// A reader preference that travels with the progress (e.g. the theme).
struct Setting {
  std::string value;
  std::int64_t changed = 0;
  bool operator==(const Setting& o) const { return value == o.value && changed == o.changed; }
};

// The salary the reader last looked at in the explorer, their pay now to compare it with, the
// tax year if they picked one, and what applies to them (where they live, their student loan,
// their pension). One change time for all.
struct SalaryChoice {
  int amount = 0;   // pounds a year; 0 = never chosen
  int compare = 0;  // their pay now, pounds a year; 0 = no comparison
  std::string tax_year;  // a year the reader picked ("2025/26"); "" = the year of their date
  PayOptions pay;
  std::int64_t changed = 0;
  bool SameChoice(const SalaryChoice& o) const {
    return amount == o.amount && compare == o.compare && tax_year == o.tax_year && pay == o.pay;
  }
  bool operator==(const SalaryChoice& o) const { return SameChoice(o) && changed == o.changed; }
};

struct Progress {
  // Keyed by skill id. Ids the guide no longer has are kept, never dropped.
  std::map<std::string, SkillEntry> skills;
  // When the reader last reset or replaced their progress: a skill changed before then is
  // gone, also where another tab or the stored copy still has it (Merge).
  std::int64_t cleared = 0;
  Setting theme;  // "system", "light" or "dark"; empty = never chosen
  SalaryChoice salary;

  SkillState StateOf(const std::string& skill_id) const;
  void Set(const std::string& skill_id, SkillState state, std::int64_t now_ms);
  // Whether adopting this progress over `other` (ReplaceStates) would change nothing,
  // change times aside.
  bool SameStates(const Progress& other) const;
};

struct Tally {
  int total = 0, learning = 0, confident = 0;
  int not_started() const { return total - learning - confident; }
};

Tally TallyGroup(const SkillGroup& group, const Progress& p);
Tally TallyAll(const Guide& guide, const Progress& p);

// The salary and pay options the explorer shows: the reader's choice kept within what the
// guide works out (an amount up to its maximum, years and options it knows), or the guide's
// defaults before they have chosen.
SalaryChoice ShownSalary(const Salary& salary, SalaryChoice choice);

// What to do next, in guide order: finish something being learnt, else start the next
// thing. Empty when every skill is confident.
struct NextStep {
  const Skill* skill = nullptr;
  SkillState current = SkillState::NotStarted;
};
NextStep SuggestNextStep(const Guide& guide, const Progress& p);

// Per skill (and per setting), the more recent change wins; on a tie `mine` wins.
Progress Merge(const Progress& mine, const Progress& theirs);

// Makes `mine` hold `incoming`'s states for every skill of the guide (and any other skill
// `incoming` has), and its salary choice if it has one, each stamped `now_ms` so other tabs adopt the
// change. Skills only `mine` knows outside the guide are kept. Resetting is replacing with
// empty progress.
void ReplaceStates(Progress& mine, const Guide& guide, const Progress& incoming, std::int64_t now_ms);

struct StateChange {
  const Skill* skill;
  SkillState from, to;
};
// Skills of the guide whose state differs between `from` and `to`, in guide order.
std::vector<StateChange> Diff(const Guide& guide, const Progress& from, const Progress& to);

}  // namespace mlguide
