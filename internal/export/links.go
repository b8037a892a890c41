package export

import (
	"context"
	"reflect"
	"slices"

	"entgo.io/ent/dialect/sql"

	"yuanbahui/ent"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/district"
	"yuanbahui/ent/household"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/issueitem"
	"yuanbahui/ent/pointrule"
	"yuanbahui/ent/quartertheme"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/servicetype"
	"yuanbahui/ent/session"
	"yuanbahui/ent/supermarketitem"
	"yuanbahui/ent/town"
	"yuanbahui/ent/user"
	"yuanbahui/ent/village"
	"yuanbahui/internal/viewer"
)

// linked is the name and code of a linked record.
type linked struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	Code string `json:"code"`
}

// linkLoaders read the name and code (as columns name and code) of the
// records of a GraphQL type (linkNames) with the given IDs.
var linkLoaders = map[string]func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error{
	"District": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.District.Query().Where(district.IDIn(ids...)).Select(district.FieldID, district.FieldName, district.FieldCode).Scan(ctx, out)
	},
	"Town": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.Town.Query().Where(town.IDIn(ids...)).Select(town.FieldID, town.FieldName, town.FieldCode).Scan(ctx, out)
	},
	"Village": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.Village.Query().Where(village.IDIn(ids...)).Select(village.FieldID, village.FieldName, village.FieldCode).Scan(ctx, out)
	},
	"Courtyard": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.Courtyard.Query().Where(courtyard.IDIn(ids...)).Select(courtyard.FieldID, courtyard.FieldName, courtyard.FieldCode).Scan(ctx, out)
	},
	"Resident": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.Resident.Query().Where(resident.IDIn(ids...)).Select(resident.FieldID, resident.FieldName).Scan(ctx, out)
	},
	"Household": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.Household.Query().Where(household.IDIn(ids...)).Modify(func(s *sql.Selector) {
			s.Select(s.C(household.FieldID), sql.As(s.C(household.FieldHeadName), "name"), sql.As(s.C(household.FieldNumber), "code"))
		}).Scan(ctx, out)
	},
	"ServiceType": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.ServiceType.Query().Where(servicetype.IDIn(ids...)).Select(servicetype.FieldID, servicetype.FieldName, servicetype.FieldCode).Scan(ctx, out)
	},
	"IssueItem": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.IssueItem.Query().Where(issueitem.IDIn(ids...)).Select(issueitem.FieldID, issueitem.FieldName, issueitem.FieldCode).Scan(ctx, out)
	},
	"PointRule": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.PointRule.Query().Where(pointrule.IDIn(ids...)).Select(pointrule.FieldID, pointrule.FieldName, pointrule.FieldCode).Scan(ctx, out)
	},
	"SupermarketItem": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.SupermarketItem.Query().Where(supermarketitem.IDIn(ids...)).Select(supermarketitem.FieldID, supermarketitem.FieldName).Scan(ctx, out)
	},
	"Issue": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.Issue.Query().Where(issue.IDIn(ids...)).Modify(func(s *sql.Selector) {
			s.Select(s.C(issue.FieldID), sql.As(s.C(issue.FieldTitle), "name"))
		}).Scan(ctx, out)
	},
	"QuarterTheme": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.QuarterTheme.Query().Where(quartertheme.IDIn(ids...)).Modify(func(s *sql.Selector) {
			s.Select(s.C(quartertheme.FieldID), sql.As(s.C(quartertheme.FieldTitle), "name"))
		}).Scan(ctx, out)
	},
	"Session": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.Session.Query().Where(session.IDIn(ids...)).Modify(func(s *sql.Selector) {
			s.Select(s.C(session.FieldID), sql.As(s.C(session.FieldTheme), "name"))
		}).Scan(ctx, out)
	},
	"User": func(ctx context.Context, c *ent.Client, ids []int, out *[]linked) error {
		return c.User.Query().Where(user.IDIn(ids...)).Modify(func(s *sql.Selector) {
			s.Select(s.C(user.FieldID), sql.As(s.C(user.FieldUsername), "name"))
		}).Scan(ctx, out)
	},
}

// loadLinks reads the names and codes of the records the rows of one page
// (the edges of a connection) link to that earlier pages did not.
func (r *reader) loadLinks(ctx context.Context, edges reflect.Value) error {
	if r.c.client == nil {
		return nil
	}
	want := map[string][]int{}
	for i, f := range r.c.fields {
		if f.link == nil || f.link.code {
			continue
		}
		for e := 0; e < edges.Len(); e++ {
			node := reflect.Indirect(edges.Index(e).Elem().FieldByName("Node"))
			if !node.IsValid() {
				continue
			}
			r.c.once.Do(func() { r.c.bind(node.Type()) })
			if r.c.index[i] < 0 {
				break
			}
			v := reflect.Indirect(node.Field(r.c.index[i]))
			if !v.IsValid() || !v.CanInt() {
				continue
			}
			id := int(v.Int())
			if _, ok := r.links[f.link.typ][id]; !ok {
				want[f.link.typ] = append(want[f.link.typ], id)
			}
		}
	}
	if r.links == nil {
		r.links = map[string]map[int]linked{}
	}
	for typ, ids := range want {
		load := linkLoaders[typ]
		if load == nil {
			continue
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		if r.links[typ] == nil {
			r.links[typ] = map[int]linked{}
		}
		for len(ids) > 0 {
			batch := ids[:min(len(ids), 2000)]
			ids = ids[len(batch):]
			var rows []linked
			if err := load(ctx, r.c.client, batch, &rows); err != nil {
				return err
			}
			for _, l := range rows {
				r.links[typ][l.ID] = l
			}
		}
	}
	return nil
}

// linked is the cell of a link column for the record id: its name (masked
// as the API masks it for the viewer) or its code; empty when unknown.
func (r *reader) linked(f field, id int) any {
	l, ok := r.links[f.link.typ][id]
	switch {
	case !ok:
		return nil
	case f.link.code:
		return nilIfEmpty(l.Code)
	case f.link.personal != "" && r.masks(f.link.personal):
		return nilIfEmpty(viewer.Mask(f.link.personal, l.Name))
	}
	return nilIfEmpty(l.Name)
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
