import { describe, expect, it } from 'vitest';
import graphqlTypes from './gql/graphql.ts?raw';
import { enumLabels } from './labels.gen';

// The one label table: every enum value's label comes from labels.gen.ts,
// generated from internal/label (the table the exports, the schema's
// descriptions and enumLabels read). This fails when the SPA labels a GraphQL
// enum value itself, e.g. `'enum.TicketStatus.SUBMITTED': ['待受理', …]` or
// `{ SUBMITTED: '待受理' }`: a key naming an enum value with Chinese text.
// ErrorCode is left out: its messages are internal/apierr's table (errors.ts).

/** Each GraphQL enum of the generated types (gql/graphql.ts) with its values. */
function graphqlEnums(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of graphqlTypes.matchAll(
    /^export type (\w+) =\n((?:\s*(?:\/\*\*.*\*\/|\| '[A-Z][A-Z0-9_]*';?)\n)+)/gm,
  )) {
    out.set(
      m[1],
      [...m[2].matchAll(/\| '([A-Z][A-Z0-9_]*)'/g)].map((v) => v[1]),
    );
  }
  return out;
}

/**
 * The SPA's hand-written source files by path (not the generated ones: gql/
 * and labels.gen.ts; not tests, which hold the labels they expect).
 */
const sources = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['./**/*.{ts,tsx}', '!./gql/**', '!./**/*.test.{ts,tsx}', '!./labels.gen.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ),
);

/** The places in text where an enum value is the key of a Chinese text: its own label. */
export function ownLabels(text: string, values: Set<string>): string[] {
  const found: string[] = [];
  const key = /(?:['"`]([\w.]+)['"`]|\b([A-Z][A-Z0-9_]*))\s*[:,]\s*\[?\s*['"`]([^'"`]*)['"`]/g;
  for (const m of text.matchAll(key)) {
    const name = m[1] ?? m[2];
    const last = name.split('.').pop() ?? '';
    if ((name.startsWith('enum.') || values.has(last)) && /\p{Script=Han}/u.test(m[3])) found.push(m[0]);
  }
  return found;
}

describe('enum labels', () => {
  const enums = graphqlEnums();
  const values = new Set([...enums].filter(([name]) => name !== 'ErrorCode').flatMap(([, vs]) => vs));

  it('reads the GraphQL enums of the generated types', () => {
    expect(enums.get('TicketStatus')).toContain('SUBMITTED');
    expect(enums.get('UserRole')).toContain('COURTYARD_OFFICER');
    expect(values.size).toBeGreaterThan(50);
  });

  it('finds a label of its own in the shapes the SPA writes them', () => {
    expect(ownLabels(`'enum.TicketStatus.SUBMITTED': ['待受理', 'Submitted'],`, values)).toHaveLength(1);
    expect(ownLabels(`'role.TOWN_OFFICIAL': '乡镇干部',`, values)).toHaveLength(1);
    expect(ownLabels(`{ ASSISTED: "协助办" }`, values)).toHaveLength(1);
    expect(ownLabels(`new Map([['SUBMITTED', '待受理']])`, values)).toHaveLength(1);
    expect(ownLabels(`'tickets.notAccepted': ['待受理', 'Not yet accepted'],`, values)).toHaveLength(0);
    expect(ownLabels(`{ SUBMITTED: 'warn' }`, values)).toHaveLength(0);
  });

  it('are not defined by the SPA: every one comes from labels.gen.ts', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(Object.keys(sources)).toContain('./messages.ts');
    const own = Object.entries(sources).flatMap(([path, text]) => ownLabels(text, values).map((m) => `${path}: ${m}`));
    expect(own).toEqual([]);
  });

  it('has a label for every value of every GraphQL enum the table knows', () => {
    const table = enumLabels as Record<string, Record<string, readonly [string, string]>>;
    for (const [name, labels] of Object.entries(table)) {
      const vs = enums.get(name);
      if (vs) expect(Object.keys(labels).sort(), name).toEqual([...vs].sort());
    }
    expect(Object.keys(table)).toContain('TicketStatus');
  });
});
