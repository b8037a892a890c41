// The API's error codes and what the SPA says for each. The codes are the
// GraphQL enum ErrorCode (generated into ./gql from graph/schema.graphql,
// which mirrors the Go table in internal/apierr); every code has a zh-CN and
// an English message (`error.<CODE>` in i18n.ts), checked by the types below
// and by errors.test.ts against the schema.
import type { CombinedError } from 'urql';
import type { ErrorCode } from './gql/graphql';
import { hasMessage, t, type MessageKey } from './i18n';

/** The i18n key of a code's message; a code without one fails type checking. */
export function errorMessageKey(code: ErrorCode): MessageKey {
  const key: `error.${ErrorCode}` = `error.${code}`;
  return key satisfies MessageKey;
}

/** The codes (extensions.code) of an operation's GraphQL errors. */
export function errorCodes(error: CombinedError): string[] {
  return error.graphQLErrors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
}

/** Whether `code` is one of the API's error codes (each has a message). */
function isErrorCode(code: string): code is ErrorCode {
  return /^[A-Z_]+$/.test(code) && hasMessage(`error.${code}`);
}

/**
 * The message to show for a failed operation, in the current locale: by the
 * first error's code; an error without a (known) code, or a network failure,
 * shows its own message.
 */
export function errorMessage(error: CombinedError): string {
  const code = errorCodes(error).find(isErrorCode);
  if (code) return t(errorMessageKey(code));
  return error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
}

/**
 * The message of a mutation's userError, in the current locale: the screen's
 * own for the field at fault and the code (`<scope>.err.<field>.<CODE>`, e.g.
 * `accounts.err.password.BAD_USER_INPUT`) when it has one, else the code's.
 */
export function userErrorMessage(scope: string, e: { field: string[]; code: ErrorCode }): string {
  const key = `${scope}.err.${e.field[e.field.length - 1] ?? ''}.${e.code}`;
  return hasMessage(key) ? t(key) : t(errorMessageKey(e.code));
}
