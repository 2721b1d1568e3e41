#pragma once

#include <QByteArray>
#include <QJsonObject>

// The canonical form of a request body for cache keys (PRODUCT.md §4): keys sorted at every
// level, no insignificant white space, numbers in one spelling (0 and 0.0 are the same). Two
// bodies that differ only in key order or spacing have the same canonical form.
namespace CanonicalJson {

// QJsonObject keeps its keys sorted, and the compact writer adds no white space.
QByteArray fromObject(const QJsonObject &object);

} // namespace CanonicalJson
