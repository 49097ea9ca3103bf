// The schema between what the app draws and what the page mirrors (see DESIGN, "The canvas
// joins the page"): a semantics tree of every widget drawn (role, name, value, state,
// rectangle, parent) for assistive technology, voice control and the keyboard; the text runs
// the content laid out, for the browser's selection, copy and find; and text fields a reader
// selects or types into. Plain data with no dependencies: `ui` fills it each frame, the
// platform makes the page match and sends back what the reader did there (MirrorAction).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mlguide {

// What a widget is to assistive technology.
enum class Role : std::uint8_t {
  None,        // layout only: not mirrored
  Button,
  Link,        // opens an address in a new tab
  MenuButton,  // a button that opens a menu
  Menu,
  MenuItem,
  RadioGroup,  // a row of mutually exclusive choices
  Radio,
  Checkbox,
  Slider,
  TextField,   // text to select and copy, or (MirrorField::editable) to type
  Heading,
  Status,      // a notice that tells what happened
  Dialog,
  // Text a container says (a dialog's paragraphs, a table's cells), read in place among its
  // controls; the page's own content is the text layer's (MirrorText), not nodes.
  Paragraph,
  Table,
  Row,
  Cell,
  RowHeader,   // the cell that names its row
};
const char* RoleName(Role role);  // the ARIA role: "button", "menuitem", "radio"...

// The keys a reader reads a page with. Unless the control with the focus uses one, it scrolls
// the page, as in a browser; which ones a role uses follows the WAI-ARIA Authoring Practices.
enum ReadingKey : std::uint32_t {
  kReadUpDown = 1u << 0,     // ↑ ↓
  kReadLeftRight = 1u << 1,  // ← →
  kReadPage = 1u << 2,       // Page Up, Page Down
  kReadHomeEnd = 1u << 3,
  kReadSpace = 1u << 4,      // Space, Shift+Space
};
std::uint32_t ReadingKeysUsedBy(Role role);

struct Semantics {
  Role role = Role::None;
  std::string name;         // what it is called ("Python", "Salary")
  std::string description;  // read after the name (a panel's summary)
  std::string value_text;   // its value in words ("Learning", "£60,000 a year")
  float value = 0, min = 0, max = 0, step = 0;  // sliders
  enum class Toggle : std::uint8_t { None, Off, On };
  Toggle expanded = Toggle::None;  // panel headers, the menu button
  Toggle checked = Toggle::None;   // radios, checkboxes
  bool modal = false;              // dialogs
  bool invalid = false;            // a field whose text was refused (description says why)
  int heading_level = 0;           // a heading (or a button that is one: a panel header), 1-6
  std::string url;                 // a link's address
  // Said once, politely, whenever it changes to something (a notice's words as it appears, a
  // skill's new state): the one source of what a screen reader is told without moving focus.
  std::string announce;
  // The id of an element of the page whose text is this node's hidden content (a collapsed
  // panel's): the page keeps it findable, and a match presses this node to show it.
  std::string text_from;

  bool operator==(const Semantics& o) const {
    return role == o.role && name == o.name && description == o.description && value_text == o.value_text &&
           value == o.value && min == o.min && max == o.max && step == o.step && expanded == o.expanded &&
           checked == o.checked && modal == o.modal && invalid == o.invalid && heading_level == o.heading_level && url == o.url &&
           announce == o.announce && text_from == o.text_from;
  }
};

// A notice that tells what happened: said as it appears.
inline Semantics StatusSemantics(std::string text) {
  Semantics s{Role::Status, text};
  s.announce = std::move(text);
  return s;
}

struct MirrorNode {
  std::string id;  // stable while the widget shows
  Semantics sem;
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels from the canvas's top left
  int parent = -1;  // index of the node it sits in (a dialog, a menu, a radio group), or -1

  bool operator==(const MirrorNode& o) const {
    return id == o.id && sem == o.sem && x == o.x && y == o.y && width == o.width && height == o.height && parent == o.parent;
  }
};

struct MirrorField {
  std::string id;     // the MirrorNode it belongs to
  std::string label;  // its accessible name
  std::string text;
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels from the canvas's top left
  bool multiline = false;
  bool select = false;  // focused with all of its text selected, once, when this turns on
  // The reader types into it (a salary); the page hands its text back when they commit it
  // (Enter, or leaving the field) as MirrorAction::SetText, and while it has the focus keeps
  // what they are typing. Numeric: phones show a keyboard of figures.
  bool editable = false, numeric = false;
  // How its text is set, to sit in the box the canvas draws: a CSS font, and the CSS px between
  // the box's edge and the text (pad_left: before the text, where the canvas draws a £).
  std::string font;
  float pad_x = 0, pad_y = 0, pad_left = 0, radius = 0;
  // Colours packed as Dear ImGui packs them (0xAABBGGRR). The field itself is transparent: the
  // canvas draws its box (over an opaque element Chromium can leave a stale patch of canvas).
  std::uint32_t fg = 0, border = 0;

  bool operator==(const MirrorField& o) const {
    return id == o.id && label == o.label && text == o.text && x == o.x && y == o.y && width == o.width &&
           height == o.height && multiline == o.multiline && select == o.select && editable == o.editable &&
           numeric == o.numeric && font == o.font && pad_x == o.pad_x && pad_y == o.pad_y && pad_left == o.pad_left &&
           radius == o.radius && fg == o.fg && border == o.border;
  }
};

using MirrorFields = std::vector<MirrorField>;

// A line of text the page's content shows (one run of one font on one line), for the page's
// text layer: the browser's own selection, copy and find work on it.
struct MirrorText {
  std::string text;
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels; y from the top of the scrolling content
  float size = 0;           // the font's size, CSS pixels
  bool new_block = false;   // the first line of a paragraph, an item or a cell
  bool in_widget = false;   // part of a control's label: the pointer goes to the control
  std::string link;         // part of a link to this address (a Role::Link node), or ""
  // Its place in reading order among the widgets: how many of the top-level nodes come before
  // it. Assistive technology reads the text between the controls it lies between.
  int after = 0;
  int heading = 0;  // a heading's line, of this level (1-6)
  bool glued = false;  // follows the text before it with no space (a comma after a link)
  // The words a node says as its name (a heading's, a group's or a field's label): the layer
  // keeps them to select, copy and find, and assistive technology hears them from the node.
  bool named = false;
  // In a table of the content: which one (counted from 1 in the frame, 0 for none), the
  // line's row and column, and whether its cell heads a column or names its row.
  enum class Cell : std::uint8_t { Data, ColumnHeader, RowHeader };
  int table = 0, row = 0, col = 0;
  Cell cell = Cell::Data;

  bool operator==(const MirrorText& o) const {
    return text == o.text && x == o.x && y == o.y && width == o.width && height == o.height && size == o.size &&
           new_block == o.new_block && in_widget == o.in_widget && link == o.link && after == o.after &&
           heading == o.heading && glued == o.glued && named == o.named &&
           table == o.table && row == o.row && col == o.col && cell == o.cell;
  }
};

struct Mirror {
  std::vector<MirrorNode> nodes;  // in reading (and Tab) order
  MirrorFields fields;
  std::vector<MirrorText> text;  // the content's text, in reading order
  float text_scroll = 0;         // how far the content is scrolled up
  bool text_covered = false;     // a menu or dialog lies over the content: the pointer is its
  std::string focused;       // the node with the app's keyboard focus, or ""
  std::string text_font;     // the CSS font family the text is drawn in ("Inter, sans-serif")
  bool dark = false;         // the theme the canvas is drawn in, for the page around it

  bool operator==(const Mirror& o) const {
    return nodes == o.nodes && fields == o.fields && text == o.text && text_scroll == o.text_scroll &&
           text_covered == o.text_covered && focused == o.focused && text_font == o.text_font && dark == o.dark;
  }
};

// What the reader did to a mirrored element: pressed it (a screen reader's default action, a
// voice command), moved focus to it, set a slider's value, or committed what they typed into
// an editable field.
struct MirrorAction {
  enum class Kind : std::uint8_t { Click, Focus, SetValue, SetText };
  Kind kind = Kind::Click;
  std::string id;
  float value = 0;
  std::string text;  // SetText
};

}  // namespace mlguide
