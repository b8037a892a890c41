// Minimal i18n: a zh-CN string table (the default) and an English one.
// UI strings come from t(key); `{name}` placeholders are filled from params.

const zhCN = {
  'app.documentTitle': '院坝汇 · 开州区院坝微网格治理',
  'app.title': '院坝汇',
  'app.subtitle': '开州区院坝微网格治理',
  'villages.heading': '村（社区）',
  'villages.loading': '正在加载村（社区）…',
  'villages.error': '加载失败：{message}',
  'villages.empty': '暂无村（社区）数据',
  'villages.total': '共 {count} 个村（社区）',
  'villages.showingFirst': '显示前 {count} 个',
  'villages.code': '编码',
  'links.graphiql': 'GraphQL 调试器 / GraphiQL',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
  'app.documentTitle': 'Yuanbahui · Courtyard micro-grid governance, Kaizhou',
  'app.title': 'Yuanbahui',
  'app.subtitle': 'Courtyard micro-grid governance for Kaizhou District',
  'villages.heading': 'Villages',
  'villages.loading': 'Loading villages…',
  'villages.error': 'Failed to load: {message}',
  'villages.empty': 'No villages yet',
  'villages.total': '{count} villages in total',
  'villages.showingFirst': 'showing the first {count}',
  'villages.code': 'Code',
  'links.graphiql': 'GraphQL explorer / GraphiQL',
};

export const messages = { 'zh-CN': zhCN, en } satisfies Record<string, Messages>;
export type Locale = keyof typeof messages;
export const defaultLocale: Locale = 'zh-CN';

let currentLocale: Locale = defaultLocale;

export function getLocale(): Locale {
  return currentLocale;
}

export function setLocale(locale: Locale): void {
  currentLocale = locale;
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template: string = messages[currentLocale][key] ?? messages[defaultLocale][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
