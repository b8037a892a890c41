package seed

import (
	"context"
	"slices"

	"yuanbahui/ent"
	"yuanbahui/internal/period"
	"yuanbahui/internal/workflow"
)

// --- village catalogues: supermarket goods and quarter themes ---

type goodPlan struct {
	village int
	good    int // index into supermarketGoods
	stock   int
}

type themePlan struct {
	village int
	quarter period.Period
	topic   int // index into lectureTopics
	title   string
}

// writeVillageCatalogues plans and writes each village's supermarket goods
// and its 2–3 lecture themes per quarter. Topics rotate through a per-village
// order of the eight lectures, so every village covers all eight within a few
// quarters and never repeats a topic within one.
func (s *seeder) writeVillageCatalogues(ctx context.Context) error {
	r := s.rng("village catalogues")
	for vi, v := range s.villages {
		n := min(s.sc.GoodsPerVillage.draw(r), len(supermarketGoods))
		for _, g := range r.Perm(len(supermarketGoods))[:n] {
			v.goods = append(v.goods, len(s.goods))
			s.goods = append(s.goods, &goodPlan{village: vi, good: g, stock: 10 + r.IntN(91)})
		}
		order := r.Perm(len(lectureTopics))
		next := 0
		for _, q := range s.quarters() {
			k := min(s.sc.ThemesPerQuarter.draw(r), len(lectureTopics))
			for range k {
				topic := order[next%len(order)]
				next++
				s.themes = append(s.themes, &themePlan{
					village: vi, quarter: q, topic: topic, title: pick(r, themeTitles[topic]),
				})
			}
		}
	}
	t := s.start
	err := insert(ctx, s, kSupermarketItem, len(s.goods),
		func(c *ent.Client, i int) *ent.SupermarketItemCreate {
			g := s.goods[i]
			d := supermarketGoods[g.good]
			return c.SupermarketItem.Create().
				SetName(d.Name).SetPointsCost(d.Cost).SetStock(g.stock).
				SetActive(true).SetVillageID(s.id(kVillage, g.village)).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.SupermarketItemCreate) error {
			return c.SupermarketItem.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	// The district's catalogue: the eight defaults from the start, and one
	// topic the district added later (文明实践), not yet on a theme.
	added := workflow.LectureTopicDefault{Code: "CIVILISATION", Name: "文明实践", NameEn: "civilisation practice"}
	catalogue := append(slices.Clone(lectureTopics), added)
	err = insert(ctx, s, kLectureTopic, len(catalogue),
		func(c *ent.Client, i int) *ent.LectureTopicCreate {
			t := s.start
			if i >= len(lectureTopics) {
				t = s.asOf.AddDate(0, -2, 0)
			}
			return c.LectureTopic.Create().SetDistrictID(s.districtID).SetCode(catalogue[i].Code).
				SetName(catalogue[i].Name).SetNameEn(catalogue[i].NameEn).SetPosition(i).SetCreatedAt(t).SetUpdatedAt(t)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.LectureTopicCreate) error {
			return c.LectureTopic.CreateBulk(bs...).Exec(ctx)
		})
	if err != nil {
		return err
	}
	s.topicIDs = make([]int, len(lectureTopics))
	for i := range lectureTopics {
		s.topicIDs[i] = s.id(kLectureTopic, i)
	}
	return insert(ctx, s, kQuarterTheme, len(s.themes),
		func(c *ent.Client, i int) *ent.QuarterThemeCreate {
			th := s.themes[i]
			at := latest(th.quarter.Start, s.start)
			return c.QuarterTheme.Create().SetQuarter(th.quarter.Label).
				SetTopicID(s.topicIDs[th.topic]).SetTitle(th.title).
				SetVillageID(s.id(kVillage, th.village)).SetCreatedAt(at).SetUpdatedAt(at)
		},
		func(ctx context.Context, c *ent.Client, bs []*ent.QuarterThemeCreate) error {
			return c.QuarterTheme.CreateBulk(bs...).Exec(ctx)
		})
}

// quarters returns the quarters of the history.
func (s *seeder) quarters() []period.Period {
	return period.Overlapping(period.Quarter, s.start, s.asOf)
}
