#include "cachemode.h"

#include <QByteArray>

namespace CacheModes {

std::optional<CacheMode> parse(QByteArrayView text)
{
    const QByteArray value = text.trimmed().toByteArray().toLower();
    if (value == "auto")
        return CacheMode::Auto;
    if (value == "always")
        return CacheMode::Always;
    if (value == "never")
        return CacheMode::Never;
    return std::nullopt;
}

QLatin1StringView name(CacheMode mode)
{
    switch (mode) {
    case CacheMode::Always:
        return QLatin1StringView("always");
    case CacheMode::Never:
        return QLatin1StringView("never");
    case CacheMode::Auto:
        break;
    }
    return QLatin1StringView("auto");
}

} // namespace CacheModes
