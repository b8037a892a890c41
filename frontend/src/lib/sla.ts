// Time-limit bands of an open ticket that mean something across a district:
// how far past (or before) its due time it is, against the district's
// threshold for a red flag (District.flagTicketOverdueDays).

const DAY = 86_400_000;

/** late: overdue by more than the threshold; overdue; soon: due within 2 days; ok; none: no due time yet. */
export type SlaBand = 'late' | 'overdue' | 'soon' | 'ok' | 'none';

/** The bands in the order of urgency, as the legend lists them. */
export const slaBands: SlaBand[] = ['late', 'overdue', 'soon', 'ok', 'none'];

/** Due within this many days: amber. */
export const SOON_DAYS = 2;

/**
 * The band of a ticket due at dueAt (null: not yet accepted) at now, whose
 * server-judged overdue flag is overdue, against the district's threshold
 * of days overdue that makes a red flag.
 */
export function slaBand(dueAt: string | null | undefined, overdue: boolean, now: number, flagDays: number): SlaBand {
  if (!dueAt) return overdue ? 'overdue' : 'none';
  const left = (Date.parse(dueAt) - now) / DAY;
  if (overdue || left < 0) return -left > flagDays ? 'late' : 'overdue';
  // As the countdown says it: "剩余 2 天" is anything under 3 days.
  return left < SOON_DAYS + 1 ? 'soon' : 'ok';
}

/** A courtyard as a row names it, with the village and town it lies in. */
export interface PlaceName {
  id: string;
  name: string;
  village?: { id: string; name: string; town?: { id: string; name: string } | null } | null;
}

/**
 * Labels that tell apart courtyards of the same name on one screen: the name
 * alone when it is unique, "name · village" when the village tells them
 * apart, "name · town village" when even that repeats (e.g. 白岩院坝 in four
 * villages). Keyed by the courtyard's id.
 */
export function disambiguate(places: PlaceName[]): Map<string, string> {
  const byName = new Map<string, Set<string>>();
  const byNameVillage = new Map<string, Set<string>>();
  for (const p of places) {
    byName.set(p.name, (byName.get(p.name) ?? new Set()).add(p.id));
    const k = `${p.name}\u0000${p.village?.name ?? ''}`;
    byNameVillage.set(k, (byNameVillage.get(k) ?? new Set()).add(p.id));
  }
  const out = new Map<string, string>();
  for (const p of places) {
    if ((byName.get(p.name)?.size ?? 0) <= 1 || !p.village) {
      out.set(p.id, p.name);
      continue;
    }
    const sameVillage = (byNameVillage.get(`${p.name}\u0000${p.village.name}`)?.size ?? 0) > 1;
    const town = p.village.town?.name;
    out.set(p.id, sameVillage && town ? `${p.name} · ${town}${p.village.name}` : `${p.name} · ${p.village.name}`);
  }
  return out;
}
