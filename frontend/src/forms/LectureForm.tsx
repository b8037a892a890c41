// Record a lecture (宣讲) on a phone: the courtyard, one of its village's
// themes of the quarter, the speaker, when, the attendance and the households
// present; the server returns rating codes for the audience.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
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
  const { outcome, run } = useWorkflow(RecordLectureMutation, (d) => d.recordLecture);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const present = f.getAll('households').map(String);
    await run(t('forms.recordLecture'), {
      courtyardId: courtyard,
      themeId: str(f.get('theme')),
      speakerId: optional(f.get('speakerId')),
      speakerName: optional(f.get('speakerName')),
      heldAt: shanghaiInstant(heldAt),
      attendance: intOrNull(f.get('attendance')) ?? 0,
      householdsPresent: present.length ? present : undefined,
      ratingCodes: intOrNull(f.get('codes')) ?? undefined,
      note: optional(f.get('note')),
    });
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
            <select id={id} name="theme" required>
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
            <select id={id} name="speakerId">
              <option value="">{t('lectures.guestSpeaker')}</option>
              {households.flatMap((h) =>
                h.residents.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}（{h.number}）
                  </option>
                )),
              )}
            </select>
          )}
        </Field>
        <Field label={t('lectures.speakerName')} hint={t('lectures.speakerNameHint')}>
          {(id) => <input id={id} name="speakerName" />}
        </Field>
        <Field label={t('lectures.attendance')}>
          {(id) => <input id={id} name="attendance" type="number" min={1} inputMode="numeric" required />}
        </Field>
        {households.length > 0 && (
          <fieldset className="checks">
            <legend>{t('lectures.householdsPresent')}</legend>
            {households.map((h) => (
              <label key={h.id} className="check">
                <input type="checkbox" name="households" value={h.id} /> {h.number} {h.headName}
              </label>
            ))}
          </fieldset>
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
        <button type="submit" className="button button-primary" disabled={outcome.kind === 'sending' || !courtyard}>
          {t('forms.recordLecture')}
        </button>
      </form>
    </div>
  );
}
