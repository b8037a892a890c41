package analytics

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"yuanbahui/internal/dialect"
	"yuanbahui/internal/metrics"
)

// Ranked is one entry of a ranking.
type Ranked struct {
	// Rank is from 1; ties share a rank.
	Rank int
	// Subject is the area or officer.
	Subject KeyValue
	// Value is the metric's value.
	Value *float64
}

// Ranking ranks the areas of level (TOWN, VILLAGE, COURTYARD) or the
// officers (metrics.Officer, officer metrics only) by metric m, top first or
// bottom first, with competition ranks (ties share a rank; 1, 2, 2, 4) and
// every entry tied at the cut: first is a minimum when the cut falls in a
// tie. Areas without rows count 0 for counts and sums, and are left
// out for means and shares (which they have none of).
func (s *Service) Ranking(ctx context.Context, m *metrics.Metric, level metrics.Key, where Filter, bottom bool, first int) ([]Ranked, error) {
	if first <= 0 || first > 1000 {
		return nil, invalid("first must be between 1 and 1000")
	}
	if _, ok := m.Fact.For([]metrics.Key{level}, nil).Keys[level]; !ok {
		return nil, invalid("%s cannot rank by %s", m.Name, strings.ToLower(string(level)))
	}
	res, err := s.Stats(ctx, Request{Metrics: []*metrics.Metric{m}, Where: where, Keys: []metrics.Key{level}, First: MaxRows})
	if err != nil {
		return nil, err
	}
	rows := res.Rows
	if level != metrics.Officer && (m.Agg == metrics.Count || m.Agg == metrics.Sum || m.Agg == metrics.Distinct) {
		if rows, err = s.withEmptyPlaces(ctx, level, where, rows); err != nil {
			return nil, err
		}
	}
	var out []Ranked
	for _, r := range rows {
		if r.Values[0] != nil {
			out = append(out, Ranked{Subject: r.Keys[0], Value: r.Values[0]})
		}
	}
	slices.SortStableFunc(out, func(a, b Ranked) int {
		if c := cmp.Compare(*a.Value, *b.Value); c != 0 {
			if bottom {
				return c
			}
			return -c
		}
		return cmp.Compare(a.Subject.Code, b.Subject.Code)
	})
	// Competition ranking (1, 2, 2, 4): an entry tied with the one before
	// shares its rank; the next one's rank counts every entry before it.
	for i := range out {
		out[i].Rank = i + 1
		if i > 0 && *out[i].Value == *out[i-1].Value {
			out[i].Rank = out[i-1].Rank
		}
	}
	return cutKeepingTies(out, first), nil
}

// cutKeepingTies keeps the first entries of a ranking and every entry tied
// with the last one kept: first 10 returns 11 entries when the 10th and the
// 11th share a rank, so no entry is dropped at the cut for its order alone.
func cutKeepingTies(ranked []Ranked, first int) []Ranked {
	n := min(first, len(ranked))
	for n < len(ranked) && n > 0 && ranked[n].Rank == ranked[n-1].Rank {
		n++
	}
	return ranked[:n]
}

// withEmptyPlaces adds a zero row for each place of level in scope that has none.
func (s *Service) withEmptyPlaces(ctx context.Context, level metrics.Key, where Filter, rows []*Row) ([]*Row, error) {
	scopes, err := s.scopes(ctx, where)
	if err != nil {
		return nil, err
	}
	table := map[metrics.Key]string{
		metrics.Town:      "(SELECT id AS town_id FROM towns) p",
		metrics.Village:   "(SELECT id AS village_id, town_id FROM villages) p",
		metrics.Courtyard: "(SELECT id AS courtyard_id, village_id, town_id FROM courtyards) p",
	}[level]
	col := map[metrics.Key]string{metrics.Town: "town_id", metrics.Village: "village_id", metrics.Courtyard: "courtyard_id"}[level]
	params, ph := placeholders(s.dialect)
	cond := scopeSQL(ph, scopes, level)
	rs, err := s.db.QueryContext(ctx, "SELECT "+col+" FROM "+table+" WHERE "+cond, *params...)
	if err != nil {
		return nil, fmt.Errorf("analytics: %w", err)
	}
	have := map[string]bool{}
	for _, r := range rows {
		have[r.raw[0]] = true
	}
	var missing []*Row
	for rs.Next() {
		var id string
		if err := rs.Scan(&id); err != nil {
			rs.Close()
			return nil, err
		}
		if !have[id] {
			zero := 0.0
			missing = append(missing, &Row{raw: []string{id}, Values: []*float64{&zero}})
		}
	}
	rs.Close()
	if err := s.name(ctx, []metrics.Key{level}, missing); err != nil {
		return nil, err
	}
	return append(rows, missing...), nil
}

// scopeSQL writes the scopes as a condition on the columns a place of level
// has (a town has only town_id, a village no courtyard_id), with the
// parameters' placeholders from ph.
func scopeSQL(ph func(any) string, scopes []metrics.Scope, level metrics.Key) string {
	cols := map[metrics.Key][]string{
		metrics.Town:      {"town_id"},
		metrics.Village:   {"town_id", "village_id"},
		metrics.Courtyard: {"town_id", "village_id", "courtyard_id"},
	}[level]
	conds := []string{"1 = 1"}
	for _, sc := range scopes {
		for i, ids := range [][]int{sc.Towns, sc.Villages, sc.Courtyards} {
			if ids == nil || i >= len(cols) {
				// A town or village is in a courtyard-bound viewer's area
				// when one of its courtyards is: kept (its figures come
				// from the scoped rows).
				continue
			}
			if len(ids) == 0 {
				conds = append(conds, "1 = 0")
				continue
			}
			var ps []string
			for _, id := range ids {
				ps = append(ps, ph(id))
			}
			conds = append(conds, cols[i]+" IN ("+strings.Join(ps, ", ")+")")
		}
	}
	return strings.Join(conds, " AND ")
}

// placeholders returns a parameter list and the function adding to it.
func placeholders(d dialect.Dialect) (*[]any, func(any) string) {
	params := &[]any{}
	return params, func(v any) string {
		*params = append(*params, v)
		return d.Placeholder(len(*params))
	}
}
