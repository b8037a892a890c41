// A district administrator's account changes: adding an account (addAccount)
// and disabling or enabling one (setAccountDisabled). Each is sent with an
// idempotency key that is kept until the server has answered, so sending the
// same entry again after a dropped network changes nothing twice. Unlike the
// officers' forms these do not go through the outbox: a new account's
// password is not written to the browser's storage.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { graphql } from '../gql';
import type { UserRole } from '../gql/graphql';
import { useMe } from '../App';
import { roleLabel } from '../auth';
import { errorMessage, errorMessageKey, userErrorMessage } from '../errors';
import { t } from '../i18n';
import { CourtyardPicker, useCourtyardPeople, type UserErrorLike } from '../forms/common';
import { fieldText } from '../lib/form';
import { newIdempotencyKey } from '../lib/outbox';

export const AddAccountMutation = graphql(`
  mutation AddAccount($input: AddAccountInput!) {
    addAccount(input: $input) {
      user {
        id
        username
        role
        areaCode
        disabled
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SetAccountDisabledMutation = graphql(`
  mutation SetAccountDisabled($input: SetAccountDisabledInput!) {
    setAccountDisabled(input: $input) {
      user {
        id
        disabled
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** The roles an account can have, in the order the form offers them. */
export const accountRoles: UserRole[] = [
  'TOWN_OFFICIAL',
  'VILLAGE_CADRE',
  'COURTYARD_OFFICER',
  'ANALYST',
  'DISTRICT_ADMIN',
];

/** How many digits the area code of a role's account has (the server's rule). */
export const areaDigits: Record<UserRole, number> = {
  DISTRICT_ADMIN: 6,
  ANALYST: 6,
  COURTYARD_OFFICER: 15,
  TOWN_OFFICIAL: 9,
  VILLAGE_CADRE: 12,
};

/**
 * An idempotency key for an input: the same key while the same input is sent
 * again without an answer from the server (a dropped network), a new one once
 * the server has answered or the input has changed.
 */
function useKeyFor() {
  const last = useRef<{ key: string; input: string } | null>(null);
  return {
    keyFor(input: object): string {
      const s = JSON.stringify(input);
      if (!last.current || last.current.input !== s) last.current = { key: newIdempotencyKey(), input: s };
      return last.current.key;
    },
    answered() {
      last.current = null;
    },
  };
}

/** The message for a userError of an account change (errors.ts). */
function userErrorText(e: UserErrorLike): string {
  return userErrorMessage('accounts', e);
}

/** A userError: its message, and the server's own words when the screen has no message of the field's. */
function UserErrorText({ e }: { e: UserErrorLike }) {
  const text = userErrorText(e);
  return (
    <>
      {text}
      {text === t(errorMessageKey(e.code)) && e.message && <span className="field-error-detail">（{e.message}）</span>}
    </>
  );
}

/** The userErrors of a field (by the last element of its path). */
function errorsOf(errors: UserErrorLike[], field: string) {
  return errors.filter((e) => e.field[e.field.length - 1] === field);
}

const formFields = ['username', 'password', 'role', 'areaCode', 'residentId'];

function FieldErrors({ id, errors }: { id: string; errors: UserErrorLike[] }) {
  if (errors.length === 0) return null;
  return (
    <p className="field-error" id={id} role="alert">
      {errors.map((e, i) => (
        <span key={i}>
          <UserErrorText e={e} />
        </span>
      ))}
    </p>
  );
}

/** A labelled control with its userErrors below it (aria-describedby, aria-invalid). */
function CheckedField({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors: UserErrorLike[];
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': errors.length ? true : undefined, 'aria-describedby': described || undefined })}
      {hint && (
        <small className="muted" id={`${id}-hint`}>
          {hint}
        </small>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

type Sent =
  | { kind: 'idle' }
  | { kind: 'ok'; username: string }
  | { kind: 'refused'; errors: UserErrorLike[] }
  | { kind: 'error'; error: CombinedError };

/**
 * The form adding an account: an administrator's, of any role in the
 * district, or a town's or village's, of courtyard officers only (roles) for
 * a courtyard of its area. A courtyard officer's account is bound to the
 * courtyard picked (its code), where its resident holds a role.
 */
export function AddAccountForm({ onAdded, roles = accountRoles }: { onAdded: () => void; roles?: UserRole[] }) {
  const me = useMe();
  const [state, add] = useMutation(AddAccountMutation);
  const keys = useKeyFor();
  const [role, setRole] = useState<UserRole>(roles[0] ?? 'TOWN_OFFICIAL');
  const [areaCode, setAreaCode] = useState('');
  const [courtyard, setCourtyard] = useState('');
  const [sent, setSent] = useState<Sent>({ kind: 'idle' });
  const officer = role === 'COURTYARD_OFFICER';
  const people = useCourtyardPeople(officer ? courtyard : '');
  const errors = sent.kind === 'refused' ? sent.errors : [];
  const whole = errors.filter((e) => !formFields.includes(e.field[e.field.length - 1] ?? ''));

  function chooseRole(next: UserRole) {
    setRole(next);
    if (areaDigits[next] === 6) setAreaCode(me.areaCode);
    else if (areaCode.length !== areaDigits[next]) setAreaCode('');
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const input = {
      username: fieldText(f.get('username')).trim(),
      password: fieldText(f.get('password')),
      role,
      areaCode: areaCode.trim(),
      ...(officer && f.get('residentId') ? { residentId: fieldText(f.get('residentId')) } : {}),
    };
    const res = await add({ input: { ...input, idempotencyKey: keys.keyFor(input) } });
    if (res.error?.networkError || !res.data) {
      setSent({ kind: 'error', error: res.error! });
      return;
    }
    keys.answered();
    const payload = res.data.addAccount;
    if (payload.userErrors.length > 0 || !payload.user) {
      setSent({ kind: 'refused', errors: payload.userErrors });
      return;
    }
    setSent({ kind: 'ok', username: payload.user.username });
    form.reset();
    onAdded();
  }

  const roleHint = t(`accounts.areaHint.${areaDigits[role]}` as 'accounts.areaHint.6');
  return (
    <form className="form account-form" onSubmit={onSubmit} aria-labelledby="add-account-title" noValidate>
      <h3 id="add-account-title">{t('accounts.add')}</h3>
      <div className="account-form-grid">
        <CheckedField id="account-username" label={t('login.username')} errors={errorsOf(errors, 'username')}>
          {(p) => <input {...p} name="username" autoComplete="off" required />}
        </CheckedField>
        <CheckedField
          id="account-password"
          label={t('accounts.password')}
          hint={t('accounts.passwordHint')}
          errors={errorsOf(errors, 'password')}
        >
          {(p) => <input {...p} name="password" type="password" autoComplete="new-password" minLength={10} required />}
        </CheckedField>
        <CheckedField id="account-role" label={t('accounts.role')} errors={errorsOf(errors, 'role')}>
          {(p) => (
            <select {...p} name="role" value={role} onChange={(e) => chooseRole(e.target.value as UserRole)}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleLabel(r)}
                </option>
              ))}
            </select>
          )}
        </CheckedField>
        <CheckedField
          id="account-area"
          label={t('accounts.area')}
          hint={roleHint}
          errors={errorsOf(errors, 'areaCode')}
        >
          {(p) => (
            <input
              {...p}
              name="areaCode"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={15}
              value={areaCode}
              readOnly={officer}
              onChange={(e) => setAreaCode(e.target.value.replace(/\D/g, ''))}
              required
            />
          )}
        </CheckedField>
      </div>
      {officer && (
        <fieldset className="account-resident">
          <legend>{t('accounts.resident')}</legend>
          <CourtyardPicker value={courtyard} onChange={setCourtyard} onCode={setAreaCode} />
          <CheckedField
            id="account-resident"
            label={t('accounts.residentName')}
            hint={t('accounts.residentHint')}
            errors={errorsOf(errors, 'residentId')}
          >
            {(p) => (
              <select {...p} name="residentId" disabled={!courtyard} defaultValue="">
                <option value="">{people.fetching ? t('common.loading') : t('filters.choose')}</option>
                {people.households.flatMap((h) =>
                  h.residents.map((r) => (
                    <option key={r.id} value={r.id}>
                      {h.number} · {r.name}
                    </option>
                  )),
                )}
              </select>
            )}
          </CheckedField>
        </fieldset>
      )}
      <div>
        <button className="button button-primary" type="submit" disabled={state.fetching}>
          {state.fetching ? t('forms.sending') : t('accounts.addSubmit')}
        </button>
      </div>
      {sent.kind === 'ok' && (
        <p className="status status-ok" role="status">
          {t('accounts.added', { username: sent.username })}
        </p>
      )}
      {sent.kind === 'error' && (
        <p className="status status-error" role="alert">
          {sent.error.networkError
            ? t('accounts.networkRetry')
            : t('forms.failed', { message: errorMessage(sent.error) })}
        </p>
      )}
      {sent.kind === 'refused' && (
        <div className="status status-error" role="alert">
          {whole.length > 0 ? (
            <>
              <p>{t('forms.refused')}</p>
              <ul>
                {whole.map((e, i) => (
                  <li key={i}>
                    <UserErrorText e={e} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('accounts.fixFields')}</p>
          )}
        </div>
      )}
    </form>
  );
}

/** Disables an account, or enables a disabled one again. */
export function DisableButton({
  user,
  onChanged,
}: {
  user: { id: string; username: string; disabled: boolean };
  onChanged: () => void;
}) {
  const [state, change] = useMutation(SetAccountDisabledMutation);
  const keys = useKeyFor();
  const [problem, setProblem] = useState<string | null>(null);
  async function onClick() {
    const input = { userId: user.id, disabled: !user.disabled };
    const res = await change({ input: { ...input, idempotencyKey: keys.keyFor(input) } });
    if (res.error?.networkError || !res.data) {
      setProblem(res.error?.networkError ? t('accounts.networkRetry') : errorMessage(res.error!));
      return;
    }
    keys.answered();
    const ue = res.data.setAccountDisabled.userErrors;
    setProblem(ue.length ? ue.map(userErrorText).join('；') : null);
    if (!ue.length) onChanged();
  }
  const label = user.disabled ? t('accounts.enable') : t('accounts.disable');
  return (
    <>
      <button
        type="button"
        className="button button-small"
        onClick={onClick}
        disabled={state.fetching}
        aria-label={`${label} ${user.username}`}
      >
        {label}
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
