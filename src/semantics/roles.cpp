#include "semantics/semantics.hpp"

namespace mlguide {

const char* RoleName(Role role) {
  switch (role) {
    case Role::Button: return "button";
    case Role::Link: return "link";
    case Role::MenuButton: return "button";
    case Role::Menu: return "menu";
    case Role::MenuItem: return "menuitem";
    case Role::RadioGroup: return "radiogroup";
    case Role::Radio: return "radio";
    case Role::Checkbox: return "checkbox";
    case Role::Slider: return "slider";
    case Role::TextField: return "textbox";
    case Role::Heading: return "heading";
    case Role::Status: return "status";
    case Role::Dialog: return "dialog";
    case Role::Paragraph: return "paragraph";
    case Role::Table: return "table";
    case Role::Row: return "row";
    case Role::Cell: return "cell";
    case Role::RowHeader: return "rowheader";
    case Role::None: break;
  }
  return "";
}

std::uint32_t ReadingKeysUsedBy(Role role) {
  switch (role) {
    case Role::Slider: return kReadUpDown | kReadLeftRight | kReadPage | kReadHomeEnd;
    case Role::Radio: return kReadUpDown | kReadLeftRight | kReadSpace;  // arrows choose, Space picks
    case Role::MenuItem: return kReadUpDown | kReadHomeEnd | kReadSpace;
    case Role::TextField: return kReadUpDown | kReadLeftRight | kReadPage | kReadHomeEnd | kReadSpace;
    case Role::Button: case Role::MenuButton: case Role::Checkbox: return kReadSpace;  // Space presses
    default: return 0;  // a link, a heading, text: the keys read on
  }
}

}  // namespace mlguide
