#include "platform/page_update_json.hpp"

#include <nlohmann/json.hpp>

namespace mlguide {
namespace {

using Json = nlohmann::json;

const char* ToggleName(Semantics::Toggle t) {
  return t == Semantics::Toggle::On ? "on" : t == Semantics::Toggle::Off ? "off" : "none";
}

Json FieldJson(const MirrorField& f) {
  return {{"text", f.text},       {"multiline", f.multiline}, {"select", f.select}, {"editable", f.editable},
          {"numeric", f.numeric}, {"font", f.font},           {"padX", f.pad_x},    {"padY", f.pad_y},
          {"padLeft", f.pad_left}, {"radius", f.radius},      {"fg", f.fg},         {"border", f.border}};
}

Json NodeJson(const NodeChange& c) {
  const MirrorNode& n = c.node;
  const Semantics& s = n.sem;
  Json j{{"id", n.id}};
  if (c.added) j["added"] = true;
  // A menu button is a button to the page, with a menu behind it.
  if (c.parts & kPartRole) j["role"] = s.role == Role::MenuButton ? "menubutton" : RoleName(s.role);
  if (c.parts & kPartName) j["name"] = s.name;
  if (c.parts & kPartDescription) j["description"] = s.description;
  if (c.parts & kPartValue) {
    j["valueText"] = s.value_text;
    j["value"] = s.value;
    j["min"] = s.min;
    j["max"] = s.max;
    j["step"] = s.step;
  }
  if (c.parts & kPartState) {
    j["expanded"] = ToggleName(s.expanded);
    j["checked"] = ToggleName(s.checked);
    j["modal"] = s.modal;
    j["invalid"] = s.invalid;
    j["level"] = s.heading_level;
  }
  if (c.parts & kPartUrl) j["url"] = s.url;
  if (c.parts & kPartAnnounce) j["announce"] = s.announce;
  if (c.parts & kPartTextFrom) j["textFrom"] = s.text_from;
  if (c.parts & kPartPlace) j["at"] = {n.x, n.y, n.width, n.height};
  if (c.field) j["field"] = FieldJson(*c.field);
  return j;
}

Json LineJson(const TextLine& l) {
  const MirrorText& t = l.run;
  Json j{{"t", t.text}, {"x", t.x}, {"y", t.y}, {"w", t.width}, {"h", t.height}, {"s", t.size}, {"g", t.after}};
  // Flags only when set: the text is the largest part of a first update.
  if (t.new_block) j["b"] = true;
  if (t.in_widget) j["i"] = true;
  if (t.named) j["n"] = true;
  if (t.table) {
    j["tb"] = t.table;
    j["r"] = t.row;
    j["c"] = t.col;
    if (t.cell != MirrorText::Cell::Data) j["hd"] = t.cell == MirrorText::Cell::ColumnHeader ? "col" : "row";
  }
  if (!t.link.empty()) j["a"] = t.link;
  if (t.heading) j["hl"] = t.heading;
  if (l.space_after) j["sp"] = true;
  return j;
}

}  // namespace

std::string PageUpdateJson(const TreeUpdate& u) {
  Json doc = Json::object();
  if (!u.nodes.empty()) {
    Json nodes = Json::array();
    for (const NodeChange& c : u.nodes) nodes.push_back(NodeJson(c));
    doc["nodes"] = std::move(nodes);
  }
  if (!u.removed.empty()) doc["removed"] = u.removed;
  if (u.order) {
    Json order = Json::array();
    for (const auto& [id, parent] : *u.order) order.push_back({id, parent});
    doc["order"] = std::move(order);
  }
  if (u.focus) doc["focus"] = *u.focus;
  if (u.text) {
    Json inserted = Json::array(), changed = Json::array();
    for (const TextLine& l : u.text->inserted) inserted.push_back(LineJson(l));
    for (const auto& [i, l] : u.text->changed) changed.push_back({i, LineJson(l)});
    doc["text"] = {{"at", u.text->at}, {"removed", u.text->removed}, {"inserted", inserted}, {"changed", changed}};
  }
  if (u.scroll) doc["scroll"] = *u.scroll;
  if (u.covered) doc["covered"] = *u.covered;
  if (u.dark) doc["dark"] = *u.dark;
  if (u.text_font) doc["textFont"] = *u.text_font;
  if (!u.say.empty()) doc["say"] = u.say;
  return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace mlguide
