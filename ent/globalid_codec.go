// Hand-written (not generated): the opaque global IDs the GraphQL API exposes.

package ent

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"yuanbahui/ent/areaboundary"
	"yuanbahui/ent/auditevent"
	"yuanbahui/ent/authtoken"
	"yuanbahui/ent/award"
	"yuanbahui/ent/budgetbucket"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/deliberationrule"
	"yuanbahui/ent/district"
	"yuanbahui/ent/grant"
	"yuanbahui/ent/household"
	"yuanbahui/ent/householdmove"
	"yuanbahui/ent/idea"
	"yuanbahui/ent/idempotencykey"
	"yuanbahui/ent/internal"
	"yuanbahui/ent/issue"
	"yuanbahui/ent/issueitem"
	"yuanbahui/ent/issueparty"
	"yuanbahui/ent/issuestep"
	"yuanbahui/ent/lecturetopic"
	"yuanbahui/ent/loginattempt"
	"yuanbahui/ent/metrictarget"
	"yuanbahui/ent/photo"
	"yuanbahui/ent/pointentry"
	"yuanbahui/ent/pointredemption"
	"yuanbahui/ent/pointrule"
	"yuanbahui/ent/quartertheme"
	"yuanbahui/ent/rating"
	"yuanbahui/ent/ratingcode"
	"yuanbahui/ent/resident"
	"yuanbahui/ent/roleassignment"
	"yuanbahui/ent/servicetype"
	"yuanbahui/ent/session"
	"yuanbahui/ent/supermarketitem"
	"yuanbahui/ent/ticket"
	"yuanbahui/ent/town"
	"yuanbahui/ent/user"
	"yuanbahui/ent/village"
)

// Every entity has a global ID: ent's sql/globalid feature gives each table its
// own range of 1<<32 integers (ent/internal/globalid.go). Clients never see those
// integers; they see an opaque string, base64url("<Type>:<n>"), where n is the
// row's number inside its type's range. Decoding checks the type and the range,
// so a malformed or foreign ID is a typed error, never a wrong row.

// globalTypes names the GraphQL type of every table. TestGlobalTypesComplete keeps
// it in step with the generated ranges. Tables of internal bookkeeping that the
// API never exposes have the name "": their ids neither encode nor decode.
var globalTypes = []struct{ table, name string }{
	{areaboundary.Table, ""},
	{auditevent.Table, "AuditEvent"},
	{authtoken.Table, "AuthToken"},
	{award.Table, "Award"},
	{budgetbucket.Table, ""},
	{courtyard.Table, "Courtyard"},
	{district.Table, "District"},
	{grant.Table, "Grant"},
	{household.Table, "Household"},
	{householdmove.Table, "HouseholdMove"},
	{idea.Table, "Idea"},
	{idempotencykey.Table, ""},
	{lecturetopic.Table, "LectureTopic"},
	{loginattempt.Table, ""},
	{metrictarget.Table, "MetricTarget"},
	{issue.Table, "Issue"},
	{issuestep.Table, "IssueStep"},
	{issueparty.Table, "IssueParty"},
	{deliberationrule.Table, "DeliberationRule"},
	{issueitem.Table, "IssueItem"},
	{photo.Table, "Photo"},
	{pointentry.Table, "PointEntry"},
	{pointredemption.Table, "PointRedemption"},
	{pointrule.Table, "PointRule"},
	{quartertheme.Table, "QuarterTheme"},
	{rating.Table, "Rating"},
	{ratingcode.Table, ""},
	{resident.Table, "Resident"},
	{roleassignment.Table, "RoleAssignment"},
	{servicetype.Table, "ServiceType"},
	{session.Table, "Session"},
	{supermarketitem.Table, "SupermarketItem"},
	{ticket.Table, "Ticket"},
	{town.Table, "Town"},
	{user.Table, "User"},
	{village.Table, "Village"},
}

type idRange struct {
	start int
	name  string
}

var (
	rangeByStart = map[int]idRange{}
	rangeByName  = map[string]idRange{}
)

func init() {
	var starts map[string]int
	if err := json.Unmarshal([]byte(internal.IncrementStarts), &starts); err != nil {
		panic(err)
	}
	for _, t := range globalTypes {
		start, ok := starts[t.table]
		if !ok {
			panic("ent: no global id range for table " + t.table)
		}
		if t.name == "" {
			continue
		}
		r := idRange{start: start, name: t.name}
		rangeByStart[start] = r
		rangeByName[t.name] = r
	}
}

// ErrInvalidID is returned (wrapped) for any ID that is not a well-formed global ID.
var ErrInvalidID = errors.New("invalid ID")

// TypeOfID returns the GraphQL type name of an internal id, or "" if the id
// lies in no known range.
func TypeOfID(id int) string {
	return rangeByStart[id&^(1<<32-1)].name
}

// Exposed tells whether a table's rows are GraphQL nodes (internal
// bookkeeping tables are not).
func Exposed(table string) bool { return TypeOfTable(table) != "" }

// TypeOfTable returns the GraphQL type of a table's rows ("" for internal
// bookkeeping tables and unknown tables).
func TypeOfTable(table string) string {
	for _, t := range globalTypes {
		if t.table == table {
			return t.name
		}
	}
	return ""
}

// EncodeGlobalID returns the opaque global ID of an internal id.
func EncodeGlobalID(id int) string {
	r, ok := rangeByStart[id&^(1<<32-1)]
	if !ok {
		r.name = "Unknown"
	}
	return base64.RawURLEncoding.EncodeToString([]byte(r.name + ":" + strconv.Itoa(id-r.start)))
}

// DecodeGlobalID returns the internal id of an opaque global ID.
func DecodeGlobalID(s string) (int, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return 0, fmt.Errorf("%w %q: not an ID issued by this API", ErrInvalidID, s)
	}
	name, num, ok := strings.Cut(string(raw), ":")
	r, known := rangeByName[name]
	n, perr := strconv.ParseInt(num, 10, 64)
	if !ok || !known || perr != nil || n < 0 || n >= 1<<32 {
		return 0, fmt.Errorf("%w %q: not an ID issued by this API", ErrInvalidID, s)
	}
	return r.start + int(n), nil
}

// MarshalGlobalID is the gqlgen marshaler of the GraphQL ID scalar.
func MarshalGlobalID(id int) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(EncodeGlobalID(id)))
	})
}

// UnmarshalGlobalID is the gqlgen unmarshaler of the GraphQL ID scalar.
func UnmarshalGlobalID(v any) (int, error) {
	s, ok := v.(string)
	if !ok {
		return 0, fmt.Errorf("%w: an ID is a string, got %T", ErrInvalidID, v)
	}
	return DecodeGlobalID(s)
}

// GlobalIDStart returns the start of the global-ID range of a type, by its
// GraphQL type name (e.g. "Courtyard"): the type's ids are start+1, start+2, …
// Writers that assign ids themselves (the demo seeder) use it so that the ids
// are the same on every database.
func GlobalIDStart(typeName string) (int, bool) {
	r, ok := rangeByName[typeName]
	return r.start, ok
}
