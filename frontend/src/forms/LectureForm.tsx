// Record a lecture (宣讲) on a phone: the courtyard, one of its village's
// themes of the quarter, the speaker, when, the attendance and the households
// present; the server returns rating codes for the audience. Opened with
// ?theme=ID (from the home's themes without a lecture), that theme is chosen.
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { t } from '../i18n';
import { periodAt } from '../lib/period';
import { Breadcrumbs, nodes } from '../ui';
import {
  CourtyardPicker,
  Field,
  OutcomeView,
  intOrNull,
  optional,
  str,
  useCourtyardParam,
  useCourtyardPeople,
  useWorkflow,
} from './common';

export const LectureThemesQuery = graphql(`
  query LectureThemes($villageID: ID!, $quarter: String!) {
    quarterThemes(first: 8, where: { villageID: $villageID, quarter: $quarter }) {
      edges {
        node {
          id
          topic {
            id
            name
          }
          title
        }
      }
    }
  }
`);

export const LecturePublicistsQuery = graphql(`
  query LecturePublicists($id: ID!) {
    node(id: $id) {
      id
      ... on Courtyard {
        roleAssignments(first: 20, where: { role: PUBLICIST }, orderBy: [{ field: STARTED_AT, direction: DESC }]) {
          edges {
            node {
              id
              startedAt
              endedAt
              resident {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const RecordLectureMutation = graphql(`
  mutation RecordLecture($input: RecordLectureInput!) {
    recordLecture(input: $input) {
      session {
        id
        heldAt
        attendance
      }
      ratingCodes
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** "2024-06-30T19:30" typed in Asia/Shanghai, as an RFC 3339 instant. */
export function shanghaiInstant(local: string): string {
  return new Date(`${local}:00+08:00`).toISOString().replace('.000Z', 'Z');
}

/** Now in Asia/Shanghai as a datetime-local value. */
export function shanghaiNowLocal(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}

/** The speaker select's value for a guest (the only other choice is the publicist). */
const GUEST = 'guest';

/** The publicist (宣传员) serving at `at` among a courtyard's publicist assignments, newest first. */
export function publicistAt<A extends { startedAt: string; endedAt?: string | null }>(
  assignments: readonly A[],
  at: Date,
): A | undefined {
  return assignments.find((a) => new Date(a.startedAt) <= at && (a.endedAt == null || new Date(a.endedAt) > at));
}

export function LectureForm() {
  const [courtyard, setCourtyard] = useCourtyardParam();
  const { courtyard: cy, households } = useCourtyardPeople(courtyard);
  const [heldAt, setHeldAt] = useState(shanghaiNowLocal());
  const quarter = periodAt('quarter', new Date(shanghaiInstant(heldAt))).label;
  const [{ data: th, fetching: thFetching }] = useQuery({
    query: LectureThemesQuery,
    variables: { villageID: cy?.village.id ?? '', quarter },
    pause: !cy,
  });
  const themes = nodes(th?.quarterThemes);
  const [params] = useSearchParams();
  const [themeChoice, setTheme] = useState(params.get('theme') ?? '');
  // The theme asked for is chosen once the courtyard's themes hold it.
  const theme = themes.some((x) => x.id === themeChoice) ? themeChoice : '';
  // The speaker is the courtyard's publicist serving when the lecture was
  // held (the server accepts no other resident), or a guest by name.
  const [{ data: pub }] = useQuery({ query: LecturePublicistsQuery, variables: { id: courtyard }, pause: !courtyard });
  const assignments = pub?.node?.__typename === 'Courtyard' ? nodes(pub.node.roleAssignments) : [];
  const publicist = publicistAt(assignments, new Date(shanghaiInstant(heldAt)))?.resident;
  const [speakerChoice, setSpeaker] = useState('');
  // Until chosen, the publicist when there is one; a choice no longer offered
  // (another courtyard or time) falls back the same way.
  const speaker =
    speakerChoice === GUEST || (publicist && speakerChoice === publicist.id) ? speakerChoice : (publicist?.id ?? GUEST);
  const [attendance, setAttendance] = useState('');
  const [present, setPresent] = useState<string[]>([]);
  const tooManyHouseholds = attendance !== '' && present.length > Number(attendance);
  const { outcome, run, pending } = useWorkflow(RecordLectureMutation, (d) => d.recordLecture);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (tooManyHouseholds) return;
    const form = e.currentTarget;
    const f = new FormData(form);
    const p = await run(t('forms.recordLecture'), {
      courtyardId: courtyard,
      themeId: theme,
      ...(speaker === GUEST ? { speakerName: str(f.get('speakerName')) } : { speakerId: speaker }),
      heldAt: shanghaiInstant(heldAt),
      attendance: intOrNull(attendance) ?? 0,
      householdsPresent: present.length ? present : undefined,
      ratingCodes: intOrNull(f.get('codes')) ?? undefined,
      note: optional(f.get('note')),
    });
    if (p) {
      // Recorded (its codes shown below): an empty form for the next lecture.
      form.reset();
      setTheme('');
      setSpeaker('');
      setAttendance('');
      setPresent([]);
    }
  }

  return (
    <div className="phone-form">
      <Breadcrumbs items={[{ label: t('nav.forms'), to: '/forms' }, { label: t('forms.recordLecture') }]} />
      <h1 className="page-title">{t('forms.recordLecture')}</h1>
      <form className="card form" onSubmit={onSubmit}>
        <CourtyardPicker value={courtyard} onChange={setCourtyard} />
        <Field label={t('lectures.heldAt')}>
          {(id) => (
            <input id={id} type="datetime-local" value={heldAt} onChange={(e) => setHeldAt(e.target.value)} required />
          )}
        </Field>
        <Field label={t('lectures.theme', { quarter })}>
          {(id) => (
            <select id={id} name="theme" required value={theme} onChange={(e) => setTheme(e.target.value)}>
              <option value="">
                {thFetching ? t('common.loading') : themes.length ? t('filters.choose') : t('lectures.noThemes')}
              </option>
              {themes.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.topic.name} · {x.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('lectures.speaker')}>
          {(id) => (
            <select id={id} value={speaker} onChange={(e) => setSpeaker(e.target.value)} disabled={!courtyard}>
              {publicist && (
                <option value={publicist.id}>{t('lectures.publicistOption', { name: publicist.name })}</option>
              )}
              <option value={GUEST}>{t('lectures.guestSpeaker')}</option>
            </select>
          )}
        </Field>
        {courtyard && !publicist && <p className="muted">{t('lectures.noPublicist')}</p>}
        {speaker === GUEST && (
          <Field label={t('lectures.speakerName')}>{(id) => <input id={id} name="speakerName" required />}</Field>
        )}
        <Field label={t('lectures.attendance')}>
          {(id) => (
            <input
              id={id}
              name="attendance"
              type="number"
              min={1}
              inputMode="numeric"
              required
              value={attendance}
              onChange={(e) => setAttendance(e.target.value)}
            />
          )}
        </Field>
        {households.length > 0 && (
          <fieldset className="checks">
            <legend>{t('lectures.householdsPresent')}</legend>
            {households.map((h) => (
              <label key={h.id} className="check">
                <input
                  type="checkbox"
                  name="households"
                  value={h.id}
                  checked={present.includes(h.id)}
                  onChange={(e) =>
                    setPresent(e.target.checked ? [...present, h.id] : present.filter((x) => x !== h.id))
                  }
                />{' '}
                {h.number} {h.headName}
              </label>
            ))}
          </fieldset>
        )}
        {tooManyHouseholds && (
          <p className="status status-error" role="alert">
            {t('lectures.tooManyHouseholds', { households: present.length, attendance })}
          </p>
        )}
        <Field label={t('lectures.note')} hint={t('lectures.noteHint')}>
          {(id) => <textarea id={id} name="note" rows={3} />}
        </Field>
        <Field label={t('lectures.ratingCodes')}>
          {(id) => <input id={id} name="codes" type="number" min={0} max={200} inputMode="numeric" />}
        </Field>
        <OutcomeView
          outcome={outcome}
          success={
            outcome.kind === 'ok' && (
              <>
                <p>{t('lectures.recorded')}</p>
                {outcome.data.ratingCodes.length > 0 && (
                  <ul className="codes" data-testid="lecture-codes">
                    {outcome.data.ratingCodes.map((c) => (
                      <li key={c}>
                        <Link to={`/rate/${encodeURIComponent(c)}`}>{c}</Link>
                      </li>
                    ))}
                  </ul>
                )}
                {outcome.data.ratingCodes.length > 0 && outcome.data.session && (
                  <Link
                    to={`/print/rating-slips?session=${encodeURIComponent(outcome.data.session.id)}`}
                    data-testid="lecture-slips"
                  >
                    {t('slips.open')}
                  </Link>
                )}
              </>
            )
          }
        />
        <button type="submit" className="button button-primary" disabled={pending || !courtyard || tooManyHouseholds}>
          {t('forms.recordLecture')}
        </button>
      </form>
    </div>
  );
}
