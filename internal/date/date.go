// Package date holds Date, a calendar date with no time of day.
//
// Legal dates in a child's record (date of birth, referral date, conference date) are calendar
// dates in Europe/London, not instants: a child born on 1 April is born on 1 April wherever the
// server runs. Dates are stored as ISO 8601 text (YYYY-MM-DD) on both SQLite and PostgreSQL.
package date

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Layout is the ISO 8601 form used in storage, the API and HTML date values.
const Layout = "2006-01-02"

// A Date is a calendar date. The zero Date means "not recorded".
type Date struct{ t time.Time }

// London is the time zone in which "today" is decided.
var London = mustLoad("Europe/London")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		// Keep working where the zone database is missing; UTC differs by at most an hour.
		return time.UTC
	}
	return loc
}

// Of returns the date, in London, of the instant t.
func Of(t time.Time) Date {
	t = t.In(London)
	return New(t.Year(), t.Month(), t.Day())
}

// New returns the date y-m-d. Out-of-range values normalise as time.Date does; use Valid to
// check user input first.
func New(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// Valid reports whether y-m-d is a real calendar date (so 31 February is not).
func Valid(y, m, d int) bool {
	if y < 1 || m < 1 || m > 12 || d < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && int(t.Month()) == m
}

// Parse reads an ISO 8601 date. The empty string gives the zero Date.
func Parse(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(Layout, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q is not a real date in the form YYYY-MM-DD", s)
	}
	return Date{t}, nil
}

// MustParse is Parse for literals in tests and generators; it panics on a bad date.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether the date is unrecorded.
func (d Date) IsZero() bool { return d.t.IsZero() }

// String returns YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(Layout)
}

// Display returns the GOV.UK style "2 March 2015", or "" for the zero Date.
func (d Date) Display() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("2 January 2006")
}

// Year, Month and Day return the parts of the date.
func (d Date) Year() int             { return d.t.Year() }
func (d Date) Month() time.Month     { return d.t.Month() }
func (d Date) Day() int              { return d.t.Day() }
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }

// Before, After and Equal compare dates.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }
func (d Date) After(e Date) bool  { return d.t.After(e.t) }
func (d Date) Equal(e Date) bool  { return d.t.Equal(e.t) }

// AddDays returns the date n calendar days later (earlier for negative n).
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// AddDate adds years, months and days as time.Time.AddDate does.
func (d Date) AddDate(y, m, n int) Date { return Date{d.t.AddDate(y, m, n)} }

// DaysUntil returns the number of calendar days from d to e.
func (d Date) DaysUntil(e Date) int { return int(e.t.Sub(d.t).Hours() / 24) }

// AgeOn returns the age in whole years on the date at. A person born on 29 February has their
// birthday on 1 March in other years, as in English law for most purposes.
func (d Date) AgeOn(at Date) int {
	age := at.Year() - d.Year()
	if at.Month() < d.Month() || (at.Month() == d.Month() && at.Day() < d.Day()) {
		age--
	}
	return age
}

// Value stores the date as ISO text; the zero Date is stored as the empty string.
func (d Date) Value() (driver.Value, error) { return d.String(), nil }

// Scan reads ISO text (or a time from a driver that converts) into the date.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case string:
		p, err := Parse(v)
		*d = p
		return err
	case []byte:
		p, err := Parse(string(v))
		*d = p
		return err
	case time.Time:
		*d = New(v.Year(), v.Month(), v.Day())
		return nil
	}
	return fmt.Errorf("date: cannot scan %T", src)
}

// MarshalText and UnmarshalText make dates ISO strings in JSON.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

func (d *Date) UnmarshalText(b []byte) error {
	p, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}
