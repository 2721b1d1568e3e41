#include "http/contentdecoding.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <QTest>

namespace {

QByteArray deflateWith(const QByteArray &in, int windowBits)
{
    z_stream s = {};
    deflateInit2(&s, 6, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(in.size()))) + 32, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    s.avail_in = uInt(in.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray brotli(const QByteArray &in)
{
    size_t size = BrotliEncoderMaxCompressedSize(size_t(in.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    BrotliEncoderCompress(5, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, size_t(in.size()),
                          reinterpret_cast<const uint8_t *>(in.constData()), &size,
                          reinterpret_cast<uint8_t *>(out.data()));
    out.resize(qsizetype(size));
    return out;
}

const QByteArray Json =
        QByteArray(R"({"usage":{"prompt_tokens":12,"completion_tokens":3}})").repeated(40);

} // namespace

class TestContentDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("gzip") << QByteArray("gzip") << deflateWith(Json, 16 + MAX_WBITS);
        QTest::newRow("x-gzip") << QByteArray("X-GZIP") << deflateWith(Json, 16 + MAX_WBITS);
        QTest::newRow("deflate zlib") << QByteArray("deflate") << deflateWith(Json, MAX_WBITS);
        QTest::newRow("deflate raw") << QByteArray("deflate") << deflateWith(Json, -MAX_WBITS);
        QTest::newRow("br") << QByteArray("br") << brotli(Json);
        QTest::newRow("identity") << QByteArray("identity") << Json;
    }
    void roundTrips()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, encoded);
        QVERIFY(ContentDecoding::isSupported(encoding));
        const auto decoded = ContentDecoding::decode(encoding, encoded, 1 << 20);
        QVERIFY(decoded);
        QCOMPARE(*decoded, Json);
    }

    void corruptOrUnknown()
    {
        QVERIFY(!ContentDecoding::decode("gzip", "definitely not gzip", 1 << 20));
        QVERIFY(!ContentDecoding::decode("zstd", Json, 1 << 20));
        QVERIFY(!ContentDecoding::isSupported("zstd"));
    }

    void capped()
    {
        const QByteArray big(1 << 20, 'a');
        const auto decoded =
                ContentDecoding::decode("gzip", deflateWith(big, 16 + MAX_WBITS), 1000);
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestContentDecoding)
#include "tst_contentdecoding.moc"
