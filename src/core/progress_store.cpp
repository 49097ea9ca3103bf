#include "core/progress_store.hpp"

#include "core/progress_format.hpp"

namespace mlguide {

ProgressStore::ProgressStore(KeyValueStore& kv, std::string guide_id)
    : kv_(kv), guide_id_(std::move(guide_id)), key_("mlguide:" + guide_id_ + ":progress") {}

Progress ProgressStore::Open(std::int64_t now_ms, StoreProblem& problem) {
  std::optional<std::string> text;
  std::string error;
  if (!kv_.Get(key_, text, error)) {
    memory_only_ = true;
    problem = {StoreProblem::Kind::Unavailable, error, "", "", ""};
    return {};
  }
  if (!text) return {};
  ProgressParse parsed = ParseProgress(*text, guide_id_);
  if (parsed.ok() && parsed.dropped.empty()) {
    ForgetFutureTimes(parsed.progress, now_ms);
    return std::move(parsed.progress);
  }

  // Unreadable, whole or in part: keep a copy under its own key before anything overwrites
  // the original. What could be read is kept (a bad theme loses no skill).
  const std::string backup = key_ + ":unreadable:" + std::to_string(now_ms);
  if (parsed.ok()) {
    ForgetFutureTimes(parsed.progress, now_ms);
    std::string why;
    for (const std::string& d : parsed.dropped) why += (why.empty() ? "" : "; ") + d;
    problem = {StoreProblem::Kind::PartlyUnreadable, why, "", backup, *text};
    problem.left_out = PlainDropped(parsed.dropped);
    if (!kv_.Set(backup, *text, error)) {
      problem.backup_key.clear();
      problem.store_error = error;
    }
    return std::move(parsed.progress);  // written back, without what was left out, at the next save
  }
  if (!kv_.Set(backup, *text, error)) {
    memory_only_ = true;  // the original stays where it is, untouched
    problem = {StoreProblem::Kind::UnreadableNotBackedUp, parsed.error, error, "", *text};
    return {};
  }
  problem = {StoreProblem::Kind::Unreadable, parsed.error, "", backup, *text};
  if (!kv_.Set(key_, SerializeProgress(Progress{}, guide_id_), error)) {
    memory_only_ = true;
    problem.kind = StoreProblem::Kind::UnreadableNotBackedUp;  // backed up, yet cannot go on saving
    problem.store_error = error;
  }
  return {};
}

bool ProgressStore::Save(Progress& progress, std::int64_t now_ms, StoreProblem& problem) {
  if (memory_only_) return false;
  std::optional<std::string> stored;
  std::string error;
  if (kv_.Get(key_, stored, error) && stored) {
    ProgressParse theirs = ParseProgress(*stored, guide_id_);
    if (theirs.ok()) {
      ForgetFutureTimes(progress, now_ms);
      ForgetFutureTimes(theirs.progress, now_ms);
      progress = Merge(progress, theirs.progress);
    }
  }
  if (kv_.Set(key_, SerializeProgress(progress, guide_id_), error)) return true;
  memory_only_ = true;
  problem = {StoreProblem::Kind::SaveFailed, error, "", "", ""};
  return false;
}

Progress ProgressStore::MergeExternal(const Progress& mine, const std::string& text, std::int64_t now_ms, bool& write_back) const {
  write_back = false;
  ProgressParse theirs = ParseProgress(text, guide_id_);
  if (!theirs.ok()) return mine;
  ForgetFutureTimes(theirs.progress, now_ms);
  Progress merged = mine;
  ForgetFutureTimes(merged, now_ms);
  merged = Merge(merged, theirs.progress);
  write_back = !(merged.skills == theirs.progress.skills && merged.theme == theirs.progress.theme &&
                 merged.salary == theirs.progress.salary);
  return merged;
}

}  // namespace mlguide
