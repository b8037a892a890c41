import { describe, expect, it } from 'vitest';
import { parseSSE } from './live';

describe('parseSSE', () => {
  it('splits events, skips comments and keeps the unfinished rest', () => {
    const { events, rest } = parseSSE(':\n\nevent: next\ndata: {"data":{"areaChanged":{"count":2}}}\n\nevent: comp');
    expect(events).toEqual([{ event: 'next', data: '{"data":{"areaChanged":{"count":2}}}' }]);
    expect(rest).toBe('event: comp');
    const more = parseSSE(rest + 'lete\n\n');
    expect(more.events).toEqual([{ event: 'complete', data: '' }]);
  });
  it('joins multi-line data and reads CRLF', () => {
    expect(parseSSE('event: next\r\ndata: a\r\ndata: b:c\r\n\r\n').events).toEqual([{ event: 'next', data: 'a\nb:c' }]);
  });
});
