#pragma once

#include <QString>

// Where TokenTap keeps its stores when no --data-dir is given (PRODUCT.md §1).
namespace DataFolder {

// The platform's data folder with the application's name: ~/.local/share/TokenTap on Linux.
// (QStandardPaths::AppDataLocation adds the organisation's name as well, and earlier versions
// used it: ~/.local/share/TokenTap/TokenTap.)
QString defaultPath();

// Moves the doubled folder of earlier versions into place: when `path` holds nothing but a
// folder `TokenTap`, that folder becomes `path`, by two renames (no file is copied, so a store
// and its log move together or not at all). True when there was nothing to move or it moved;
// false with the reason otherwise, everything left where it was.
bool adoptDoubledFolder(const QString &path, QString *error);

} // namespace DataFolder
