import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { loginErrorMessage, roleLabel } from './auth';
import type { UserRole } from './gql/graphql';
import { setLocale } from './i18n';

const gqlError = (message: string, code?: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: code ? { code } : {} })] });

describe('roleLabel', () => {
  it('names every role as internal/label does', () => {
    const roles: Record<UserRole, string> = {
      DISTRICT_ADMIN: '区级管理员',
      TOWN_OFFICIAL: '镇街干部',
      VILLAGE_CADRE: '村社干部',
      COURTYARD_OFFICER: '院坝干部',
      ANALYST: '数据分析员',
    };
    for (const [role, label] of Object.entries(roles)) {
      expect(roleLabel(role as UserRole)).toBe(label);
    }
  });

  it('follows the locale and shows an unknown role as is', () => {
    setLocale('en');
    expect(roleLabel('ANALYST')).toBe('Analyst');
    expect(roleLabel('AUDITOR' as UserRole)).toBe('AUDITOR');
  });
});

describe('loginErrorMessage', () => {
  it('maps UNAUTHENTICATED and RATE_LIMITED', () => {
    expect(loginErrorMessage(gqlError('wrong username or password', 'UNAUTHENTICATED'))).toBe('用户名或密码错误');
    expect(
      loginErrorMessage(gqlError('too many failed logins for this username; try again in 2 s', 'RATE_LIMITED')),
    ).toBe('登录失败次数过多，请稍候片刻再试（账号不会被锁定）');
  });

  it('says what other errors mean', () => {
    expect(loginErrorMessage(gqlError('internal system error', 'INTERNAL'))).toBe('服务器内部错误，请稍后再试');
    expect(loginErrorMessage(gqlError('no code'))).toBe('no code');
    expect(loginErrorMessage(new CombinedError({ networkError: new Error('Failed to fetch') }))).toBe(
      'Failed to fetch',
    );
  });
});
