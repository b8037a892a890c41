// Areas: the district, a town, a village or a courtyard, as the URL names
// them (/, /town/:id, /village/:id, /courtyard/:id), and the row filter each
// means for the area-scoped connections (their own townID/villageID/courtyardID
// columns, as the server scopes reads).
import type { Metric } from '../gql/graphql';
import type { Countable } from './counts';

export type AreaLevel = 'district' | 'town' | 'village' | 'courtyard';

/** The metric the overview's map is coloured by until the leader picks another (lib/prefetch asks for it ahead). */
export const defaultMapMetric = 'TICKETS_ON_TIME_SHARE' as Metric;

export interface AreaRef {
  level: AreaLevel;
  id?: string;
}

/** The filter of rows of `of` that lie in `area`. */
export function areaWhere(area: AreaRef, of: Countable): Record<string, unknown> {
  if (area.level === 'district' || !area.id) return {};
  switch (of) {
    case 'towns':
      return area.level === 'town' ? { id: area.id } : { hasVillagesWith: [{ id: area.id }] };
    case 'villages':
      if (area.level === 'town') return { townID: area.id };
      return area.level === 'village' ? { id: area.id } : { hasCourtyardsWith: [{ id: area.id }] };
    case 'courtyards':
      if (area.level === 'courtyard') return { id: area.id };
      return area.level === 'town' ? { townID: area.id } : { villageID: area.id };
    case 'quarterThemes':
      return area.level === 'village' ? { villageID: area.id } : {};
    case 'residents':
      return { hasHouseholdWith: [areaWhere(area, 'households')] };
    default:
      return { [`${area.level}ID`]: area.id };
  }
}

/** The route of an area's page. */
export function areaPath(area: AreaRef): string {
  return area.level === 'district' || !area.id ? '/' : `/${area.level}/${encodeURIComponent(area.id)}`;
}

/** The level below `level` (its children), or null for a courtyard. */
export function childLevel(level: AreaLevel): Exclude<AreaLevel, 'district'> | null {
  return level === 'district' ? 'town' : level === 'town' ? 'village' : level === 'village' ? 'courtyard' : null;
}
