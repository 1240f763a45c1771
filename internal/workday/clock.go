package workday

import (
	"fmt"

	"ourchild/internal/date"
)

// A State is where a statutory clock stands on a report date (rules.md §0.3.5).
type State int

const (
	// Due: not done and the report date is on or before the due date (including the due date
	// itself). It is the zero value.
	Due State = iota
	// Overdue: not done and the report date is after the due date.
	Overdue
	// CompletedOnTime: done on or before the due date.
	CompletedOnTime
	// CompletedLate: done after the due date. It stays late permanently for reporting; a
	// recorded reason for lateness never makes it on time (§0.3.6).
	CompletedLate
)

// String returns "due", "overdue", "completed on time" or "completed late".
func (s State) String() string {
	switch s {
	case Due:
		return "due"
	case Overdue:
		return "overdue"
	case CompletedOnTime:
		return "completed on time"
	case CompletedLate:
		return "completed late"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// Done reports whether the state is one of the two completed states.
func (s State) Done() bool { return s == CompletedOnTime || s == CompletedLate }

// Late reports whether the state counts against the deadline: Overdue or CompletedLate.
func (s State) Late() bool { return s == Overdue || s == CompletedLate }

// Evaluate returns the state of a clock with deadline due, done on done (the zero date if not
// done) as seen on reportDate, by rules.md §0.3.5:
//
//   - done and done <= due: CompletedOnTime (done exactly on the due date is on time);
//   - done and done > due: CompletedLate;
//   - not done and reportDate > due: Overdue;
//   - not done and reportDate <= due: Due.
//
// The clock is seen as it stood on reportDate: an action done after reportDate (as when a return
// is produced "as at" 31 March after the event) counts as not yet done. A zero reportDate means
// "no cut-off": any done date counts, and a clock not done is Due.
//
// A zero due date means the deadline is unknown (for example the clock-start date was not
// recorded). Nothing can be late against an unknown deadline, so such a clock is Due while not
// done and CompletedOnTime once done. Callers producing statutory measures should therefore
// leave clocks with a zero due date out of the count (or report them as data-quality failures)
// rather than count them as on time.
func Evaluate(due, done, reportDate date.Date) State {
	if !done.IsZero() && !reportDate.IsZero() && done.After(reportDate) {
		done = date.Date{}
	}
	if !done.IsZero() {
		if !due.IsZero() && done.After(due) {
			return CompletedLate
		}
		return CompletedOnTime
	}
	if !due.IsZero() && !reportDate.IsZero() && reportDate.After(due) {
		return Overdue
	}
	return Due
}

// WorkingDaysLeft returns, for display, the working days from reportDate to due, that is
// WorkingDaysBetween(reportDate, due): positive while the deadline is ahead, 0 on the due date
// itself, negative once it has passed (and 0 if either date is zero). It counts the working days
// after reportDate up to and including due, so it is 1 on the working day before the deadline.
//
// Example: due Thursday 4 June 2026, reportDate Monday 1 June 2026 gives 3.
func (c *Calendar) WorkingDaysLeft(due, reportDate date.Date) int {
	return c.WorkingDaysBetween(reportDate, due)
}

// WorkingDaysLate returns, for display, how many working days a clock is or was late: for a
// clock done late, the working days d with due < d <= done; for one overdue on reportDate, the
// working days d with due < d <= reportDate; otherwise 0 (also when due is zero). A clock can be
// Overdue and 0 working days late, as on the Saturday after a Friday deadline, so show the state
// as well as the number.
func (c *Calendar) WorkingDaysLate(due, done, reportDate date.Date) int {
	switch Evaluate(due, done, reportDate) {
	case CompletedLate:
		return c.WorkingDaysBetween(due, done)
	case Overdue:
		return c.WorkingDaysBetween(due, reportDate)
	}
	return 0
}
