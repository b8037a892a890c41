import { enumLabels } from './labels.gen';
import { messagePairs } from './messages';

// Minimal i18n: a zh-CN string table (the default) and an English one, both
// built from messages.ts, where each string is the pair [zh-CN, English].
// UI strings come from t(key), a key of that table (another does not
// compile); `{name}` placeholders are filled from params.

/** A key of the string table. */
export type MessageKey = keyof typeof messagePairs;
/** One locale's strings, by key. */
export type Messages = Record<MessageKey, string>;

function column(index: 0 | 1): Messages {
  return Object.fromEntries(Object.entries(messagePairs).map(([k, v]) => [k, v[index]])) as Messages;
}

export const messages = { 'zh-CN': column(0), en: column(1) } satisfies Record<string, Messages>;
export type Locale = keyof typeof messages;
export const defaultLocale: Locale = 'zh-CN';

let currentLocale: Locale = defaultLocale;

export function getLocale(): Locale {
  return currentLocale;
}

export function setLocale(locale: Locale): void {
  currentLocale = locale;
}

/** The localStorage key of the language the user switched to. */
export const LOCALE_STORAGE_KEY = 'ybh.locale';

/** Sets the language the user last switched to (kept in localStorage), if any. */
export function restoreLocale(): void {
  try {
    const saved = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    if (saved && saved in messages) setLocale(saved as Locale);
  } catch {
    // no storage: the default language
  }
}

/** Whether `key` is a message key. */
export function hasMessage(key: string): key is MessageKey {
  return key in messages[defaultLocale];
}

type EnumLabels = Record<string, Record<string, readonly [string, string]> | undefined>;

/**
 * The label of a GraphQL enum value in the current locale, from labels.gen.ts
 * (generated from internal/label, the table the exports and the schema read),
 * or the value itself when it has none (a newer value). English labels start
 * with a capital letter on the screen.
 */
export function enumLabel(type: string, value: string | null | undefined): string {
  if (value == null) return '';
  const labels = (enumLabels as EnumLabels)[type]?.[value];
  if (!labels) return value;
  if (currentLocale === 'zh-CN') return labels[0];
  return labels[1].charAt(0).toUpperCase() + labels[1].slice(1);
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template: string = messages[currentLocale][key] ?? messages[defaultLocale][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * A catalogue metric's label in the current locale: the Chinese label, or the
 * English one (the catalogue's labelEn, lower case) with a capital.
 */
export function metricLabel(m: { label: string; labelEn: string }): string {
  return getLocale() === 'en' ? m.labelEn.charAt(0).toUpperCase() + m.labelEn.slice(1) : m.label;
}
