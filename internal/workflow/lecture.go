package workflow

import (
	"context"
	"fmt"
	"slices"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/quartertheme"
	"yuanbahui/ent/ratingcode"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/session"
	"yuanbahui/internal/bound"
	"yuanbahui/internal/period"
)

// Lectures (宣传宣讲进院坝). Each village picks 2–3 themes a quarter, each on
// one of the eight topics (院坝八讲), at most one theme per topic; every
// lecture in its courtyards follows one of them, given by the courtyard's
// active publicist (宣传员) or a named guest, and may hand out rating codes
// to its audience.

// Themes a village picks per quarter.
const (
	MinThemes = 2
	MaxThemes = 3
)

// MaxAudienceCodes is the most rating codes one lecture hands out.
const MaxAudienceCodes = 500

// Theme is one theme of a village's quarter.
type Theme struct {
	// Topic is one of the eight lecture topics.
	Topic string
	// Title names the theme.
	Title string
}

// SetQuarterThemes sets village's themes for quarter to themes (2–3, one per
// topic), replacing what the quarter had: a theme on a topic kept keeps its
// record (and its lectures) with the new title; a theme dropped goes, unless
// lectures already follow it.
func SetQuarterThemes(villageID int, quarter string, themes []Theme) func(context.Context, *gen.Client) (*gen.Village, error) {
	return func(ctx context.Context, c *gen.Client) (*gen.Village, error) {
		if len(themes) < MinThemes || len(themes) > MaxThemes {
			return nil, Refuse(ErrInvalid, "themes", "a village picks %d–%d themes a quarter, not %d", MinThemes, MaxThemes, len(themes))
		}
		seen := map[string]bool{}
		for i, th := range themes {
			if quartertheme.TopicValidator(quartertheme.Topic(th.Topic)) != nil {
				return nil, Refuse(ErrInvalid, fmt.Sprintf("themes.%d.topic", i), "%q is not one of the eight topics", th.Topic)
			}
			if seen[th.Topic] {
				return nil, Refuse(ErrInvalid, fmt.Sprintf("themes.%d.topic", i), "one theme per topic a quarter: %s is named twice", th.Topic)
			}
			seen[th.Topic] = true
		}
		v, err := c.Village.Get(ctx, villageID)
		if err != nil {
			return nil, err
		}
		// One change of a village's themes at a time: a concurrent change
		// waits for this one and then reads the themes it left.
		if err := serialised(ctx, c.Village.UpdateOneID(v.ID).SetUpdatedAt(Now(ctx)).Exec); err != nil {
			return nil, err
		}
		old, err := c.QuarterTheme.Query().Where(quartertheme.VillageID(v.ID), quartertheme.Quarter(quarter)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, o := range old {
			if i := slices.IndexFunc(themes, func(t Theme) bool { return t.Topic == string(o.Topic) }); i >= 0 {
				if err := c.QuarterTheme.UpdateOne(o).SetTitle(themes[i].Title).Exec(ctx); err != nil {
					return nil, err
				}
				continue
			}
			if n, err := o.QuerySessions().Count(ctx); err != nil || n > 0 {
				if err == nil {
					err = Refuse(ErrState, "themes", "%d lectures already follow the theme %q (%s); keep its topic", n, o.Title, o.Topic)
				}
				return nil, err
			}
			if err := c.QuarterTheme.DeleteOne(o).Exec(ctx); err != nil {
				return nil, err
			}
		}
		for _, th := range themes {
			if slices.ContainsFunc(old, func(o *gen.QuarterTheme) bool { return string(o.Topic) == th.Topic }) {
				continue
			}
			if err := c.QuarterTheme.Create().SetVillageID(v.ID).SetQuarter(quarter).
				SetTopic(quartertheme.Topic(th.Topic)).SetTitle(th.Title).Exec(ctx); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
}

// Lecture is what recordLecture records.
type Lecture struct {
	// CourtyardID is where it was held.
	CourtyardID int
	// ThemeID is the village's quarter theme it follows; its topic is the lecture's.
	ThemeID int
	// SpeakerID is the courtyard's active publicist who spoke (nil for a guest).
	SpeakerID *int
	// SpeakerName names a guest speaker.
	SpeakerName string
	// HeldAt is when it was held.
	HeldAt time.Time
	// Attendance is how many residents came.
	Attendance int
	// HouseholdsPresent optionally lists the courtyard's households present.
	HouseholdsPresent []int
	// RatingCodes is how many rating codes to hand to the audience.
	RatingCodes int
}

// RecordLecture records a lecture and issues its audience's rating codes
// (the result's codes): the ratings go to the courtyard's publicist active
// when it was held.
func RecordLecture(in Lecture) func(context.Context, *gen.Client) (Result[*gen.Session], error) {
	return func(ctx context.Context, c *gen.Client) (Result[*gen.Session], error) {
		codes := []string{}
		s, err := recordLecture(in, &codes)(ctx, c)
		return Result[*gen.Session]{Record: s, Codes: codes}, err
	}
}

// recordLecture is RecordLecture's step, storing the codes it issues in
// *codes.
func recordLecture(in Lecture, codes *[]string) func(context.Context, *gen.Client) (*gen.Session, error) {
	return func(ctx context.Context, c *gen.Client) (*gen.Session, error) {
		cy, err := c.Courtyard.Get(ctx, in.CourtyardID)
		if err != nil {
			return nil, err
		}
		th, err := c.QuarterTheme.Get(ctx, in.ThemeID)
		if err != nil {
			return nil, err
		}
		q := period.Label(period.Quarter, in.HeldAt)
		if th.VillageID != cy.VillageID || th.Quarter != q {
			return nil, Refuse(ErrRule, "themeId", "the lecture must follow one of the village's themes for %s", q)
		}
		switch {
		case in.HeldAt.After(Now(ctx)):
			return nil, Refuse(ErrInvalid, "heldAt", "a lecture is recorded after it was held")
		case in.Attendance < 1:
			return nil, Refuse(ErrInvalid, "attendance", "a lecture has an audience")
		case in.Attendance > bound.MaxPeople:
			return nil, Refuse(ErrInvalid, "attendance", "a lecture's audience is at most %d residents, got %d", bound.MaxPeople, in.Attendance)
		case len(in.HouseholdsPresent) > in.Attendance:
			return nil, Refuse(ErrInvalid, "householdsPresent", "more households present than residents attending")
		case in.RatingCodes < 0 || in.RatingCodes > min(in.Attendance, MaxAudienceCodes):
			return nil, Refuse(ErrInvalid, "ratingCodes", "at most one rating code per listener (and %d a lecture)", MaxAudienceCodes)
		case (in.SpeakerID == nil) == (in.SpeakerName == ""):
			return nil, Refuse(ErrInvalid, "speakerId", "name the speaker: the courtyard's publicist or a guest by name")
		}
		publicist, err := activeAssignment(ctx, c, cy.ID, roleassignment.RolePUBLICIST, in.HeldAt)
		if err != nil {
			return nil, err
		}
		if in.SpeakerID != nil && (publicist == nil || publicist.ResidentID != *in.SpeakerID) {
			return nil, Refuse(ErrActor, "speakerId", "the speaker is not the courtyard's publicist (宣传员) at that time; name a guest speaker instead")
		}
		if n := len(in.HouseholdsPresent); n > 0 {
			got, err := c.Household.Query().Where(household.IDIn(in.HouseholdsPresent...), household.CourtyardID(cy.ID)).Count(ctx)
			if err != nil {
				return nil, err
			}
			if got != n {
				return nil, Refuse(ErrInvalid, "householdsPresent", "households present must be distinct households of the courtyard")
			}
		}
		b := c.Session.Create().SetKind(session.KindLECTURE).SetCourtyardID(cy.ID).
			SetTopic(session.Topic(th.Topic)).SetTheme(th.Title).SetQuarterThemeID(th.ID).
			SetHeldAt(in.HeldAt.UTC()).SetAttendance(in.Attendance).SetNillableSpeakerID(in.SpeakerID).SetSpeakerName(in.SpeakerName)
		if len(in.HouseholdsPresent) > 0 {
			b.SetHouseholdsPresent(in.HouseholdsPresent)
		}
		s, err := b.Save(ctx)
		if err != nil || in.RatingCodes == 0 {
			return s, err
		}
		g := codeGrant{dimension: ratingcode.DimensionPUBLICITY, courtyard: cy.ID, session: &s.ID}
		if publicist != nil {
			g.assignment = &publicist.ID
		}
		*codes, err = issueCodes(ctx, c, g, in.RatingCodes)
		return s, err
	}
}

// QuarterThemes lists a village's themes for a quarter, by topic.
func QuarterThemes(ctx context.Context, c *gen.Client, villageID int, quarter string) ([]*gen.QuarterTheme, error) {
	return c.QuarterTheme.Query().Where(quartertheme.VillageID(villageID), quartertheme.Quarter(quarter)).
		Order(quartertheme.ByTopic()).All(ctx)
}
