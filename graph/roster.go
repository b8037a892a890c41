package graph

import (
	"yuanbahui/ent"
	"yuanbahui/graph/model"
)

// Payloads of the roster, evaluation and grid workflows (graph/roster.graphql,
// evaluation.graphql, grid.graphql).

func assignmentPayload(rec *ent.RoleAssignment, ue []*model.UserError, err error) (*model.RoleAssignmentPayload, error) {
	return &model.RoleAssignmentPayload{RoleAssignment: rec, UserErrors: ue}, err
}

func courtyardPayload(rec *ent.Courtyard, ue []*model.UserError, err error) (*model.CourtyardPayload, error) {
	return &model.CourtyardPayload{Courtyard: rec, UserErrors: ue}, err
}

func householdPayload(rec *ent.Household, ue []*model.UserError, err error) (*model.HouseholdPayload, error) {
	return &model.HouseholdPayload{Household: rec, UserErrors: ue}, err
}

// deref is *p, or the zero value for nil.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
