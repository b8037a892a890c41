import { GraphQLError, Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { CombinedError } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage, errorMessageKey, userErrorMessage } from './errors';
import type { ErrorCode } from './gql/graphql';
import { messages, setLocale } from './i18n';
// The hand-written GraphQL schema, where the enum ErrorCode is declared.
import schemaSource from '../../graph/schema.graphql?raw';

/** The values of the enum ErrorCode in graph/schema.graphql, the API's list. */
function schemaErrorCodes(): ErrorCode[] {
  const enumDef = parse(schemaSource).definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'ErrorCode',
  );
  return (enumDef?.values ?? []).map((v) => v.name.value as ErrorCode);
}

const gqlError = (message: string, code?: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: code ? { code } : {} })] });

afterEach(() => setLocale('zh-CN'));

describe('error codes', () => {
  it('has a zh-CN and an English message for every code of the API', () => {
    const codes = schemaErrorCodes();
    expect(codes).toContain('UNAUTHENTICATED');
    for (const code of codes) {
      const key = errorMessageKey(code);
      for (const [locale, table] of Object.entries(messages)) {
        expect(table[key], `${locale} message for ${code}`).toBeTruthy();
      }
      expect(messages['zh-CN'][key]).not.toBe(messages.en[key]);
    }
  });

  it('has no message for a code the API does not have', () => {
    const codes = new Set<string>(schemaErrorCodes());
    const stale = Object.keys(messages['zh-CN'])
      .filter((k) => /^error\.[A-Z_]+$/.test(k))
      .map((k) => k.slice('error.'.length))
      .filter((c) => !codes.has(c));
    expect(stale).toEqual([]);
  });
});

describe('errorMessage', () => {
  it('says what the code means, in the current locale', () => {
    expect(errorMessage(gqlError('forbidden: this account may not change data', 'FORBIDDEN'))).toBe(
      '当前账号无权进行此操作',
    );
    setLocale('en');
    expect(errorMessage(gqlError('internal error', 'INTERNAL'))).toBe('The server failed; please try again later.');
  });

  it("shows an uncoded error's or a network failure's own message", () => {
    expect(errorMessage(gqlError('something new', 'SOMETHING_NEW'))).toBe('something new');
    expect(errorMessage(new CombinedError({ networkError: new Error('Failed to fetch') }))).toBe('Failed to fetch');
  });
});

describe('userErrors by field', () => {
  it("says the field's own message, in the locale, and the code's for a field without one", () => {
    expect(userErrorMessage('accounts', { field: ['input', 'password'], code: 'BAD_USER_INPUT' })).toBe(
      '密码至少需要 10 个字符',
    );
    expect(userErrorMessage('accounts', { field: ['input', 'username'], code: 'CONFLICT' })).toBe(
      messages['zh-CN']['error.CONFLICT'],
    );
    expect(userErrorMessage('accounts', { field: [], code: 'FORBIDDEN' })).toBe(messages['zh-CN']['error.FORBIDDEN']);
    setLocale('en');
    expect(userErrorMessage('accounts', { field: ['input', 'areaCode'], code: 'FORBIDDEN' })).toBe(
      "The area is outside your account's area",
    );
  });

  it('has field messages only for codes of the API', () => {
    const codes = new Set<string>(schemaErrorCodes());
    const keys = Object.keys(messages['zh-CN']).filter((k) => /\.err\./.test(k));
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(codes.has(k.split('.').pop()!), k).toBe(true);
  });
});
