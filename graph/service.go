package graph

import (
	"context"
	"slices"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"yuanbahui/ent"
	"yuanbahui/ent/predicate"
	"yuanbahui/graph/model"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/workflow"
)

// ticketPayload wraps a ticket step's result.
func ticketPayload(t *ent.Ticket, ue []*model.UserError, err error) (*model.TicketPayload, error) {
	return &model.TicketPayload{Ticket: t, UserErrors: ue}, err
}

// completeTicket completes a ticket and returns the applicant's rating code
// (a repeat under the same idempotency key returns the same code).
func (r *Resolver) completeTicket(ctx context.Context, in workflow.CompleteTicketInput) (*model.CompleteTicketPayload, error) {
	res, ue, err := stepResult(ctx, r.client, in.IdempotencyKey, in)
	p := &model.CompleteTicketPayload{Ticket: res.Record, UserErrors: ue}
	if len(res.Codes) == 1 && ue == nil && err == nil {
		p.RatingCode = &res.Codes[0]
	}
	return p, err
}

// rateWithCode records a rating with a code; anonymous callers may use it.
// A client address that sent too many unknown codes is refused for a while
// (codeguard.go).
func (r *Resolver) rateWithCode(ctx context.Context, in workflow.RateWithCodeInput) (*model.RateWithCodePayload, error) {
	addr := clientAddr(ctx)
	if r.codeGuards.exhausted(addr) {
		return nil, apierr.Errorf(apierr.RateLimited, "too many unknown rating codes from this address; try again in a few minutes")
	}
	rt, ue, err := step(ctx, r.client, nil, in)
	if len(ue) > 0 && ue[0].Code == apierr.BadUserInput && slices.Equal(ue[0].Field, []string{"input", "code"}) {
		r.codeGuards.failed(addr)
	}
	return &model.RateWithCodePayload{Rating: rt, UserErrors: ue}, err
}

// setQuarterThemes sets a village's themes for a quarter and lists them.
func (r *Resolver) setQuarterThemes(ctx context.Context, in workflow.SetQuarterThemesInput) (*model.SetQuarterThemesPayload, error) {
	v, ue, err := step(ctx, r.client, in.IdempotencyKey, in)
	p := &model.SetQuarterThemesPayload{Village: v, UserErrors: ue, Themes: []*ent.QuarterTheme{}}
	if v != nil && err == nil {
		p.Themes, err = workflow.QuarterThemes(ctx, r.client, v.ID, in.Quarter)
	}
	return p, err
}

// recordLecture records a lecture and returns its audience's rating codes
// (a repeat under the same idempotency key returns the same codes).
func (r *Resolver) recordLecture(ctx context.Context, in workflow.RecordLectureInput) (*model.RecordLecturePayload, error) {
	res, ue, err := stepResult(ctx, r.client, in.IdempotencyKey, in)
	codes := res.Codes
	if codes == nil || ue != nil || err != nil {
		codes = []string{}
	}
	return &model.RecordLecturePayload{Session: res.Record, RatingCodes: codes, UserErrors: ue}, err
}

// whereTickets adds the filter p(*value) to a ticket where input (none for nil).
func whereTickets(w *ent.TicketWhereInput, value *bool, p func(bool) predicate.Ticket) error {
	if value != nil {
		w.AddPredicates(p(*value))
	}
	return nil
}

// whereAsOf is the instant a time-dependent filter of the where input being
// read (TicketWhereInput's overdue) is judged at: the asOf of that input
// object, or of the nearest enclosing one (and/or/not inherit it), or now.
// gqlgen reads an input's fields one by one, so the filter finds asOf in the
// raw argument, by the path of the value being read.
func whereAsOf(ctx context.Context) (time.Time, error) {
	now := workflow.Now(ctx)
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return now, nil
	}
	var path []any
	for pc := graphql.GetPathContext(ctx); pc != nil; pc = pc.Parent {
		if pc.ParentField != fc {
			break
		}
		if pc.Field != nil {
			path = append([]any{*pc.Field}, path...)
		} else if pc.Index != nil {
			path = append([]any{*pc.Index}, path...)
		}
	}
	if len(path) < 2 {
		return now, nil
	}
	var v any = fc.Field.ArgumentMap(graphql.GetOperationContext(ctx).Variables)
	var objects []map[string]any
	for _, step := range path[:len(path)-1] {
		switch k := step.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return now, nil
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				return now, nil
			}
			v = l[k]
		}
		if m, ok := v.(map[string]any); ok {
			objects = append(objects, m)
		}
	}
	for i := len(objects) - 1; i >= 0; i-- {
		if raw, ok := objects[i]["asOf"]; ok && raw != nil {
			return graphql.UnmarshalTime(raw)
		}
	}
	return now, nil
}
