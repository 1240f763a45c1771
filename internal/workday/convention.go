package workday

import (
	"fmt"

	"ourchild/internal/date"
)

// A Convention is how a council counts "within N working days" (rules.md §1.3). The zero value
// is Day0, the recommended default. DfE statistical returns and benchmarks always use Day0,
// whatever the council's setting.
type Convention int

const (
	// Day0: the clock-start date is day 0, whatever day of the week it is, and the deadline is
	// the N-th working day after it (rules.md §0.3.2). This matches DfE's published duration
	// bands, where "same day" is 0 working days. Example: a referral on Friday 27 March 2026
	// with 45 working days for the assessment is due on Thursday 4 June 2026.
	Day0 Convention = iota

	// Inclusive: the start date counts as day 1 if it is a working day, so the deadline is one
	// working day earlier than under Day0 — the count the LA-maintained CIN validator uses for
	// 45 working days (pandas CustomBusinessDay(n=44), rules.md §1.3) and that local procedures
	// describe as "from and including the day of the visit". Example: a referral on Friday
	// 27 March 2026 with 45 working days is due on Wednesday 3 June 2026.
	//
	// If the start date is not a working day (a weekend, a bank holiday or a closure day) it
	// cannot count, so day 1 is the next working day and the deadline equals Day0's. (Here the
	// validator, which always offsets by n-1, would give a date one working day earlier.)
	Inclusive
)

// String returns the setting value: "day0" or "inclusive".
func (c Convention) String() string {
	switch c {
	case Day0:
		return "day0"
	case Inclusive:
		return "inclusive"
	}
	return fmt.Sprintf("Convention(%d)", int(c))
}

// ParseConvention reads a council setting: "day0" (or "") or "inclusive".
func ParseConvention(s string) (Convention, error) {
	switch s {
	case "", "day0":
		return Day0, nil
	case "inclusive":
		return Inclusive, nil
	}
	return Day0, fmt.Errorf("working-day convention %q is not day0 or inclusive", s)
}

// Due returns the deadline for "within n working days of start" under the convention conv. An
// action is on time if it is done on or before this date (rules.md §0.3.2).
//
//   - Day0: AddWorkingDays(start, n).
//   - Inclusive, n > 0: the n-th working day on or after start, that is AddWorkingDays(start, n-1)
//     when start is a working day and AddWorkingDays(start, n) when it is not. Negative n mirrors
//     this backwards (the |n|-th working day on or before start). n = 0 gives start under both.
//
// Always show the computed date to users so the convention in use is visible (rules.md §1.3).
// The zero start date gives the zero date: an unknown start has an unknown deadline.
func (c *Calendar) Due(start date.Date, n int, conv Convention) date.Date {
	if conv == Inclusive && n != 0 && c.IsWorkingDay(start) {
		if n > 0 {
			n--
		} else {
			n++
		}
	}
	return c.AddWorkingDays(start, n)
}
