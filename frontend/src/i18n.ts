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

/** The locales, in the order of messages.ts's pairs. */
const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

const columns: Partial<Record<Locale, Messages>> = {};

/** One locale's strings, built from messages.ts on first use (t reads the pairs directly, so the app's start builds none). */
function column(locale: Locale): Messages {
  return (columns[locale] ??= Object.fromEntries(
    Object.entries(messagePairs).map(([k, v]) => [k, v[locales.indexOf(locale)]]),
  ) as Messages);
}

/** Each locale's strings, by key. */
export const messages = {
  get 'zh-CN'() {
    return column('zh-CN');
  },
  get en() {
    return column('en');
  },
} satisfies Record<Locale, Messages>;
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
    if (saved && (locales as readonly string[]).includes(saved)) setLocale(saved as Locale);
  } catch {
    // no storage: the default language
  }
}

/** Whether `key` is a message key. */
export function hasMessage(key: string): key is MessageKey {
  return key in messagePairs;
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
  const pair = messagePairs[key] as readonly [string, string] | undefined;
  const template: string = pair?.[locales.indexOf(currentLocale)] ?? pair?.[0] ?? key;
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
