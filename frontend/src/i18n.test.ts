import { describe, expect, it } from 'vitest';
import { defaultLocale, getLocale, messages, setLocale, t } from './i18n';

describe('i18n', () => {
  it('defaults to zh-CN', () => {
    expect(defaultLocale).toBe('zh-CN');
    expect(getLocale()).toBe('zh-CN');
    expect(t('app.title')).toBe('院坝汇');
  });

  it('fills {placeholders} and leaves unknown ones alone', () => {
    expect(t('villages.total', { count: 7 })).toBe('共 7 个村（社区）');
    expect(t('villages.error')).toBe('加载失败：{message}');
  });

  it('switches to English', () => {
    setLocale('en');
    expect(t('app.title')).toBe('Yuanbahui');
    expect(t('villages.total', { count: 3 })).toBe('3 villages in total');
  });

  it('has the same keys in every locale', () => {
    const zhKeys = Object.keys(messages['zh-CN']).sort();
    for (const table of Object.values(messages)) {
      expect(Object.keys(table).sort()).toEqual(zhKeys);
    }
  });
});
