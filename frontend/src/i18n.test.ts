import { describe, expect, it } from 'vitest';
import { defaultLocale, enumLabel, getLocale, messages, setLocale, t } from './i18n';
import { messagePairs } from './messages';

describe('i18n', () => {
  it('defaults to zh-CN', () => {
    expect(defaultLocale).toBe('zh-CN');
    expect(getLocale()).toBe('zh-CN');
    expect(t('app.title')).toBe('院坝汇');
  });

  it('fills {placeholders} and leaves unknown ones alone', () => {
    expect(t('common.showingFirst', { count: 7 })).toBe('仅显示前 7 条');
    expect(t('common.loadError')).toBe('加载失败：{message}');
  });

  it('takes only the keys of the table', () => {
    // @ts-expect-error an unknown key does not compile (tsc -b checks this file)
    expect(t('villages.total')).toBe('villages.total');
  });

  it('switches to English', () => {
    setLocale('en');
    expect(t('app.title')).toBe('Yuanbahui');
    expect(t('common.showingFirst', { count: 3 })).toBe('Showing the first 3');
  });

  it('has the same keys in every locale', () => {
    const zhKeys = Object.keys(messages['zh-CN']).sort();
    for (const table of Object.values(messages)) {
      expect(Object.keys(table).sort()).toEqual(zhKeys);
    }
  });

  it('has every string in both languages, none empty', () => {
    for (const [key, pair] of Object.entries(messagePairs)) {
      expect(pair, key).toHaveLength(2);
      expect(pair[0].trim(), key).not.toBe('');
      expect(pair[1].trim(), key).not.toBe('');
      expect(messages.en[key as keyof typeof messages.en], key).toBe(pair[1]);
    }
  });

  it('has the same {placeholders} in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(messages['zh-CN']) as (keyof typeof messages.en)[]) {
      expect(names(messages.en[key]), key).toEqual(names(messages['zh-CN'][key]));
    }
  });

  it('labels enum values, and shows an unknown value as is', () => {
    expect(enumLabel('IssueStage', 'DECIDED')).toBe('议定');
    expect(enumLabel('IssueStage', 'NEWER')).toBe('NEWER');
    setLocale('en');
    expect(enumLabel('TicketStatus', 'COMPLETED')).toBe('Completed');
  });
});
