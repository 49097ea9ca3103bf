// A salary as a reader types it: "45000", "45,000", "£45 000", "45k", "45.5k". Whole pounds
// only; anything else gets a plain sentence saying what to type instead.
#pragma once

#include <string>
#include <string_view>

namespace mlguide {

struct AmountParse {
  bool ok = false;
  int amount = 0;     // pounds a year, when ok
  std::string error;  // what to type instead, when not
};

// `max`: the most the guide works out; `symbol`: the currency symbol a reader may type first.
AmountParse ParseAmount(std::string_view text, int max, std::string_view symbol);

}  // namespace mlguide
