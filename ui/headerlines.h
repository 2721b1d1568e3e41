#pragma once

#include "http/httpheaders.h"

#include <QString>

// Header fields as the settings pages edit them: one "Name: value" per line. Secret values
// (Redaction::isSecretHeader) can be shown masked ("Bearer …wxyz"), so that a key need not be
// on screen; reading masked text back gives every line still showing a mask its real value.
namespace HeaderLines {

// Whether `value` of `name` is shown masked: a secret header, unless the value is only a
// "${VARIABLE}" reference (the settings file does not treat those as secrets either) or holds
// no key yet (empty, or an auth scheme alone).
bool isMaskable(const QByteArray &name, const QByteArray &value);
QByteArray mask(const QByteArray &value);

QString format(const HttpHeaders &headers, bool maskSecrets);
// The fields of `text`. A secret line whose value is the mask of a value `shown` has for the same
// name gets that real value back. Lines that are not "Name: value" are left out; `error` (when
// not null) names the first of them, and is cleared when there is none.
HttpHeaders parse(const QString &text, const HttpHeaders &shown, QString *error);

} // namespace HeaderLines
