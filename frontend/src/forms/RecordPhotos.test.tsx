import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byName, clientAnswering, renderScreen } from '../test/harness';
import { clearOutbox, reloadOutbox } from '../lib/outbox';
import { TicketPhotos } from './RecordPhotos';

beforeEach(() => {
  localStorage.clear();
  reloadOutbox();
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify({ hash: 'h1', contentType: 'image/png', size: 3, width: 1, height: 1 }), {
          status: 201,
        }),
    ),
  );
});
afterEach(() => {
  clearOutbox();
  vi.unstubAllGlobals();
});

describe('TicketPhotos', () => {
  it('says why the server refused to attach a photo, not only that it failed', async () => {
    const { client, seen } = clientAnswering(
      byName({
        TicketPhotos: { node: { __typename: 'Ticket', id: 't1', photos: [] } },
        AttachPhoto: {
          attachPhoto: {
            __typename: 'AttachPhotoPayload',
            photo: null,
            userErrors: [
              {
                __typename: 'UserError',
                field: ['input', 'ticketId'],
                message: '只有院坝代办员可以处理该事项',
                code: 'FORBIDDEN',
              },
            ],
          },
        },
      }),
    );
    renderScreen(<TicketPhotos ticketId="t1" documents={['身份证']} />, { client });
    fireEvent.change(screen.getByTestId('photo-input'), {
      target: { files: [new File(['png'], 'id.png', { type: 'image/png' })] },
    });
    await waitFor(() => expect(screen.getByText(/只有院坝代办员可以处理该事项/)).toBeTruthy());
    expect(screen.queryByText(/上传失败：$/)).toBeNull();
    expect(seen.filter((op) => op.kind === 'mutation')).toHaveLength(1);
  });
});
