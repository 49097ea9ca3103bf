#include "core/share_link.hpp"

#include <cstdio>

namespace mlguide {
namespace {

constexpr std::size_t kMaxCode = 256;

std::string SkillsHash(const Guide& g) {
  std::uint32_t h = 2166136261u;  // FNV-1a over "id,id,..."
  for (const SkillGroup& group : g.skill_groups)
    for (const Skill& s : group.skills) {
      for (char c : s.id) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
      h = (h ^ ',') * 16777619u;
    }
  char buf[8];
  std::snprintf(buf, sizeof buf, "%06x", h & 0xFFFFFFu);
  return buf;
}

}  // namespace

std::string EncodeShareCode(const Guide& g, const Progress& p) {
  std::string code = "1." + SkillsHash(g) + ".";
  for (const SkillGroup& group : g.skill_groups)
    for (const Skill& s : group.skills) code += static_cast<char>('0' + static_cast<int>(p.StateOf(s.id)));
  return code;
}

ShareDecode DecodeShareCode(const Guide& g, std::string_view code, std::int64_t now_ms) {
  ShareDecode out;
  if (code.size() > kMaxCode) {
    out.error = "the link’s progress code is too long";
    return out;
  }
  const std::size_t a = code.find('.'), b = a == std::string_view::npos ? a : code.find('.', a + 1);
  if (b == std::string_view::npos) {
    out.error = "the link’s progress code is incomplete";
    return out;
  }
  if (code.substr(0, a) != "1") {
    out.error = "the link was made by another version of the guide";
    return out;
  }
  if (code.substr(a + 1, b - a - 1) != SkillsHash(g)) {
    out.error = "the link was made for a different list of skills";
    return out;
  }
  const std::string_view digits = code.substr(b + 1);
  std::size_t i = 0;
  for (const SkillGroup& group : g.skill_groups)
    for (const Skill& s : group.skills) {
      if (i >= digits.size() || digits[i] < '0' || digits[i] > '2') {
        out.error = "the link’s progress code is damaged";
        out.progress = Progress{};
        return out;
      }
      out.progress.Set(s.id, static_cast<SkillState>(digits[i] - '0'), now_ms);
      ++i;
    }
  if (i != digits.size()) {
    out.error = "the link’s progress code is damaged";
    out.progress = Progress{};
  }
  return out;
}

std::string FragmentWithout(std::string_view fragment, std::string_view name) {
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  std::string out;
  while (!fragment.empty()) {
    const std::size_t amp = fragment.find('&');
    const std::string_view pair = fragment.substr(0, amp);
    if (!pair.empty() && pair.substr(0, pair.find('=')) != name) out += (out.empty() ? "#" : "&") + std::string(pair);
    if (amp == std::string_view::npos) break;
    fragment.remove_prefix(amp + 1);
  }
  return out;
}

std::optional<std::string> FragmentParam(std::string_view fragment, std::string_view name) {
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  while (!fragment.empty()) {
    const std::size_t amp = fragment.find('&');
    const std::string_view pair = fragment.substr(0, amp);
    const std::size_t eq = pair.find('=');
    if (pair.substr(0, eq) == name) return std::string(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
    if (amp == std::string_view::npos) break;
    fragment.remove_prefix(amp + 1);
  }
  return std::nullopt;
}

std::string OwnPageUrl(std::string_view page_url) {
  const std::size_t q = page_url.find('?');
  if (q == std::string_view::npos) return std::string(page_url);
  std::string query = FragmentWithout(page_url.substr(q + 1), "embed");  // the same '&' list
  if (!query.empty()) query[0] = '?';
  return std::string(page_url.substr(0, q)) + query;
}

}  // namespace mlguide
