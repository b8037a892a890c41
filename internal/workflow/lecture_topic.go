package workflow

import (
	"context"
	"regexp"
	"strings"

	gen "yuanbahui/ent"
	"yuanbahui/ent/hook"
	"yuanbahui/ent/lecturetopic"
	"yuanbahui/internal/rule"
	"yuanbahui/internal/viewer"
)

// Lecture topics (宣讲类别): a catalogue per district. Every district starts
// with the eight lectures "院坝八讲" (DefaultLectureTopics, created with the
// district by the DistrictLectureTopics hook, or by EnsureLectureTopics for a
// district that predates the catalogue); its administrators add topics (e.g.
// 文明实践) and deactivate them. A quarter theme, and so a lecture, is on an
// active topic of the village's district.

// LectureTopicDefault is one of the topics every district starts with.
type LectureTopicDefault struct {
	// Code is the topic's stable code.
	Code string
	// Name is its Chinese name.
	Name string
	// NameEn is its English name.
	NameEn string
}

// DefaultLectureTopics are the eight lectures "院坝八讲", in their order.
var DefaultLectureTopics = []LectureTopicDefault{
	{"THEORY", "理论", "theory"},
	{"POLICY", "政策", "policy"},
	{"HEALTH", "健康", "health"},
	{"LAW", "法律", "law"},
	{"ROLE_MODEL", "典型", "role models"},
	{"TECHNOLOGY", "技术", "technology"},
	{"SAFETY", "安全", "safety"},
	{"CHANGE", "变化", "change"},
}

// EnsureLectureTopics gives the district the default topics it lacks (by
// code), as the system, dated as the district, and returns the district's
// catalogue by position.
// The seed and migrations of older databases may call it; it is idempotent.
func EnsureLectureTopics(ctx context.Context, c *gen.Client, districtID int) ([]*gen.LectureTopic, error) {
	sys := viewer.SystemContext(ctx)
	have, err := c.LectureTopic.Query().Where(lecturetopic.DistrictID(districtID)).All(sys)
	if err != nil {
		return nil, err
	}
	d, err := c.District.Get(sys, districtID)
	if err != nil {
		return nil, err
	}
	codes := map[string]bool{}
	for _, t := range have {
		codes[t.Code] = true
	}
	var bs []*gen.LectureTopicCreate
	for i, def := range DefaultLectureTopics {
		if !codes[def.Code] {
			bs = append(bs, c.LectureTopic.Create().SetDistrictID(districtID).SetCode(def.Code).
				SetName(def.Name).SetNameEn(def.NameEn).SetPosition(i).SetCreatedAt(d.CreatedAt).SetUpdatedAt(d.CreatedAt))
		}
	}
	if len(bs) > 0 {
		if err := c.LectureTopic.CreateBulk(bs...).Exec(sys); err != nil {
			return nil, err
		}
	}
	return c.LectureTopic.Query().Where(lecturetopic.DistrictID(districtID)).
		Order(lecturetopic.ByPosition(), lecturetopic.ByID()).All(sys)
}

// topicsWrittenKey marks a context whose writer creates a new district's
// lecture topics itself (WithTopicsWritten).
type topicsWrittenKey struct{}

// WithTopicsWritten returns ctx for creating districts whose writer creates
// their lecture topics itself, with ids of its own (the seed, which numbers
// every row so that both databases hold the same ids): DistrictLectureTopics
// leaves such districts to it.
func WithTopicsWritten(ctx context.Context) context.Context {
	return context.WithValue(ctx, topicsWrittenKey{}, true)
}

// DistrictLectureTopics is the ent hook giving a new district the default
// lecture topics (unless the context says its writer does, WithTopicsWritten).
var DistrictLectureTopics = hook.On(func(next gen.Mutator) gen.Mutator {
	return hook.DistrictFunc(func(ctx context.Context, m *gen.DistrictMutation) (gen.Value, error) {
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return v, err
		}
		if d, ok := v.(*gen.District); ok && ctx.Value(topicsWrittenKey{}) == nil {
			_, err = EnsureLectureTopics(ctx, m.Client(), d.ID)
		}
		return v, err
	})
}, gen.OpCreate)

// CheckLectureTopicDistrict is the ent hook keeping a topic in its district:
// an account adds topics only to its own district's catalogue, and no topic
// moves to another district.
var CheckLectureTopicDistrict = hook.On(func(next gen.Mutator) gen.Mutator {
	return hook.LectureTopicFunc(func(ctx context.Context, m *gen.LectureTopicMutation) (gen.Value, error) {
		if d, ok := m.DistrictID(); ok && !rule.System(ctx) {
			if v := viewer.FromContext(ctx); m.Op().Is(gen.OpCreate) && (v == nil || v.DistrictID != d) {
				return nil, Refuse(ErrActor, "districtId", "a district adds lecture topics to its own catalogue only")
			}
			if !m.Op().Is(gen.OpCreate) {
				return nil, Refuse(ErrInvalid, "districtId", "a lecture topic stays in its district")
			}
		}
		return next.Mutate(ctx, m)
	})
}, gen.OpCreate|gen.OpUpdate|gen.OpUpdateOne)

// lectureTopicCode is a topic code: upper-case letters, digits, underscores.
var lectureTopicCode = regexp.MustCompile(`^[A-Z][A-Z0-9_]{1,31}$`)

// AddLectureTopicInput is addLectureTopic: a topic added to the viewer's
// district's catalogue, active, after the topics it has.
type AddLectureTopicInput struct {
	// Code is the topic's stable code, unique in the district, e.g. CIVILISATION.
	Code string `json:"code"`
	// Name is its Chinese name, e.g. 文明实践.
	Name string `json:"name"`
	// NameEn is its English name, e.g. civilisation practice.
	NameEn *string `json:"nameEn,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run adds the topic.
func (in AddLectureTopicInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.LectureTopic], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in AddLectureTopicInput) take(ctx context.Context, c *gen.Client) (*gen.LectureTopic, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, Refuse(ErrActor, "", "sign in to add a lecture topic")
	}
	code := strings.TrimSpace(in.Code)
	switch {
	case !lectureTopicCode.MatchString(code):
		return nil, Refuse(ErrInvalid, "code", "a topic code is 2–32 upper-case letters, digits or underscores starting with a letter, got %q", in.Code)
	case strings.TrimSpace(in.Name) == "":
		return nil, Refuse(ErrInvalid, "name", "name the topic")
	}
	all, err := EnsureLectureTopics(ctx, c, v.DistrictID)
	if err != nil {
		return nil, err
	}
	position := 0
	for _, t := range all {
		if t.Code == code {
			return nil, Refuse(ErrState, "code", "the district already has the lecture topic %s (%s)", code, t.Name)
		}
		position = max(position, t.Position+1)
	}
	return c.LectureTopic.Create().SetDistrictID(v.DistrictID).SetCode(code).SetName(strings.TrimSpace(in.Name)).
		SetNameEn(strings.TrimSpace(orEmpty(in.NameEn))).SetPosition(position).Save(ctx)
}

// ChangeLectureTopicInput is changeLectureTopic: a topic of the viewer's
// district renamed, deactivated (no new themes or lectures on it; those
// given keep it) or activated again.
type ChangeLectureTopicInput struct {
	// ID is the topic.
	ID int `json:"id"`
	// Name is its new Chinese name (unchanged when left out).
	Name *string `json:"name,omitempty"`
	// NameEn is its new English name (unchanged when left out).
	NameEn *string `json:"nameEn,omitempty"`
	// Active tells whether new themes and lectures may use it (unchanged when left out).
	Active *bool `json:"active,omitempty"`
	// IdempotencyKey makes a retry safe (Request.Key).
	IdempotencyKey *string `json:"idempotencyKey,omitempty"`
}

// Run changes the topic.
func (in ChangeLectureTopicInput) Run(ctx context.Context, c *gen.Client) (Result[*gen.LectureTopic], error) {
	return single(in.take(ctx, c))
}

// take is Run's step, producing the one record.
func (in ChangeLectureTopicInput) take(ctx context.Context, c *gen.Client) (*gen.LectureTopic, error) {
	t, err := c.LectureTopic.Get(ctx, in.ID)
	if err != nil {
		return nil, missing(err, Refuse(ErrInvalid, "id", "no such lecture topic in the district"))
	}
	u := c.LectureTopic.UpdateOne(t)
	if in.Name != nil {
		if strings.TrimSpace(*in.Name) == "" {
			return nil, Refuse(ErrInvalid, "name", "name the topic")
		}
		u.SetName(strings.TrimSpace(*in.Name))
	}
	if in.NameEn != nil {
		u.SetNameEn(strings.TrimSpace(*in.NameEn))
	}
	if in.Active != nil {
		u.SetActive(*in.Active)
	}
	return u.Save(ctx)
}

// usableTopic reads the topic for a new theme or lecture in the village's
// district: refused when it is another district's or inactive.
func usableTopic(ctx context.Context, c *gen.Client, topicID, villageID int, field string) (*gen.LectureTopic, error) {
	t, err := c.LectureTopic.Get(viewer.SystemContext(ctx), topicID)
	if err != nil {
		return nil, missing(err, Refuse(ErrInvalid, field, "no such lecture topic"))
	}
	d, err := districtOfVillage(ctx, c, villageID)
	if err != nil {
		return nil, err
	}
	switch {
	case t.DistrictID != d:
		return nil, Refuse(ErrRule, field, "the lecture topic %s is another district's; pick one of the district's topics", t.Code)
	case !t.Active:
		return nil, Refuse(ErrState, field, "the lecture topic %s (%s) is no longer in use; pick an active topic", t.Code, t.Name)
	}
	return t, nil
}
