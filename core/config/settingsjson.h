#pragma once

#include <QJsonObject>

class QSettings;

// Settings as nested JSON, for the settings file a user exports and imports: groups become
// objects, QSettings arrays (size plus 1..N) become JSON arrays, "true"/"false" and numbers
// become JSON booleans and numbers. Each settings struct's own load() and save() do the rest,
// so the JSON form can never disagree with the settings file.
namespace SettingsJson {

QJsonObject fromSettings(QSettings &settings);
// Writes `json` into `settings`; false with a message when it is not shaped like settings.
bool toSettings(const QJsonObject &json, QSettings &settings, QString *error);

} // namespace SettingsJson
