// What a drawn frame tells the outside world: every named widget with what it is and where
// (the semantics tree the page mirrors, semantics/semantics.hpp; also the page's JavaScript API
// and the tests), and how far the page can scroll (so the wheel reaches the host page when
// the guide is at its top or bottom edge).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "semantics/semantics.hpp"

namespace mlguide {

struct WidgetRect {
  std::string id;
  ImVec2 min, max;  // CSS pixels, relative to the canvas
  ImGuiID imgui_id = 0;
  Semantics sem;
  int parent = -1;  // index of the container it sits in (a dialog, a menu, a radio group), or -1
  bool floating = false;  // a control in a window of its own over the page ("More below")
};

struct FrameReport {
  std::vector<WidgetRect> widgets;
  float scroll_y = 0, scroll_max_y = 0;
  float content_height = 0;  // CSS pixels the whole page would need without scrolling
  MirrorFields fields;  // text fields the page must show as real elements over the canvas
  std::vector<MirrorText> text;  // the page content's text, as laid out (rich_text.cpp)
  ImGuiID text_window = 0;       // the window whose text that is (the page; not dialogs or menus)
  bool dark = false;  // the theme drawn, for the page around the canvas
  int text_tables = 0;  // tables of the content's text so far this frame

  void Clear();
  void Add(WidgetRect widget);  // inside the open container, if any
  void AddLastItem(std::string id, Semantics sem = {});  // the item ImGui submitted last
  void AttachField(MirrorField field);  // a real text field over the widget of the same id, already added
  // Widgets added until the matching End sit inside this one (a dialog, a menu, a radio group,
  // a table and its rows). One begun with no size takes its children's at the End; a dialog is
  // then named by its heading and described by its first paragraph, as the reader sees it.
  void BeginContainer(WidgetRect container);
  void EndContainer();
  // The paragraphs of text laid out in a container since widget `from` become one widget of
  // their own: a heading, a status, a table's cell (named by their words unless `sem` names it).
  // False, changing nothing, unless all that was added since is such text (outside a dialog none is).
  bool Claim(size_t from, std::string id, Semantics sem);
  // The content's lines laid out since line `from` are what a node says as its name (a
  // heading, a label above a group or a field): heard once, from the node.
  void Named(size_t from);
  // A table of the content's text: Begin numbers it; each cell's lines, laid out since line
  // `from`, are then placed in it (the header row's cells head their columns).
  void BeginTextTable() { ++text_tables; }
  void TextCell(size_t from, int row, int col, MirrorText::Cell cell);
  // The tree the page mirrors: every widget with a role, which has keyboard focus, and the
  // content's text (taken: the report's text is empty after).
  Mirror TakeMirror(ImGuiID focus);
  const WidgetRect* Find(std::string_view id) const;
  bool HasRole(Role role) const;
  // The text a frame lays out: lines of `font` at `origin` (screen). In the page's window they
  // are its text layer; in a container (a dialog) its paragraphs, nodes among its controls.
  // A line of a link carries its address; a glued one follows the text before it with no space.
  void AddText(std::string text, ImVec2 origin, float width, ImFont* font, float line_h, bool new_block,
               std::string_view link = {}, bool glued = false);
  // Whether keyboard focus (a Dear ImGui id, 0 for none) is on the first or the last
  // focusable widget, in tab order (submission order).
  bool IsFirstFocusable(ImGuiID focus) const;
  bool IsLastFocusable(ImGuiID focus) const;

 private:
  bool InDialog() const;
  void AddParagraphLine(const std::string& line, ImVec2 origin, float width, float line_h, bool new_block, bool glued);
  std::vector<int> open_;  // containers begun and not yet ended
};

// The report of the frame being drawn, for code that draws text without a Ui at hand
// (rich_text.cpp). The app sets it (ImGuiIO::UserData); nullptr without an app.
FrameReport* CurrentReport();

}  // namespace mlguide
