#include "core/share_link.hpp"

#include <cstdio>

#include "core/json_reader.hpp"
#include <vector>

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
  std::string code = "3." + SkillsHash(g) + ".";
  for (const SkillGroup& group : g.skill_groups)
    for (const Skill& s : group.skills) code += static_cast<char>('0' + static_cast<int>(p.StateOf(s.id)));
  const SalaryChoice c = ShownSalary(g.salary, p.salary);  // as the explorer shows it: every field known
  if (p.salary.amount > 0)
    code += "." + std::to_string(c.amount) + "_" + c.pay.region + "_" + c.pay.loan + "_" + (c.pay.postgraduate ? "1" : "0") + "_" +
            PensionKindName(c.pay.pension) + "_" + std::to_string(c.pay.pension_percent_bp) + "_" + PensionMethodName(c.pay.method) +
            "_" + (c.compare > 0 ? std::to_string(c.compare) : "") + "_" + c.tax_year;
  return code;
}

namespace {

std::vector<std::string_view> Split(std::string_view text, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0;;) {
    const std::size_t next = text.find(sep, at);
    out.push_back(text.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
    if (next == std::string_view::npos) return out;
    at = next + 1;
  }
}

bool Number(std::string_view text, long long max, int& out) {
  if (text.empty() || text.size() > 9 || text[0] == '0') return false;  // one way to write each number
  long long v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v < 1 || v > max) return false;
  out = static_cast<int>(v);
  return true;
}

// The salary part, holding only what this guide knows: exactly what the explorer would show
// for it (its regions, plans and years, amounts it works out, a percentage within the
// pension's), so that nothing in a link is quietly replaced by a default. Version 2 had a
// sector after the amount (it set only the slider's top) and no comparison or year.
bool SalaryPart(const Salary& s, std::string_view text, bool v2, SalaryChoice& c) {
  std::vector<std::string_view> f = Split(text, '_');
  if (v2) {
    if (f.size() != 8 || !JsonReader::IsIdText(std::string(f[1]))) return false;
    f.erase(f.begin() + 1);
    f.insert(f.end(), {"", ""});
  }
  if (f.size() != 9 || !Number(f[0], 10'000'000, c.amount) || (f[3] != "0" && f[3] != "1") ||
      !PensionKindFromName(std::string(f[4]), c.pay.pension) || !Number(f[5], 10000, c.pay.pension_percent_bp) ||
      !PensionMethodFromName(std::string(f[6]), c.pay.method) || (!f[7].empty() && !Number(f[7], 10'000'000, c.compare)))
    return false;
  c.pay.region = std::string(f[1]);
  c.pay.loan = std::string(f[2]);
  c.pay.postgraduate = f[3] == "1";
  c.tax_year = std::string(f[8]);
  return ShownSalary(s, c).SameChoice(c);
}

}  // namespace

ShareDecode DecodeShareCode(const Guide& g, std::string_view code, std::int64_t now_ms) {
  ShareDecode out;
  auto fail = [&](const char* why) {
    out.error = why;
    out.progress = Progress{};
    return out;
  };
  if (code.size() > kMaxCode) return fail("the link’s progress code is too long");
  const std::vector<std::string_view> parts = Split(code, '.');
  if (parts.size() < 3) return fail("the link’s progress code is incomplete");
  if (parts[0] != "1" && parts[0] != "2" && parts[0] != "3") return fail("the link was made by another version of the guide");
  if (parts.size() > (parts[0] == "1" ? 3u : 4u)) return fail("the link’s progress code is damaged");
  if (parts[1] != SkillsHash(g)) return fail("the link was made for a different list of skills");
  const std::string_view digits = parts[2];
  std::size_t i = 0;
  for (const SkillGroup& group : g.skill_groups)
    for (const Skill& s : group.skills) {
      if (i >= digits.size() || digits[i] < '0' || digits[i] > '2') return fail("the link’s progress code is damaged");
      out.progress.Set(s.id, static_cast<SkillState>(digits[i] - '0'), now_ms);
      ++i;
    }
  if (i != digits.size()) return fail("the link’s progress code is damaged");
  if (parts.size() == 4) {
    if (!SalaryPart(g.salary, parts[3], parts[0] == "2", out.progress.salary)) return fail("the link’s salary choices are damaged");
    out.progress.salary.changed = now_ms;
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
