#include "spandata.h"

const SpanValue *SpanData::attribute(QStringView key) const
{
    for (const SpanAttribute &attribute : attributes) {
        if (attribute.key == key)
            return &attribute.value;
    }
    return nullptr;
}

namespace SpanResource {

QList<SpanAttribute> attributes()
{
    return {{QStringLiteral("service.name"), QStringLiteral("tokentap")},
            {QStringLiteral("service.version"), scopeVersion()}};
}

QString scopeName()
{
    return QStringLiteral("tokentap");
}

QString scopeVersion()
{
    return QStringLiteral(TOKENTAP_VERSION);
}

} // namespace SpanResource
