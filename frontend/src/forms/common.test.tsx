import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Provider, type Operation } from 'urql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearOutbox, reloadOutbox } from '../lib/outbox';
import { byName, clientAnswering } from '../test/harness';
import { RaiseIssueMutation } from './RaiseIssueForm';
import { useWorkflow } from './common';

beforeEach(() => {
  localStorage.clear();
  reloadOutbox();
});
afterEach(() => clearOutbox());

describe('useWorkflow', () => {
  it("takes the mutation's own input type and sends it with an idempotency key", async () => {
    let sent: unknown;
    const { client } = clientAnswering(
      byName({
        RaiseIssue: (op: Operation) => {
          sent = (op.variables as { input: unknown }).input;
          return { raiseIssue: { issue: { id: 'i1', stage: 'COLLECTED' }, userErrors: [] } };
        },
      }),
    );
    const wrapper = ({ children }: { children: ReactNode }) => <Provider value={client}>{children}</Provider>;
    const { result } = renderHook(() => useWorkflow(RaiseIssueMutation, (d) => d.raiseIssue), { wrapper });

    const input = { courtyardID: 'c1', category: 'DISPUTE', title: '占道' } as const;
    let payload: Awaited<ReturnType<typeof result.current.run>> = null;
    await act(async () => {
      payload = await result.current.run('raise', input);
    });
    expect(payload).toEqual({ issue: { id: 'i1', stage: 'COLLECTED' }, userErrors: [] });
    expect(sent).toMatchObject(input);
    expect(sent).toHaveProperty('idempotencyKey');

    // A field RaiseIssueInput does not have, a wrong enum value, a missing
    // required field: none compiles (tsc -b checks this file).
    const check = () => {
      // @ts-expect-error courtyardId is not a field (it is courtyardID)
      void result.current.run('raise', { courtyardId: 'c1', category: 'DISPUTE', title: 't' });
      // @ts-expect-error NOISE is not an IssueCategory
      void result.current.run('raise', { courtyardID: 'c1', category: 'NOISE', title: 't' });
      // @ts-expect-error title is required
      void result.current.run('raise', { courtyardID: 'c1', category: 'DISPUTE' });
      // @ts-expect-error the outbox adds the idempotency key, not the form
      void result.current.run('raise', { courtyardID: 'c1', category: 'DISPUTE', title: 't', idempotencyKey: 'k' });
    };
    expect(check).toBeTypeOf('function');
  });
});
