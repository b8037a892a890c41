import { enumLabels } from './labels.gen';
import { screenMessages } from './messages';

// Minimal i18n: a zh-CN string table (the default) and an English one.
// UI strings come from t(key); `{name}` placeholders are filled from params.

const zhCNBase = {
  'app.documentTitle': '院坝汇 · 开州区院坝微网格治理',
  'app.title': '院坝汇',
  'app.subtitle': '开州区院坝微网格治理',
  'links.graphiql': 'GraphQL 调试器 / GraphiQL',
  'auth.checking': '正在检查登录状态…',
  'auth.error': '无法获取登录状态：{message}',
  'auth.retry': '重试',
  'auth.expired': '登录已过期，请重新登录',
  'login.heading': '登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.error.unauthenticated': '用户名或密码错误',
  'login.error.rateLimited': '登录失败次数过多，请稍候片刻再试（账号不会被锁定）',
  'account.label': '当前用户',
  'account.logout': '退出',
  'account.loggingOut': '正在退出…',
  'account.logoutError': '退出失败：{message}',
  'error.UNAUTHENTICATED': '未登录或登录已失效，请重新登录',
  'error.FORBIDDEN': '当前账号无权进行此操作',
  'error.NOT_FOUND': '记录不存在，或不在当前账号的管辖范围内',
  'error.BAD_USER_INPUT': '输入有误，请检查后重试',
  'error.CONFLICT': '与已有数据冲突（例如编码重复）',
  'error.COMPLEXITY_LIMIT_EXCEEDED': '查询过于复杂，请减少每页条数或字段',
  'error.RATE_LIMITED': '请求过于频繁，请稍后再试',
  'error.UNAVAILABLE': '服务暂不可用（数据库繁忙或无法连接），请稍后再试',
  'error.INTERNAL': '服务器内部错误，请稍后再试',
} as const;

// The screens' strings, each as [zh-CN, English]: a missing translation is a
// type error, and i18n.test.ts checks that none is empty.
const screens = screenMessages;
type ScreenKey = keyof typeof screens;

function column(index: 0 | 1): Record<ScreenKey, string> {
  return Object.fromEntries(Object.entries(screens).map(([k, v]) => [k, v[index]])) as Record<ScreenKey, string>;
}

export type MessageKey = keyof typeof zhCNBase | ScreenKey;
export type Messages = Record<MessageKey, string>;
const zhCN: Messages = { ...zhCNBase, ...column(0) };

const en: Messages = {
  ...column(1),
  'app.documentTitle': 'Yuanbahui · Courtyard micro-grid governance, Kaizhou',
  'app.title': 'Yuanbahui',
  'app.subtitle': 'Courtyard micro-grid governance for Kaizhou District',
  'links.graphiql': 'GraphQL explorer / GraphiQL',
  'auth.checking': 'Checking sign-in…',
  'auth.error': 'Could not check sign-in: {message}',
  'auth.retry': 'Retry',
  'auth.expired': 'Your session has expired. Please sign in again.',
  'login.heading': 'Sign in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.error.unauthenticated': 'Wrong username or password',
  'login.error.rateLimited':
    'Too many failed attempts; please wait a moment and try again (the account is not locked).',
  'account.label': 'Signed-in account',
  'account.logout': 'Sign out',
  'account.loggingOut': 'Signing out…',
  'account.logoutError': 'Sign-out failed: {message}',
  'error.UNAUTHENTICATED': 'You are not signed in, or your session has expired. Please sign in.',
  'error.FORBIDDEN': 'This account may not do that.',
  'error.NOT_FOUND': "No such record in this account's area.",
  'error.BAD_USER_INPUT': 'Something in the input is wrong; please check it and try again.',
  'error.CONFLICT': 'This conflicts with existing data (e.g. a duplicate code).',
  'error.COMPLEXITY_LIMIT_EXCEEDED': 'The query is too complex; ask for smaller pages or fewer fields.',
  'error.RATE_LIMITED': 'Too many requests; please try again later.',
  'error.UNAVAILABLE':
    'The service is unavailable for the moment (its database is busy or unreachable); please try again shortly.',
  'error.INTERNAL': 'The server failed; please try again later.',
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
