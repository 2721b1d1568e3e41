#include "cachesettingspage.h"

#include "cache/cacheservice.h"
#include "displayformat.h"
#include "proxy/proxyservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace {

constexpr qint64 Units[] = {1, 60, 3600, 86400}; // seconds per unit of the TTL combo

} // namespace

CacheSettingsPage::CacheSettingsPage(CacheService *cache, ProxyService *proxy, QWidget *parent)
    : SettingsPage(parent)
    , m_cache(cache)
    , m_proxy(proxy)
    , m_mode(new QComboBox(this))
    , m_ttl(new QSpinBox(this))
    , m_ttlUnit(new QComboBox(this))
    , m_maxSize(new QSpinBox(this))
    , m_realtime(new QCheckBox(tr("Replay cached streams at their original speed"), this))
    , m_statistics(new QLabel(this))
{
    m_mode->setObjectName(QStringLiteral("cacheMode"));
    m_mode->addItem(tr("auto: deterministic calls (temperature 0 or a seed), embeddings"),
                    int(CacheMode::Auto));
    m_mode->addItem(tr("always: every cacheable call"), int(CacheMode::Always));
    m_mode->addItem(tr("never"), int(CacheMode::Never));
    m_ttl->setObjectName(QStringLiteral("cacheTtl"));
    m_ttl->setRange(1, 604800);
    m_ttlUnit->setObjectName(QStringLiteral("cacheTtlUnit"));
    m_ttlUnit->addItems({tr("seconds"), tr("minutes"), tr("hours"), tr("days")});
    m_maxSize->setObjectName(QStringLiteral("cacheMaxSize"));
    m_maxSize->setRange(1, 1024 * 1024);
    m_maxSize->setSuffix(tr(" MiB"));
    m_realtime->setObjectName(QStringLiteral("cacheRealtime"));
    m_statistics->setObjectName(QStringLiteral("cacheStatistics"));
    m_statistics->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Calls may choose for themselves with the x-bt-use-cache and "
                                "x-bt-cache-ttl headers; these are the defaults."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    addField(form, tr("Default mode:"), m_mode, QStringLiteral("cache.mode"));
    auto *ttlRow = new QHBoxLayout;
    ttlRow->addWidget(m_ttl, 1);
    ttlRow->addWidget(m_ttlUnit);
    auto *ttlWidget = new QWidget(this);
    ttlWidget->setLayout(ttlRow);
    ttlRow->setContentsMargins(0, 0, 0, 0);
    addField(form, tr("Keep entries for:"), ttlWidget, QStringLiteral("cache.ttl"));
    addField(form, tr("Size cap:"), m_maxSize, QStringLiteral("cache.maxBytes"));
    form->addRow(QString(), m_realtime);
    form->addRow(tr("Statistics:"), m_statistics);
    auto *clear = new QPushButton(tr("Clear cache…"), this);
    clear->setObjectName(QStringLiteral("clearCache"));
    clear->setEnabled(m_proxy != nullptr && m_cache != nullptr);
    form->addRow(QString(), clear);

    connect(clear, &QPushButton::clicked, this, &CacheSettingsPage::clearCache);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_ttl, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_ttlUnit, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_maxSize, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_realtime, &QCheckBox::toggled, this, &SettingsPage::changed);
    refreshStatistics();
}

QString CacheSettingsPage::title() const
{
    return tr("Cache");
}

QStringList CacheSettingsPage::fieldPrefixes() const
{
    return {QStringLiteral("cache.")};
}

void CacheSettingsPage::load(const AppSettings &settings)
{
    const CacheSettings &c = settings.cache;
    m_mode->setCurrentIndex(m_mode->findData(int(c.defaultMode)));
    // The largest unit that divides the TTL exactly: 604800 s shows as 7 days.
    int unit = 0;
    for (int i = 3; i >= 0; --i) {
        if (c.defaultTtlSeconds % Units[i] == 0) {
            unit = i;
            break;
        }
    }
    m_ttlUnit->setCurrentIndex(unit);
    m_ttl->setValue(int(c.defaultTtlSeconds / Units[unit]));
    m_maxSize->setValue(int(c.maxBytes / (1024 * 1024)));
    m_realtime->setChecked(c.replayRealtime);
}

void CacheSettingsPage::store(AppSettings &settings) const
{
    CacheSettings &c = settings.cache;
    c.defaultMode = CacheMode(m_mode->currentData().toInt());
    c.defaultTtlSeconds = qint64(m_ttl->value()) * Units[std::max(0, m_ttlUnit->currentIndex())];
    c.maxBytes = qint64(m_maxSize->value()) * 1024 * 1024;
    c.replayRealtime = m_realtime->isChecked();
}

void CacheSettingsPage::refreshStatistics()
{
    if (!m_cache || !m_cache->writer()) {
        m_statistics->setText(tr("The cache is off: its file could not be opened."));
        return;
    }
    const CacheStats stats = m_cache->stats();
    const QLocale locale;
    const qint64 lookups = stats.hits + stats.misses;
    m_statistics->setText(
            tr("%1 entries, %2\n%3 hits and %4 misses since start (%5 hit rate), %6 saved")
                    .arg(locale.toString(stats.entries), locale.formattedDataSize(stats.bytes),
                         locale.toString(stats.hits), locale.toString(stats.misses),
                         lookups > 0 ? locale.toString(100.0 * double(stats.hits) / double(lookups),
                                                       'f', 0)
                                         + u'%'
                                     : tr("no"),
                         DisplayFormat::usd(stats.savedUsd)));
}

QString CacheSettingsPage::statisticsText() const
{
    return m_statistics->text();
}

void CacheSettingsPage::clearCache()
{
    if (QMessageBox::question(this, tr("Clear cache"),
                              tr("Remove every cached response? Calls will go upstream again "
                                 "until the cache fills up."))
        != QMessageBox::Yes)
        return;
    m_proxy->clearCache();
    m_statistics->setText(tr("Cleared."));
}
