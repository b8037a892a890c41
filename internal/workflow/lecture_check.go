package workflow

import (
	"context"
	"fmt"
	"slices"

	gen "yuanbahui/ent"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/session"
	"yuanbahui/internal/period"
)

// The lecture rules every stored lecture and quarter obeys.
func init() {
	register("2–3 themes per village quarter", checkThemeCounts)
	register("lecture follows a quarter theme", checkLectureThemes)
	register("lecture speaker is the courtyard's publicist or a guest", checkLectureSpeakers)
	register("lecture ratings for the courtyard's publicist, from the households present", checkLectureRatings)
}

func checkThemeCounts(ctx context.Context, c *gen.Client) ([]Violation, error) {
	ths, err := c.QuarterTheme.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	type vq struct {
		village int
		quarter string
	}
	n := map[vq]int{}
	for _, th := range ths {
		n[vq{th.VillageID, th.Quarter}]++
	}
	var out []Violation
	for k, count := range n {
		if count < MinThemes || count > MaxThemes {
			out = append(out, Violation{"2–3 themes per village quarter", fmt.Sprintf("Village %d %s", k.village, k.quarter), fmt.Sprintf("%d themes", count)})
		}
	}
	return out, nil
}

// lectures reads every lecture with its theme.
func lectures(ctx context.Context, c *gen.Client) ([]*gen.Session, error) {
	return c.Session.Query().Where(session.KindEQ(session.KindLECTURE)).WithQuarterTheme().All(ctx)
}

func checkLectureThemes(ctx context.Context, c *gen.Client) ([]Violation, error) {
	ls, err := lectures(ctx, c)
	if err != nil {
		return nil, err
	}
	topics, err := c.LectureTopic.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	topicDistrict := map[int]int{}
	for _, t := range topics {
		topicDistrict[t.ID] = t.DistrictID
	}
	villages, err := c.Village.Query().WithTown().All(ctx)
	if err != nil {
		return nil, err
	}
	villageDistrict := map[int]int{}
	for _, v := range villages {
		villageDistrict[v.ID] = v.Edges.Town.DistrictID
	}
	var out []Violation
	for _, l := range ls {
		th := l.Edges.QuarterTheme
		var bad string
		switch {
		case th == nil:
			bad = "no quarter theme"
		case th.VillageID != l.VillageID:
			bad = fmt.Sprintf("theme of village %d", th.VillageID)
		case th.Quarter != period.Label(period.Quarter, l.HeldAt):
			bad = fmt.Sprintf("held in %s on a theme of %s", period.Label(period.Quarter, l.HeldAt), th.Quarter)
		case l.TopicID == nil || *l.TopicID != th.TopicID:
			bad = fmt.Sprintf("topic %v, theme's %d", l.TopicID, th.TopicID)
		case topicDistrict[th.TopicID] != villageDistrict[l.VillageID]:
			bad = fmt.Sprintf("topic %d of another district", th.TopicID)
		default:
			continue
		}
		out = append(out, Violation{"lecture follows a quarter theme", fmt.Sprintf("Session %d", l.ID), bad})
	}
	return out, nil
}

// publicists reads the PUBLICIST assignments by courtyard.
func publicists(ctx context.Context, c *gen.Client) (map[int][]*gen.RoleAssignment, error) {
	as, err := c.RoleAssignment.Query().Where(roleassignment.RoleEQ(roleassignment.RolePUBLICIST)).All(ctx)
	out := map[int][]*gen.RoleAssignment{}
	for _, a := range as {
		out[a.CourtyardID] = append(out[a.CourtyardID], a)
	}
	return out, err
}

// activeIn is the assignment of list active at the session's time (nil if none).
func activeIn(list []*gen.RoleAssignment, l *gen.Session) *gen.RoleAssignment {
	for _, a := range list {
		if !l.HeldAt.Before(a.StartedAt) && (a.EndedAt == nil || l.HeldAt.Before(*a.EndedAt)) {
			return a
		}
	}
	return nil
}

func checkLectureSpeakers(ctx context.Context, c *gen.Client) ([]Violation, error) {
	ls, err := lectures(ctx, c)
	if err != nil {
		return nil, err
	}
	pubs, err := publicists(ctx, c)
	if err != nil {
		return nil, err
	}
	var out []Violation
	for _, l := range ls {
		a := activeIn(pubs[l.CourtyardID], l)
		switch {
		case l.SpeakerID == nil && l.SpeakerName != "":
		case l.SpeakerID != nil && a != nil && a.ResidentID == *l.SpeakerID:
		default:
			out = append(out, Violation{"lecture speaker is the courtyard's publicist or a guest", fmt.Sprintf("Session %d", l.ID),
				fmt.Sprintf("speaker %v %q", l.SpeakerID, l.SpeakerName)})
		}
	}
	return out, nil
}

// checkLectureRatings: a rating following a lecture is a PUBLICITY rating
// of the courtyard's publicist then, given after the lecture, by a resident
// of a household present when the lecture took them down (a rating with a
// code handed to the audience names no rater).
func checkLectureRatings(ctx context.Context, c *gen.Client) ([]Violation, error) {
	rs, err := c.Rating.Query().Where(rating.SessionIDNotNil()).WithSession().WithRater().All(ctx)
	if err != nil {
		return nil, err
	}
	pubs, err := publicists(ctx, c)
	if err != nil {
		return nil, err
	}
	var out []Violation
	for _, r := range rs {
		l := r.Edges.Session
		a := activeIn(pubs[l.CourtyardID], l)
		var bad string
		switch {
		case l.Kind != session.KindLECTURE || r.Dimension != rating.DimensionPUBLICITY:
			bad = fmt.Sprintf("a %s rating of a %s", r.Dimension, l.Kind)
		case r.RatedAt.Before(l.HeldAt):
			bad = "rated before the lecture"
		case r.RoleAssignmentID != nil && (a == nil || a.ID != *r.RoleAssignmentID):
			bad = "rates someone other than the courtyard's publicist"
		case r.Edges.Rater != nil && len(l.HouseholdsPresent) > 0 && !slices.Contains(l.HouseholdsPresent, r.Edges.Rater.HouseholdID):
			bad = "rated by a resident whose household was not present"
		default:
			continue
		}
		out = append(out, Violation{"lecture ratings for the courtyard's publicist, from the households present", fmt.Sprintf("Rating %d", r.ID), bad})
	}
	return out, nil
}
