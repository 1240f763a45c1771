// Package workday holds the working-day calendar and the statutory clock: England and Wales bank
// holidays, working-day arithmetic under the counting convention a council chooses, and the four
// states of a clock.
//
// The rules implemented here are in the project rulebook (/work/shared/reference/rules.md):
// §0.3 (global computation conventions) and §1 (working days and bank holidays). All arithmetic
// is on calendar dates (date.Date), never on instants, so British Summer Time cannot move a
// deadline by a day (§0.3.3).
//
// A working day is Monday to Friday, excluding England and Wales bank holidays (§0.3.1, §1.1).
// 24 and 31 December are ordinary working days. A council may add its own closure days
// (WithClosures); they are kept apart from the bank holidays and must never be used for DfE or
// Ofsted returns (§0.3.1): use ForReturns for those.
package workday

import (
	"slices"
	"sync"
	"time"

	"ourchild/internal/date"
)

// A Holiday is one England and Wales bank holiday.
type Holiday struct {
	Date  date.Date
	Title string // e.g. "Good Friday"; may be empty for dates added without a name
	Notes string // e.g. "Substitute day", as in the GOV.UK feed; may be empty
}

// A Calendar decides which days are working days: weekends and England and Wales bank holidays
// are not, nor are any LA closure days the calendar was given with WithClosures.
//
// A Calendar is safe for concurrent use, including AddHolidays while other goroutines read it
// (so a scheduled refresh from the GOV.UK feed can update a shared calendar). The zero Calendar
// is usable and has no holidays: every Monday to Friday is a working day.
type Calendar struct {
	mu       sync.RWMutex
	holidays map[int]Holiday // key: dayKey(date)
	closures map[int]date.Date
}

// dayKey turns a date into a comparable map key (yyyymmdd).
func dayKey(d date.Date) int { return d.Year()*10000 + int(d.Month())*100 + d.Day() }

// New returns a calendar with exactly the given bank holidays and no closure days. Zero dates
// are ignored. Most callers want EnglandAndWales instead.
func New(holidays ...Holiday) *Calendar {
	c := &Calendar{}
	c.AddNamedHolidays(holidays...)
	return c
}

// EnglandAndWales returns a new calendar holding the England and Wales bank holidays shipped with
// the program (2022 to 2027, rules.md §1.2) and no closure days. Each call returns an
// independent calendar, so adding to one does not change another.
//
// Dates after the last shipped year are computed as if they had no bank holidays; keep the table
// current with AddHolidays or a refresh from the GOV.UK feed (ParseFeed), and check Covers before
// trusting a far-future due date.
func EnglandAndWales() *Calendar { return New(shipped...) }

// AddHolidays adds bank holidays to the calendar without names and returns how many dates were
// new. Dates already present and zero dates are ignored. Holidays are never removed: past
// holidays never change and future ones are only ever added (§1.2). When the result is not zero,
// due dates materialised from this calendar should be recomputed (§0.3.8).
func (c *Calendar) AddHolidays(dates ...date.Date) int {
	hs := make([]Holiday, 0, len(dates))
	for _, d := range dates {
		hs = append(hs, Holiday{Date: d})
	}
	return c.AddNamedHolidays(hs...)
}

// AddNamedHolidays is AddHolidays for holidays with names (for example from ParseFeed). A name
// given for a date already present replaces an empty name but does not count as a new date.
func (c *Calendar) AddNamedHolidays(hs ...Holiday) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.holidays == nil {
		c.holidays = make(map[int]Holiday)
	}
	added := 0
	for _, h := range hs {
		if h.Date.IsZero() {
			continue
		}
		k := dayKey(h.Date)
		old, ok := c.holidays[k]
		if !ok {
			added++
			c.holidays[k] = h
			continue
		}
		if old.Title == "" && h.Title != "" {
			c.holidays[k] = h
		}
	}
	return added
}

// WithClosures returns a copy of the calendar that also treats the given LA closure days (for
// example a council's office closure between Christmas and New Year) as non-working days. The
// receiver is not changed. Closure days are a local matter: they must never be used for DfE or
// Ofsted returns (rules.md §0.3.1), so compute those with ForReturns, which drops them again.
func (c *Calendar) WithClosures(dates ...date.Date) *Calendar {
	n := c.clone(true)
	if n.closures == nil {
		n.closures = make(map[int]date.Date)
	}
	for _, d := range dates {
		if !d.IsZero() {
			n.closures[dayKey(d)] = d
		}
	}
	return n
}

// ForReturns returns a copy of the calendar with the bank holidays only and no LA closure days:
// the calendar to use for DfE statistical returns and Ofsted lists (rules.md §0.3.1).
func (c *Calendar) ForReturns() *Calendar { return c.clone(false) }

func (c *Calendar) clone(withClosures bool) *Calendar {
	c.mu.RLock()
	defer c.mu.RUnlock()
	n := &Calendar{holidays: make(map[int]Holiday, len(c.holidays))}
	for k, h := range c.holidays {
		n.holidays[k] = h
	}
	if withClosures && len(c.closures) > 0 {
		n.closures = make(map[int]date.Date, len(c.closures))
		for k, d := range c.closures {
			n.closures[k] = d
		}
	}
	return n
}

// Holidays returns the calendar's bank holidays in date order.
func (c *Calendar) Holidays() []Holiday {
	c.mu.RLock()
	defer c.mu.RUnlock()
	hs := make([]Holiday, 0, len(c.holidays))
	for _, h := range c.holidays {
		hs = append(hs, h)
	}
	slices.SortFunc(hs, func(a, b Holiday) int { return dayKey(a.Date) - dayKey(b.Date) })
	return hs
}

// Closures returns the calendar's LA closure days in date order.
func (c *Calendar) Closures() []date.Date {
	c.mu.RLock()
	defer c.mu.RUnlock()
	ds := make([]date.Date, 0, len(c.closures))
	for _, d := range c.closures {
		ds = append(ds, d)
	}
	slices.SortFunc(ds, func(a, b date.Date) int { return dayKey(a) - dayKey(b) })
	return ds
}

// Holiday reports whether d is a bank holiday and, if so, which.
func (c *Calendar) Holiday(d date.Date) (Holiday, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	h, ok := c.holidays[dayKey(d)]
	return h, ok
}

// IsBankHoliday reports whether d is an England and Wales bank holiday in the calendar.
func (c *Calendar) IsBankHoliday(d date.Date) bool {
	_, ok := c.Holiday(d)
	return ok
}

// IsClosure reports whether d is one of the calendar's LA closure days.
func (c *Calendar) IsClosure(d date.Date) bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	_, ok := c.closures[dayKey(d)]
	return ok
}

// Covers reports whether the calendar holds bank holidays for d's year, that is whether a
// working-day computation reaching d can be trusted. A false result means the holiday table needs
// refreshing; arithmetic still works but treats that year as having no bank holidays.
func (c *Calendar) Covers(d date.Date) bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	for _, h := range c.holidays {
		if h.Date.Year() == d.Year() {
			return true
		}
	}
	return false
}

// IsWorkingDay reports whether d is a working day: Monday to Friday, not a bank holiday and not
// an LA closure day of this calendar (rules.md §0.3.1, §1.1). The zero date is not a working day.
func (c *Calendar) IsWorkingDay(d date.Date) bool {
	if d.IsZero() {
		return false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.working(d)
}

// working is IsWorkingDay for callers holding the read lock.
func (c *Calendar) working(d date.Date) bool {
	switch d.Weekday() {
	case time.Saturday, time.Sunday:
		return false
	}
	k := dayKey(d)
	if _, ok := c.holidays[k]; ok {
		return false
	}
	_, ok := c.closures[k]
	return !ok
}

// AddWorkingDays returns the n-th working day after start, with start as day 0 whatever day of
// the week it is (rules.md §0.3.2, §1.3). n = 0 returns start itself, even if it is not a working
// day. A negative n counts back: -1 is the last working day before start. The zero date gives the
// zero date (an unknown start has an unknown deadline).
//
// Example: from Friday 27 March 2026, 5 working days is Tuesday 7 April 2026, because Good Friday
// (3 April) and Easter Monday (6 April) are bank holidays.
func (c *Calendar) AddWorkingDays(start date.Date, n int) date.Date {
	if start.IsZero() {
		return start
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	d := start
	for n > 0 {
		d = d.AddDays(step)
		if c.working(d) {
			n--
		}
	}
	return d
}

// WorkingDaysBetween returns the number of working days d with a < d <= b: 0 for the same day,
// 1 from a Thursday to the following Friday, 0 from a Friday to the following Sunday. If b is
// before a the result is minus the count of working days d with b < d <= a. This is the DfE
// duration (rules.md §1.3), and WorkingDaysBetween(s, AddWorkingDays(s, n)) == n for n >= 0.
// If either date is zero the result is 0.
func (c *Calendar) WorkingDaysBetween(a, b date.Date) int {
	if a.IsZero() || b.IsZero() {
		return 0
	}
	sign := 1
	if b.Before(a) {
		a, b, sign = b, a, -1
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	n := 0
	for d := a.AddDays(1); !d.After(b); d = d.AddDays(1) {
		if c.working(d) {
			n++
		}
	}
	return sign * n
}

// AddMonthsClamped adds calendar months to d (subtracts for negative months), clamping the day to
// the last day of the target month (rules.md §0.3.3): 31 August 2025 + 6 months is 28 February
// 2026, and 31 August 2023 + 6 months is 29 February 2024. Unlike date.Date.AddDate it never
// spills into the following month. The zero date gives the zero date.
func AddMonthsClamped(d date.Date, months int) date.Date {
	if d.IsZero() {
		return d
	}
	m0 := d.Year()*12 + int(d.Month()) - 1 + months // months since year 0
	y, m := m0/12, m0%12
	if m < 0 {
		y, m = y-1, m+12
	}
	month := time.Month(m + 1)
	day := min(d.Day(), daysIn(y, month))
	return date.New(y, month, day)
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return date.New(y, m+1, 0).Day() // day 0 of the next month is the last of this one
}
