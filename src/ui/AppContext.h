#pragma once

#include "base/Actor.h"

class AppSettings;
class Database;

// What every view needs: the open database, who is working where, and the settings.
// Owned by GuiApp (or a test); views keep a reference.
struct AppContext {
    Database &database;
    Actor actor;
    AppSettings &settings;
};
