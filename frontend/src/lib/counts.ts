// The root connections the SPA lists (the rows behind a figure) and the name
// of each one's filter input.

/** A root connection that can be listed, and the name of its filter input. */
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
