// Functions the page's JavaScript (web/shell.js, window.mlguide) calls into.
#pragma once

#include "app/app.hpp"

namespace mlguide {

void BindWebApi(App& app, Platform& platform);

}  // namespace mlguide
