import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from 'urql';
import { byName, clientAnswering, conn, operationName } from '../test/harness';
import { renderScreen } from '../test/harness';
import { RaiseIssueForm } from './RaiseIssueForm';
import { AdvanceIssueForm } from './IssueDetail';
import { HandleTicketForm } from './TicketForms';
import { LectureForm, shanghaiInstant } from './LectureForm';
import { FormsMenu } from './FormsMenu';
import { clearOutbox, OUTBOX_STORAGE_KEY, reloadOutbox, setRetryDelay } from '../lib/outbox';
import { OutboxBanner } from './OutboxBanner';
import { makeErrorResult, makeResult } from 'urql';

beforeEach(() => {
  localStorage.clear();
  reloadOutbox();
  setRetryDelay(() => 1);
});
afterEach(() => clearOutbox());

const courtyards = {
  CourtyardChoices: { courtyards: conn([{ id: 'c1', name: '水桶湾院坝', village: { id: 'v1', name: '三星村' } }]) },
};

function issue(stage: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Issue',
    id: 'i1',
    title: '水管破裂',
    description: null,
    category: 'PUBLIC_FACILITY',
    stage,
    collectedAt: '2024-05-01T00:00:00Z',
    confirmedAt: null,
    visitedAt: null,
    decidedAt: null,
    executedAt: null,
    evaluatedAt: null,
    escalatedAt: null,
    escalationApprovedAt: null,
    closedAt: null,
    closeReason: null,
    scope: null,
    householdsVisited: null,
    decision: null,
    votesFor: null,
    votesAgainst: null,
    votesAbstain: null,
    votesPresent: null,
    collectiveFundFen: null,
    outcome: null,
    satisfied: null,
    emergencyAt: null,
    emergencyAction: null,
    customOutcome: null,
    courtyard: { id: 'c1', name: '水桶湾院坝', village: { id: 'v1', name: '三星村' }, households: { totalCount: 12 } },
    steps: [{ id: 's1', step: 'RAISED', at: '2024-05-01T00:00:00Z', notes: null, ratified: null, note: null }],
    ...extra,
  };
}

describe('raising an issue', () => {
  it('sends the input with an idempotency key and shows refusals by their code', async () => {
    let input: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        ...courtyards,
        RaiseIssue: (op: Operation) => {
          input = (op.variables as { input: Record<string, unknown> }).input;
          return {
            raiseIssue: {
              issue: null,
              userErrors: [
                {
                  field: ['input', 'courtyardID'],
                  message: 'this account does not serve the courtyard',
                  code: 'FORBIDDEN',
                },
              ],
            },
          };
        },
      }),
    );
    renderScreen(<RaiseIssueForm />, { client, url: '/forms/issue?courtyard=c1' });
    fireEvent.change(screen.getByLabelText('议题'), { target: { value: '水管破裂' } });
    fireEvent.click(screen.getByRole('button', { name: '收集议题' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('当前账号无权进行此操作');
    expect(alert.textContent).toContain('does not serve');
    expect(input).toMatchObject({ courtyardID: 'c1', category: 'PUBLIC_FACILITY', title: '水管破裂' });
    expect(typeof input.idempotencyKey).toBe('string');
    // A refusal is an answer: nothing is kept for retry.
    expect(JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '[]')).toEqual([]);
  });

  it('keeps the entry when the network drops and retries it with the same key', async () => {
    const keys: string[] = [];
    let calls = 0;
    const { client } = clientAnswering((op) => {
      if (operationName(op) === 'CourtyardChoices') return makeResult(op, { data: courtyards.CourtyardChoices });
      if (operationName(op) !== 'RaiseIssue') return undefined;
      keys.push((op.variables as { input: { idempotencyKey: string } }).input.idempotencyKey);
      calls++;
      if (calls <= 4) return makeErrorResult(op, new TypeError('Failed to fetch'));
      return makeResult(op, { data: { raiseIssue: { issue: { id: 'i9', stage: 'COLLECTED' }, userErrors: [] } } });
    });
    renderScreen(
      <>
        <OutboxBanner />
        <RaiseIssueForm />
      </>,
      { client, url: '/forms/issue?courtyard=c1' },
    );
    fireEvent.change(screen.getByLabelText('议题'), { target: { value: '路灯不亮' } });
    fireEvent.click(screen.getByRole('button', { name: '收集议题' }));
    expect((await screen.findByRole('alert')).textContent).toContain('网络中断');
    const kept = JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '[]') as {
      variables: { input: { title: string } };
    }[];
    expect(kept).toHaveLength(1);
    expect(kept[0].variables.input.title).toBe('路灯不亮');
    expect(screen.getByText(/1 条记录因网络中断尚未提交/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '立即重试' }));
    await waitFor(() => expect(JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '[]')).toEqual([]));
    expect(new Set(keys).size).toBe(1);
    expect(calls).toBe(5);
  });
});

describe('advancing an issue', () => {
  it('offers the step of its stage: confirm or dismiss when collected', async () => {
    const { client } = clientAnswering(
      byName({ IssueForField: undefined, IssueForForm: { node: issue('COLLECTED') } }),
    );
    renderScreen(<AdvanceIssueForm />, { client, url: '/forms/issue/i1', path: '/forms/issue/:id' });
    expect(await screen.findByRole('button', { name: '确定议题' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '不予立项' })).toBeTruthy();
    expect(screen.getByTestId('issue-stage').textContent).toBe('收集');
  });

  it('decides with a vote tally and says when the votes do not add up', async () => {
    let input: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        IssueForForm: { node: issue('VISITED') },
        DecideIssue: (op: Operation) => {
          input = (op.variables as { input: Record<string, unknown> }).input;
          return {
            decideIssue: {
              issue: null,
              userErrors: [{ field: ['input', 'householdsRepresented'], message: 'no quorum', code: 'BAD_USER_INPUT' }],
            },
          };
        },
      }),
    );
    renderScreen(<AdvanceIssueForm />, { client, url: '/forms/issue/i1', path: '/forms/issue/:id' });
    await screen.findByRole('button', { name: '院坝会议定' });
    expect(screen.getByText('本院坝共 12 户')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('到会人数'), { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText('到会户数'), { target: { value: '9' } });
    fireEvent.change(screen.getByLabelText('赞成'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('反对'), { target: { value: '2' } });
    expect(screen.getByText('票数合计 9，应等于到会人数 10')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('弃权'), { target: { value: '1' } });
    expect(screen.queryByText(/票数合计/)).toBeNull();
    fireEvent.change(screen.getByLabelText('议定事项'), { target: { value: '修水管' } });
    fireEvent.click(screen.getByRole('button', { name: '院坝会议定' }));
    expect((await screen.findByRole('alert')).textContent).toContain('no quorum');
    expect(input).toMatchObject({
      issueID: 'i1',
      residentsPresent: 10,
      householdsRepresented: 9,
      votesFor: 7,
      votesAgainst: 2,
      votesAbstain: 1,
      outcome: 'APPROVED',
    });
  });

  it('decides a custom by persuasion without a vote, ratifies the emergency and shows the rule', async () => {
    let input: Record<string, unknown> = {};
    const rule = {
      id: 'r1',
      majorityNumerator: 1,
      majorityDenominator: 2,
      quorumNumerator: 1,
      quorumDenominator: 2,
      fundThresholdFen: 300000,
      escalateCategories: null,
      emergencyCategories: null,
      persuasionCategories: ['CUSTOMS'],
      mediationCategories: null,
      village: null,
    };
    const { client } = clientAnswering(
      byName({
        IssueForForm: {
          node: issue('VISITED', {
            category: 'CUSTOMS',
            title: '无事酒',
            emergencyAt: '2024-05-01T02:00:00Z',
            emergencyAction: '先劝停了搭棚',
          }),
        },
        DeliberationRulesForForm: { deliberationRules: conn([rule]) },
        DecideIssue: (op: Operation) => {
          input = (op.variables as { input: Record<string, unknown> }).input;
          return { decideIssue: { issue: null, userErrors: [] } };
        },
      }),
    );
    renderScreen(<AdvanceIssueForm />, { client, url: '/forms/issue/i1', path: '/forms/issue/:id' });
    await screen.findByRole('button', { name: '院坝会议定' });
    expect((await screen.findByTestId('rule-summary')).textContent).toContain('可劝导议定（不表决）：移风易俗');
    expect(screen.getByLabelText<HTMLSelectElement>('议定方式').value).toBe('PERSUASION');
    fireEvent.change(screen.getByLabelText('到会人数'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('到会户数'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('议定事项'), { target: { value: '主家同意不办' } });
    fireEvent.change(screen.getByLabelText('移风易俗结果'), { target: { value: 'STOPPED' } });
    fireEvent.change(screen.getByLabelText('备注'), { target: { value: '省下的钱交学费' } });
    fireEvent.click(screen.getByRole('button', { name: '院坝会议定' }));
    await waitFor(() => expect(input.method).toBe('PERSUASION'));
    expect(input).toMatchObject({
      residentsPresent: 3,
      customOutcome: 'STOPPED',
      ratified: true,
      note: '省下的钱交学费',
    });
    expect(input.votesFor).toBeUndefined();
  });

  it('shows a finished issue as done', async () => {
    const { client } = clientAnswering(byName({ IssueForForm: { node: issue('EVALUATED', { satisfied: true }) } }));
    renderScreen(<AdvanceIssueForm />, { client, url: '/forms/issue/i1', path: '/forms/issue/:id' });
    expect((await screen.findByTestId('issue-done')).textContent).toContain('满意');
  });
});

describe('tickets', () => {
  const ticket = (status: string, more: Record<string, unknown> = {}) => ({
    __typename: 'Ticket',
    id: 'k1',
    status,
    mode: 'END_TO_END',
    submittedAt: '2024-05-01T00:00:00Z',
    acceptedAt: null,
    dueAt: status === 'SUBMITTED' ? null : '2099-01-01T00:00:00Z',
    completedAt: null,
    overdue: false,
    documentsReceived: ['身份证'],
    waitingForDocuments: false,
    missingDocuments: [],
    missingDocumentsNote: null,
    note: null,
    handedTo: null,
    reason: null,
    serviceType: { id: 's1', name: '低保申请', requiredDocuments: ['身份证'], timeLimitDays: 7 },
    applicant: { id: 'p1', name: '王**' },
    courtyard: { id: 'c1', name: '水桶湾院坝' },
    ...more,
  });

  it('completing shows the rating code for the resident', async () => {
    let status = 'ACCEPTED';
    const { client } = clientAnswering(
      byName({
        TicketForForm: () => ({ node: ticket(status) }),
        CompleteTicket: () => {
          status = 'COMPLETED';
          return { completeTicket: { ticket: ticket('COMPLETED'), ratingCode: 'K7M2QX', userErrors: [] } };
        },
      }),
    );
    renderScreen(<HandleTicketForm />, { client, url: '/forms/ticket/k1', path: '/forms/ticket/:id' });
    fireEvent.click(await screen.findByRole('button', { name: '办结' }));
    expect((await screen.findByTestId('rating-code')).textContent).toBe('K7M2QX');
    expect(screen.getByRole('link', { name: '打开评价页' }).getAttribute('href')).toBe('/rate/K7M2QX');
  });

  it('a submitted ticket is accepted first', async () => {
    const { client } = clientAnswering(byName({ TicketForForm: { node: ticket('SUBMITTED') } }));
    renderScreen(<HandleTicketForm />, { client, url: '/forms/ticket/k1', path: '/forms/ticket/:id' });
    expect(await screen.findByRole('button', { name: '受理' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '办结' })).toBeNull();
    expect(screen.getByText('待受理', { selector: 'dd span' })).toBeTruthy();
  });

  it('a ticket missing documents asks for the 补正 note and offers 补交材料', async () => {
    const waiting = { waitingForDocuments: true, missingDocuments: ['收入证明', '申请书'] };
    const { client } = clientAnswering(byName({ TicketForForm: { node: ticket('SUBMITTED', waiting) } }));
    renderScreen(<HandleTicketForm />, { client, url: '/forms/ticket/k1', path: '/forms/ticket/:id' });
    expect((await screen.findByTestId('missing-documents')).textContent).toContain('收入证明、申请书');
    const note = screen.getByLabelText('补正告知');
    expect(note.hasAttribute('required')).toBe(true);
    expect(screen.getByRole('button', { name: '补交材料' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '申请书' })).toBeTruthy();
  });
});

describe('lecture form', () => {
  it('takes the time in Shanghai and offers the village themes of that quarter', async () => {
    expect(shanghaiInstant('2024-07-01T07:30')).toBe('2024-06-30T23:30:00Z');
    let quarter = '';
    const { client } = clientAnswering(
      byName({
        ...courtyards,
        CourtyardPeople: {
          node: {
            __typename: 'Courtyard',
            id: 'c1',
            name: '水桶湾院坝',
            village: { id: 'v1', name: '三星村' },
            households: conn([]),
          },
        },
        LectureThemes: (op: Operation) => {
          quarter = (op.variables as { quarter: string }).quarter;
          return { quarterThemes: conn([{ id: 'q1', topic: { id: 't1', name: '法律' }, title: '民法典进院坝' }]) };
        },
      }),
    );
    renderScreen(<LectureForm />, { client, url: '/forms/lecture?courtyard=c1' });
    fireEvent.change(screen.getByLabelText('宣讲时间'), { target: { value: '2024-05-10T19:30' } });
    await waitFor(() => expect(quarter).toBe('2024Q2'));
    expect(await screen.findByRole('option', { name: '法律 · 民法典进院坝' })).toBeTruthy();
  });

  it('opened from the home with ?theme= has that theme chosen', async () => {
    const { client } = clientAnswering(
      byName({
        ...courtyards,
        CourtyardPeople: {
          node: {
            __typename: 'Courtyard',
            id: 'c1',
            name: '水桶湾院坝',
            village: { id: 'v1', name: '三星村' },
            households: conn([]),
          },
        },
        LectureThemes: {
          quarterThemes: conn([
            { id: 'q1', topic: { id: 't1', name: '法律' }, title: '民法典进院坝' },
            { id: 'q2', topic: { id: 't2', name: '安全' }, title: '防溺水' },
          ]),
        },
      }),
    );
    renderScreen(<LectureForm />, { client, url: '/forms/lecture?theme=q2&courtyard=c1' });
    await screen.findByRole('option', { name: '安全 · 防溺水' });
    expect(screen.getByLabelText<HTMLSelectElement>(/主题（/).value).toBe('q2');
  });
});

it('the forms menu reaches every officer workflow', () => {
  const { client } = clientAnswering(() => undefined);
  renderScreen(<FormsMenu />, { client, url: '/forms' });
  expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
    '/forms/issue',
    '/boards/issues',
    '/forms/ticket',
    '/boards/tickets',
    '/forms/lecture',
    '/forms/points',
    '/forms/redeem',
    '/rate',
  ]);
});

describe('points', () => {
  const choices = {
    ...courtyards,
    PointsChoices: {
      node: {
        __typename: 'Courtyard',
        id: 'c1',
        name: '水桶湾院坝',
        village: {
          id: 'v1',
          name: '大坪村',
          supermarketItems: conn([{ id: 'rice', name: '大米 10 斤', pointsCost: 40, stock: 3 }]),
        },
        households: conn([{ id: 'h1', number: '007', headName: '付**', pointBalance: 216 }]),
      },
      pointRules: conn([{ id: 'r1', code: 'GIVE_LAND', name: '让地修路', points: 20 }]),
    },
  };

  it('awards points under a rule', async () => {
    let input: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        ...choices,
        AwardPoints: (op: Operation) => {
          input = (op.variables as { input: Record<string, unknown> }).input;
          return {
            awardPoints: {
              pointEntry: { id: 'e1', points: 20, status: 'CONFIRMED', household: { id: 'h1', pointBalance: 236 } },
              userErrors: [],
            },
          };
        },
      }),
    );
    const { AwardPointsForm } = await import('./PointsForms');
    renderScreen(<AwardPointsForm />, { client, url: '/forms/points?courtyard=c1' });
    fireEvent.change(await screen.findByLabelText('农户'), { target: { value: 'h1' } });
    fireEvent.change(screen.getByLabelText('积分规则'), { target: { value: 'r1' } });
    fireEvent.click(screen.getByRole('button', { name: '积分登记' }));
    expect((await screen.findByText(/已记录 20 分/)).textContent).toContain('余额 236 分');
    expect(input).toMatchObject({ householdID: 'h1', ruleID: 'r1' });
    expect(typeof input.idempotencyKey).toBe('string');
  });

  it('redeems goods; a refusal (balance or stock short) says why', async () => {
    const { client } = clientAnswering(
      byName({
        ...choices,
        RedeemPoints: {
          redeemPoints: {
            household: null,
            redemptions: [],
            userErrors: [{ field: ['input', 'items'], message: 'only 2 left', code: 'CONFLICT' }],
          },
        },
      }),
    );
    const { RedeemForm } = await import('./PointsForms');
    renderScreen(<RedeemForm />, { client, url: '/forms/redeem?courtyard=c1' });
    fireEvent.change(await screen.findByLabelText('农户'), { target: { value: 'h1' } });
    fireEvent.change(screen.getByLabelText(/大米 10 斤/), { target: { value: '2' } });
    expect(screen.getByTestId('redeem-summary').textContent).toBe('合计 80 分，当前余额 216 分');
    fireEvent.click(screen.getByRole('button', { name: '积分兑换' }));
    expect((await screen.findByRole('alert')).textContent).toContain('only 2 left');
  });
});

describe('a points proposal opened from the home (?entry=)', () => {
  const proposal = (status: string) => ({
    node: {
      __typename: 'PointEntry',
      id: 'e9',
      points: 3,
      reason: '义务清扫院坝',
      status,
      awardedAt: '2024-05-01T00:00:00Z',
      courtyard: { id: 'c1', name: '水桶湾院坝', village: { id: 'v1', name: '大坪村' } },
      household: { id: 'h1', number: '007', headName: '付**', pointBalance: 216 },
      rule: null,
      proposedBy: { id: 'u1', username: 'officer', displayName: '张院坝长' },
    },
  });

  it('three taps on 确认 confirm it once; then neither button is offered', async () => {
    const sent: Operation[] = [];
    const { client } = clientAnswering(
      byName({
        PointProposal: proposal('PROPOSED'),
        ConfirmPointEntry: (op: Operation) => {
          sent.push(op);
          return {
            confirmPointEntry: {
              pointEntry: {
                __typename: 'PointEntry',
                id: 'e9',
                status: 'CONFIRMED',
                decidedAt: '2024-05-02T00:00:00Z',
                household: { id: 'h1', pointBalance: 219 },
              },
              userErrors: [],
            },
          };
        },
      }),
    );
    const { AwardPointsForm } = await import('./PointsForms');
    renderScreen(<AwardPointsForm />, { client, url: '/forms/points?entry=e9' });
    expect((await screen.findByTestId('proposal-status')).textContent).toContain('待确认');
    expect(screen.getByTestId('points-proposal').textContent).toContain('张院坝长 提出');
    const confirm = screen.getByRole('button', { name: '确认' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: '驳回' }));
    await waitFor(() => expect(screen.getByTestId('proposal-status').textContent).toContain('已确认'));
    expect(sent).toHaveLength(1);
    expect(sent[0].variables).toMatchObject({ input: { id: 'e9' } });
    expect(screen.queryByRole('button', { name: '确认' })).toBeNull();
    expect(screen.queryByRole('button', { name: '驳回' })).toBeNull();
    expect(screen.getByTestId('points-proposal').textContent).toContain('余额 219 分');
  });

  it('shows the refusal of a reject (the proposer may not decide) and keeps the buttons', async () => {
    const { client } = clientAnswering(
      byName({
        PointProposal: proposal('PROPOSED'),
        RejectPointEntry: {
          rejectPointEntry: {
            pointEntry: null,
            userErrors: [{ field: ['input', 'id'], message: 'four eyes', code: 'FORBIDDEN' }],
          },
        },
      }),
    );
    const { AwardPointsForm } = await import('./PointsForms');
    renderScreen(<AwardPointsForm />, { client, url: '/forms/points?entry=e9' });
    fireEvent.click(await screen.findByRole('button', { name: '驳回' }));
    expect((await screen.findByRole('alert')).textContent).toContain('four eyes');
    expect(screen.getByRole('button', { name: '确认' })).toBeTruthy();
  });

  it('an entry decided already is shown without buttons', async () => {
    const { client } = clientAnswering(byName({ PointProposal: proposal('REJECTED') }));
    const { AwardPointsForm } = await import('./PointsForms');
    renderScreen(<AwardPointsForm />, { client, url: '/forms/points?entry=e9' });
    expect((await screen.findByTestId('proposal-status')).textContent).toContain('已驳回');
    expect(screen.getByText('这条积分已审核，无需再确认')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '确认' })).toBeNull();
  });
});

describe('one entry per intention', () => {
  const households = conn([
    { id: 'h1', number: '007', headName: '付**', pointBalance: 216 },
    { id: 'h2', number: '008', headName: '李**', pointBalance: 30 },
  ]);
  const choices = {
    CourtyardChoices: { courtyards: conn([]) },
    ChosenCourtyard: {
      node: {
        __typename: 'Courtyard',
        id: 'c1',
        code: '500154',
        name: '水桶湾院坝',
        village: { id: 'v1', name: '大坪村' },
      },
    },
    PointsChoices: {
      node: {
        __typename: 'Courtyard',
        id: 'c1',
        name: '水桶湾院坝',
        village: { id: 'v1', name: '大坪村', supermarketItems: conn([]) },
        households,
      },
      pointRules: conn([{ id: 'r1', code: 'GIVE_LAND', name: '让地修路', points: 2 }]),
    },
  };

  it('three fast taps on 积分登记 send one mutation; the form then resets and the next one has a new key', async () => {
    const keys: string[] = [];
    const { client } = clientAnswering(
      byName({
        ...choices,
        AwardPoints: (op: Operation) => {
          keys.push((op.variables as { input: { idempotencyKey: string } }).input.idempotencyKey);
          return {
            awardPoints: {
              pointEntry: {
                id: `e${keys.length}`,
                points: 2,
                status: 'CONFIRMED',
                household: { id: 'h1', number: '007', headName: '付**', pointBalance: 216 + 2 * keys.length },
              },
              userErrors: [],
            },
          };
        },
      }),
    );
    const { AwardPointsForm } = await import('./PointsForms');
    renderScreen(<AwardPointsForm />, { client, url: '/forms/points?courtyard=c1' });
    // Opened from the courtyard's page: the courtyard by name, not （已选）.
    const courtyard = await screen.findByRole('option', { name: '大坪村 · 水桶湾院坝' });
    expect((courtyard as HTMLOptionElement).selected).toBe(true);
    expect(screen.queryByText('（已选）')).toBeNull();
    fireEvent.change(await screen.findByLabelText('农户'), { target: { value: 'h1' } });
    fireEvent.change(screen.getByLabelText('积分规则'), { target: { value: 'r1' } });
    const button = screen.getByRole<HTMLButtonElement>('button', { name: '积分登记' });
    // Three taps in the same moment, before React re-renders the button.
    act(() => {
      button.click();
      button.click();
      button.click();
    });
    expect((await screen.findByTestId('points-recorded')).textContent).toBe(
      '007 付**：已记录 2 分（已确认） · 余额 218 分',
    );
    expect(keys).toHaveLength(1);
    // Recorded: the form is empty again and a late tap records nothing.
    expect(screen.getByLabelText<HTMLSelectElement>('农户').value).toBe('');
    expect(screen.getByLabelText<HTMLSelectElement>('积分规则').value).toBe('');
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(keys).toHaveLength(1);
    // The next intention is a new entry, with a new key.
    fireEvent.change(screen.getByLabelText('农户'), { target: { value: 'h1' } });
    fireEvent.change(screen.getByLabelText('积分规则'), { target: { value: 'r1' } });
    fireEvent.click(button);
    await screen.findByText(/余额 220 分/);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('a basket over the balance is not sent', async () => {
    let sent = 0;
    const { client } = clientAnswering(
      byName({
        ...choices,
        PointsChoices: {
          ...choices.PointsChoices,
          node: {
            ...choices.PointsChoices.node,
            village: {
              id: 'v1',
              name: '大坪村',
              supermarketItems: conn([{ id: 'oil', name: '菜籽油 5 升', pointsCost: 20, stock: 9 }]),
            },
          },
        },
        RedeemPoints: () => {
          sent++;
          return { redeemPoints: { household: null, redemptions: [], userErrors: [] } };
        },
      }),
    );
    const { RedeemForm } = await import('./PointsForms');
    renderScreen(<RedeemForm />, { client, url: '/forms/redeem?courtyard=c1' });
    await screen.findByRole('option', { name: /008 李\*\*/ });
    fireEvent.change(screen.getByLabelText('农户'), { target: { value: 'h2' } });
    fireEvent.change(screen.getByLabelText(/菜籽油/), { target: { value: '2' } });
    expect(screen.getByTestId('redeem-problem').textContent).toBe('合计 40 分，超出余额 30 分');
    const button = screen.getByRole<HTMLButtonElement>('button', { name: '积分兑换' });
    expect(button.disabled).toBe(true);
    fireEvent.submit(button.closest('form')!);
    expect(sent).toBe(0);
    fireEvent.change(screen.getByLabelText(/菜籽油/), { target: { value: '1' } });
    expect(screen.queryByTestId('redeem-problem')).toBeNull();
    expect(button.disabled).toBe(false);
  });

  it('finds a household by number or head of household in a long list', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `h${i}`,
      number: String(i + 1).padStart(3, '0'),
      headName: i === 22 ? '谭**' : '王**',
      pointBalance: 0,
    }));
    const { client } = clientAnswering(
      byName({
        ...choices,
        PointsChoices: { ...choices.PointsChoices, node: { ...choices.PointsChoices.node, households: conn(many) } },
      }),
    );
    const { AwardPointsForm } = await import('./PointsForms');
    renderScreen(<AwardPointsForm />, { client, url: '/forms/points?courtyard=c1' });
    await screen.findByRole('option', { name: /040 王\*\*/ });
    fireEvent.change(screen.getByLabelText('按户号或户主查找'), { target: { value: '谭' } });
    const options = screen.getAllByRole('option').filter((o) => o.closest('select') === screen.getByLabelText('农户'));
    expect(options.map((o) => o.textContent)).toEqual(['找到 1 户，请选择', '023 谭**（余额 0 分）']);
  });
});

describe('lecture speaker', () => {
  it('offers the publicist serving then or a guest, not every resident', async () => {
    let input: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        ...courtyards,
        CourtyardPeople: {
          node: {
            __typename: 'Courtyard',
            id: 'c1',
            name: '水桶湾院坝',
            village: { id: 'v1', name: '三星村' },
            households: conn([
              { id: 'h1', number: '001', headName: '王**', residents: conn([{ id: 'p1', name: '王**' }]) },
            ]),
          },
        },
        LecturePublicists: {
          node: {
            __typename: 'Courtyard',
            id: 'c1',
            roleAssignments: conn([
              { id: 'a2', startedAt: '2024-06-01T00:00:00Z', endedAt: null, resident: { id: 'p9', name: '陈宣' } },
              {
                id: 'a1',
                startedAt: '2023-01-01T00:00:00Z',
                endedAt: '2024-06-01T00:00:00Z',
                resident: { id: 'p8', name: '周旧' },
              },
            ]),
          },
        },
        LectureThemes: { quarterThemes: conn([{ id: 'q1', topic: { id: 't1', name: '法律' }, title: '民法典' }]) },
        RecordLecture: (op: Operation) => {
          input = (op.variables as { input: Record<string, unknown> }).input;
          return {
            recordLecture: { session: { id: 's1', heldAt: '', attendance: 20 }, ratingCodes: [], userErrors: [] },
          };
        },
      }),
    );
    renderScreen(<LectureForm />, { client, url: '/forms/lecture?courtyard=c1' });
    fireEvent.change(screen.getByLabelText('宣讲时间'), { target: { value: '2024-05-10T19:30' } });
    const speaker = screen.getByLabelText<HTMLSelectElement>('宣讲人');
    await waitFor(() => expect(speaker.value).toBe('p8'));
    expect([...speaker.options].map((o) => o.textContent)).toEqual(['周旧（院坝宣传员）', '外请宣讲人']);
    fireEvent.change(screen.getByLabelText('宣讲时间'), { target: { value: '2024-06-10T19:30' } });
    await waitFor(() => expect(speaker.value).toBe('p9'));
    expect(screen.queryByLabelText('外请宣讲人姓名')).toBeNull();
    fireEvent.change(speaker, { target: { value: 'guest' } });
    expect(screen.getByLabelText('外请宣讲人姓名').hasAttribute('required')).toBe(true);
    fireEvent.change(speaker, { target: { value: 'p9' } });
    fireEvent.change(await screen.findByLabelText(/^主题/), { target: { value: 'q1' } });
    fireEvent.change(screen.getByLabelText('参加人数'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: '记录宣讲' }));
    await waitFor(() => expect(input.speakerId).toBe('p9'));
    expect(input.speakerName).toBeUndefined();
    // Recorded: the form is empty again for the next lecture.
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('参加人数').value).toBe(''));
  });
});

describe('deciding checks the rule first', () => {
  it('an approval without quorum is not sent and says what the rule needs', async () => {
    let sent = 0;
    const rule = {
      id: 'r1',
      majorityNumerator: 1,
      majorityDenominator: 2,
      quorumNumerator: 2,
      quorumDenominator: 3,
      fundThresholdFen: 300000,
      escalateCategories: null,
      emergencyCategories: null,
      persuasionCategories: null,
      mediationCategories: null,
      village: null,
    };
    const { client } = clientAnswering(
      byName({
        IssueForForm: { node: issue('VISITED') },
        DeliberationRulesForForm: { deliberationRules: conn([rule]) },
        DecideIssue: () => {
          sent++;
          return { decideIssue: { issue: null, userErrors: [] } };
        },
      }),
    );
    renderScreen(<AdvanceIssueForm />, { client, url: '/forms/issue/i1', path: '/forms/issue/:id' });
    await screen.findByTestId('rule-summary');
    fireEvent.change(screen.getByLabelText('到会人数'), { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText('到会户数'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('赞成'), { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('反对'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('弃权'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('议定事项'), { target: { value: '修水管' } });
    expect(screen.getByText('未达法定户数：到会 7 户 / 共 12 户，规则要求 2/3；可改为“暂缓”')).toBeTruthy();
    const button = screen.getByRole<HTMLButtonElement>('button', { name: '院坝会议定' });
    expect(button.disabled).toBe(true);
    fireEvent.submit(button.closest('form')!);
    expect(sent).toBe(0);
    fireEvent.change(screen.getByLabelText('到会户数'), { target: { value: '8' } });
    expect(screen.queryByText(/未达法定户数/)).toBeNull();
    fireEvent.click(button);
    await waitFor(() => expect(sent).toBe(1));
  });
});

describe('submitting a ticket', () => {
  it("offers the service type's modes, says which documents are missing and finds the applicant", async () => {
    let input: Record<string, unknown> = {};
    const households = Array.from({ length: 15 }, (_, i) => ({
      id: `h${i}`,
      number: String(i + 1).padStart(3, '0'),
      headName: i === 9 ? '谭**' : '王**',
      residents: conn([{ id: `p${i}`, name: i === 9 ? '谭小*' : '王小*' }]),
    }));
    const { client } = clientAnswering(
      byName({
        ...courtyards,
        CourtyardPeople: {
          node: {
            __typename: 'Courtyard',
            id: 'c1',
            name: '水桶湾院坝',
            village: { id: 'v1', name: '三星村' },
            households: conn(households),
          },
        },
        TicketServiceTypes: {
          serviceTypes: conn([
            {
              id: 's1',
              name: '低保申请',
              requiredDocuments: ['身份证', '收入证明'],
              timeLimitDays: 30,
              modes: ['ON_SITE', 'ASSISTED'],
            },
          ]),
        },
        SubmitTicket: (op: Operation) => {
          input = (op.variables as { input: Record<string, unknown> }).input;
          return { submitTicket: { ticket: null, userErrors: [] } };
        },
      }),
    );
    const { SubmitTicketForm } = await import('./TicketForms');
    renderScreen(<SubmitTicketForm />, { client, url: '/forms/ticket?courtyard=c1' });
    await screen.findAllByRole('option', { name: '王小*' });
    fireEvent.change(await screen.findByLabelText('按户号或姓名查找'), { target: { value: '谭' } });
    const applicant = screen.getByLabelText<HTMLSelectElement>('申请人');
    expect([...applicant.options].map((o) => o.textContent)).toEqual(['找到 1 户，请选择', '谭小*']);
    fireEvent.change(applicant, { target: { value: 'p9' } });
    fireEvent.change(await screen.findByLabelText('代办事项'), { target: { value: 's1' } });
    const mode = screen.getByLabelText<HTMLSelectElement>('办理方式');
    expect([...mode.options].map((o) => o.value)).toEqual(['ON_SITE', 'ASSISTED']);
    fireEvent.click(screen.getByRole('checkbox', { name: '身份证' }));
    expect(screen.getByTestId('ticket-missing').textContent).toBe('尚缺：收入证明（受理时须填写补正告知）');
    fireEvent.click(screen.getByRole('button', { name: '代办登记' }));
    await waitFor(() => expect(input.applicantId).toBe('p9'));
    expect(input).toMatchObject({ serviceTypeId: 's1', mode: 'ON_SITE', documentsReceived: ['身份证'] });
  });
});
