package workflow

import (
	"context"
	"crypto/rand"
	"strings"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/ratingcode"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/internal/auth"
	"yuanbahui/internal/period"
	"yuanbahui/internal/viewer"
)

// Rating codes: "the resident rates, not the officer". Completing a ticket
// issues one short single-use code for the applicant; recording a lecture
// issues as many as asked for its audience. With a code, anyone holding it
// rates once, without an account (rateWithCode); the rating goes to the
// officer's assignment the code names (the ticket's agent, the courtyard's
// publicist). Satisfaction with proxy services is computed from these
// ratings only: the share of PROXY_SERVICE ratings following a ticket that
// score 4 or 5.

// CodeValidity is how long a rating code works after it is issued.
const CodeValidity = 30 * 24 * time.Hour

// codeAlphabet spells codes without look-alike characters (no 0/O, 1/I/L).
const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// codeLength is the length of a code: 31^8 ≈ 8.5·10^11 codes, tried online
// only, under the API's per-client rate limits.
const codeLength = 8

// newCode returns a random code and the digest stored for it.
func newCode() (code, digest string) {
	b := make([]byte, codeLength)
	if _, err := rand.Read(b); err != nil {
		panic("workflow: no randomness: " + err.Error())
	}
	for i := range b {
		b[i] = codeAlphabet[int(b[i])%len(codeAlphabet)]
	}
	code = string(b)
	return code, auth.TokenDigest(code)
}

// NormalizeCode reads a code as typed: case, spaces and dashes do not matter.
func NormalizeCode(code string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, strings.ToUpper(strings.TrimSpace(code)))
}

// codeGrant says what a new code rates.
type codeGrant struct {
	dimension  ratingcode.Dimension
	courtyard  int
	ticket     *int
	session    *int
	resident   *int
	assignment *int
}

// issueCodes creates n codes for g and returns them.
func issueCodes(ctx context.Context, c *gen.Client, g codeGrant, n int) ([]string, error) {
	codes := make([]string, n)
	bs := make([]*gen.RatingCodeCreate, n)
	expires := Now(ctx).Add(CodeValidity)
	for i := range bs {
		var digest string
		codes[i], digest = newCode()
		bs[i] = c.RatingCode.Create().SetDigest(digest).SetCode(codes[i]).SetDimension(g.dimension).SetExpiresAt(expires).
			SetCourtyardID(g.courtyard).SetNillableTicketID(g.ticket).SetNillableSessionID(g.session).
			SetNillableResidentID(g.resident).SetNillableRoleAssignmentID(g.assignment)
	}
	if err := c.RatingCode.CreateBulk(bs...).Exec(ctx); err != nil {
		return nil, err
	}
	return codes, nil
}

// issueTicketCode issues the applicant's code for a completed ticket: the
// rating goes to the assignment of the agent who handled it.
func issueTicketCode(ctx context.Context, c *gen.Client, t *gen.Ticket) (string, error) {
	g := codeGrant{dimension: ratingcode.DimensionPROXY_SERVICE, courtyard: t.CourtyardID, ticket: &t.ID, resident: &t.ApplicantID}
	if t.AgentID != nil && t.AcceptedAt != nil {
		a, err := c.RoleAssignment.Query().Where(roleassignment.CourtyardID(t.CourtyardID), roleassignment.RoleEQ(roleassignment.RoleAGENT),
			roleassignment.ResidentID(*t.AgentID), roleassignment.StartedAtLTE(*t.AcceptedAt)).
			Order(gen.Desc(roleassignment.FieldStartedAt)).First(viewer.SystemContext(ctx))
		if err != nil && !gen.IsNotFound(err) {
			return "", err
		}
		if a != nil {
			g.assignment = &a.ID
		}
	}
	codes, err := issueCodes(ctx, c, g, 1)
	if err != nil {
		return "", err
	}
	return codes[0], nil
}

// MaxSlips is the most rating slips one ratingSlips query lists (a lecture's
// codes fit: MaxAudienceCodes).
const MaxSlips = MaxAudienceCodes

// SlipFilter narrows RatingSlips to one courtyard, ticket or lecture (zero:
// any).
type SlipFilter struct {
	// Courtyard is the courtyard's id, or 0.
	Courtyard int
	// Ticket is the ticket's id, or 0.
	Ticket int
	// Session is the lecture's id, or 0.
	Session int
}

// RatingSlips lists the rating codes the viewer may print: unused, not
// expired at the request's instant, in the viewer's area (RatingCode's read
// policy), narrowed by f; oldest first, at most first (1..MaxSlips). Each
// comes with its courtyard, ticket or lecture loaded.
// A used code has no plain text any more, so it can never be listed again.
func RatingSlips(ctx context.Context, c *gen.Client, f SlipFilter, first int) ([]*gen.RatingCode, error) {
	q := c.RatingCode.Query().Where(ratingcode.UsedAtIsNil(), ratingcode.CodeNotNil(), ratingcode.ExpiresAtGT(Now(ctx)))
	if f.Courtyard != 0 {
		q.Where(ratingcode.CourtyardID(f.Courtyard))
	}
	if f.Ticket != 0 {
		q.Where(ratingcode.TicketID(f.Ticket))
	}
	if f.Session != 0 {
		q.Where(ratingcode.SessionID(f.Session))
	}
	return q.WithCourtyard().WithTicket().WithSession().
		Order(gen.Asc(ratingcode.FieldCreatedAt), gen.Asc(ratingcode.FieldID)).Limit(min(max(first, 1), MaxSlips)).All(ctx)
}

// RateWithCodeInput is rateWithCode, which records the rating a code allows
// (score 1–5, an optional comment) and uses the code up. It needs no account:
// the caller proves nothing but the code, so the step reads and writes as the
// system once the code checks out. Unknown codes are ErrInvalid; used or
// expired ones ErrState.
type RateWithCodeInput struct {
	// Code is the code from the slip or message (case, spaces and dashes ignored).
	Code string `json:"code"`
	// Score is 1 (failing) to 5 (excellent).
	Score int `json:"score"`
	// Comment is an optional remark.
	Comment *string `json:"comment,omitempty"`
}

// Run records the rating.
func (in RateWithCodeInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Rating], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in RateWithCodeInput) take(ctx context.Context, c *gen.Client) (*gen.Rating, error) {
	sys := viewer.SystemContext(ctx)
	if in.Score < 1 || in.Score > 5 {
		return nil, Refuse(ErrInvalid, "score", "a score is 1 (failing) to 5 (excellent)")
	}
	rc, err := c.RatingCode.Query().Where(ratingcode.Digest(auth.TokenDigest(NormalizeCode(in.Code)))).Only(sys)
	if gen.IsNotFound(err) {
		return nil, Refuse(ErrInvalid, "code", "no such rating code; check the code on the slip")
	}
	if err != nil {
		return nil, err
	}
	now := Now(ctx)
	switch {
	case rc.UsedAt != nil:
		return nil, Refuse(ErrState, "code", "this code was already used; each code rates once")
	case !now.Before(rc.ExpiresAt):
		return nil, Refuse(ErrState, "code", "this code expired on %s", rc.ExpiresAt.Format(time.DateOnly))
	}
	// Claim the code first: of two uses racing, one updates the row.
	n, err := c.RatingCode.Update().Where(ratingcode.ID(rc.ID), ratingcode.UsedAtIsNil()).SetUsedAt(now).ClearCode().Save(sys)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, Refuse(ErrState, "code", "this code was already used; each code rates once")
	}
	r, err := c.Rating.Create().SetTarget(rating.TargetOFFICER).SetDimension(rating.Dimension(rc.Dimension)).
		SetScore(in.Score).SetComment(orEmpty(in.Comment)).SetPeriod(period.Label(period.HalfYear, now)).SetRatedAt(now).SetCourtyardID(rc.CourtyardID).
		SetNillableTicketID(rc.TicketID).SetNillableSessionID(rc.SessionID).SetNillableRaterID(rc.ResidentID).
		SetNillableRoleAssignmentID(rc.RoleAssignmentID).Save(sys)
	if err != nil {
		return nil, err
	}
	return r, c.RatingCode.UpdateOneID(rc.ID).SetRatingID(r.ID).Exec(sys)
}
