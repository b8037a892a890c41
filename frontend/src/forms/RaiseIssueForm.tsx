// Raising an issue (收集) on a phone: the courtyard, the category, a title and
// what the residents raised; then on to the issue's detail.
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import type { IssueCategory } from '../gql/graphql';
import { enumLabel, t } from '../i18n';
import { Breadcrumbs } from '../ui';
import {
  CourtyardPicker,
  Field,
  OccurredAtField,
  OutcomeView,
  occurredAt,
  oneOf,
  optional,
  str,
  useCourtyardParam,
  useWorkflow,
} from './common';

export const RaiseIssueMutation = graphql(`
  mutation RaiseIssue($input: RaiseIssueInput!) {
    raiseIssue(input: $input) {
      issue {
        id
        stage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const categories: IssueCategory[] = ['PUBLIC_FACILITY', 'LIVING_ENVIRONMENT', 'DISPUTE', 'CUSTOMS'];

export function RaiseIssueForm() {
  const [courtyard, setCourtyard] = useCourtyardParam();
  const navigate = useNavigate();
  const { outcome, run, pending } = useWorkflow(RaiseIssueMutation, (d) => d.raiseIssue);
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const p = await run(t('forms.raiseIssue'), {
      ...occurredAt(f),
      courtyardID: courtyard,
      category: oneOf(f.get('category'), categories),
      title: str(f.get('title')),
      description: optional(f.get('description')),
    });
    if (p?.issue) void navigate(`/forms/issue/${encodeURIComponent(p.issue.id)}`);
  }
  return (
    <div className="phone-form">
      <Breadcrumbs items={[{ label: t('nav.forms'), to: '/forms' }, { label: t('forms.raiseIssue') }]} />
      <h1 className="page-title">{t('forms.raiseIssue')}</h1>
      <form onSubmit={onSubmit} className="card form">
        <CourtyardPicker value={courtyard} onChange={setCourtyard} />
        <Field label={t('issues.category')}>
          {(id) => (
            <select id={id} name="category" required defaultValue="PUBLIC_FACILITY">
              {categories.map((c) => (
                <option key={c} value={c}>
                  {enumLabel('IssueCategory', c)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('issues.title')}>{(id) => <input id={id} name="title" required maxLength={200} />}</Field>
        <Field label={t('issues.description')}>{(id) => <textarea id={id} name="description" rows={3} />}</Field>
        <OutcomeView outcome={outcome} />
        <OccurredAtField />
        <button type="submit" className="button button-primary" disabled={pending || !courtyard}>
          {t('forms.raiseIssue')}
        </button>
      </form>
    </div>
  );
}
