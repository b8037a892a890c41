package live

import (
	"sync/atomic"

	"yuanbahui/ent"
	"yuanbahui/internal/viewer"
)

// Match is the filter of a subscription: an event passes when its record's
// own town, village and courtyard lie in the area of the viewer who is
// current (the viewer is re-read at each event, so a subscription follows
// a re-checked session) and in area (a district, town, village or
// courtyard id; 0: the viewer's area), like reads are scoped. It reports
// false when area is none of those.
func Match(current *atomic.Pointer[viewer.Viewer], area int) (func(Event) bool, bool) {
	inArea := func(Event) bool { return true }
	if area != 0 {
		switch ent.TypeOfID(area) {
		case "District":
			inArea = func(Event) bool {
				v := current.Load()
				return v != nil && (v.System || v.DistrictID == area)
			}
		case "Town":
			inArea = func(e Event) bool { return e.Town == area }
		case "Village":
			inArea = func(e Event) bool { return e.Village == area }
		case "Courtyard":
			inArea = func(e Event) bool { return e.Courtyard == area }
		default:
			return nil, false
		}
	}
	return func(e Event) bool {
		return current.Load().Covers(e.Town, e.Village, e.Courtyard) && inArea(e)
	}, true
}
