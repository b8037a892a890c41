// What the officers' forms share: sending a workflow mutation through the
// outbox (idempotency key, kept and retried when the network drops), its
// outcome (userErrors by code), and the courtyard and resident pickers.
import { useId, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { stringifyDocument, useClient, useQuery, type CombinedError } from 'urql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { ErrorCode } from '../gql/graphql';
import { errorMessage, errorMessageKey } from '../errors';
import { t } from '../i18n';
import { fieldText } from '../lib/form';
import { submit } from '../lib/outbox';
import { nodes } from '../ui';

/** What a workflow mutation's payload says of each thing it refuses: every payload asks for it. */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    field
    message
    code
  }
`);

export interface UserErrorLike {
  field: string[];
  message: string;
  code: ErrorCode;
}

export type Outcome<T> =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'ok'; data: T }
  | { kind: 'refused'; errors: UserErrorLike[] }
  | { kind: 'error'; error: CombinedError }
  | { kind: 'offline'; error: CombinedError };

/**
 * What a workflow mutation's `input` takes from the form: the generated input
 * type (RaiseIssueInput, …) without the idempotency key, which the outbox adds.
 */
export type WorkflowInput<I> = Omit<I, 'idempotencyKey'>;

/** A workflow mutation on a form: its outcome, and sending it with an input of its own type. */
export interface Workflow<I, P> {
  outcome: Outcome<P>;
  /**
   * Sends `input` (labelled for the outbox list) with a new idempotency key;
   * the payload, or null when refused, not delivered, or when a submission of
   * this form is still pending (a second tap sends nothing).
   */
  run: (label: string, input: WorkflowInput<I>) => Promise<P | null>;
  /**
   * Sends like run, and answers the whole outcome (the refusals, the error or
   * the payload), or null when a submission is still pending.
   */
  attempt: (label: string, input: WorkflowInput<I>) => Promise<Outcome<P> | null>;
  /** Whether a submission is pending: the form's button is disabled meanwhile. */
  pending: boolean;
  reset: () => void;
}

/**
 * A workflow mutation sent through the outbox. `payloadOf` picks the payload
 * (with its userErrors) from the result's data; `run` takes the mutation's
 * own input type (from codegen), so a field it does not have does not compile.
 */
export function useWorkflow<
  TData,
  I extends { idempotencyKey?: string | null },
  P extends { userErrors: readonly FragmentType<typeof UserErrorFields>[] },
>(document: TypedDocumentNode<TData, { input: I }>, payloadOf: (data: TData) => P): Workflow<I, P> {
  const client = useClient();
  const [outcome, setOutcome] = useState<Outcome<P>>({ kind: 'idle' });
  // Set synchronously, before React re-renders the disabled button: taps
  // that arrive in the same moment find it set and send nothing.
  const inFlight = useRef(false);
  async function attempt(label: string, input: WorkflowInput<I>): Promise<Outcome<P> | null> {
    if (inFlight.current) return null;
    inFlight.current = true;
    setOutcome({ kind: 'sending' });
    try {
      const o = await deliver(label, input);
      setOutcome(o);
      return o;
    } finally {
      inFlight.current = false;
    }
  }
  async function run(label: string, input: WorkflowInput<I>): Promise<P | null> {
    const o = await attempt(label, input);
    return o?.kind === 'ok' ? o.data : null;
  }
  async function deliver(label: string, input: WorkflowInput<I>): Promise<Outcome<P>> {
    const result = await submit(client, label, stringifyDocument(document), input);
    if (result.error?.networkError) return { kind: 'offline', error: result.error };
    if (result.error || !result.data) return { kind: 'error', error: result.error! };
    const payload = payloadOf(result.data as TData);
    const refusals = getFragmentData(UserErrorFields, payload.userErrors);
    if (refusals.length > 0) return { kind: 'refused', errors: [...refusals] };
    return { kind: 'ok', data: payload };
  }
  return { outcome, run, attempt, pending: outcome.kind === 'sending', reset: () => setOutcome({ kind: 'idle' }) };
}

export function OutcomeView({ outcome, success }: { outcome: Outcome<unknown>; success?: ReactNode }) {
  switch (outcome.kind) {
    case 'idle':
      return null;
    case 'sending':
      return (
        <p className="status" role="status">
          {t('forms.sending')}
        </p>
      );
    case 'ok':
      return (
        <div className="status status-ok" role="status">
          {success ?? t('forms.saved')}
        </div>
      );
    case 'offline':
      return (
        <p className="status status-notice" role="alert">
          {t('forms.offline')}
        </p>
      );
    case 'error':
      return (
        <p className="status status-error" role="alert">
          {t('forms.failed', { message: errorMessage(outcome.error) })}
        </p>
      );
    case 'refused':
      return (
        <div className="status status-error" role="alert">
          <p>{t('forms.refused')}</p>
          <ul>
            {outcome.errors.map((e, i) => (
              <li key={i}>
                {t(errorMessageKey(e.code))} {e.message && <span className="muted">（{e.message}）</span>}
              </li>
            ))}
          </ul>
        </div>
      );
  }
}

/** A labelled control. */
export function Field({
  label,
  children,
  hint,
}: {
  label: string;
  children: (id: string) => ReactNode;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <small className="muted">{hint}</small>}
    </div>
  );
}

export const CourtyardChoicesQuery = graphql(`
  query CourtyardChoices($where: CourtyardWhereInput) {
    courtyards(first: 30, where: $where, orderBy: [{ field: CODE }]) {
      totalCount
      edges {
        node {
          id
          code
          name
          village {
            id
            name
          }
        }
      }
    }
  }
`);

export const ChosenCourtyardQuery = graphql(`
  query ChosenCourtyard($id: ID!) {
    node(id: $id) {
      id
      ... on Courtyard {
        code
        name
        village {
          id
          name
        }
      }
    }
  }
`);

/**
 * The courtyard the form is for (?courtyard=ID), chosen by name; onCode, if
 * given, also gets the chosen courtyard's 15-digit code ("" for none).
 */
export function CourtyardPicker({
  value,
  onChange,
  onCode,
}: {
  value: string;
  onChange: (id: string) => void;
  onCode?: (code: string) => void;
}) {
  const id = useId();
  const [q, setQ] = useState('');
  const [{ data, fetching }] = useQuery({
    query: CourtyardChoicesQuery,
    variables: { where: q ? { nameContains: q } : {} },
  });
  const found = nodes(data?.courtyards);
  // A form opened from a courtyard's page: its courtyard, by name, even when
  // the first page of choices does not hold it.
  const [{ data: chosenData }] = useQuery({
    query: ChosenCourtyardQuery,
    variables: { id: value },
    pause: !value || found.some((c) => c.id === value),
  });
  const chosen = chosenData?.node?.__typename === 'Courtyard' ? chosenData.node : null;
  const list = chosen && !found.some((c) => c.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <div className="form-field">
      <label htmlFor={`${id}-q`}>{t('forms.findCourtyard')}</label>
      <input
        id={`${id}-q`}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('forms.findCourtyardHint')}
      />
      <label htmlFor={`${id}-c`}>{t('area.courtyard')}</label>
      <select
        id={`${id}-c`}
        value={value}
        onChange={(e) => {
          const chosen = e.target.value;
          onChange(chosen);
          onCode?.(list.find((c) => c.id === chosen)?.code ?? '');
        }}
        required
      >
        <option value="">{fetching ? t('common.loading') : t('filters.choose')}</option>
        {value && !list.some((c) => c.id === value) && <option value={value}>{t('common.loading')}</option>}
        {list.map((c) => (
          <option key={c.id} value={c.id}>
            {c.village.name} · {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The courtyard in the URL (?courtyard=ID), and setting it. */
export function useCourtyardParam(): [string, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('courtyard') ?? '';
  return [
    value,
    (id: string) => {
      const next = new URLSearchParams(params);
      if (id) next.set('courtyard', id);
      else next.delete('courtyard');
      setParams(next, { replace: true });
    },
  ];
}

export const CourtyardPeopleQuery = graphql(`
  query CourtyardPeople($id: ID!) {
    node(id: $id) {
      id
      ... on Courtyard {
        name
        village {
          id
          name
        }
        households(first: 300, orderBy: [{ field: NUMBER }]) {
          totalCount
          edges {
            node {
              id
              number
              headName
              residents(first: 20) {
                edges {
                  node {
                    id
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The households and residents of a courtyard. */
export function useCourtyardPeople(courtyardId: string) {
  const [{ data, fetching, error }] = useQuery({
    query: CourtyardPeopleQuery,
    variables: { id: courtyardId },
    pause: !courtyardId,
  });
  const c = data?.node?.__typename === 'Courtyard' ? data.node : null;
  const households = nodes(c?.households).map((h) => ({ ...h, residents: nodes(h.residents) }));
  return { courtyard: c, households, fetching, error };
}

/** A household as the pickers show it: its number and head's name. */
export interface HouseholdChoice {
  id: string;
  number: string;
  headName: string;
}

/** Past this many households the picker offers a search box. */
export const SEARCH_FROM = 12;

/**
 * A courtyard's household, chosen by number and head's name (searchable when
 * the courtyard has many); `detail` adds to each option (e.g. its balance).
 */
export function HouseholdPicker<H extends HouseholdChoice>({
  households,
  value,
  onChange,
  disabled,
  detail,
}: {
  households: readonly H[];
  value: string;
  onChange: (id: string) => void;
  disabled?: boolean;
  detail?: (h: H) => string;
}) {
  const id = useId();
  const [q, setQ] = useState('');
  const needle = q.trim();
  const shown = needle
    ? households.filter((h) => h.id === value || h.number.includes(needle) || h.headName.includes(needle))
    : households;
  return (
    <div className="form-field">
      {households.length > SEARCH_FROM && (
        <>
          <label htmlFor={`${id}-q`}>{t('forms.findHousehold')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('forms.findHouseholdHint')}
          />
        </>
      )}
      <label htmlFor={`${id}-h`}>{t('points.household')}</label>
      <select
        id={`${id}-h`}
        name="household"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        disabled={disabled}
      >
        <option value="">{needle ? t('forms.householdsFound', { count: shown.length }) : t('filters.choose')}</option>
        {shown.map((h) => (
          <option key={h.id} value={h.id}>
            {h.number} {h.headName}
            {detail ? `（${detail(h)}）` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

/** An integer from a form field ('' is null). */
export function intOrNull(v: FormDataEntryValue | null): number | null {
  const s = str(v);
  if (!s) return null;
  const n = Number(s);
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

/** A form field's text without surrounding spaces. */
export function str(v: FormDataEntryValue | null): string {
  return fieldText(v).trim();
}

/** A string or nothing (omitted from the input). */
export function optional(v: FormDataEntryValue | null): string | undefined {
  const s = str(v);
  return s ? s : undefined;
}

/**
 * A form field's value as one of `values` (the options its select offers);
 * the first of them when it is none.
 */
export function oneOf<T extends string>(v: FormDataEntryValue | null, values: readonly T[]): T {
  const s = str(v);
  return values.find((x) => x === s) ?? values[0];
}

/** The optional 发生时间 field of a step form: left empty, the step happened now. */
export function OccurredAtField() {
  return (
    <Field label={t('forms.occurredAt')}>{(id) => <input id={id} name="occurredAt" type="datetime-local" />}</Field>
  );
}

/** A step's occurredAt from its form's 发生时间 field (local time, sent as an instant), or nothing (now). */
export function occurredAt(f: FormData): { occurredAt?: string } {
  const s = str(f.get('occurredAt'));
  if (!s) return {};
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? {} : { occurredAt: d.toISOString() };
}
