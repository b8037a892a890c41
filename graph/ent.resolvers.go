package graph

import (
	"context"
	"yuanbahui/ent"
	"yuanbahui/graph/generated"

	"entgo.io/contrib/entgql"
)

// Node is the resolver for the node field.
func (r *queryResolver) Node(ctx context.Context, id int) (ent.Noder, error) {
	return r.client.Noder(ctx, id)
}

// Nodes is the resolver for the nodes field.
func (r *queryResolver) Nodes(ctx context.Context, ids []int) ([]ent.Noder, error) {
	return r.client.Noders(ctx, ids)
}

// AuditEvents is the resolver for the auditEvents field.
func (r *queryResolver) AuditEvents(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.AuditEventOrder, where *ent.AuditEventWhereInput) (*ent.AuditEventConnection, error) {
	return r.client.AuditEvent.Query().Paginate(ctx, after, first, before, last, ent.WithAuditEventOrder(orderBy), ent.WithAuditEventFilter(where.Filter))
}

// Awards is the resolver for the awards field.
func (r *queryResolver) Awards(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.AwardOrder, where *ent.AwardWhereInput) (*ent.AwardConnection, error) {
	return r.client.Award.Query().Paginate(ctx, after, first, before, last, ent.WithAwardOrder(orderBy), ent.WithAwardFilter(where.Filter))
}

// Courtyards is the resolver for the courtyards field.
func (r *queryResolver) Courtyards(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.CourtyardOrder, where *ent.CourtyardWhereInput) (*ent.CourtyardConnection, error) {
	return r.client.Courtyard.Query().Paginate(ctx, after, first, before, last, ent.WithCourtyardOrder(orderBy), ent.WithCourtyardFilter(where.Filter))
}

// DeliberationRules is the resolver for the deliberationRules field.
func (r *queryResolver) DeliberationRules(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.DeliberationRuleOrder, where *ent.DeliberationRuleWhereInput) (*ent.DeliberationRuleConnection, error) {
	return r.client.DeliberationRule.Query().Paginate(ctx, after, first, before, last, ent.WithDeliberationRuleOrder(orderBy), ent.WithDeliberationRuleFilter(where.Filter))
}

// Districts is the resolver for the districts field.
func (r *queryResolver) Districts(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.DistrictOrder, where *ent.DistrictWhereInput) (*ent.DistrictConnection, error) {
	return r.client.District.Query().Paginate(ctx, after, first, before, last, ent.WithDistrictOrder(orderBy), ent.WithDistrictFilter(where.Filter))
}

// Grants is the resolver for the grants field.
func (r *queryResolver) Grants(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.GrantOrder, where *ent.GrantWhereInput) (*ent.GrantConnection, error) {
	return r.client.Grant.Query().Paginate(ctx, after, first, before, last, ent.WithGrantOrder(orderBy), ent.WithGrantFilter(where.Filter))
}

// Households is the resolver for the households field.
func (r *queryResolver) Households(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.HouseholdOrder, where *ent.HouseholdWhereInput) (*ent.HouseholdConnection, error) {
	return r.client.Household.Query().Paginate(ctx, after, first, before, last, ent.WithHouseholdOrder(orderBy), ent.WithHouseholdFilter(where.Filter))
}

// HouseholdMoves is the resolver for the householdMoves field.
func (r *queryResolver) HouseholdMoves(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.HouseholdMoveOrder, where *ent.HouseholdMoveWhereInput) (*ent.HouseholdMoveConnection, error) {
	return r.client.HouseholdMove.Query().Paginate(ctx, after, first, before, last, ent.WithHouseholdMoveOrder(orderBy), ent.WithHouseholdMoveFilter(where.Filter))
}

// Ideas is the resolver for the ideas field.
func (r *queryResolver) Ideas(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.IdeaOrder, where *ent.IdeaWhereInput) (*ent.IdeaConnection, error) {
	return r.client.Idea.Query().Paginate(ctx, after, first, before, last, ent.WithIdeaOrder(orderBy), ent.WithIdeaFilter(where.Filter))
}

// Issues is the resolver for the issues field.
func (r *queryResolver) Issues(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.IssueOrder, where *ent.IssueWhereInput) (*ent.IssueConnection, error) {
	return r.client.Issue.Query().Paginate(ctx, after, first, before, last, ent.WithIssueOrder(orderBy), ent.WithIssueFilter(where.Filter))
}

// IssueItems is the resolver for the issueItems field.
func (r *queryResolver) IssueItems(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.IssueItemOrder, where *ent.IssueItemWhereInput) (*ent.IssueItemConnection, error) {
	return r.client.IssueItem.Query().Paginate(ctx, after, first, before, last, ent.WithIssueItemOrder(orderBy), ent.WithIssueItemFilter(where.Filter))
}

// IssueSteps is the resolver for the issueSteps field.
func (r *queryResolver) IssueSteps(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.IssueStepOrder, where *ent.IssueStepWhereInput) (*ent.IssueStepConnection, error) {
	return r.client.IssueStep.Query().Paginate(ctx, after, first, before, last, ent.WithIssueStepOrder(orderBy), ent.WithIssueStepFilter(where.Filter))
}

// LectureTopics is the resolver for the lectureTopics field.
func (r *queryResolver) LectureTopics(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.LectureTopicOrder, where *ent.LectureTopicWhereInput) (*ent.LectureTopicConnection, error) {
	return r.client.LectureTopic.Query().Paginate(ctx, after, first, before, last, ent.WithLectureTopicOrder(orderBy), ent.WithLectureTopicFilter(where.Filter))
}

// Photos is the resolver for the photos field.
func (r *queryResolver) Photos(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.PhotoOrder, where *ent.PhotoWhereInput) (*ent.PhotoConnection, error) {
	return r.client.Photo.Query().Paginate(ctx, after, first, before, last, ent.WithPhotoOrder(orderBy), ent.WithPhotoFilter(where.Filter))
}

// PointEntries is the resolver for the pointEntries field.
func (r *queryResolver) PointEntries(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.PointEntryOrder, where *ent.PointEntryWhereInput) (*ent.PointEntryConnection, error) {
	return r.client.PointEntry.Query().Paginate(ctx, after, first, before, last, ent.WithPointEntryOrder(orderBy), ent.WithPointEntryFilter(where.Filter))
}

// PointRedemptions is the resolver for the pointRedemptions field.
func (r *queryResolver) PointRedemptions(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.PointRedemptionOrder, where *ent.PointRedemptionWhereInput) (*ent.PointRedemptionConnection, error) {
	return r.client.PointRedemption.Query().Paginate(ctx, after, first, before, last, ent.WithPointRedemptionOrder(orderBy), ent.WithPointRedemptionFilter(where.Filter))
}

// PointRules is the resolver for the pointRules field.
func (r *queryResolver) PointRules(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.PointRuleOrder, where *ent.PointRuleWhereInput) (*ent.PointRuleConnection, error) {
	return r.client.PointRule.Query().Paginate(ctx, after, first, before, last, ent.WithPointRuleOrder(orderBy), ent.WithPointRuleFilter(where.Filter))
}

// QuarterThemes is the resolver for the quarterThemes field.
func (r *queryResolver) QuarterThemes(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.QuarterThemeOrder, where *ent.QuarterThemeWhereInput) (*ent.QuarterThemeConnection, error) {
	return r.client.QuarterTheme.Query().Paginate(ctx, after, first, before, last, ent.WithQuarterThemeOrder(orderBy), ent.WithQuarterThemeFilter(where.Filter))
}

// Ratings is the resolver for the ratings field.
func (r *queryResolver) Ratings(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.RatingOrder, where *ent.RatingWhereInput) (*ent.RatingConnection, error) {
	return r.client.Rating.Query().Paginate(ctx, after, first, before, last, ent.WithRatingOrder(orderBy), ent.WithRatingFilter(where.Filter))
}

// Residents is the resolver for the residents field.
func (r *queryResolver) Residents(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.ResidentOrder, where *ent.ResidentWhereInput) (*ent.ResidentConnection, error) {
	return r.client.Resident.Query().Paginate(ctx, after, first, before, last, ent.WithResidentOrder(orderBy), ent.WithResidentFilter(where.Filter))
}

// RoleAssignments is the resolver for the roleAssignments field.
func (r *queryResolver) RoleAssignments(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.RoleAssignmentOrder, where *ent.RoleAssignmentWhereInput) (*ent.RoleAssignmentConnection, error) {
	return r.client.RoleAssignment.Query().Paginate(ctx, after, first, before, last, ent.WithRoleAssignmentOrder(orderBy), ent.WithRoleAssignmentFilter(where.Filter))
}

// ServiceTypes is the resolver for the serviceTypes field.
func (r *queryResolver) ServiceTypes(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.ServiceTypeOrder, where *ent.ServiceTypeWhereInput) (*ent.ServiceTypeConnection, error) {
	return r.client.ServiceType.Query().Paginate(ctx, after, first, before, last, ent.WithServiceTypeOrder(orderBy), ent.WithServiceTypeFilter(where.Filter))
}

// Sessions is the resolver for the sessions field.
func (r *queryResolver) Sessions(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.SessionOrder, where *ent.SessionWhereInput) (*ent.SessionConnection, error) {
	return r.client.Session.Query().Paginate(ctx, after, first, before, last, ent.WithSessionOrder(orderBy), ent.WithSessionFilter(where.Filter))
}

// SupermarketItems is the resolver for the supermarketItems field.
func (r *queryResolver) SupermarketItems(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.SupermarketItemOrder, where *ent.SupermarketItemWhereInput) (*ent.SupermarketItemConnection, error) {
	return r.client.SupermarketItem.Query().Paginate(ctx, after, first, before, last, ent.WithSupermarketItemOrder(orderBy), ent.WithSupermarketItemFilter(where.Filter))
}

// Tickets is the resolver for the tickets field.
func (r *queryResolver) Tickets(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.TicketOrder, where *ent.TicketWhereInput) (*ent.TicketConnection, error) {
	return r.client.Ticket.Query().Paginate(ctx, after, first, before, last, ent.WithTicketOrder(orderBy), ent.WithTicketFilter(where.Filter))
}

// Towns is the resolver for the towns field.
func (r *queryResolver) Towns(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.TownOrder, where *ent.TownWhereInput) (*ent.TownConnection, error) {
	return r.client.Town.Query().Paginate(ctx, after, first, before, last, ent.WithTownOrder(orderBy), ent.WithTownFilter(where.Filter))
}

// Users is the resolver for the users field.
func (r *queryResolver) Users(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.UserOrder, where *ent.UserWhereInput) (*ent.UserConnection, error) {
	return r.client.User.Query().Paginate(ctx, after, first, before, last, ent.WithUserOrder(orderBy), ent.WithUserFilter(where.Filter))
}

// Villages is the resolver for the villages field.
func (r *queryResolver) Villages(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int, orderBy []*ent.VillageOrder, where *ent.VillageWhereInput) (*ent.VillageConnection, error) {
	return r.client.Village.Query().Paginate(ctx, after, first, before, last, ent.WithVillageOrder(orderBy), ent.WithVillageFilter(where.Filter))
}

// Photo returns generated.PhotoResolver implementation.
func (r *Resolver) Photo() generated.PhotoResolver { return &photoResolver{r} }

// Query returns generated.QueryResolver implementation.
func (r *Resolver) Query() generated.QueryResolver { return &queryResolver{r} }

// RoleAssignment returns generated.RoleAssignmentResolver implementation.
func (r *Resolver) RoleAssignment() generated.RoleAssignmentResolver {
	return &roleAssignmentResolver{r}
}

// Ticket returns generated.TicketResolver implementation.
func (r *Resolver) Ticket() generated.TicketResolver { return &ticketResolver{r} }

// User returns generated.UserResolver implementation.
func (r *Resolver) User() generated.UserResolver { return &userResolver{r} }

// TicketWhereInput returns generated.TicketWhereInputResolver implementation.
func (r *Resolver) TicketWhereInput() generated.TicketWhereInputResolver {
	return &ticketWhereInputResolver{r}
}

type (
	photoResolver            struct{ *Resolver }
	queryResolver            struct{ *Resolver }
	roleAssignmentResolver   struct{ *Resolver }
	ticketResolver           struct{ *Resolver }
	userResolver             struct{ *Resolver }
	ticketWhereInputResolver struct{ *Resolver }
)
