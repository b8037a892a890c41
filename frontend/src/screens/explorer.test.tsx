// The data explorer's states: the examples loading, failing, and shown as
// GraphiQL's tabs and as a list (GraphiQL itself, a lazy chunk with Monaco,
// is replaced here by a stand-in that shows what it was given).
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientAnswering, renderScreen } from '../test/harness';
import { Explorer } from './Explorer';
import { EXAMPLES_URL, type ExampleSet } from './examples';

vi.mock('./GraphiQLPanel', () => ({
  default: ({ set }: { set: ExampleSet }) => (
    <div data-testid="graphiql">
      {set.version}: {set.examples.map((e) => e.name).join(',')}
    </div>
  ),
}));

const set: ExampleSet = {
  version: 'ab12cd34',
  examples: [
    {
      name: 'Overview',
      title: '概览：本季度与上季度 · Headline figures',
      query: '# 概览\nquery Overview($period: String!) { overview(period: $period) { period } }\n',
      variables: '{"period": "2026Q2"}',
    },
    {
      name: 'OverdueTickets',
      title: '逾期未办结的代办事项 · Open tickets past their due time',
      query: '# 逾期\nquery OverdueTickets { tickets { totalCount } }\n',
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

function serve(answer: () => Promise<Response>) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      calls.push(url);
      return answer();
    }),
  );
  return calls;
}

describe('the data explorer', () => {
  it('shows loading while the examples are on their way', () => {
    serve(() => new Promise(() => {}));
    renderScreen(<Explorer />, { client: clientAnswering(() => undefined).client, url: '/explorer' });
    expect(screen.getByText('正在加载…').getAttribute('role')).toBe('status');
    expect(screen.queryByTestId('graphiql')).toBeNull();
    expect(screen.getAllByRole('button', { name: '导出 CSV' }).length).toBeGreaterThan(5);
  });

  it('says so when the examples cannot be loaded', async () => {
    serve(async () => new Response('no', { status: 500 }));
    renderScreen(<Explorer />, { client: clientAnswering(() => undefined).client, url: '/explorer' });
    expect((await screen.findByRole('alert')).textContent).toBe('示例查询加载失败：HTTP 500');
  });

  it("opens GraphiQL with the server's examples as tabs, and lists them to copy", async () => {
    const calls = serve(
      async () => new Response(JSON.stringify(set), { headers: { 'content-type': 'application/json' } }),
    );
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderScreen(<Explorer />, { client: clientAnswering(() => undefined).client, url: '/explorer' });
    expect((await screen.findByTestId('graphiql')).textContent).toBe('ab12cd34: Overview,OverdueTickets');
    expect(calls).toEqual([EXAMPLES_URL]);
    expect(screen.getByText('逾期未办结的代办事项 · Open tickets past their due time')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '复制 OverdueTickets' }));
    expect(writeText).toHaveBeenCalledWith(set.examples[1].query);
    expect(await screen.findByText('已复制')).toBeTruthy();
  });
});
