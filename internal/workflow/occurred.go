package workflow

import (
	"context"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/district"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/town"
	"yuanbahui/internal/viewer"
)

// Time is twofold: when a thing happened (occurredAt, which the records'
// step times and the metrics keep) and when it was typed in (recordedAt:
// an issue step's recorded_at, a record's created_at, the audit's time).
// Officers enter work after the fact, often days later; a step's input may
// say when it happened, within the district's backdate_days.

// FutureTolerance is how far a stated time may be off the server's clock
// beyond the limits (a phone's clock runs a little fast or slow).
const FutureTolerance = time.Minute

// DefaultBackdateDays is how many days back a step may be dated when the
// district does not say (District.backdate_days defaults to it too).
const DefaultBackdateDays = 30

// occurred is the instant a step stores as the time it happened: the
// workflow clock's now when given is nil, else given, refused when it is in
// the future, before previous (the time of the step before it on the same
// record; zero for none) or more than backdateDays days (and FutureTolerance) back.
func occurred(ctx context.Context, given *time.Time, previous time.Time, backdateDays int) (time.Time, error) {
	now := Now(ctx)
	if given == nil {
		return now, nil
	}
	at := given.UTC()
	switch {
	case at.After(now.Add(FutureTolerance)):
		return time.Time{}, Refuse(ErrInvalid, "occurredAt", "the time it happened (%s) is in the future", at.Format(time.RFC3339))
	case at.Before(previous):
		return time.Time{}, Refuse(ErrInvalid, "occurredAt", "the time it happened (%s) is before the step before it (%s)",
			at.Format(time.RFC3339), previous.UTC().Format(time.RFC3339))
	case at.Before(now.AddDate(0, 0, -backdateDays).Add(-FutureTolerance)):
		return time.Time{}, Refuse(ErrInvalid, "occurredAt", "the time it happened (%s) is more than %d days back, the district's limit for recording after the fact",
			at.Format(time.RFC3339), backdateDays)
	}
	return at, nil
}

// backdateDays is the district's backdate_days for a record in town
// townID (DefaultBackdateDays if the town is not found).
func backdateDays(ctx context.Context, c *ent.Client, townID int) (int, error) {
	d, err := c.District.Query().Where(district.HasTownsWith(town.ID(townID))).Only(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return DefaultBackdateDays, nil
	}
	if err != nil {
		return 0, err
	}
	return d.BackdateDays, nil
}

// occurredIn is occurred for a record of town townID with no step before it.
func occurredIn(ctx context.Context, c *ent.Client, townID int, given *time.Time) (time.Time, error) {
	return occurredAfter(ctx, c, townID, given, time.Time{})
}

// occurredAfter is occurred for a record of town townID whose step before
// it was at previous.
func occurredAfter(ctx context.Context, c *ent.Client, townID int, given *time.Time, previous time.Time) (time.Time, error) {
	if given == nil {
		return Now(ctx), nil
	}
	days, err := backdateDays(ctx, c, townID)
	if err != nil {
		return time.Time{}, err
	}
	return occurred(ctx, given, previous, days)
}

// issueOccurred is the time a step on issue is happened: given, checked
// against the issue's latest step (its history's latest time), or now.
func issueOccurred(ctx context.Context, c *ent.Client, is *ent.Issue, given *time.Time) (time.Time, error) {
	if given == nil {
		return Now(ctx), nil
	}
	previous := is.CollectedAt
	last, err := c.IssueStep.Query().Where(issuestep.IssueID(is.ID)).Order(ent.Desc(issuestep.FieldAt)).First(viewer.SystemContext(ctx))
	switch {
	case err == nil:
		if last.At.After(previous) {
			previous = last.At
		}
	case !ent.IsNotFound(err):
		return time.Time{}, err
	}
	return occurredAfter(ctx, c, is.TownID, given, previous)
}

// ticketOccurred is the time a step on ticket t happened: given, checked
// against the ticket's latest step (submitted, then accepted), or now.
func ticketOccurred(ctx context.Context, c *ent.Client, t *ent.Ticket, given *time.Time) (time.Time, error) {
	previous := t.SubmittedAt
	if t.AcceptedAt != nil && t.AcceptedAt.After(previous) {
		previous = *t.AcceptedAt
	}
	return occurredAfter(ctx, c, t.TownID, given, previous)
}
