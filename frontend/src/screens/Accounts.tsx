// Accounts: a district administrator lists the district's accounts, adds
// one (addAccount) and disables or enables it again (setAccountDisabled);
// everyone manages their personal API tokens (created once, shown once).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useMe } from '../App';
import { roleLabel } from '../auth';
import { errorMessage } from '../errors';
import { t } from '../i18n';
import { Field, str } from '../forms/common';
import { QueryState, Section, formatTime, nodes } from '../ui';
import { AddAccountForm, DisableButton } from './AccountForms';

export const UsersQuery = graphql(`
  query Users {
    users(first: 200, orderBy: [{ field: USERNAME }]) {
      totalCount
      edges {
        node {
          id
          username
          displayName
          role
          areaCode
          disabled
          lastLoginAt
        }
      }
    }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      createdAt
      expiresAt
      revokedAt
      lastUsedAt
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        expiresAt
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        revokedAt
      }
    }
  }
`);

export function Accounts() {
  const me = useMe();
  return (
    <div>
      <h1 className="page-title">{t('nav.accounts')}</h1>
      {me.role === 'DISTRICT_ADMIN' && <UserList />}
      {(me.role === 'TOWN_OFFICIAL' || me.role === 'VILLAGE_CADRE') && (
        <Section title={t('accounts.officers')}>
          <AddAccountForm roles={['COURTYARD_OFFICER']} onAdded={() => undefined} />
        </Section>
      )}
      <Tokens />
    </div>
  );
}

function UserList() {
  const me = useMe();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: UsersQuery });
  const users = nodes(data?.users);
  return (
    <Section title={t('accounts.users', { count: data?.users.totalCount ?? 0 })}>
      <AddAccountForm onAdded={() => reexecute({ requestPolicy: 'network-only' })} />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        isEmpty={users.length === 0}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <div className="table-wrap">
          <table className="table accounts-table">
            <thead>
              <tr>
                <th scope="col">{t('login.username')}</th>
                <th scope="col">{t('accounts.displayName')}</th>
                <th scope="col">{t('accounts.role')}</th>
                <th scope="col">{t('accounts.area')}</th>
                <th scope="col">{t('accounts.lastLogin')}</th>
                <th scope="col">{t('accounts.state')}</th>
                <th scope="col">
                  <span className="sr-only">{t('accounts.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className={u.disabled ? 'muted' : ''}>
                  <td data-label={t('login.username')} className="account-username">
                    {u.username}
                  </td>
                  <td data-label={t('accounts.displayName')}>{u.displayName}</td>
                  <td data-label={t('accounts.role')}>{roleLabel(u.role)}</td>
                  <td data-label={t('accounts.area')}>{u.areaCode}</td>
                  <td data-label={t('accounts.lastLogin')}>{formatTime(u.lastLoginAt, true)}</td>
                  <td data-label={t('accounts.state')} data-testid={`account-state-${u.username}`}>
                    {u.disabled ? t('accounts.disabled') : t('accounts.active')}
                  </td>
                  <td className="account-actions">
                    {u.username !== me.username && (
                      <DisableButton user={u} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
    </Section>
  );
}

function Tokens() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ApiTokensQuery, requestPolicy: 'network-only' });
  const [created, create] = useMutation(CreateApiTokenMutation);
  const [revoked, revoke] = useMutation(RevokeApiTokenMutation);
  const [shown, setShown] = useState<string | null>(null);
  const tokens = data?.apiTokens ?? [];
  async function onCreate(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const days = Number(f.get('days') || 90);
    const res = await create({ input: { name: str(f.get('name')), expiresInDays: days } });
    if (res.data) {
      setShown(res.data.createApiToken.token);
      e.currentTarget?.reset();
      reexecute({ requestPolicy: 'network-only' });
    }
  }
  return (
    <Section title={t('accounts.tokens')}>
      <form className="form form-inline" onSubmit={onCreate}>
        <Field label={t('accounts.tokenName')}>
          {(id) => <input id={id} name="name" required placeholder={t('accounts.tokenNameHint')} />}
        </Field>
        <Field label={t('accounts.tokenDays')}>
          {(id) => <input id={id} name="days" type="number" min={1} max={365} defaultValue={90} />}
        </Field>
        <button className="button button-primary" type="submit" disabled={created.fetching}>
          {t('accounts.createToken')}
        </button>
      </form>
      {created.error && (
        <p className="status status-error" role="alert">
          {errorMessage(created.error)}
        </p>
      )}
      {revoked.error && (
        <p className="status status-error" role="alert">
          {errorMessage(revoked.error)}
        </p>
      )}
      {shown && (
        <div className="card token-shown" role="status">
          <p>{t('accounts.tokenOnce')}</p>
          <code data-testid="new-token">{shown}</code>
        </div>
      )}
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        isEmpty={tokens.length === 0}
        empty={t('accounts.noTokens')}
      >
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('accounts.tokenName')}</th>
              <th scope="col">{t('accounts.created')}</th>
              <th scope="col">{t('accounts.expires')}</th>
              <th scope="col">{t('accounts.lastUsed')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {tokens.map((tk) => (
              <tr key={tk.id} className={tk.revokedAt ? 'muted' : ''}>
                <td>{tk.name}</td>
                <td>{formatTime(tk.createdAt)}</td>
                <td>{formatTime(tk.expiresAt)}</td>
                <td>{formatTime(tk.lastUsedAt, true)}</td>
                <td>
                  {tk.revokedAt ? (
                    t('accounts.revoked')
                  ) : (
                    <button
                      type="button"
                      className="button button-small"
                      onClick={async () => {
                        await revoke({ input: { id: tk.id } });
                        reexecute({ requestPolicy: 'network-only' });
                      }}
                    >
                      {t('accounts.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </QueryState>
    </Section>
  );
}
