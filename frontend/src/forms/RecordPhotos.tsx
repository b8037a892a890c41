// The photos of a record, with a PhotoInput to add more: an issue step's
// (a receipt on the execution step), a ticket's documents, and a
// courtyard's latest. Each reads its own photos, so the forms it sits in
// need only one line; the server shows a photo to whoever may see its record.
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { t } from '../i18n';
import { nodes, Section } from '../ui';
import { useWorkflow } from './common';
import { errorMessage, errorMessageKey } from '../errors';
import { PhotoGallery, PhotoInput, type UploadedPhoto } from './PhotoInput';
import type { AttachPhotoInput } from '../gql/graphql';

export const AttachPhotoMutation = graphql(`
  mutation AttachPhoto($input: AttachPhotoInput!) {
    attachPhoto(input: $input) {
      photo {
        id
        url
        kind
        document
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const IssuePhotosQuery = graphql(`
  query IssuePhotos($id: ID!) {
    node(id: $id) {
      id
      ... on Issue {
        steps {
          id
          photos {
            id
            url
            kind
            document
          }
        }
      }
    }
  }
`);

export const TicketPhotosQuery = graphql(`
  query TicketPhotos($id: ID!) {
    node(id: $id) {
      id
      ... on Ticket {
        photos {
          id
          url
          kind
          document
        }
      }
    }
  }
`);

export const CourtyardPhotosQuery = graphql(`
  query CourtyardPhotos($id: ID!) {
    photos(where: { courtyardID: $id }, orderBy: [{ field: CREATED_AT, direction: DESC }], first: 12) {
      edges {
        node {
          id
          url
          kind
          document
        }
      }
    }
  }
`);

/** attachPhoto for input: null when attached, else the refusal's message. */
function useAttach(reload: () => void) {
  const { attempt } = useWorkflow(AttachPhotoMutation, (d) => d.attachPhoto);
  return async (label: string, input: Omit<AttachPhotoInput, 'hash'>, photo: UploadedPhoto) => {
    const o = await attempt(label, { ...input, hash: photo.hash });
    switch (o?.kind) {
      case 'ok':
        reload();
        return null;
      case 'refused':
        return o.errors.map((r) => r.message || t(errorMessageKey(r.code))).join('；');
      case 'error':
        return errorMessage(o.error);
      case 'offline':
        return t('forms.offline');
      default:
        return t('forms.sending');
    }
  };
}

/** An issue step's photos in the history, with an input to add more (receipts on the execution step). */
export function StepPhotos({ issueId, stepId, step }: { issueId: string; stepId: string; step: string }) {
  const [{ data }, reexecute] = useQuery({ query: IssuePhotosQuery, variables: { id: issueId } });
  const attach = useAttach(() => reexecute({ requestPolicy: 'network-only' }));
  const node = data?.node;
  const photos = (node?.__typename === 'Issue' ? node.steps : undefined)?.find((s) => s.id === stepId)?.photos ?? [];
  const receipt = step === 'EXECUTED';
  return (
    <div className="step-photos">
      <PhotoGallery photos={photos} />
      <PhotoInput
        label={receipt ? t('photos.addReceipt') : t('photos.add')}
        attach={(p) => attach(t('photos.title'), { issueStepId: stepId, kind: receipt ? 'RECEIPT' : 'STEP' }, p)}
      />
    </div>
  );
}

/** A ticket's document photos, with an input to add more naming the document. */
export function TicketPhotos({ ticketId, documents }: { ticketId: string; documents: readonly string[] }) {
  const [{ data }, reexecute] = useQuery({ query: TicketPhotosQuery, variables: { id: ticketId } });
  const attach = useAttach(() => reexecute({ requestPolicy: 'network-only' }));
  const [document, setDocument] = useState('');
  const node = data?.node;
  const photos = node?.__typename === 'Ticket' ? (node.photos ?? []) : [];
  return (
    <section className="card" data-testid="ticket-photos">
      <h2>{t('photos.title')}</h2>
      <PhotoGallery photos={photos} />
      {documents.length > 0 && (
        <label className="form-field">
          {t('photos.document')}
          <select value={document} onChange={(e) => setDocument(e.target.value)} name="photoDocument">
            <option value="">—</option>
            {documents.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      )}
      <PhotoInput
        label={t('photos.addDocument')}
        attach={(p) => attach(t('photos.title'), { ticketId, kind: 'DOCUMENT', ...(document ? { document } : {}) }, p)}
      />
    </section>
  );
}

/** A courtyard's latest photos, of its issues' steps and its tickets' documents. */
export function CourtyardPhotos({ courtyardId }: { courtyardId: string }) {
  const [{ data }] = useQuery({ query: CourtyardPhotosQuery, variables: { id: courtyardId } });
  const photos = nodes(data?.photos);
  return (
    <Section title={t('photos.recent')}>
      {photos.length > 0 ? <PhotoGallery photos={photos} /> : <p className="muted">{t('photos.none')}</p>}
    </Section>
  );
}
