// Login state: the GraphQL documents for the current account, logging in and
// out, and helpers to show roles and login errors. The session itself is an
// httpOnly cookie set by the server, so the SPA never handles the token.
import type { CombinedError } from 'urql';
import { graphql } from './gql';
import { errorCodes, errorMessage } from './errors';
import type { ErrorCode, UserRole } from './gql/graphql';
import { enumLabel, t } from './i18n';

/** The roles whose start page ('/') is their home (my work) rather than the overview. */
export const homeRoles = ['VILLAGE_CADRE', 'COURTYARD_OFFICER'];

export const MeQuery = graphql(`
  query Me {
    me {
      username
      displayName
      role
      areaCode
    }
  }
`);

// The payload's `token` is deliberately not selected: the browser session
// lives in the httpOnly cookie and the token should stay out of JS memory.
export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        username
        role
        displayName
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

/** The translated name of a role; an unknown (newer) role is shown as is. */
export function roleLabel(role: UserRole): string {
  return enumLabel('UserRole', role);
}

/**
 * The message to show for a failed login, chosen by the errors'
 * `extensions.code`: a login's UNAUTHENTICATED means wrong credentials and its
 * RATE_LIMITED a wait after failed logins (nothing locks the account); other codes say what errorMessage says.
 */
export function loginErrorMessage(error: CombinedError): string {
  const codes = errorCodes(error);
  if (codes.includes('RATE_LIMITED' satisfies ErrorCode)) return t('login.error.rateLimited');
  if (codes.includes('UNAUTHENTICATED' satisfies ErrorCode)) return t('login.error.unauthenticated');
  return errorMessage(error);
}
