package workflow

import (
	"time"

	"yuanbahui/ent/pointentry"
	"yuanbahui/internal/period"
)

// Incentives (积分, 积分超市): the household points ledger and the village
// points supermarket.
//
// The ledger is append-only (AppendOnlyLedger): points are given under a
// published rule version (PointRule, versioned, never edited) or for a free
// reason the village approves; an entry keeps the points it was given and
// the courtyard where they were earned. A courtyard officer's entry above
// the village's limit (Village.points_confirm_above), and every free-reason
// entry an officer records, is PROPOSED until a village cadre confirms or
// rejects it; village cadres and above record CONFIRMED entries. A mistake
// is undone by reversePointEntry: a new entry of the opposite points that
// points at the one it reverses (at most once, a unique index).
//
// A household's balance (Household.point_balance) is the sum of its
// CONFIRMED entries minus its redemptions not cancelled, always (a rule
// check). Every change to it is one conditional UPDATE in the same
// transaction as the entry or redemption: a redemption subtracts its cost
// only WHERE point_balance >= cost, and takes each good only WHERE stock >=
// quantity, so concurrent redemptions neither overdraw nor oversell on
// PostgreSQL (row locks, the WHERE re-checked after a wait) or SQLite (one
// writer). Deductions and reversals may leave a balance below zero: a
// penalty stands even when the points were spent.

// Points entry statuses, as ent/schema's PointEntry.status spells them.
const (
	entryProposed  = pointentry.StatusPROPOSED
	entryConfirmed = pointentry.StatusCONFIRMED
	entryRejected  = pointentry.StatusREJECTED
)

// sameDay tells whether a and b fall on the same calendar day in Shanghai.
func sameDay(a, b time.Time) bool {
	return period.Label(period.Day, a) == period.Label(period.Day, b)
}
