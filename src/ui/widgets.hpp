// Small building blocks shared by the panels.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/rich_text.hpp"
#include "ui/ui_context.hpp"

namespace mlguide {

// An invisible, focusable button of `size` at the cursor: hand cursor on hover, keyboard
// focus ring, reported to the page API as `report_id` with what it is (`sem`), and scrolled
// to and focused when ui.state.focus_id names it. Returns true when activated.
bool ClickArea(Ui& ui, const char* imgui_id, const std::string& report_id, ImVec2 size, Semantics sem,
               bool* hovered = nullptr);

// One row of mutually exclusive choices (radios), a group called `name`. Narrower than its
// choices, it tightens them, then wraps them onto more rows. Returns the index picked this
// frame, or -1.
int Segmented(Ui& ui, const char* name, const char* group_id, const char* const* labels, const char* const* report_ids,
              int count, int selected, float max_width = FLT_MAX);

// A box that is ticked or not, with its label; returns true when pressed (to toggle).
bool Checkbox(Ui& ui, const std::string& label, const std::string& report_id, bool checked);

// The keys of a focused range control (the ImGui item `id`), taken from keyboard navigation:
// the arrows move `value` by `step`, Page Up / Page Down by `page`, Home and End to the ends.
// Returns the new value (not yet kept within them).
int RangeKeys(ImGuiID id, int value, int step, int page, int min, int max);

// A number chosen with - and + buttons, or, focused, with the arrow keys (step), Page Up /
// Page Down (5 steps), Home and End. It is a slider to assistive technology, `name` with
// `value_text`. Returns the new value.
int Stepper(Ui& ui, const std::string& name, const std::string& report_id, int value, int min, int max, int step,
            const std::string& value_text);

// What the page asked of the widget ImGui submitted last, reported as `report_id` (a screen
// reader's press, focus moved to its mirrored element): focus is given to it here; returns
// true when it was pressed.
bool TakePageAction(Ui& ui, const std::string& report_id);
// A new value the page set for the widget `report_id` (a slider), if any.
std::optional<float> TakePageValue(Ui& ui, const std::string& report_id);
// Text the reader committed in the editable field `report_id`, if any.
std::optional<std::string> TakePageText(Ui& ui, const std::string& report_id);

// A rounded text button. Primary fills it with the accent colour; compact matches the
// height of Segmented(); chevron adds a down arrow (the button opens a menu).
struct ButtonStyle {
  bool primary = false;
  bool compact = false;
  bool chevron = false;
  bool menu_open = false;  // with chevron: its menu is showing
};
bool TextButton(Ui& ui, const char* label, const std::string& report_id, ButtonStyle style = {});
float ButtonWidth(const Ui& ui, const char* label, ButtonStyle style = {});  // as TextButton draws it

// Buttons in a row that wraps when the width runs out. Returns the index pressed, or -1.
struct ButtonSpec {
  const char* label;
  std::string report_id;
  bool primary = false;
  bool safe = false;  // in a dialog, where the focus starts (the choice that loses nothing)
};
int ButtonRow(Ui& ui, const std::vector<ButtonSpec>& buttons, float width);

// Text the reader can select and copy by hand: a framed box here, and a real read-only text
// field of the page over it (semantics/semantics.hpp). `lines` > 1 makes it a scrolling text area;
// `select` focuses it with all its text selected.
void CopyableText(Ui& ui, const std::string& report_id, const std::string& label, const std::string& text, float width,
                  int lines, bool select);

// An amount of money the reader types (a salary), `label` above it: a framed box here and a
// real, editable text field of the page over it, with a keyboard of figures on phones. What
// they type arrives when they commit it (Enter, or leaving the field). A good amount (whole
// pounds, up to `max`) is returned; anything else stays in the field with a plain message
// beside it, and the amount is kept. `amount` 0 shows the field empty.
std::optional<int> AmountField(Ui& ui, const std::string& report_id, const std::string& label, int amount, int max, float width);

// Text with links in it (runs with a `link`): each link is a focusable item of its own, pressed
// by mouse, touch or keys, and opens its address in a new tab. It is reported as `report_id`
// (a second link in the same text as `report_id` + ".2", and so on).
void LinkedText(Ui& ui, const std::string& report_id, std::initializer_list<TextRun> runs, float width,
                float line_spacing = kLineSpacing);

// A card's or dialog's title, reported to the page API as `report_id` (where it starts),
// a heading of `level` to assistive technology.
void Title(Ui& ui, const std::string& text, const char* report_id, float width, int level = 2);

// Vertical space before the next item (which must follow: Dear ImGui checks that a
// cursor move never stands alone at the end of a window).
void Space(float css_px);

// A chevron pointing right (closed) or down (open), centred on `center`.
void Chevron(ImDrawList* dl, ImVec2 center, float size, bool open, ImU32 color);

}  // namespace mlguide
