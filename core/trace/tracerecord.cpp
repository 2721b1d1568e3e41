#include "tracerecord.h"

#include "bodycompression.h"
#include "tracestore.h"

namespace {

void packOne(QByteArray &body, int bit, int *flags)
{
    if (body.size() <= TraceStore::CompressAbove)
        return;
    body = BodyCompression::compress(body);
    *flags |= bit;
}

} // namespace

void TraceRecord::pack()
{
    if (packedFlags >= 0)
        return;
    packedFlags = 0;
    packOne(requestBody, 1, &packedFlags);
    packOne(responseBody, 2, &packedFlags);
    packOne(streamEventsJson, 4, &packedFlags);
}
