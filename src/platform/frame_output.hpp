// What one frame of the app leaves for the platform to do (the egui model: one value out per
// frame, answers back as input to a later one). App::Frame() returns it, the platform presents
// it, and tests read it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "imgui.h"
#include "semantics/semantics.hpp"
#include "semantics/tree_update.hpp"

namespace mlguide {

// Something the app asks of the browser. Those the browser may refuse or answer later come
// back as a CommandResult with the same token.
struct Command {
  enum class Kind : std::uint8_t {
    OpenUrl,          // text: the address, in a new tab (answered: refused or not)
    CopyText,         // text: onto the clipboard (answered: copied or not)
    Download,         // text: the content, saved as `name` of type `mime` (never answered)
    PickFile,         // text: the types accepted (answered: the file, or nothing if none is picked)
    PostToParent,     // text: a JSON message for the page that frames the guide
    ReplaceFragment,  // text: the URL's new fragment, without a reload or a history entry
    ApplyUpdate,      // switch to the waiting version and reload into it
    Log,              // text: for whoever runs the site (the console), never the reader
  };
  Kind kind = Kind::Log;
  std::string text;
  std::string name, mime;
  int token = 0;
};

// The browser's answer to a command.
struct CommandResult {
  Command::Kind kind = Command::Kind::OpenUrl;
  int token = 0;
  bool ok = false;
  std::string name, text, error;  // a picked file: its name and text, or why it could not be read
};

struct Area {
  ImVec2 min, max;  // CSS px from the canvas's top left
};

struct FrameOutput {
  ImDrawData* draw_data = nullptr;
  ImU32 clear = 0;           // behind the drawing (transparent when embedded)
  ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
  int content_height = 0;    // CSS px the page needs without scrolling, for an embedding page
  // Where the guide stands, so input at an edge can go to the host page: the wheel at the top
  // or bottom of the scroll range, Tab on the last focusable widget (Shift+Tab on the first,
  // or with nothing focused) out of the canvas.
  float scroll = 0, scroll_max = 0;
  bool first_focused = true, last_focused = false;
  std::vector<Area> sideways;          // a finger dragging sideways here moves a control (a slider); any other drag scrolls
  // The reading keys (ReadingKey) the focused control uses; the others scroll the page.
  std::uint32_t keys_taken = 0;
  // A dialog is open: it holds the keyboard (Tab stays in it, nothing scrolls behind), and it
  // sits in the band in view, so a change of that band draws a frame.
  bool modal = false;
  const Mirror* tree = nullptr;        // the tree as it is now
  TreeUpdate tree_update;              // what changed in it since the last frame
  std::vector<Command> commands;
  bool settling = false;               // draw another frame: the UI has not settled yet
};

}  // namespace mlguide
