#pragma once

#include "settingspage.h"

class CacheService;
class ProxyService;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// Cache: the default mode for calls that send no x-bt-use-cache, the time to live, the size
// cap, replay pacing, the statistics and "Clear cache".
class CacheSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    // Either service may be null (no cache file, or tests): statistics and clearing then say so.
    CacheSettingsPage(CacheService *cache, ProxyService *proxy, QWidget *parent = nullptr);

    QString title() const override;
    QStringList fieldPrefixes() const override;
    void load(const AppSettings &settings) override;
    void store(AppSettings &settings) const override;

    void refreshStatistics();
    QString statisticsText() const;

private:
    void clearCache();

    CacheService *m_cache;
    ProxyService *m_proxy;
    QComboBox *m_mode;
    QSpinBox *m_ttl;
    QComboBox *m_ttlUnit;
    QSpinBox *m_maxSize;
    QCheckBox *m_realtime;
    QLabel *m_statistics;
};
