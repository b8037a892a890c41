package workflow

import (
	"context"
	"fmt"
	"slices"
	"time"

	gen "yuanbahui/ent"
	"yuanbahui/ent/household"
	"yuanbahui/ent/lecturetopic"
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

// QuarterThemeInput is one theme of a village's quarter.
type QuarterThemeInput struct {
	// TopicID is an active lecture topic of the village's district.
	TopicID int `json:"topicId"`
	// Title names the theme.
	Title string `json:"title"`
}

// SetQuarterThemesInput is setQuarterThemes, which sets a village's themes
// for a quarter (2–3, one per topic), replacing what the quarter had: a theme
// on a topic kept keeps its record (and its lectures) with the new title; a
// theme dropped goes, unless lectures already follow it.
type SetQuarterThemesInput struct {
	// VillageID is the village.
	VillageID int `json:"villageId"`
	// Quarter is the quarter, e.g. 2024Q2.
	Quarter string `json:"quarter"`
	// Themes are its 2–3 themes, at most one per topic.
	Themes []QuarterThemeInput `json:"themes"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run sets the themes.
func (in SetQuarterThemesInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Village], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in SetQuarterThemesInput) take(ctx context.Context, c *gen.Client) (*gen.Village, error) {
	if len(in.Themes) < MinThemes || len(in.Themes) > MaxThemes {
		return nil, Refuse(ErrInvalid, "themes", "a village picks %d–%d themes a quarter, not %d", MinThemes, MaxThemes, len(in.Themes))
	}
	seen := map[int]bool{}
	for i, th := range in.Themes {
		if seen[th.TopicID] {
			return nil, Refuse(ErrInvalid, fmt.Sprintf("themes.%d.topicId", i), "one theme per topic a quarter: topic %d is named twice", th.TopicID)
		}
		seen[th.TopicID] = true
	}
	v, err := c.Village.Get(ctx, in.VillageID)
	if err != nil {
		return nil, err
	}
	old, err := c.QuarterTheme.Query().Where(quartertheme.VillageID(v.ID), quartertheme.Quarter(in.Quarter)).All(ctx)
	if err != nil {
		return nil, err
	}
	for i, th := range in.Themes {
		// A theme kept keeps its topic even if the topic was deactivated since.
		if slices.ContainsFunc(old, func(o *gen.QuarterTheme) bool { return o.TopicID == th.TopicID }) {
			continue
		}
		if _, err := usableTopic(ctx, c, th.TopicID, v.ID, fmt.Sprintf("themes.%d.topicId", i)); err != nil {
			return nil, err
		}
	}
	// One change of a village's themes at a time: a concurrent change
	// waits for this one and then reads the themes it left.
	if err := serialised(ctx, c.Village.UpdateOneID(v.ID).SetUpdatedAt(Now(ctx)).Exec); err != nil {
		return nil, err
	}
	old, err = c.QuarterTheme.Query().Where(quartertheme.VillageID(v.ID), quartertheme.Quarter(in.Quarter)).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, o := range old {
		if i := slices.IndexFunc(in.Themes, func(t QuarterThemeInput) bool { return t.TopicID == o.TopicID }); i >= 0 {
			if err := c.QuarterTheme.UpdateOne(o).SetTitle(in.Themes[i].Title).Exec(ctx); err != nil {
				return nil, err
			}
			continue
		}
		if n, err := o.QuerySessions().Count(ctx); err != nil || n > 0 {
			if err == nil {
				err = Refuse(ErrState, "themes", "%d lectures already follow the theme %q; keep its topic", n, o.Title)
			}
			return nil, err
		}
		if err := c.QuarterTheme.DeleteOne(o).Exec(ctx); err != nil {
			return nil, err
		}
	}
	for _, th := range in.Themes {
		if slices.ContainsFunc(old, func(o *gen.QuarterTheme) bool { return o.TopicID == th.TopicID }) {
			continue
		}
		if err := c.QuarterTheme.Create().SetVillageID(v.ID).SetQuarter(in.Quarter).
			SetTopicID(th.TopicID).SetTitle(th.Title).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// RecordLectureInput is recordLecture: a lecture given, whose audience gets
// rating codes (the result's codes); the ratings go to the courtyard's
// publicist active when it was held.
type RecordLectureInput struct {
	// CourtyardID is where it was held.
	CourtyardID int `json:"courtyardId"`
	// ThemeID is the village's quarter theme it follows; its topic is the lecture's.
	ThemeID int `json:"themeId"`
	// SpeakerID is the courtyard's active publicist who spoke (nil for a guest).
	SpeakerID *int `json:"speakerId,omitempty"`
	// SpeakerName names a guest speaker.
	SpeakerName *string `json:"speakerName,omitempty"`
	// HeldAt is when it was held.
	HeldAt time.Time `json:"heldAt"`
	// Attendance is how many residents came.
	Attendance int `json:"attendance"`
	// HouseholdsPresent optionally lists the courtyard's households present.
	HouseholdsPresent []int `json:"householdsPresent,omitempty"`
	// Note is a free-text note on the lecture, e.g. the children's pledge.
	Note *string `json:"note,omitempty"`
	// RatingCodes is how many rating codes to hand to the audience.
	RatingCodes *int `json:"ratingCodes,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run records the lecture and issues the codes.
func (in RecordLectureInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.Session], error) {
	speakerName, ratingCodes := orEmpty(in.SpeakerName), orEmpty(in.RatingCodes)
	cy, err := c.Courtyard.Get(ctx, in.CourtyardID)
	if err != nil {
		return Result[*gen.Session]{}, err
	}
	th, err := c.QuarterTheme.Get(ctx, in.ThemeID)
	if err != nil {
		return Result[*gen.Session]{}, err
	}
	q := period.Label(period.Quarter, in.HeldAt)
	if th.VillageID != cy.VillageID || th.Quarter != q {
		return Result[*gen.Session]{}, Refuse(ErrRule, "themeId", "the lecture must follow one of the village's themes for %s", q)
	}
	if _, err := usableTopic(ctx, c, th.TopicID, cy.VillageID, "themeId"); err != nil {
		return Result[*gen.Session]{}, err
	}
	switch {
	case in.HeldAt.After(Now(ctx)):
		return Result[*gen.Session]{}, Refuse(ErrInvalid, "heldAt", "a lecture is recorded after it was held")
	case in.Attendance < 1:
		return Result[*gen.Session]{}, Refuse(ErrInvalid, "attendance", "a lecture has an audience")
	case in.Attendance > bound.MaxPeople:
		return Result[*gen.Session]{}, Refuse(ErrInvalid, "attendance", "a lecture's audience is at most %d residents, got %d", bound.MaxPeople, in.Attendance)
	case len(in.HouseholdsPresent) > in.Attendance:
		return Result[*gen.Session]{}, Refuse(ErrInvalid, "householdsPresent", "more households present than residents attending")
	case ratingCodes < 0 || ratingCodes > min(in.Attendance, MaxAudienceCodes):
		return Result[*gen.Session]{}, Refuse(ErrInvalid, "ratingCodes", "at most one rating code per listener (and %d a lecture)", MaxAudienceCodes)
	case (in.SpeakerID == nil) == (speakerName == ""):
		return Result[*gen.Session]{}, Refuse(ErrInvalid, "speakerId", "name the speaker: the courtyard's publicist or a guest by name")
	}
	publicist, err := activeAssignment(ctx, c, cy.ID, roleassignment.RolePUBLICIST, in.HeldAt)
	if err != nil {
		return Result[*gen.Session]{}, err
	}
	// A speaker on record must be the publicist: the input is wrong, not the
	// account (whoever records may name any speaker), so BAD_USER_INPUT.
	switch {
	case in.SpeakerID != nil && publicist == nil:
		return Result[*gen.Session]{}, Refuse(ErrInvalid, "speakerId", "the courtyard had no publicist (宣传员) when the lecture was held: name a guest speaker instead")
	case in.SpeakerID != nil && publicist.ResidentID != *in.SpeakerID:
		return Result[*gen.Session]{}, Refuse(ErrInvalid, "speakerId", "a speaker on record is the courtyard's publicist (宣传员) when the lecture was held, and this resident was not: choose the publicist or name a guest speaker")
	}
	if n := len(in.HouseholdsPresent); n > 0 {
		got, err := c.Household.Query().Where(household.IDIn(in.HouseholdsPresent...), household.CourtyardID(cy.ID)).Count(ctx)
		if err != nil {
			return Result[*gen.Session]{}, err
		}
		if got != n {
			return Result[*gen.Session]{}, Refuse(ErrInvalid, "householdsPresent", "households present must be distinct households of the courtyard")
		}
	}
	b := c.Session.Create().SetKind(session.KindLECTURE).SetCourtyardID(cy.ID).
		SetTopicID(th.TopicID).SetTheme(th.Title).SetQuarterThemeID(th.ID).SetNote(orEmpty(in.Note)).
		SetHeldAt(in.HeldAt.UTC()).SetAttendance(in.Attendance).SetNillableSpeakerID(in.SpeakerID).SetSpeakerName(speakerName)
	if len(in.HouseholdsPresent) > 0 {
		b.SetHouseholdsPresent(in.HouseholdsPresent)
	}
	s, err := b.Save(ctx)
	if err != nil || ratingCodes == 0 {
		return Result[*gen.Session]{Record: s}, err
	}
	g := codeGrant{dimension: ratingcode.DimensionPUBLICITY, courtyard: cy.ID, session: &s.ID}
	if publicist != nil {
		g.assignment = &publicist.ID
	}
	codes, err := issueCodes(ctx, c, g, ratingCodes)
	return Result[*gen.Session]{Record: s, Codes: codes}, err
}

// QuarterThemes lists a village's themes for a quarter, in the catalogue's order of their topics.
func QuarterThemes(ctx context.Context, c *gen.Client, villageID int, quarter string) ([]*gen.QuarterTheme, error) {
	return c.QuarterTheme.Query().Where(quartertheme.VillageID(villageID), quartertheme.Quarter(quarter)).
		Order(quartertheme.ByTopicField(lecturetopic.FieldPosition), quartertheme.ByTopicID()).All(ctx)
}
