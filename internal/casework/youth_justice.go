package casework

import (
	"ourchild/internal/apperr"
	"ourchild/internal/date"
)

// Youth justice outcomes: a child convicted, or given a youth caution or youth conditional
// caution. The SSDA903 asks, for each child looked after for twelve months, whether any of
// these happened in the year (OC2 CONVICTED, docs/returns.md); the record keeps each outcome
// so the child's chronology and the youth justice service's work sit beside the care record.

var youthJusticeOutcomes = set("YouthJusticeOutcome",
	"conviction", "Convicted of an offence",
	"youth_caution", "Youth caution",
	"youth_conditional_caution", "Youth conditional caution")

// YouthJustice is one outcome, dated the day of the conviction or caution.
var YouthJustice = register(&Kind{
	Name: "youth_justice", Label: "Youth justice outcome", Start: "date", Fields: []Field{
		{Name: "date", Label: "Date of the conviction or caution", Type: Date, Required: true},
		{Name: "outcome", Label: "Outcome", Type: Choice, Options: youthJusticeOutcomes, Required: true},
		{Name: "offence", Label: "Offence", Type: Text, Required: true, Hint: "As the court or police recorded it"},
		{Name: "sentence", Label: "Sentence or conditions", Type: Textarea, Hint: "For example, a referral order of 6 months"},
		{Name: "yjs_worker", Label: "Youth justice service worker", Type: Text},
		{Name: "notes", Label: "What this means for the child's plan", Type: Textarea},
	},
	Check: func(it *Item, fe *apperr.FieldErrors, today date.Date) {
		notFuture(it, fe, today, "date")
	},
	Summary: func(it *Item) string { return youthJusticeOutcomes.Label(it.Get("outcome")) + ": " + it.Get("offence") },
})

// Convicted reports whether an outcome is one the SSDA903 counts as "convicted": all three are
// (DfE: convicted, or subject to a youth caution or youth conditional caution, during the year).
func Convicted(it *Item) bool {
	return it.Kind == YouthJustice.Name && youthJusticeOutcomes.Valid(it.Get("outcome"))
}
