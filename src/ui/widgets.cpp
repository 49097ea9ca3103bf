#include "ui/widgets.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <optional>
#include <vector>

#include "imgui_internal.h"
#include "ui/rich_text.hpp"
#include "ui/fonts.hpp"

namespace mlguide {

bool ClickArea(Ui& ui, const char* imgui_id, const std::string& report_id, ImVec2 size, Semantics sem, bool* hovered) {
  bool pressed = ImGui::InvisibleButton(imgui_id, size);
  ui.report.AddLastItem(report_id, std::move(sem));
  pressed |= TakePageAction(ui, report_id);
  if (ui.state.focus_id == report_id) {  // asked for from elsewhere: scroll here, take focus
    ImGui::SetScrollHereY(0.4f);
    ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    ImGui::GetCurrentContext()->NavDisableHighlight = false;  // show where focus went
    ui.state.focus_id.clear();
  }
  const bool hot = ImGui::IsItemHovered();
  if (hot) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::RenderNavHighlight(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetItemID());
  if (hovered) *hovered = hot;
  return pressed;
}

namespace {

// Takes the first of the page's actions for this widget that `wanted` accepts, in the order
// the page sent them. Behind a dialog nothing can be pressed or set, by the page either: the
// widget's actions are dropped.
std::optional<MirrorAction> TakeFromPage(Ui& ui, const std::string& report_id, bool (*wanted)(MirrorAction::Kind)) {
  std::vector<MirrorAction>& queue = ui.state.page_actions;
  auto mine = [&](const MirrorAction& a) { return a.id == report_id; };
  if (ImGuiWindow* modal = ImGui::GetTopMostPopupModal(); modal && !ImGui::IsWindowWithinBeginStackOf(ImGui::GetCurrentWindow(), modal)) {
    queue.erase(std::remove_if(queue.begin(), queue.end(), mine), queue.end());
    return std::nullopt;
  }
  for (auto it = queue.begin(); it != queue.end(); ++it)
    if (mine(*it) && wanted(it->kind)) {
      MirrorAction a = std::move(*it);
      queue.erase(it);
      return a;
    }
  return std::nullopt;
}

}  // namespace

std::optional<float> TakePageValue(Ui& ui, const std::string& report_id) {
  const auto a = TakeFromPage(ui, report_id, [](MirrorAction::Kind k) { return k == MirrorAction::Kind::SetValue; });
  return a ? std::optional<float>(a->value) : std::nullopt;
}

std::optional<std::string> TakePageText(Ui& ui, const std::string& report_id) {
  auto a = TakeFromPage(ui, report_id, [](MirrorAction::Kind k) { return k == MirrorAction::Kind::SetText; });
  return a ? std::optional<std::string>(std::move(a->text)) : std::nullopt;
}

bool TakePageAction(Ui& ui, const std::string& report_id) {
  // Every press and focus the page sent this widget since the last frame: one press is enough.
  bool pressed = false, any = false;
  while (const auto a = TakeFromPage(ui, report_id, [](MirrorAction::Kind k) {
           return k == MirrorAction::Kind::Click || k == MirrorAction::Kind::Focus;
         })) {
    any = true;
    pressed |= a->kind == MirrorAction::Kind::Click;
  }
  if (any) {
    // Into view if it is not, without moving what the reader can already see.
    ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    // With room around it, so a focus ring or a wrapped line is never cut at the edge.
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    r.Expand(ImVec2(0, 24));
    ImGui::ScrollToRect(ImGui::GetCurrentWindow(), r, ImGuiScrollFlags_KeepVisibleEdgeY);
    ImGui::GetCurrentContext()->NavDisableHighlight = false;
    ImGui::GetCurrentContext()->NavDisableMouseHover = true;
  }
  return pressed;
}

void LinkedText(Ui& ui, const std::string& report_id, std::initializer_list<TextRun> runs, float width, float line_spacing) {
  std::vector<LinkPiece> pieces;
  const size_t lines_before = ui.report.text.size();
  const int widgets_before = static_cast<int>(ui.report.widgets.size());
  FlowText(runs, width, line_spacing, &pieces);
  // In reading order a link's element comes where its words are: the text from a link on
  // follows it (the link's own words are its element's name).
  int links_seen = 0;
  for (size_t i = lines_before; i < ui.report.text.size(); ++i) {
    MirrorText& t = ui.report.text[i];
    if (!t.link.empty() && (i == lines_before || ui.report.text[i - 1].link != t.link || t.new_block)) ++links_seen;
    t.after = widgets_before + links_seen;
  }
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  int links = 0;
  for (size_t first = 0; first < pieces.size();) {
    const TextRun* run = pieces[first].run;
    size_t end = first;
    while (end < pieces.size() && pieces[end].run == run) ++end;
    const std::string id = ++links == 1 ? report_id : report_id + "." + std::to_string(links);
    // One tab stop per link; a link that wraps can be pressed on any of its lines.
    const ImGuiID nav_id = ImGui::GetID(id.c_str());
    bool pressed = false, hot = false;
    for (size_t i = first; i < end; ++i) {
      const ImRect bb(pieces[i].min, pieces[i].max);
      const ImGuiID piece_id = i == first ? nav_id : ImGui::GetID((id + "#" + std::to_string(i - first)).c_str());
      if (i != first) ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
      if (ImGui::ItemAdd(bb, piece_id)) {
        bool hovered = false, held = false;
        pressed |= ImGui::ButtonBehavior(bb, piece_id, &hovered, &held);
        hot |= hovered;
      }
      if (i != first) ImGui::PopItemFlag();
      if (i == first) {
        Semantics sem{Role::Link, std::string(run->text)};
        sem.url = std::string(run->link);
        ui.report.AddLastItem(id, std::move(sem));
        pressed |= TakePageAction(ui, id);
        if (ui.state.focus_id == id) {  // come back to: in view, with the focus
          ImGui::SetScrollHereY(0.4f);
          ImGui::SetFocusID(nav_id, ImGui::GetCurrentWindow());
          ImGui::GetCurrentContext()->NavDisableHighlight = false;
          ui.state.focus_id.clear();
        }
      }
    }
    if (hot) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (g.NavId == nav_id)
      for (size_t i = first; i < end; ++i) ImGui::RenderNavHighlight(ImRect(pieces[i].min, pieces[i].max), nav_id);
    if (pressed && run->link.front() == '#') {  // a place in the guide: "#" and the report id of what it leads to
      ui.state.focus_id = std::string(run->link.substr(1));
      ui.state.came_from = id;
      ui.actions.state_changed = true;
    } else if (pressed) {
      ui.actions.open_url = std::string(run->link);
    }
    first = end;
  }
}

int Segmented(Ui& ui, const char* name, const char* group_id, const char* const* labels, const char* const* report_ids,
              int count, int selected, float max_width) {
  ImFont* font = ui.fonts.small_bold;
  const float size = FontSize(font), h = std::max(size + 14, ui.min_target), row_gap = 6;
  std::vector<float> text_w(static_cast<size_t>(count));
  float texts = 0;
  for (int i = 0; i < count; ++i) texts += text_w[static_cast<size_t>(i)] = font->CalcTextSizeA(size, FLT_MAX, 0, labels[i]).x;
  // Tighter first (down to 8 px a side), then as many rows as it takes.
  const float pad_x = std::clamp((max_width - texts) / (2.0f * static_cast<float>(count)), 8.0f, 12.0f);
  std::vector<int> row_of(static_cast<size_t>(count));
  std::vector<float> row_w{0};
  for (int i = 0; i < count; ++i) {
    const float w = text_w[static_cast<size_t>(i)] + 2 * pad_x;
    if (row_w.back() > 0 && row_w.back() + w > max_width) row_w.push_back(0);
    row_w.back() += w;
    row_of[static_cast<size_t>(i)] = static_cast<int>(row_w.size()) - 1;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float widest = *std::max_element(row_w.begin(), row_w.end());
  const float rows = static_cast<float>(row_w.size());
  for (size_t r = 0; r < row_w.size(); ++r) {
    const ImVec2 a = start + ImVec2(0, static_cast<float>(r) * (h + row_gap));
    dl->AddRectFilled(a, a + ImVec2(row_w[r], h), ui.pal.surface, h * 0.5f);
    dl->AddRect(a, a + ImVec2(row_w[r], h), ui.pal.border, h * 0.5f);
  }
  ui.report.BeginContainer({group_id, start, start + ImVec2(widest, rows * h + (rows - 1) * row_gap), 0, {Role::RadioGroup, name}});
  int picked = -1, focused = -1;
  std::vector<ImGuiID> ids(static_cast<size_t>(count));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, row_gap));
  for (int i = 0; i < count; ++i) {
    const float w = text_w[static_cast<size_t>(i)] + 2 * pad_x;
    if (i > 0 && row_of[static_cast<size_t>(i)] == row_of[static_cast<size_t>(i) - 1]) ImGui::SameLine();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    bool hovered = false;
    ImGui::PushID(report_ids[i]);  // unique per control: two segmented rows must not share ids
    const bool on = i == selected;
    Semantics sem{Role::Radio, labels[i]};
    sem.checked = on ? Semantics::Toggle::On : Semantics::Toggle::Off;
    // One stop for Tab in the group, its choice (the WAI-ARIA radio group): arrows move it.
    const bool stop = on || selected < 0;
    if (!stop) ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
    if (ClickArea(ui, "seg", report_ids[i], ImVec2(w, h), std::move(sem), &hovered)) picked = i;
    if (!stop) ImGui::PopItemFlag();
    ids[static_cast<size_t>(i)] = ImGui::GetItemID();
    if (ImGui::IsItemFocused()) focused = i;
    ImGui::PopID();
    if (on) dl->AddRectFilled(p + ImVec2(2, 2), p + ImVec2(w - 2, h - 2), ui.pal.accent, (h - 4) * 0.5f);
    else if (hovered) dl->AddRectFilled(p + ImVec2(2, 2), p + ImVec2(w - 2, h - 2), ui.pal.surface_hover, (h - 4) * 0.5f);
    dl->AddText(font, size, p + ImVec2(pad_x, (h - size) * 0.5f), on ? ui.pal.on_accent : ui.pal.text, labels[i]);
  }
  ImGui::PopStyleVar();
  ui.report.EndContainer();
  if (focused >= 0) {
    const ImGuiID id = ids[static_cast<size_t>(focused)];
    int step = 0;
    for (ImGuiKey k : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow}) {
      ImGui::SetKeyOwner(k, id);
      if (ImGui::IsKeyPressed(k, id, ImGuiInputFlags_Repeat)) step = k == ImGuiKey_LeftArrow || k == ImGuiKey_UpArrow ? -1 : 1;
    }
    if (step != 0) {  // the next choice, round the ends, chosen and focused
      picked = (focused + step + count) % count;
      ImGui::SetFocusID(ids[static_cast<size_t>(picked)], ImGui::GetCurrentWindow());
      ImGui::GetCurrentContext()->NavDisableHighlight = false;
    }
  }
  return picked;
}

bool Checkbox(Ui& ui, const std::string& label, const std::string& report_id, bool checked) {
  ImFont* font = ui.fonts.body;
  const float size = FontSize(font), box = 18, gap = 8;
  const float h = std::max(size + 10, ui.min_target);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = box + gap + font->CalcTextSizeA(size, FLT_MAX, 0, label.c_str()).x + 4;
  bool hovered = false;
  ImGui::PushID(report_id.c_str());
  Semantics sem{Role::Checkbox, label};
  sem.checked = checked ? Semantics::Toggle::On : Semantics::Toggle::Off;
  const bool pressed = ClickArea(ui, "check", report_id, ImVec2(w, h), std::move(sem), &hovered);
  ImGui::PopID();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 b0 = p + ImVec2(0, (h - box) * 0.5f), b1 = b0 + ImVec2(box, box);
  if (checked) {
    dl->AddRectFilled(b0, b1, ui.pal.accent, 4);
    dl->AddPolyline(std::array<ImVec2, 3>{b0 + ImVec2(4.5f, 9.5f), b0 + ImVec2(7.5f, 12.5f), b0 + ImVec2(13.5f, 5.5f)}.data(), 3,
                    ui.pal.on_accent, ImDrawFlags_None, 2.2f);
  } else {
    dl->AddRectFilled(b0, b1, hovered ? ui.pal.surface_hover : ui.pal.surface, 4);
    dl->AddRect(b0, b1, hovered ? ui.pal.accent : ui.pal.muted, 4, 0, 1.5f);
  }
  DrawLabel(dl, font, p + ImVec2(box + gap, (h - size) * 0.5f), ui.pal.text, label);
  return pressed;
}

int RangeKeys(ImGuiID id, int value, int step, int page, int min, int max) {
  static constexpr ImGuiKey kKeys[] = {ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow,
                                       ImGuiKey_PageUp,    ImGuiKey_PageDown,   ImGuiKey_Home,    ImGuiKey_End};
  for (ImGuiKey k : kKeys) ImGui::SetKeyOwner(k, id);
  auto pressed = [&](ImGuiKey k) { return ImGui::IsKeyPressed(k, id, ImGuiInputFlags_Repeat); };
  if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_DownArrow)) value -= step;
  if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_UpArrow)) value += step;
  if (pressed(ImGuiKey_PageDown)) value -= page;
  if (pressed(ImGuiKey_PageUp)) value += page;
  if (pressed(ImGuiKey_Home)) value = min;
  if (pressed(ImGuiKey_End)) value = max;
  return value;
}

int Stepper(Ui& ui, const std::string& name, const std::string& report_id, int value, int min, int max, int step,
            const std::string& value_text) {
  ImFont* font = ui.fonts.body_bold;
  const float size = FontSize(font), h = std::max(size + 14, ui.min_target), button_w = h;
  const float value_w = font->CalcTextSizeA(size, FLT_MAX, 0, value_text.c_str()).x + 28;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(start, start + ImVec2(2 * button_w + value_w, h), ui.pal.surface, h * 0.5f);
  dl->AddRect(start, start + ImVec2(2 * button_w + value_w, h), ui.pal.border, h * 0.5f);
  ImGui::PushID(report_id.c_str());
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  int out = value;
  std::string lower_name = name;  // "Decrease pension contribution"
  if (!lower_name.empty()) lower_name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower_name[0])));
  // One end button: a minus or a plus drawn in its circle. Pressed, it says the value it left.
  auto end_button = [&](const char* id, const char* verb, int delta) {
    bool hovered = false;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const std::string button_id = report_id + "." + id;
    Semantics sem{Role::Button, verb + (" " + lower_name)};
    if (ui.state.stepped == button_id) sem.announce = value_text;
    if (ClickArea(ui, id, button_id, ImVec2(button_w, h), std::move(sem), &hovered)) {
      out = value + delta;
      ui.state.stepped = button_id;
    }
    if (hovered) dl->AddCircleFilled(p + ImVec2(button_w, h) * 0.5f, h * 0.5f - 3, ui.pal.surface_hover);
    const ImVec2 c = p + ImVec2(button_w, h) * 0.5f;
    const ImU32 col = (delta < 0 ? value <= min : value >= max) ? ui.pal.muted : ui.pal.text;
    dl->AddLine(c - ImVec2(6, 0), c + ImVec2(6, 0), col, 2);
    if (delta > 0) dl->AddLine(c - ImVec2(0, 6), c + ImVec2(0, 6), col, 2);
  };
  end_button("less", "Decrease", -step);
  ImGui::SameLine();
  Semantics sem{Role::Slider, name};
  sem.value_text = value_text;
  sem.value = static_cast<float>(value);
  sem.min = static_cast<float>(min);
  sem.max = static_cast<float>(max);
  sem.step = static_cast<float>(step);
  const ImVec2 vp = ImGui::GetCursorScreenPos();
  ClickArea(ui, "value", report_id, ImVec2(value_w, h), std::move(sem));
  const ImGuiID id = ImGui::GetItemID();
  int moved = value;
  if (ImGui::IsItemFocused()) moved = RangeKeys(id, value, step, 5 * step, min, max);
  if (const std::optional<float> v = TakePageValue(ui, report_id)) moved = static_cast<int>(std::lround(*v / static_cast<float>(step))) * step;
  if (moved != value) {
    out = moved;
    if (ui.state.stepped.rfind(report_id + ".", 0) == 0) ui.state.stepped.clear();  // the slider says its own value
  }
  DrawLabel(dl, font, vp + ImVec2(14, (h - size) * 0.5f), ui.pal.text, value_text);
  ImGui::SameLine();
  end_button("more", "Increase", step);
  ImGui::PopStyleVar();
  ImGui::PopID();
  return std::clamp(out, min, max);
}

namespace {
constexpr float kButtonPadX = 14, kButtonPadY = 10, kChevronRoom = 18;
ImFont* ButtonFont(const Ui& ui, ButtonStyle style) { return style.compact ? ui.fonts.small_bold : ui.fonts.body_bold; }
}  // namespace

float ButtonWidth(const Ui& ui, const char* label, ButtonStyle style) {
  ImFont* font = ButtonFont(ui, style);
  return font->CalcTextSizeA(FontSize(font), FLT_MAX, 0, label).x + 2 * (style.compact ? 12 : kButtonPadX) +
         (style.chevron ? kChevronRoom : 0);
}

bool TextButton(Ui& ui, const char* label, const std::string& report_id, ButtonStyle style) {
  ImFont* font = ButtonFont(ui, style);
  const float size = FontSize(font);
  const ImVec2 sz(ButtonWidth(ui, label, style), std::max(size + (style.compact ? 14 : 2 * kButtonPadY), ui.min_target));
  const float rounding = style.compact ? sz.y * 0.5f : 8;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  bool hovered = false;
  ImGui::PushID(report_id.c_str());
  Semantics sem{style.chevron ? Role::MenuButton : Role::Button, label};
  if (style.chevron) sem.expanded = style.menu_open ? Semantics::Toggle::On : Semantics::Toggle::Off;
  const bool pressed = ClickArea(ui, "button", report_id, sz, std::move(sem), &hovered);
  ImGui::PopID();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (style.primary) {
    dl->AddRectFilled(p, p + sz, ui.pal.accent, rounding);
    if (hovered) dl->AddRectFilled(p, p + sz, IM_COL32(255, 255, 255, 30), rounding);
  } else {
    dl->AddRectFilled(p, p + sz, hovered ? ui.pal.surface_hover : ui.pal.surface, rounding);
    dl->AddRect(p, p + sz, ui.pal.border, rounding);
  }
  const ImU32 ink = style.primary ? ui.pal.on_accent : ui.pal.text;
  const float pad_x = style.compact ? 12 : kButtonPadX;
  dl->AddText(font, size, p + ImVec2(pad_x, (sz.y - size) * 0.5f), ink, label);
  if (style.chevron) Chevron(dl, p + ImVec2(sz.x - pad_x - 5, sz.y * 0.5f), 9, true, ink);
  return pressed;
}

int ButtonRow(Ui& ui, const std::vector<ButtonSpec>& buttons, float width) {
  int pressed = -1;
  float x = 0;
  for (size_t i = 0; i < buttons.size(); ++i) {
    const float w = ButtonWidth(ui, buttons[i].label);
    if (i > 0 && x + 8 + w <= width) {
      ImGui::SameLine(0, 8);
      x += 8;
    } else {
      x = 0;
    }
    if (TextButton(ui, buttons[i].label, buttons[i].report_id, {buttons[i].primary})) pressed = static_cast<int>(i);
    if (buttons[i].safe) ImGui::SetItemDefaultFocus();
    x += w;
  }
  return pressed;
}

void Title(Ui& ui, const std::string& text, const char* report_id, float width, int level) {
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const size_t from = ui.report.widgets.size(), lines = ui.report.text.size();
  FlowText({{ui.fonts.heading, ui.pal.text, text}}, width, 1.3f);
  ui.report.Named(lines);
  const float h = ImGui::GetCursorScreenPos().y - top.y - ImGui::GetStyle().ItemSpacing.y;
  Semantics sem{Role::Heading, text};
  sem.heading_level = level;
  if (!ui.report.Claim(from, report_id, sem)) ui.report.Add({report_id, top, top + ImVec2(width, std::max(h, 1.0f)), 0, std::move(sem)});
}

void Space(float css_px) {
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + css_px);
}

void Chevron(ImDrawList* dl, ImVec2 c, float size, bool open, ImU32 color) {
  const float h = size * 0.5f, t = size * 0.25f;
  if (open) dl->AddPolyline(std::array<ImVec2, 3>{c + ImVec2(-h, -t), c + ImVec2(0, t), c + ImVec2(h, -t)}.data(), 3, color, 0, 2.0f);
  else dl->AddPolyline(std::array<ImVec2, 3>{c + ImVec2(-t, -h), c + ImVec2(t, 0), c + ImVec2(-t, h)}.data(), 3, color, 0, 2.0f);
}

}  // namespace mlguide
