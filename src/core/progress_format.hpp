// The saved-progress JSON: what localStorage holds, what Export writes and Import reads.
//
//   { "schema": 4, "guide": "ml-engineer",
//     "skills": { "python": { "state": "learning", "changed": 1764067200000 }, ... },
//     "theme":  { "value": "dark", "changed": 1764067200000 },
//     "cleared": 1764067200000 (when last reset or replaced; never: absent),
//     "salary": { "amount": 60000, "region": "scotland" (the default: absent), "loan": "plan-2" (none: absent),
//                 "postgraduate": false,
//                 "pension": { "kind": "percent", "percent": 5, "method": "salary-sacrifice" },
//                 "compare": 32000 (no comparison: absent), "tax_year": "2025/26" (the reader's date's: absent),
//                 "changed": 1764067200000 } }
//
// Older schemas are migrated on read: schema 1 (first release) kept only
// "skills": { "python": "learning", ... }; schema 2 had no region, loan or pension in
// "salary" (they take their defaults: the first region, no loan, no pension); schemas 2 and 3
// named a "sector" (read and dropped) and had no comparison or tax year. Anything else — newer schemas, wrong types, oversized input — is
// refused with a message naming the field.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/progress.hpp"

namespace mlguide {

inline constexpr int kProgressSchema = 4;
inline constexpr std::size_t kMaxProgressBytes = 256 * 1024;

struct ProgressParse {
  Progress progress;
  std::string error;     // empty on success
  // Values that could not be right, left out ("theme.value: \"purple\" is not one of ..."):
  // each loses only itself, the rest is read.
  std::vector<std::string> dropped;
  int from_schema = 0;   // the schema the text was written in
  bool ok() const { return error.empty(); }
};

ProgressParse ParseProgress(std::string_view text, const std::string& guide_id);
// In a reader's words: what is wrong with text that could not be read at all ("isn’t a
// progress file from this guide"), and what was left out of text that could ("the theme").
std::string PlainProblem(const ProgressParse& parsed);
std::string PlainDropped(const std::vector<std::string>& dropped);
std::string SerializeProgress(const Progress& progress, const std::string& guide_id);

}  // namespace mlguide
