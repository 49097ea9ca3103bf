// The consumer of the tree (the AccessKit model): compares the tree of the last frame the page
// was given with this frame's, and says only what changed. The page applies it (the adapter in
// platform/web/page/), so one toggle touches one element and a few lines of text, and a frame
// that changed nothing sends nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "semantics/semantics.hpp"

namespace mlguide {

// Which parts of a node an update carries (all of them when the node is new).
enum NodePart : std::uint32_t {
  kPartRole = 1u << 0,         // role, and with it which element stands for the node
  kPartName = 1u << 1,
  kPartDescription = 1u << 2,
  kPartValue = 1u << 3,        // value in words, value, min, max, step
  kPartState = 1u << 4,        // expanded, checked, modal, invalid, heading level
  kPartUrl = 1u << 5,
  kPartAnnounce = 1u << 6,
  kPartTextFrom = 1u << 7,
  kPartPlace = 1u << 8,        // x, y, width, height
  kPartField = 1u << 9,        // the text field over it (MirrorField)
  kPartAll = (1u << 10) - 1,
};

struct NodeChange {
  bool added = false;
  std::uint32_t parts = 0;
  // Placed as the page places it: a top-level node in the scrolling content (so a scroll moves
  // none of them), a node inside a container from the container's corner; to 0.01 px.
  MirrorNode node;
  std::optional<MirrorField> field;
};

// A line of the text layer: the run, and whether a space follows it when copied (it does
// between the runs and wrapped lines of one block, not before a new block or glued text).
struct TextLine {
  MirrorText run;
  bool space_after = false;
  bool operator==(const TextLine& o) const { return run == o.run && space_after == o.space_after; }
};

// The text layer's lines as a splice: `removed` lines at `at` make way for `inserted`; lines
// kept elsewhere whose words or place changed are in `changed` (index in the new lines). Lines
// alike from either end are kept, and so are lines of the same kind between them (a link or
// not, a heading or not, in the same segment, starting a block or not) with new words:
// an element a selection ends in survives.
struct TextSplice {
  int at = 0, removed = 0;
  std::vector<TextLine> inserted;
  std::vector<std::pair<int, TextLine>> changed;
};

struct TreeUpdate {
  std::vector<NodeChange> nodes;     // new and changed nodes, in reading order
  std::vector<std::string> removed;  // ids of nodes gone
  // Every node's id with its container's id ("" at the top), in reading order: only when the
  // sequence or a container changed.
  std::optional<std::vector<std::pair<std::string, std::string>>> order;
  std::optional<std::string> focus;  // the node with the app's focus now ("" for none)
  std::optional<TextSplice> text;
  std::optional<float> scroll;
  std::optional<bool> covered, dark;
  std::optional<std::string> text_font;
  // What to say politely, in order: the `announce` of each node that appeared with one or
  // whose `announce` changed to something.
  std::vector<std::string> say;

  bool empty() const {
    return nodes.empty() && removed.empty() && !order && !focus && !text && !scroll && !covered && !dark && !text_font &&
           say.empty();
  }
};

TreeUpdate Compare(const Mirror& before, const Mirror& now);
// The whole of `now`, for a page that has nothing yet.
TreeUpdate Everything(const Mirror& now);

}  // namespace mlguide
