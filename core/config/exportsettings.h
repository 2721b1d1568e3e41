#pragma once

#include "export/otlpdestination.h"

#include <QList>

class QSettings;
class SecretStore;

// The persisted OTLP export destinations (settings file, group "export"). Secret header values
// (Authorization, x-api-key, *-key, *-token …) never reach the settings file in full: it keeps
// their redacted form, for display, and the SecretStore keeps the values. A value written as a
// "${VARIABLE}" reference is not a secret and is stored as written.
struct ExportSettings
{
    QList<OtlpDestination> destinations;

    static ExportSettings load(QSettings &settings, const SecretStore &secrets);
    // Call secrets.save() afterwards.
    void save(QSettings &settings, SecretStore &secrets) const;

    static QString presetKey(OtlpDestination::Preset preset);
    static OtlpDestination::Preset presetFromKey(const QString &key);

    friend bool operator==(const ExportSettings &, const ExportSettings &) = default;
};
