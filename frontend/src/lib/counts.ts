// Counts from the server: one request asks for many `totalCount`s, each an
// alias over a root connection with its own `where` (the server counts in SQL,
// scoped to the account's area). The documents are built at run time because
// the aliases depend on the screen (months, categories, children areas).
import { gql, useQuery } from 'urql';
import { useMemo } from 'react';

/** A root connection that can be counted, and the name of its filter input. */
export const countable = {
  courtyards: 'CourtyardWhereInput',
  villages: 'VillageWhereInput',
  towns: 'TownWhereInput',
  households: 'HouseholdWhereInput',
  residents: 'ResidentWhereInput',
  roleAssignments: 'RoleAssignmentWhereInput',
  issues: 'IssueWhereInput',
  ideas: 'IdeaWhereInput',
  tickets: 'TicketWhereInput',
  sessions: 'SessionWhereInput',
  ratings: 'RatingWhereInput',
  grants: 'GrantWhereInput',
  awards: 'AwardWhereInput',
  pointEntries: 'PointEntryWhereInput',
  pointRedemptions: 'PointRedemptionWhereInput',
  quarterThemes: 'QuarterThemeWhereInput',
} as const;
export type Countable = keyof typeof countable;

/** One count to ask for: a key (the caller's name for it), what, and which rows. */
export interface CountSpec {
  key: string;
  of: Countable;
  where: Record<string, unknown>;
}

/** The query document and variables asking for every spec's count. */
export function countsDocument(specs: CountSpec[]): { query: string; variables: Record<string, unknown> } {
  const vars: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  specs.forEach((s, i) => {
    vars.push(`$w${i}: ${countable[s.of]}`);
    fields.push(`c${i}: ${s.of}(where: $w${i}) { totalCount }`);
    variables[`w${i}`] = s.where;
  });
  if (specs.length === 0) return { query: 'query Counts { __typename }', variables };
  return { query: `query Counts(${vars.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, variables };
}

/** Reads the counts of a countsDocument answer back by key. */
export function readCounts(specs: CountSpec[], data: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  const d = (data ?? {}) as Record<string, { totalCount?: number } | undefined>;
  specs.forEach((s, i) => {
    const v = d[`c${i}`]?.totalCount;
    if (typeof v === 'number') out[s.key] = v;
  });
  return out;
}

/** Asks the server for the specs' counts (one request); `counts` by key. */
export function useCounts(specs: CountSpec[], pause = false) {
  const { query, variables } = useMemo(() => countsDocument(specs), [specs]);
  const doc = useMemo(() => gql(query), [query]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: doc, variables, pause: pause || specs.length === 0 });
  const counts = useMemo(() => readCounts(specs, data), [specs, data]);
  return { counts, fetching: fetching || (!data && !error && !pause && specs.length > 0), error, reexecute, loaded: !!data };
}
