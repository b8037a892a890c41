// Proxy service on a phone: submit a ticket for a resident, then accept,
// progress and complete it; completing shows the rating code for the resident.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../gql';
import type { TicketMode } from '../gql/graphql';
import { enumLabel, t } from '../i18n';
import { Breadcrumbs, ErrorState, Loading, formatTime, nodes } from '../ui';
import { Countdown, TicketRowFields, slaClass } from '../screens/parts';
import {
  CourtyardPicker,
  Field,
  OutcomeView,
  oneOf,
  optional,
  str,
  useCourtyardParam,
  useCourtyardPeople,
  useWorkflow,
  SEARCH_FROM,
  OccurredAtField,
  occurredAt,
} from './common';
import { TicketPhotos } from './RecordPhotos';

export const TicketServiceTypesQuery = graphql(`
  query TicketServiceTypes {
    serviceTypes(first: 100, orderBy: [{ field: CODE }]) {
      edges {
        node {
          id
          name
          requiredDocuments
          timeLimitDays
          modes
        }
      }
    }
  }
`);

export const SubmitTicketMutation = graphql(`
  mutation SubmitTicket($input: SubmitTicketInput!) {
    submitTicket(input: $input) {
      ticket {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The ticket's fields the form shows: its row in the lists and the rest. */
const TicketFields = graphql(`
  fragment TicketFields on Ticket {
    ...TicketRowFields
    mode
    acceptedAt
    completedAt
    documentsReceived
    waitingForDocuments
    missingDocuments
    missingDocumentsNote
    note
    handedTo
    reason
    courtyard {
      id
      name
    }
  }
`);

export const TicketQuery = graphql(`
  query TicketForForm($id: ID!) {
    node(id: $id) {
      ... on Ticket {
        ...TicketFields
      }
    }
  }
`);

export const AcceptTicketMutation = graphql(`
  mutation AcceptTicket($input: AcceptTicketInput!) {
    acceptTicket(input: $input) {
      ticket {
        ...TicketFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
export const ProgressTicketMutation = graphql(`
  mutation ProgressTicket($input: ProgressTicketInput!) {
    progressTicket(input: $input) {
      ticket {
        ...TicketFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
export const CompleteTicketMutation = graphql(`
  mutation CompleteTicket($input: CompleteTicketInput!) {
    completeTicket(input: $input) {
      ticket {
        ...TicketFields
      }
      ratingCode
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
export const RejectTicketMutation = graphql(`
  mutation RejectTicket($input: RejectTicketInput!) {
    rejectTicket(input: $input) {
      ticket {
        ...TicketFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SupplyDocumentsMutation = graphql(`
  mutation SupplyDocuments($input: SupplyDocumentsInput!) {
    supplyDocuments(input: $input) {
      ticket {
        ...TicketFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const modes: TicketMode[] = ['ON_SITE', 'END_TO_END', 'ASSISTED'];

export function SubmitTicketForm() {
  const [courtyard, setCourtyard] = useCourtyardParam();
  const navigate = useNavigate();
  const { households } = useCourtyardPeople(courtyard);
  const [{ data: st }] = useQuery({ query: TicketServiceTypesQuery });
  const types = nodes(st?.serviceTypes);
  const [typeId, setTypeId] = useState('');
  const [applicantChoice, setApplicant] = useState('');
  // A resident of another courtyard (the courtyard changed) is no choice.
  const applicant = households.some((h) => h.residents.some((r) => r.id === applicantChoice)) ? applicantChoice : '';
  const [applicantQ, setApplicantQ] = useState('');
  // A long courtyard is searched by household number, head or resident name.
  const needle = applicantQ.trim();
  const shownHouseholds = needle
    ? households.filter(
        (h) =>
          h.number.includes(needle) ||
          h.headName.includes(needle) ||
          h.residents.some((r) => r.id === applicant || r.name.includes(needle)),
      )
    : households;
  const type = types.find((x) => x.id === typeId);
  // The service type's own modes and required documents, as the server checks them.
  const typeModes = type ? modes.filter((m) => type.modes.includes(m)) : modes;
  const [mode, setMode] = useState<TicketMode>('END_TO_END');
  const chosenMode = typeModes.includes(mode) ? mode : (typeModes[0] ?? mode);
  const [docs, setDocs] = useState<string[]>([]);
  const missing = type ? type.requiredDocuments.filter((d) => !docs.includes(d)) : [];
  const { outcome, run, pending } = useWorkflow(SubmitTicketMutation, (d) => d.submitTicket);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const p = await run(t('forms.submitTicket'), {
      ...occurredAt(f),
      applicantId: applicant,
      serviceTypeId: typeId,
      mode: chosenMode,
      documentsReceived: type ? type.requiredDocuments.filter((d) => docs.includes(d)) : [],
      note: optional(f.get('note')),
    });
    if (p?.ticket) void navigate(`/forms/ticket/${encodeURIComponent(p.ticket.id)}`);
  }
  return (
    <div className="phone-form">
      <Breadcrumbs items={[{ label: t('nav.forms'), to: '/forms' }, { label: t('forms.submitTicket') }]} />
      <h1 className="page-title">{t('forms.submitTicket')}</h1>
      <form className="card form" onSubmit={onSubmit}>
        <CourtyardPicker value={courtyard} onChange={setCourtyard} />
        {households.length > SEARCH_FROM && (
          <Field label={t('tickets.findApplicant')}>
            {(id) => (
              <input
                id={id}
                type="search"
                value={applicantQ}
                onChange={(e) => setApplicantQ(e.target.value)}
                placeholder={t('forms.findHouseholdHint')}
              />
            )}
          </Field>
        )}
        <Field label={t('tickets.applicant')}>
          {(id) => (
            <select
              id={id}
              name="applicant"
              required
              disabled={!courtyard}
              value={applicant}
              onChange={(e) => setApplicant(e.target.value)}
            >
              <option value="">
                {needle ? t('forms.householdsFound', { count: shownHouseholds.length }) : t('filters.choose')}
              </option>
              {shownHouseholds.map((h) => (
                <optgroup key={h.id} label={`${h.number} ${h.headName}`}>
                  {h.residents.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tickets.service')}>
          {(id) => (
            <select id={id} value={typeId} onChange={(e) => setTypeId(e.target.value)} required>
              <option value="">{t('filters.choose')}</option>
              {types.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}（{t('tickets.limitDays', { days: x.timeLimitDays })}）
                </option>
              ))}
            </select>
          )}
        </Field>
        {type && type.requiredDocuments.length > 0 && (
          <fieldset>
            <legend>{t('tickets.documents')}</legend>
            <p className="muted">{t('tickets.documentsHint')}</p>
            {type.requiredDocuments.map((d) => (
              <label key={d} className="check">
                <input
                  type="checkbox"
                  name="docs"
                  value={d}
                  checked={docs.includes(d)}
                  onChange={(e) => setDocs(e.target.checked ? [...docs, d] : docs.filter((x) => x !== d))}
                />{' '}
                {d}
              </label>
            ))}
            <p className={missing.length ? 'status status-notice' : 'status status-ok'} data-testid="ticket-missing">
              {missing.length
                ? t('tickets.stillMissing', { documents: missing.join('、') })
                : t('tickets.allDocuments')}
            </p>
          </fieldset>
        )}
        <Field label={t('tickets.mode')}>
          {(id) => (
            <select id={id} name="mode" value={chosenMode} onChange={(e) => setMode(oneOf(e.target.value, modes))}>
              {typeModes.map((m) => (
                <option key={m} value={m}>
                  {enumLabel('TicketMode', m)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tickets.note')}>{(id) => <textarea id={id} name="note" rows={2} />}</Field>
        <OutcomeView outcome={outcome} />
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('forms.submitTicket')}
        </button>
      </form>
    </div>
  );
}

export function HandleTicketForm() {
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = useQuery({
    query: TicketQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const accept = useWorkflow(AcceptTicketMutation, (d) => d.acceptTicket);
  const progress = useWorkflow(ProgressTicketMutation, (d) => d.progressTicket);
  const complete = useWorkflow(CompleteTicketMutation, (d) => d.completeTicket);
  const reject = useWorkflow(RejectTicketMutation, (d) => d.rejectTicket);
  const supply = useWorkflow(SupplyDocumentsMutation, (d) => d.supplyDocuments);
  const [code, setCode] = useState<string | null>(null);
  if (error && !data) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  const node = data.node;
  const fields = node?.__typename === 'Ticket' ? getFragmentData(TicketFields, node) : null;
  const tk = fields && { ...fields, ...getFragmentData(TicketRowFields, fields) };
  if (!tk) return <p className="status">{t('tickets.notFound')}</p>;
  const label = (k: Parameters<typeof t>[0]) => `${t(k)} · ${tk.serviceType.name} · ${tk.applicant.name}`;
  const open = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'].includes(tk.status);
  const form = (f: (fd: FormData) => Promise<unknown>) => async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    await f(new FormData(e.currentTarget));
  };
  return (
    <div className="phone-form">
      <Breadcrumbs
        items={[
          { label: tk.courtyard.name, to: `/courtyard/${encodeURIComponent(tk.courtyard.id)}` },
          { label: tk.serviceType.name },
        ]}
      />
      <h1 className="page-title">{tk.serviceType.name}</h1>
      <dl className={`facts card ${slaClass(tk)}`}>
        <dt>{t('tickets.applicant')}</dt>
        <dd>{tk.applicant.name}</dd>
        <dt>{t('tickets.status')}</dt>
        <dd data-testid="ticket-status">{enumLabel('TicketStatus', tk.status)}</dd>
        <dt>{t('tickets.mode')}</dt>
        <dd>{enumLabel('TicketMode', tk.mode)}</dd>
        <dt>{t('tickets.submittedAt')}</dt>
        <dd>{formatTime(tk.submittedAt, true)}</dd>
        <dt>{open ? t('tickets.timeLimit') : t('list.completedAt')}</dt>
        <dd>{open ? <Countdown dueAt={tk.dueAt} overdue={tk.overdue} /> : formatTime(tk.completedAt, true) || '—'}</dd>
        <dt>{t('tickets.documents')}</dt>
        <dd>{tk.documentsReceived.join('、') || '—'}</dd>
        {tk.waitingForDocuments && (
          <>
            <dt>{t('tickets.missingDocuments')}</dt>
            <dd data-testid="missing-documents">
              {tk.missingDocuments.join('、') || '—'}
              <br />
              <small>{t('tickets.waitingForDocuments')}</small>
            </dd>
          </>
        )}
        {tk.missingDocumentsNote && (
          <>
            <dt>{t('tickets.missingDocumentsNote')}</dt>
            <dd>{tk.missingDocumentsNote}</dd>
          </>
        )}
      </dl>
      <TicketPhotos ticketId={tk.id} documents={[...tk.documentsReceived, ...tk.missingDocuments]} />
      {code && (
        <div className="card rating-code" role="status">
          <p>{t('tickets.ratingCodeIntro')}</p>
          <p className="code" data-testid="rating-code">
            {code}
          </p>
          <Link to={`/rate/${encodeURIComponent(code)}`}>{t('tickets.rateLink')}</Link>
        </div>
      )}
      {tk.status === 'COMPLETED' && (
        <p>
          <Link to={`/print/rating-slips?ticket=${encodeURIComponent(tk.id)}`} data-testid="ticket-slips">
            {t('slips.open')}
          </Link>
        </p>
      )}
      {tk.status === 'SUBMITTED' && (
        <form
          className="card form"
          onSubmit={form(
            async (f) =>
              (await accept.run(label('tickets.accept'), {
                id: tk.id,
                ...occurredAt(f),
                missingDocumentsNote: optional(f.get('missingDocumentsNote')),
              })) && reload(),
          )}
        >
          {tk.missingDocuments.length > 0 && (
            <Field label={t('tickets.missingDocumentsNote')}>
              {(id) => (
                <textarea
                  id={id}
                  name="missingDocumentsNote"
                  rows={2}
                  required
                  placeholder={t('tickets.missingDocumentsNoteHint')}
                />
              )}
            </Field>
          )}
          <OccurredAtField />
          <OutcomeView outcome={accept.outcome} />
          <button className="button button-primary" type="submit" disabled={accept.pending}>
            {t('tickets.accept')}
          </button>
        </form>
      )}
      {tk.waitingForDocuments && tk.missingDocuments.length > 0 && (
        <form
          className="card form"
          onSubmit={form(
            async (f) =>
              (await supply.run(label('tickets.supplyDocuments'), {
                id: tk.id,
                documents: f.getAll('supplied').map(String),
              })) && reload(),
          )}
        >
          <h2>{t('tickets.supplyDocuments')}</h2>
          <fieldset>
            <legend>{t('tickets.missingDocuments')}</legend>
            {tk.missingDocuments.map((d) => (
              <label key={d} className="check">
                <input type="checkbox" name="supplied" value={d} /> {d}
              </label>
            ))}
          </fieldset>
          <OutcomeView outcome={supply.outcome} />
          <button className="button" type="submit" disabled={supply.pending}>
            {t('tickets.supplyDocuments')}
          </button>
        </form>
      )}
      {(tk.status === 'ACCEPTED' || tk.status === 'IN_PROGRESS') && (
        <>
          <form
            className="card form"
            onSubmit={form(async (f) => {
              const p = await complete.run(label('tickets.complete'), {
                id: tk.id,
                note: optional(f.get('note')),
                ...occurredAt(f),
              });
              if (p) {
                setCode(p.ratingCode ?? null);
                reload();
              }
            })}
          >
            <h2>{t('tickets.complete')}</h2>
            <Field label={t('tickets.note')}>{(id) => <input id={id} name="note" />}</Field>
            <OccurredAtField />
            <OutcomeView outcome={complete.outcome} />
            <button className="button button-primary" type="submit" disabled={complete.pending}>
              {t('tickets.complete')}
            </button>
          </form>
          <form
            className="card form"
            onSubmit={form(
              async (f) =>
                (await progress.run(label('tickets.progress'), {
                  id: tk.id,
                  note: optional(f.get('note')),
                  handedTo: optional(f.get('handedTo')),
                })) && reload(),
            )}
          >
            <h2>{t('tickets.progress')}</h2>
            <Field label={t('tickets.note')}>{(id) => <input id={id} name="note" />}</Field>
            <Field label={t('tickets.handedTo')}>{(id) => <input id={id} name="handedTo" />}</Field>
            <OutcomeView outcome={progress.outcome} />
            <button className="button" type="submit" disabled={progress.pending}>
              {t('tickets.progress')}
            </button>
          </form>
        </>
      )}
      {open && (
        <form
          className="card form"
          onSubmit={form(
            async (f) =>
              (await reject.run(label('tickets.reject'), {
                id: tk.id,
                reason: str(f.get('reason')),
                ...occurredAt(f),
              })) && reload(),
          )}
        >
          <h2>{t('tickets.reject')}</h2>
          <Field label={t('tickets.reason')}>{(id) => <input id={id} name="reason" required />}</Field>
          <OccurredAtField />
          <OutcomeView outcome={reject.outcome} />
          <button className="button" type="submit" disabled={reject.pending}>
            {t('tickets.reject')}
          </button>
        </form>
      )}
    </div>
  );
}
