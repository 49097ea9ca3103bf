#include "semantics/tree_update.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace mlguide {
namespace {

float Round(float v) { return std::round(v * 100.0f) / 100.0f; }

// Node i of `m` as the page places it (see NodeChange::node).
MirrorNode Placed(const Mirror& m, size_t i) {
  MirrorNode n = m.nodes[i];
  float ox = 0, oy = -m.text_scroll;
  if (n.parent >= 0) {
    const MirrorNode& p = m.nodes[static_cast<size_t>(n.parent)];
    ox = Round(p.x);
    oy = Round(p.y);
  }
  n.x = Round(Round(n.x) - ox);
  n.y = Round(Round(n.y) - oy);
  n.width = Round(n.width);
  n.height = Round(n.height);
  return n;
}

const MirrorField* FieldOf(const Mirror& m, const std::string& id) {
  for (const MirrorField& f : m.fields)
    if (f.id == id) return &f;
  return nullptr;
}

// A field as the page shows it: its place is its node's.
bool SameField(const MirrorField* a, const MirrorField* b) {
  if (!a || !b) return a == b;
  MirrorField x = *a, y = *b;
  x.x = x.y = x.width = x.height = y.x = y.y = y.width = y.height = 0;
  return x == y;
}

std::uint32_t PartsChanged(const MirrorNode& a, const MirrorNode& b) {
  const Semantics &s = a.sem, &t = b.sem;
  std::uint32_t parts = 0;
  if (s.role != t.role) parts |= kPartRole;
  if (s.name != t.name) parts |= kPartName;
  if (s.description != t.description) parts |= kPartDescription;
  if (s.value_text != t.value_text || s.value != t.value || s.min != t.min || s.max != t.max || s.step != t.step)
    parts |= kPartValue;
  if (s.expanded != t.expanded || s.checked != t.checked || s.modal != t.modal || s.invalid != t.invalid ||
      s.heading_level != t.heading_level)
    parts |= kPartState;
  if (s.url != t.url) parts |= kPartUrl;
  if (s.announce != t.announce) parts |= kPartAnnounce;
  if (s.text_from != t.text_from) parts |= kPartTextFrom;
  if (a.x != b.x || a.y != b.y || a.width != b.width || a.height != b.height) parts |= kPartPlace;
  return parts;
}

std::vector<std::pair<std::string, std::string>> Order(const Mirror& m) {
  std::vector<std::pair<std::string, std::string>> order;
  order.reserve(m.nodes.size());
  for (const MirrorNode& n : m.nodes)
    order.emplace_back(n.id, n.parent >= 0 ? m.nodes[static_cast<size_t>(n.parent)].id : std::string());
  return order;
}

std::vector<TextLine> Lines(const std::vector<MirrorText>& text) {
  std::vector<TextLine> lines(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    lines[i].run = text[i];
    lines[i].space_after = i + 1 < text.size() && !text[i + 1].new_block && !text[i + 1].glued;
  }
  return lines;
}

bool SameKind(const TextLine& a, const TextLine& b) {
  const MirrorText &p = a.run, &q = b.run;
  return p.new_block == q.new_block && p.after == q.after && p.glued == q.glued && p.link == q.link &&
         p.in_widget == q.in_widget && p.heading == q.heading && p.named == q.named &&
         p.table == q.table && p.row == q.row && p.col == q.col && p.cell == q.cell;
}
bool Alike(const TextLine& a, const TextLine& b) { return a.run.text == b.run.text && SameKind(a, b); }

std::optional<TextSplice> Splice(const std::vector<MirrorText>& before, const std::vector<MirrorText>& now) {
  if (before == now) return std::nullopt;
  const std::vector<TextLine> old = Lines(before), lines = Lines(now);
  const size_t n_old = old.size(), n_new = lines.size();
  auto run = [](size_t limit, auto same) {
    size_t n = 0;
    while (n < limit && same(n)) ++n;
    return n;
  };
  const size_t head = run(std::min(n_old, n_new), [&](size_t k) { return Alike(old[k], lines[k]); });
  const size_t tail = run(std::min(n_old, n_new) - head, [&](size_t k) { return Alike(old[n_old - 1 - k], lines[n_new - 1 - k]); });
  const size_t old_end = n_old - tail, new_end = n_new - tail;
  const size_t first = head + run(std::min(old_end, new_end) - head, [&](size_t k) { return SameKind(old[head + k], lines[head + k]); });
  const size_t last = run(std::min(old_end, new_end) - first, [&](size_t k) { return SameKind(old[old_end - 1 - k], lines[new_end - 1 - k]); });
  TextSplice s;
  s.at = static_cast<int>(first);
  s.removed = static_cast<int>(old_end - last - first);
  s.inserted.assign(lines.begin() + static_cast<long>(first), lines.begin() + static_cast<long>(new_end - last));
  auto keep = [&](size_t i_new, size_t i_old) {
    if (!(lines[i_new] == old[i_old])) s.changed.emplace_back(static_cast<int>(i_new), lines[i_new]);
  };
  for (size_t i = 0; i < first; ++i) keep(i, i);
  for (size_t i = new_end - last; i < n_new; ++i) keep(i, i - n_new + n_old);
  return s;
}

}  // namespace

TreeUpdate Compare(const Mirror& before, const Mirror& now) {
  TreeUpdate u;
  std::unordered_map<std::string, size_t> was;
  for (size_t i = 0; i < before.nodes.size(); ++i) was.emplace(before.nodes[i].id, i);
  std::unordered_map<std::string, bool> is;
  for (size_t i = 0; i < now.nodes.size(); ++i) {
    const MirrorNode placed = Placed(now, i);
    const MirrorField* field = FieldOf(now, placed.id);
    is.emplace(placed.id, true);
    const auto it = was.find(placed.id);
    NodeChange c;
    c.node = placed;
    if (it == was.end()) {
      c.added = true;
      c.parts = kPartAll;
      if (!placed.sem.announce.empty()) u.say.push_back(placed.sem.announce);
    } else {
      c.parts = PartsChanged(Placed(before, it->second), placed);
      if (!SameField(FieldOf(before, placed.id), field)) c.parts |= kPartField;
      if ((c.parts & kPartAnnounce) && !placed.sem.announce.empty()) u.say.push_back(placed.sem.announce);
    }
    if (c.parts & kPartField && field) c.field = *field;
    if (c.parts) u.nodes.push_back(std::move(c));
  }
  for (const MirrorNode& n : before.nodes)
    if (!is.count(n.id)) u.removed.push_back(n.id);
  std::vector<std::pair<std::string, std::string>> order = Order(now);
  if (order != Order(before)) u.order = std::move(order);
  if (now.focused != before.focused) u.focus = now.focused;
  u.text = Splice(before.text, now.text);
  if (now.text_scroll != before.text_scroll) u.scroll = now.text_scroll;
  if (now.text_covered != before.text_covered) u.covered = now.text_covered;
  if (now.dark != before.dark) u.dark = now.dark;
  if (now.text_font != before.text_font) u.text_font = now.text_font;
  return u;
}

TreeUpdate Everything(const Mirror& now) {
  TreeUpdate u = Compare(Mirror{}, now);
  if (!u.order) u.order.emplace();
  u.focus = now.focused;
  if (!u.text) u.text.emplace();
  u.scroll = now.text_scroll;
  u.covered = now.text_covered;
  u.dark = now.dark;
  u.text_font = now.text_font;
  return u;
}

}  // namespace mlguide
