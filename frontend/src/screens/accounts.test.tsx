// The accounts screen's states: loading, empty, error, an account added, a
// refusal shown at its fields, disabling and enabling, a dropped network
// retried with the same idempotency key.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeErrorResult, type Operation } from 'urql';
import { byName, clientAnswering, coded, conn, operationName, renderScreen } from '../test/harness';
import { setLocale } from '../i18n';
import { Accounts } from './Accounts';

afterEach(() => setLocale('zh-CN'));

type Row = {
  id: string;
  username: string;
  displayName: string | null;
  role: string;
  areaCode: string;
  disabled: boolean;
  lastLoginAt: string | null;
};
const row = (id: string, username: string, role: string, areaCode: string, disabled = false): Row => ({
  id,
  username,
  displayName: null,
  role,
  areaCode,
  disabled,
  lastLoginAt: null,
});
const adminRow = row('u1', 'admin', 'DISTRICT_ADMIN', '500154');
const noTokens = { apiTokens: [] };

function fill(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function input(op: Operation) {
  return (op.variables as { input: Record<string, unknown> }).input;
}

describe('accounts (administrator)', () => {
  it('shows loading while the accounts are on their way', async () => {
    const { client } = clientAnswering(byName({ ApiTokens: noTokens }));
    renderScreen(<Accounts />, { client, url: '/accounts' });
    expect(await screen.findAllByText('正在加载…')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: '新增账号' })).toBeTruthy();
  });

  it('says so when the district has no accounts', async () => {
    const { client } = clientAnswering(byName({ Users: { users: conn([]) }, ApiTokens: noTokens }));
    renderScreen(<Accounts />, { client, url: '/accounts' });
    expect(await screen.findByText('账号（0）')).toBeTruthy();
    expect(await screen.findByText('暂无数据')).toBeTruthy();
  });

  it("shows the server's error in Chinese, with a retry", async () => {
    const { client } = clientAnswering(byName({ Users: coded('FORBIDDEN'), ApiTokens: noTokens }));
    renderScreen(<Accounts />, { client, url: '/accounts' });
    expect(await screen.findByText(/当前账号无权进行此操作/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('adds an account with an idempotency key and lists it', async () => {
    let users = [adminRow];
    const sent: Record<string, unknown>[] = [];
    const { client } = clientAnswering(
      byName({
        Users: () => ({ users: conn(users) }),
        ApiTokens: noTokens,
        AddAccount: (op: Operation) => {
          sent.push(input(op));
          const u = row('u2', 'wang', 'TOWN_OFFICIAL', '500154101');
          users = [...users, u];
          return {
            addAccount: {
              user: { id: u.id, username: u.username, role: u.role, areaCode: u.areaCode, disabled: false },
              userErrors: [],
            },
          };
        },
      }),
    );
    renderScreen(<Accounts />, { client, url: '/accounts' });
    await screen.findByText('账号（1）');
    fill('用户名', 'wang');
    fill('初始密码', 'a-long-password');
    expect(screen.getByLabelText<HTMLSelectElement>('角色').value).toBe('TOWN_OFFICIAL');
    fill('辖区编码', '500154101');
    fireEvent.click(screen.getByRole('button', { name: '新增账号' }));
    expect(await screen.findByText('已新增账号 wang')).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      username: 'wang',
      password: 'a-long-password',
      role: 'TOWN_OFFICIAL',
      areaCode: '500154101',
    });
    expect(typeof sent[0].idempotencyKey).toBe('string');
    expect(sent[0]).not.toHaveProperty('residentId');
    const table = screen.getAllByRole('table')[0];
    expect(await within(table).findByText('wang')).toBeTruthy();
    // The password is not kept in the browser's storage.
    expect(JSON.stringify({ ...localStorage })).not.toContain('a-long-password');
  });

  it('shows each refusal at its field, in Chinese and in English', async () => {
    const { client } = clientAnswering(
      byName({
        Users: { users: conn([adminRow]) },
        ApiTokens: noTokens,
        AddAccount: {
          addAccount: {
            user: null,
            userErrors: [
              {
                field: ['input', 'password'],
                message: 'the password needs at least 10 characters',
                code: 'BAD_USER_INPUT',
              },
              {
                field: ['input', 'areaCode'],
                message: 'the area 500155001 is outside your district',
                code: 'FORBIDDEN',
              },
            ],
          },
        },
      }),
    );
    renderScreen(<Accounts />, { client, url: '/accounts' });
    await screen.findByText('账号（1）');
    fill('用户名', 'li');
    fill('初始密码', 'short');
    fill('辖区编码', '500155001');
    fireEvent.click(screen.getByRole('button', { name: '新增账号' }));
    expect(await screen.findByText('未保存：请按各栏下方的提示修改')).toBeTruthy();
    const password = screen.getByLabelText('初始密码');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(password.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent,
    ).toContain('密码至少需要 10 个字符');
    const area = screen.getByLabelText('辖区编码');
    expect(document.getElementById(area.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toContain(
      '该区域不在本账号辖区',
    );
    expect(screen.getByLabelText('用户名').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/已新增账号/)).toBeNull();
  });

  it("asks for the resident of a courtyard officer, with the courtyard's code as its area", async () => {
    let sent: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        Users: { users: conn([adminRow]) },
        ApiTokens: noTokens,
        CourtyardChoices: {
          courtyards: conn([
            { id: 'c1', code: '500154101201001', name: '水桶湾院坝', village: { id: 'v1', name: '三星村' } },
          ]),
        },
        CourtyardPeople: {
          node: {
            __typename: 'Courtyard',
            id: 'c1',
            name: '水桶湾院坝',
            village: { id: 'v1', name: '三星村' },
            households: conn([
              { id: 'h1', number: '01', headName: '张三', residents: conn([{ id: 'r1', name: '张三' }]) },
            ]),
          },
        },
        AddAccount: (op: Operation) => {
          sent = input(op);
          return {
            addAccount: {
              user: {
                id: 'u3',
                username: 'zhang',
                role: 'COURTYARD_OFFICER',
                areaCode: '500154101201001',
                disabled: false,
              },
              userErrors: [],
            },
          };
        },
      }),
    );
    renderScreen(<Accounts />, { client, url: '/accounts' });
    await screen.findByText('账号（1）');
    fireEvent.change(screen.getByLabelText('角色'), { target: { value: 'COURTYARD_OFFICER' } });
    fireEvent.change(await screen.findByLabelText('院坝'), { target: { value: 'c1' } });
    expect(screen.getByLabelText<HTMLInputElement>('辖区编码').value).toBe('500154101201001');
    await waitFor(() => expect(screen.getByRole('option', { name: '01 · 张三' })).toBeTruthy());
    fireEvent.change(screen.getByLabelText('居民'), { target: { value: 'r1' } });
    fill('用户名', 'zhang');
    fill('初始密码', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: '新增账号' }));
    expect(await screen.findByText('已新增账号 zhang')).toBeTruthy();
    expect(sent).toMatchObject({ role: 'COURTYARD_OFFICER', areaCode: '500154101201001', residentId: 'r1' });
  });

  it('sends the same key again after a dropped network, a new one for a new entry', async () => {
    const keys: unknown[] = [];
    let drop = true;
    const { client } = clientAnswering((op) => {
      const name = operationName(op);
      if (name === 'AddAccount') {
        keys.push(input(op).idempotencyKey);
        if (drop) {
          drop = false;
          return makeErrorResult(op, new TypeError('Failed to fetch'));
        }
        return byName({
          AddAccount: {
            addAccount: {
              user: { id: 'u2', username: 'wang', role: 'ANALYST', areaCode: '500154', disabled: false },
              userErrors: [],
            },
          },
        })(op);
      }
      return byName({ Users: { users: conn([adminRow]) }, ApiTokens: noTokens })(op);
    });
    renderScreen(<Accounts />, { client, url: '/accounts' });
    await screen.findByText('账号（1）');
    fireEvent.change(screen.getByLabelText('角色'), { target: { value: 'ANALYST' } });
    fill('用户名', 'wang');
    fill('初始密码', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: '新增账号' }));
    expect(await screen.findByText(/网络中断/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '新增账号' }));
    expect(await screen.findByText('已新增账号 wang')).toBeTruthy();
    fill('用户名', 'wang2');
    fill('初始密码', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: '新增账号' }));
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
  });

  it('disables an account and enables it again; not its own', async () => {
    let users = [adminRow, row('u2', 'wang', 'TOWN_OFFICIAL', '500154101')];
    const sent: Record<string, unknown>[] = [];
    const { client } = clientAnswering(
      byName({
        Users: () => ({ users: conn(users) }),
        ApiTokens: noTokens,
        SetAccountDisabled: (op: Operation) => {
          const i = input(op);
          sent.push(i);
          users = users.map((u) => (u.id === i.userId ? { ...u, disabled: i.disabled as boolean } : u));
          return { setAccountDisabled: { user: { id: i.userId, disabled: i.disabled }, userErrors: [] } };
        },
      }),
    );
    renderScreen(<Accounts />, { client, url: '/accounts' });
    await screen.findByText('账号（2）');
    expect(screen.queryByRole('button', { name: '停用 admin' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '停用 wang' }));
    await waitFor(() => expect(screen.getByTestId('account-state-wang').textContent).toBe('已停用'));
    fireEvent.click(await screen.findByRole('button', { name: '启用 wang' }));
    await waitFor(() => expect(screen.getByTestId('account-state-wang').textContent).toBe('正常'));
    expect(sent.map((i) => i.disabled)).toEqual([true, false]);
    expect(sent[0].idempotencyKey).not.toBe(sent[1].idempotencyKey);
  });

  it('shows a refused change of state beside the account, in English too', async () => {
    setLocale('en');
    const { client } = clientAnswering(
      byName({
        Users: { users: conn([adminRow, row('u2', 'wang', 'TOWN_OFFICIAL', '500154101')]) },
        ApiTokens: noTokens,
        SetAccountDisabled: {
          setAccountDisabled: {
            user: null,
            userErrors: [{ field: [], message: 'only a district administrator manages accounts', code: 'FORBIDDEN' }],
          },
        },
      }),
    );
    renderScreen(<Accounts />, { client, url: '/accounts' });
    await screen.findByText('Accounts (2)');
    fireEvent.click(screen.getByRole('button', { name: 'Disable wang' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This account may not do that.');
  });
});

describe('accounts (village cadre)', () => {
  it("adds a courtyard officer's account for a courtyard of the village, and no other role", async () => {
    let sent: Record<string, unknown> = {};
    const { client } = clientAnswering(
      byName({
        ApiTokens: noTokens,
        CourtyardChoices: {
          courtyards: conn([
            { id: 'c1', code: '500154101201001', name: '水桶湾院坝', village: { id: 'v1', name: '杨关村' } },
          ]),
        },
        CourtyardPeople: {
          node: {
            __typename: 'Courtyard',
            id: 'c1',
            name: '水桶湾院坝',
            village: { id: 'v1', name: '杨关村' },
            households: conn([
              { id: 'h1', number: '01', headName: '李四', residents: conn([{ id: 'r2', name: '李四' }]) },
            ]),
          },
        },
        AddAccount: (op: Operation) => {
          sent = input(op);
          return {
            addAccount: {
              user: {
                id: 'u4',
                username: 'li',
                role: 'COURTYARD_OFFICER',
                areaCode: '500154101201001',
                disabled: false,
              },
              userErrors: [],
            },
          };
        },
      }),
    );
    renderScreen(<Accounts />, {
      client,
      url: '/accounts',
      me: { username: 'cadre', displayName: null, role: 'VILLAGE_CADRE', areaCode: '500154101201' },
    });
    expect(await screen.findByText('新增院坝专员账号')).toBeTruthy();
    const roles = within(screen.getByLabelText<HTMLSelectElement>('角色')).getAllByRole('option');
    expect(roles.map((o) => o.textContent)).toEqual(['院坝干部']);
    fireEvent.change(await screen.findByLabelText('院坝'), { target: { value: 'c1' } });
    await waitFor(() => expect(screen.getByRole('option', { name: '01 · 李四' })).toBeTruthy());
    fireEvent.change(screen.getByLabelText('居民'), { target: { value: 'r2' } });
    fill('用户名', 'li');
    fill('初始密码', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: '新增账号' }));
    expect(await screen.findByText('已新增账号 li')).toBeTruthy();
    expect(sent).toMatchObject({ role: 'COURTYARD_OFFICER', areaCode: '500154101201001', residentId: 'r2' });
  });
});
