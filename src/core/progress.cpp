#include "core/progress.hpp"

#include <algorithm>
#include <set>

namespace mlguide {

const char* SkillStateName(SkillState s) {
  switch (s) {
    case SkillState::Learning: return "learning";
    case SkillState::Confident: return "confident";
    default: return "not-started";
  }
}

const char* SkillStateLabel(SkillState s) {
  switch (s) {
    case SkillState::Learning: return "Learning";
    case SkillState::Confident: return "Confident";
    default: return "Not started";
  }
}

std::optional<SkillState> SkillStateFromName(const std::string& name) {
  for (SkillState s : {SkillState::NotStarted, SkillState::Learning, SkillState::Confident})
    if (name == SkillStateName(s)) return s;
  return std::nullopt;
}

SkillState NextSkillState(SkillState s) {
  switch (s) {
    case SkillState::NotStarted: return SkillState::Learning;
    case SkillState::Learning: return SkillState::Confident;
    default: return SkillState::NotStarted;
  }
}

SkillState Progress::StateOf(const std::string& skill_id) const {
  auto it = skills.find(skill_id);
  return it == skills.end() ? SkillState::NotStarted : it->second.state;
}

void ForgetFutureTimes(Progress& p, std::int64_t now_ms) {
  const auto forget = [now_ms](std::int64_t& t) { if (t > now_ms) t = 0; };
  for (auto& [id, e] : p.skills) forget(e.changed);
  forget(p.theme.changed);
  forget(p.salary.changed);
  forget(p.cleared);
}

void Progress::Set(const std::string& skill_id, SkillState state, std::int64_t now_ms) {
  skills[skill_id] = SkillEntry{state, now_ms};
}

bool Progress::SameStates(const Progress& other) const {
  for (const auto& [id, e] : skills)
    if (other.StateOf(id) != e.state) return false;
  for (const auto& [id, e] : other.skills)
    if (StateOf(id) != e.state) return false;
  return salary.amount == 0 || salary.SameChoice(other.salary);
}

Tally TallyGroup(const SkillGroup& group, const Progress& p) {
  Tally t;
  for (const Skill& s : group.skills) {
    ++t.total;
    const SkillState st = p.StateOf(s.id);
    t.learning += st == SkillState::Learning;
    t.confident += st == SkillState::Confident;
  }
  return t;
}

Tally TallyAll(const Guide& guide, const Progress& p) {
  Tally all;
  for (const SkillGroup& g : guide.skill_groups) {
    const Tally t = TallyGroup(g, p);
    all.total += t.total;
    all.learning += t.learning;
    all.confident += t.confident;
  }
  return all;
}

NextStep SuggestNextStep(const Guide& guide, const Progress& p) {
  for (SkillState wanted : {SkillState::Learning, SkillState::NotStarted})
    for (const SkillGroup& g : guide.skill_groups)
      for (const Skill& s : g.skills)
        if (p.StateOf(s.id) == wanted) return {&s, wanted};
  return {};
}

Progress Merge(const Progress& mine, const Progress& theirs) {
  Progress out = mine;
  for (const auto& [id, e] : theirs.skills) {
    auto it = out.skills.find(id);
    if (it == out.skills.end() || e.changed > it->second.changed) out.skills[id] = e;
  }
  out.cleared = std::max(mine.cleared, theirs.cleared);
  for (auto it = out.skills.begin(); it != out.skills.end();) it = it->second.changed < out.cleared ? out.skills.erase(it) : std::next(it);
  if (theirs.theme.changed > mine.theme.changed) out.theme = theirs.theme;
  if (theirs.salary.changed > mine.salary.changed) out.salary = theirs.salary;
  return out;
}

void ReplaceStates(Progress& mine, const Guide& guide, const Progress& incoming, std::int64_t now_ms) {
  std::set<std::string> done;
  for (const SkillGroup& g : guide.skill_groups)
    for (const Skill& s : g.skills) {
      mine.Set(s.id, incoming.StateOf(s.id), now_ms);
      done.insert(s.id);
    }
  // Skills the guide does not know (from a file, a later version) go: what the reader chose
  // to replace or reset is all the guide shows, and exports say no more than that.
  for (auto it = mine.skills.begin(); it != mine.skills.end();) it = done.count(it->first) ? std::next(it) : mine.skills.erase(it);
  mine.cleared = now_ms;
  if (incoming.salary.amount > 0) {  // progress without a salary choice leaves the reader's
    mine.salary = incoming.salary;
    mine.salary.changed = now_ms;
  }
}

std::vector<StateChange> Diff(const Guide& guide, const Progress& from, const Progress& to) {
  std::vector<StateChange> out;
  for (const SkillGroup& g : guide.skill_groups)
    for (const Skill& s : g.skills)
      if (from.StateOf(s.id) != to.StateOf(s.id)) out.push_back({&s, from.StateOf(s.id), to.StateOf(s.id)});
  return out;
}

SalaryChoice ShownSalary(const Salary& s, SalaryChoice c) {
  c.amount = c.amount > 0 ? std::min(c.amount, s.max_amount) : s.default_amount;
  c.compare = std::clamp(c.compare, 0, s.max_amount);
  const TaxYear* picked = s.FindYear(c.tax_year);
  if (!picked) c.tax_year.clear();
  c.pay = ValidPayOptions(picked ? *picked : s.Newest(), c.pay);
  return c;
}

}  // namespace mlguide
