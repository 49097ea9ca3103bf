// Keeping progress in a key-value store (localStorage on the web) without ever losing it:
// unreadable data is copied to a backup key before the tracker starts fresh, and is left
// untouched if even that fails; a store that refuses to work means running in memory.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/progress.hpp"

namespace mlguide {

// The storage seam, implemented by each platform.
class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;
  // Each returns false with `error` set when the store refuses (unavailable, full, blocked).
  virtual bool Get(const std::string& key, std::optional<std::string>& value, std::string& error) = 0;
  virtual bool Set(const std::string& key, const std::string& value, std::string& error) = 0;
};

struct StoreProblem {
  enum class Kind {
    None,
    Unreadable,              // saved data could not be read; it was backed up, the tracker starts fresh
    PartlyUnreadable,        // some values could not be read and were left out (backed up if it could be); the rest is kept
    UnreadableNotBackedUp,   // ...and could not be backed up: left in place, running in memory
    Unavailable,             // the store refuses to work at all: running in memory
    SaveFailed,              // a save was refused (e.g. full): running in memory from now on
  };
  Kind kind = Kind::None;
  std::string reason;       // what was wrong with the data, or what the store said
  std::string store_error;  // for UnreadableNotBackedUp: why the backup failed
  std::string backup_key;   // for Unreadable: where the unreadable copy is
  std::string unreadable;   // the unreadable text itself, so the reader can export it
  std::string left_out;     // for PartlyUnreadable: what was left out, in a reader's words ("the theme")
};

class ProgressStore {
 public:
  ProgressStore(KeyValueStore& kv, std::string guide_id);

  const std::string& key() const { return key_; }
  bool memory_only() const { return memory_only_; }

  // Reads the saved progress (migrating older schemas). Problems are reported, never fatal.
  Progress Open(std::int64_t now_ms, StoreProblem& problem);

  // Writes `progress` unless running in memory. What another tab stored since is merged in
  // first (read, merge, write: no tab overwrites another's edits), and `progress` becomes the
  // merge. On a refused write, switches to memory-only and reports it through `problem`;
  // returns whether the data is now stored.
  bool Save(Progress& progress, std::int64_t now_ms, StoreProblem& problem);

  // Another tab stored `text` under key(). Returns the merge of `mine` and theirs, and sets
  // `write_back` when the merge holds something theirs lacks. Unreadable text changes nothing.
  Progress MergeExternal(const Progress& mine, const std::string& text, std::int64_t now_ms, bool& write_back) const;

 private:
  KeyValueStore& kv_;
  std::string guide_id_;
  std::string key_;
  bool memory_only_ = false;
};

}  // namespace mlguide
