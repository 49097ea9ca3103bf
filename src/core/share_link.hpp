// Progress in a link: a compact code carried in the URL fragment (#progress=...), which
// browsers never send to a server.
//
//   3.<6 hex: hash of the guide's skill ids>.<one digit per skill, guide order: 0 1 2>
//     [.<salary>_<region>_<loan plan, or nothing>_<postgraduate: 0 1>
//       _<pension: none minimum percent>_<percent in basis points>_<net-pay salary-sacrifice>
//       _<pay now to compare with, or nothing>_<tax year picked ("2025/26"), or nothing>]
//
// The salary part is there once the reader has chosen a salary. Version 1 links (no
// salary part) and version 2 (a sector after the salary; no comparison or year) are still read.
//
// The hash makes a link from a guide with other skills fail clearly instead of shifting
// states onto the wrong skills.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/progress.hpp"

namespace mlguide {

inline constexpr std::string_view kShareParam = "progress";

std::string EncodeShareCode(const Guide& guide, const Progress& progress);

struct ShareDecode {
  Progress progress;  // states of the guide's skills, each stamped `now_ms`
  std::string error;
  bool ok() const { return error.empty(); }
};
ShareDecode DecodeShareCode(const Guide& guide, std::string_view code, std::int64_t now_ms);

// `fragment` without the parameter `name` ("" when nothing else is left).
std::string FragmentWithout(std::string_view fragment, std::string_view name);

// The value of `name` in a fragment such as "#progress=1.abc.012&x=y", if present.
std::optional<std::string> FragmentParam(std::string_view fragment, std::string_view name);

// The guide's own page, for a link meant for a person: `page_url` (no fragment) without the
// compact view an embedding page asks for ("embed=1"); other parameters stay.
std::string OwnPageUrl(std::string_view page_url);

}  // namespace mlguide
