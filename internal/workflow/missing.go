package workflow

import (
	"errors"

	gen "yuanbahui/ent"
	"yuanbahui/ent/privacy"
)

// missing answers a record a step names but cannot load: when it does not
// exist or the access rules hide it, the step's refusal; any other failure
// (the database unreachable, every connection busy) is returned as it is, so
// that an outage is not answered as bad input.
func missing(err, refusal error) error {
	if gen.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return refusal
	}
	return err
}
