package analytics

import (
	"context"
	"fmt"
	"strings"

	"yuanbahui/internal/label"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/viewer"
)

// enumKeys names the GraphQL enum whose labels name an enum key's values.
var enumKeys = map[metrics.Key]string{
	metrics.Category:  "IssueCategory",
	metrics.Stage:     "IssueStage",
	metrics.Status:    "TicketStatus",
	metrics.Mode:      "TicketMode",
	metrics.Dimension: "RatingDimension",
	metrics.Role:      "RoleAssignmentRole",
	metrics.Outcome:   "SessionOutcome",
}

// lookups are the statements naming the records behind id keys: id, code,
// name and the parent's name.
var lookups = map[metrics.Key]string{
	metrics.Town:        "SELECT t.id, t.code, t.name, d.name FROM towns t JOIN districts d ON d.id = t.district_id WHERE t.id IN (%s)",
	metrics.Village:     "SELECT v.id, v.code, v.name, t.name FROM villages v JOIN towns t ON t.id = v.town_id WHERE v.id IN (%s)",
	metrics.Courtyard:   "SELECT c.id, c.code, c.name, v.name FROM courtyards c JOIN villages v ON v.id = c.village_id WHERE c.id IN (%s)",
	metrics.Item:        "SELECT i.id, i.code, i.name, i.category FROM issue_items i WHERE i.id IN (%s)",
	metrics.ServiceType: "SELECT s.id, s.code, s.name, '' FROM service_types s WHERE s.id IN (%s)",
	metrics.Topic:       "SELECT t.id, t.code, t.name, '' FROM lecture_topics t WHERE t.id IN (%s)",
	metrics.Officer: "SELECT ra.id, ra.role, r.name, c.name FROM role_assignments ra JOIN residents r ON r.id = ra.resident_id" +
		" JOIN courtyards c ON c.id = ra.courtyard_id WHERE ra.id IN (%s)",
}

// name fills each row's Keys from its raw key values.
func (s *Service) name(ctx context.Context, keys []metrics.Key, rows []*Row) error {
	names := map[metrics.Key]map[int]KeyValue{}
	for i, k := range keys {
		q, ok := lookups[k]
		if !ok {
			continue
		}
		ids := map[int]bool{}
		for _, r := range rows {
			if id := atoi(r.raw[i]); id != 0 {
				ids[id] = true
			}
		}
		found, err := s.lookup(ctx, k, q, ids)
		if err != nil {
			return err
		}
		names[k] = found
	}
	masked := viewer.FromContext(ctx).MasksPersonalData()
	for _, r := range rows {
		r.Keys = make([]KeyValue, len(keys))
		for i, k := range keys {
			raw := r.raw[i]
			kv := KeyValue{Key: k, Code: raw}
			switch {
			case raw == "":
				kv.Name = "（无）"
			case names[k] != nil:
				kv = names[k][atoi(raw)]
				kv.Key = k
				if k == metrics.Officer && masked {
					kv.Name = viewer.Mask("NAME", kv.Name)
				}
			default:
				kv.Name = label.Of(enumKeys[k], raw)
			}
			r.Keys[i] = kv
		}
	}
	return nil
}

// lookup names ids of key k with statement q.
func (s *Service) lookup(ctx context.Context, k metrics.Key, q string, ids map[int]bool) (map[int]KeyValue, error) {
	out := map[int]KeyValue{}
	if len(ids) == 0 {
		return out, nil
	}
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, fmt.Sprint(id))
	}
	rs, err := s.db.QueryContext(ctx, fmt.Sprintf(q, strings.Join(list, ", ")))
	if err != nil {
		return nil, fmt.Errorf("analytics: naming %s: %w", k, err)
	}
	defer rs.Close()
	for rs.Next() {
		var kv KeyValue
		if err := rs.Scan(&kv.ID, &kv.Code, &kv.Name, &kv.ParentName); err != nil {
			return nil, err
		}
		if k == metrics.Item {
			kv.ParentName = label.Of("IssueCategory", kv.ParentName)
		}
		out[kv.ID] = kv
	}
	return out, rs.Err()
}
