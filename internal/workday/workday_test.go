package workday

import (
	"strings"
	"sync"
	"testing"
	"time"

	"ourchild/internal/date"
)

func d(s string) date.Date { return date.MustParse(s) }

// rules.md §1.2: the shipped table, year by year.
func TestShippedTableMatchesRules12(t *testing.T) {
	want := map[int][]string{
		2022: {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"},
		2023: {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"},
		2024: {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"},
		2025: {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"},
		2026: {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"},
		2027: {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"},
	}
	got := map[int][]string{}
	for _, h := range EnglandAndWales().Holidays() {
		got[h.Date.Year()] = append(got[h.Date.Year()], h.Date.String())
		// England and Wales substitutes weekend holidays, so every entry is Monday to Friday;
		// a weekend here would be a typing error in the table.
		if wd := h.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			t.Errorf("%s (%s) falls on a %s", h.Date, h.Title, wd)
		}
		if h.Title == "" {
			t.Errorf("%s has no title", h.Date)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("years %v, want 2022-2027", len(got))
	}
	for y, w := range want {
		if strings.Join(got[y], " ") != strings.Join(w, " ") {
			t.Errorf("%d: got %v, want %v", y, got[y], w)
		}
	}
}

// rules.md §0.3.1 and §1.2: weekends and every 2026 bank holiday are not working days; the days
// around them (including 24 and 31 December) are.
func TestIsWorkingDay2026(t *testing.T) {
	cal := EnglandAndWales()
	tests := []struct {
		day     string
		working bool
		why     string
	}{
		{"2026-01-01", false, "New Year's Day (Thursday)"},
		{"2026-01-02", true, "Friday after New Year's Day"},
		{"2026-01-03", false, "Saturday"},
		{"2026-01-04", false, "Sunday"},
		{"2026-01-05", true, "Monday"},
		{"2026-04-02", true, "Thursday before Good Friday"},
		{"2026-04-03", false, "Good Friday"},
		{"2026-04-04", false, "Easter Saturday"},
		{"2026-04-05", false, "Easter Sunday"},
		{"2026-04-06", false, "Easter Monday"},
		{"2026-04-07", true, "Tuesday after Easter"},
		{"2026-05-04", false, "Early May bank holiday"},
		{"2026-05-25", false, "Spring bank holiday"},
		{"2026-08-31", false, "Summer bank holiday"},
		{"2026-12-24", true, "Christmas Eve is an ordinary working day (§0.3.1)"},
		{"2026-12-25", false, "Christmas Day (Friday)"},
		{"2026-12-26", false, "Boxing Day falls on Saturday"},
		{"2026-12-27", false, "Sunday"},
		{"2026-12-28", false, "Boxing Day substitute (Monday)"},
		{"2026-12-29", true, "Tuesday after the substitute"},
		{"2026-12-31", true, "New Year's Eve is an ordinary working day (§0.3.1)"},
		{"2027-01-01", false, "New Year's Day 2027 (Friday)"},
		{"2026-06-13", false, "an ordinary Saturday"},
		{"2026-06-14", false, "an ordinary Sunday"},
		{"2026-06-15", true, "an ordinary Monday"},
	}
	for _, tt := range tests {
		if got := cal.IsWorkingDay(d(tt.day)); got != tt.working {
			t.Errorf("IsWorkingDay(%s) [%s] = %v, want %v", tt.day, tt.why, got, tt.working)
		}
	}
	if cal.IsWorkingDay(date.Date{}) {
		t.Error("the zero date is a working day")
	}
}

// rules.md §0.3.2 (day 0) and §1.3 (inclusive): 45 working days for an assessment from a referral
// on a Friday before Easter 2026 (Good Friday 3 April, Easter Monday 6 April, Early May 4 May,
// Spring 25 May).
//
// From Friday 27 March 2026 (a working day) counting day 0 = 27 March:
//
//	30, 31 Mar, 1, 2 Apr            =  1- 4  (3 Apr Good Friday, 6 Apr Easter Monday skipped)
//	7-10 Apr                        =  5- 8
//	13-17 Apr                       =  9-13
//	20-24 Apr                       = 14-18
//	27 Apr-1 May                    = 19-23
//	5-8 May (4 May holiday)         = 24-27
//	11-15 May                       = 28-32
//	18-22 May                       = 33-37
//	26-29 May (25 May holiday)      = 38-41
//	1, 2, 3, 4 Jun                  = 42-45  -> Day0 due Thursday 4 June 2026
//
// Inclusive counts 27 March itself as day 1, so the 45th working day is the 44th after it:
// Wednesday 3 June 2026.
//
// From Good Friday 3 April 2026 itself (a referral to the out-of-hours team): day 0 is the
// holiday. Tuesday 7 April is day 1, which is day 5 from 27 March, so every count is 4 less:
// the 45th is the 49th from 27 March, i.e. 4 Jun (45), 5 Jun (46), 8 Jun (47), 9 Jun (48),
// Wednesday 10 June (49). Inclusive cannot count a bank holiday as day 1, so Tuesday 7 April is
// day 1 and the deadline is also Wednesday 10 June 2026.
func TestDue45WorkingDaysOverEaster2026(t *testing.T) {
	cal := EnglandAndWales()
	tests := []struct {
		start string
		conv  Convention
		want  string
	}{
		{"2026-03-27", Day0, "2026-06-04"},
		{"2026-03-27", Inclusive, "2026-06-03"},
		{"2026-04-03", Day0, "2026-06-10"},
		{"2026-04-03", Inclusive, "2026-06-10"},
	}
	for _, tt := range tests {
		if got := cal.Due(d(tt.start), 45, tt.conv); got.String() != tt.want {
			t.Errorf("Due(%s, 45, %s) = %s, want %s", tt.start, tt.conv, got, tt.want)
		}
	}
	// The DfE duration of the Day0 deadline is exactly 45 (§1.3).
	if n := cal.WorkingDaysBetween(d("2026-03-27"), d("2026-06-04")); n != 45 {
		t.Errorf("WorkingDaysBetween(27 Mar, 4 Jun) = %d, want 45", n)
	}
	// Five working days from 27 March jump the Easter weekend (doc example of AddWorkingDays).
	if got := cal.AddWorkingDays(d("2026-03-27"), 5); got.String() != "2026-04-07" {
		t.Errorf("AddWorkingDays(27 Mar, 5) = %s, want 2026-04-07", got)
	}
}

// rules.md §0.3.2 and §1.3: 15 working days from a strategy discussion to the initial child
// protection conference, across Christmas 2026 (25 Dec Friday, 28 Dec substitute for Boxing
// Day, 1 Jan 2027 Friday; 24 and 31 Dec are working days).
//
// From Friday 11 December 2026, day 0:
//
//	14-18 Dec                    =  1- 5
//	21, 22, 23, 24 Dec           =  6- 9  (25 Dec, weekend, 28 Dec skipped)
//	29, 30, 31 Dec               = 10-12  (1 Jan 2027, weekend skipped)
//	4, 5, 6 Jan 2027             = 13-15  -> Day0 due Wednesday 6 January 2027
//
// Inclusive counts 11 December as day 1: due Tuesday 5 January 2027.
func TestDue15WorkingDaysOverChristmas2026(t *testing.T) {
	cal := EnglandAndWales()
	if got := cal.Due(d("2026-12-11"), 15, Day0); got.String() != "2027-01-06" {
		t.Errorf("Day0: got %s, want 2027-01-06", got)
	}
	if got := cal.Due(d("2026-12-11"), 15, Inclusive); got.String() != "2027-01-05" {
		t.Errorf("Inclusive: got %s, want 2027-01-05", got)
	}
	// An LA closing its offices 29-31 December pushes its own deadline three working days on
	// (to Monday 11 January 2027), but the calendar for returns ignores the closure (§0.3.1).
	local := cal.WithClosures(d("2026-12-29"), d("2026-12-30"), d("2026-12-31"))
	if got := local.Due(d("2026-12-11"), 15, Day0); got.String() != "2027-01-11" {
		t.Errorf("with closures: got %s, want 2027-01-11", got)
	}
	if got := local.ForReturns().Due(d("2026-12-11"), 15, Day0); got.String() != "2027-01-06" {
		t.Errorf("ForReturns: got %s, want 2027-01-06", got)
	}
	if !cal.IsWorkingDay(d("2026-12-30")) {
		t.Error("WithClosures changed the original calendar")
	}
	if !local.IsClosure(d("2026-12-30")) || local.IsBankHoliday(d("2026-12-30")) {
		t.Error("closure days must be kept apart from bank holidays")
	}
}

// rules.md §0.3.2: start = day 0; negative n goes back; n = 0 is the start even on a holiday.
func TestAddWorkingDays(t *testing.T) {
	cal := EnglandAndWales()
	tests := []struct {
		start string
		n     int
		want  string
	}{
		{"2026-06-12", 1, "2026-06-15"},  // Friday + 1 = Monday
		{"2026-06-13", 1, "2026-06-15"},  // Saturday + 1 = Monday
		{"2026-06-13", 0, "2026-06-13"},  // day 0 is the start, whatever day it is
		{"2026-04-02", 1, "2026-04-07"},  // Thursday before Easter + 1 = Tuesday after
		{"2026-04-07", -1, "2026-04-02"}, // and back again
		{"2026-06-15", -1, "2026-06-12"}, // Monday - 1 = Friday
		{"2026-12-29", -1, "2026-12-24"}, // back over Christmas and the substitute day
		{"2027-01-06", -15, "2026-12-11"},
	}
	for _, tt := range tests {
		if got := cal.AddWorkingDays(d(tt.start), tt.n); got.String() != tt.want {
			t.Errorf("AddWorkingDays(%s, %d) = %s, want %s", tt.start, tt.n, got, tt.want)
		}
	}
	if got := cal.AddWorkingDays(date.Date{}, 10); !got.IsZero() {
		t.Errorf("zero start gave %s", got)
	}
	// Inclusive counting backwards mirrors forwards: "minus 45 working days" inclusive from
	// Wednesday 3 June 2026 is Friday 27 March 2026.
	if got := cal.Due(d("2026-06-03"), -45, Inclusive); got.String() != "2026-03-27" {
		t.Errorf("Due(3 Jun, -45, Inclusive) = %s, want 2026-03-27", got)
	}
}

// rules.md §1.3: duration = working days d with a < d <= b; same day 0; reversed negative.
func TestWorkingDaysBetween(t *testing.T) {
	cal := EnglandAndWales()
	tests := []struct {
		a, b string
		want int
	}{
		{"2026-06-15", "2026-06-15", 0},  // same day
		{"2026-04-03", "2026-04-03", 0},  // same day, a holiday
		{"2026-06-12", "2026-06-14", 0},  // Friday to Sunday
		{"2026-06-12", "2026-06-15", 1},  // Friday to Monday
		{"2026-04-02", "2026-04-07", 1},  // over Easter
		{"2026-04-03", "2026-04-06", 0},  // Good Friday to Easter Monday
		{"2026-06-15", "2026-06-19", 4},  // Monday to Friday
		{"2026-06-19", "2026-06-15", -4}, // reversed
		{"2026-03-27", "2026-06-04", 45},
		{"2026-06-04", "2026-03-27", -45},
		{"2026-12-11", "2027-01-06", 15},
		{"2026-01-01", "2027-01-01", 253}, // 261 weekdays after 1 Jan 2026 up to 1 Jan 2027, less 8 holidays
	}
	for _, tt := range tests {
		if got := cal.WorkingDaysBetween(d(tt.a), d(tt.b)); got != tt.want {
			t.Errorf("WorkingDaysBetween(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	if got := cal.WorkingDaysBetween(date.Date{}, d("2026-06-15")); got != 0 {
		t.Errorf("zero date gave %d", got)
	}
	// Round trip for n >= 0, from working and non-working starts.
	for _, s := range []string{"2026-03-27", "2026-04-03", "2026-12-24", "2026-12-26"} {
		for n := 0; n <= 60; n++ {
			if got := cal.WorkingDaysBetween(d(s), cal.AddWorkingDays(d(s), n)); got != n {
				t.Fatalf("round trip from %s with n=%d gave %d", s, n, got)
			}
		}
	}
}

// rules.md §0.3.3: N months = calendar-month addition with end-of-month clamping.
func TestAddMonthsClamped(t *testing.T) {
	tests := []struct {
		from   string
		months int
		want   string
	}{
		{"2025-08-31", 6, "2026-02-28"},  // the rulebook example, common year
		{"2023-08-31", 6, "2024-02-29"},  // the same into a leap year
		{"2024-02-29", 12, "2025-02-28"}, // leap day + 1 year
		{"2024-02-29", 48, "2028-02-29"}, // leap day + 4 years
		{"2026-01-31", 1, "2026-02-28"},
		{"2028-01-31", 1, "2028-02-29"},
		{"1900-01-31", 1, "1900-02-28"}, // century, not leap
		{"2000-01-31", 1, "2000-02-29"}, // 400th year, leap
		{"2026-10-31", 1, "2026-11-30"},
		{"2026-11-15", 3, "2027-02-15"}, // across the year end
		{"2026-03-31", -1, "2026-02-28"},
		{"2026-01-30", -2, "2025-11-30"},
		{"2026-12-31", -12, "2025-12-31"},
		{"2026-06-15", 0, "2026-06-15"},
	}
	for _, tt := range tests {
		if got := AddMonthsClamped(d(tt.from), tt.months); got.String() != tt.want {
			t.Errorf("AddMonthsClamped(%s, %d) = %s, want %s", tt.from, tt.months, got, tt.want)
		}
	}
	if got := AddMonthsClamped(date.Date{}, 6); !got.IsZero() {
		t.Errorf("zero date gave %s", got)
	}
}

// rules.md §0.3.5: the four states, with done exactly on the due date on time.
func TestEvaluate(t *testing.T) {
	due := d("2026-06-04")
	tests := []struct {
		name         string
		due          date.Date
		done, report string
		want         State
	}{
		{"not done, before due", due, "", "2026-06-01", Due},
		{"not done, on due date", due, "", "2026-06-04", Due},
		{"not done, day after due", due, "", "2026-06-05", Overdue},
		{"done before due", due, "2026-05-20", "2026-06-10", CompletedOnTime},
		{"done exactly on due date", due, "2026-06-04", "2026-06-04", CompletedOnTime},
		{"done day after due", due, "2026-06-05", "2026-06-05", CompletedLate},
		{"done late stays late", due, "2026-06-05", "2027-01-01", CompletedLate},
		{"done after an as-at report date", due, "2026-06-08", "2026-06-05", Overdue},
		{"done after report, still in time", due, "2026-06-03", "2026-06-01", Due},
		{"zero report date: done counts", due, "2026-06-05", "", CompletedLate},
		{"zero report date: not done", due, "", "", Due},
		{"unknown due, not done", date.Date{}, "", "2026-06-05", Due},
		{"unknown due, done", date.Date{}, "2026-06-05", "2026-06-05", CompletedOnTime},
	}
	for _, tt := range tests {
		var done, report date.Date
		if tt.done != "" {
			done = d(tt.done)
		}
		if tt.report != "" {
			report = d(tt.report)
		}
		if got := Evaluate(tt.due, done, report); got != tt.want {
			t.Errorf("%s: Evaluate = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestStateString(t *testing.T) {
	want := map[State]string{Due: "due", Overdue: "overdue", CompletedOnTime: "completed on time", CompletedLate: "completed late"}
	for s, w := range want {
		if s.String() != w {
			t.Errorf("%d: %q, want %q", int(s), s.String(), w)
		}
	}
	if !Overdue.Late() || !CompletedLate.Late() || Due.Late() || CompletedOnTime.Late() {
		t.Error("Late")
	}
	if !CompletedOnTime.Done() || !CompletedLate.Done() || Due.Done() || Overdue.Done() {
		t.Error("Done")
	}
}

func TestDisplayHelpers(t *testing.T) {
	cal := EnglandAndWales()
	due := d("2026-06-04") // Thursday
	if n := cal.WorkingDaysLeft(due, d("2026-06-01")); n != 3 {
		t.Errorf("left from Monday = %d, want 3", n)
	}
	if n := cal.WorkingDaysLeft(due, due); n != 0 {
		t.Errorf("left on due date = %d, want 0", n)
	}
	if n := cal.WorkingDaysLeft(due, d("2026-06-08")); n != -2 {
		t.Errorf("left the Monday after = %d, want -2", n)
	}
	tests := []struct {
		due, done, report string
		want              int
	}{
		{"2026-06-04", "", "2026-06-08", 2},           // overdue: Fri 5, Mon 8
		{"2026-06-05", "", "2026-06-06", 0},           // overdue on the Saturday, 0 working days
		{"2026-06-04", "2026-06-05", "2026-07-01", 1}, // completed a day late
		{"2026-04-02", "2026-04-07", "2026-07-01", 1}, // late over Easter by one working day
		{"2026-06-04", "2026-06-04", "2026-07-01", 0}, // on time
		{"2026-06-04", "", "2026-06-01", 0},           // due
	}
	for _, tt := range tests {
		var done date.Date
		if tt.done != "" {
			done = d(tt.done)
		}
		if n := cal.WorkingDaysLate(d(tt.due), done, d(tt.report)); n != tt.want {
			t.Errorf("WorkingDaysLate(%s, %q, %s) = %d, want %d", tt.due, tt.done, tt.report, n, tt.want)
		}
	}
	if n := cal.WorkingDaysLate(date.Date{}, date.Date{}, d("2026-06-08")); n != 0 {
		t.Errorf("unknown due gave %d", n)
	}
}

func TestConventionSetting(t *testing.T) {
	for _, c := range []Convention{Day0, Inclusive} {
		p, err := ParseConvention(c.String())
		if err != nil || p != c {
			t.Errorf("round trip %s: %v, %v", c, p, err)
		}
	}
	if c, err := ParseConvention(""); err != nil || c != Day0 {
		t.Error("empty setting should be the Day0 default")
	}
	if _, err := ParseConvention("calendar"); err == nil {
		t.Error("unknown convention accepted")
	}
	cal := EnglandAndWales()
	if got := cal.Due(d("2026-06-13"), 0, Inclusive); got.String() != "2026-06-13" {
		t.Errorf("n=0 inclusive gave %s", got)
	}
}

// rules.md §1.2: the table is updatable; holidays are added, never removed.
func TestAddHolidays(t *testing.T) {
	cal := EnglandAndWales()
	other := EnglandAndWales()
	if cal.Covers(d("2028-05-01")) {
		t.Error("2028 should not be covered by the shipped table")
	}
	if !cal.Covers(d("2026-05-01")) {
		t.Error("2026 should be covered")
	}
	if n := cal.AddHolidays(d("2028-01-03"), d("2026-12-25"), date.Date{}); n != 1 {
		t.Errorf("added %d, want 1 (25 Dec 2026 already present, zero ignored)", n)
	}
	if cal.IsWorkingDay(d("2028-01-03")) || !cal.Covers(d("2028-05-01")) {
		t.Error("added holiday not used")
	}
	if !other.IsWorkingDay(d("2028-01-03")) {
		t.Error("EnglandAndWales calendars share state")
	}
	if h, _ := cal.Holiday(d("2026-12-25")); h.Title != "Christmas Day" {
		t.Errorf("re-adding without a name lost the title: %q", h.Title)
	}
	cal.AddNamedHolidays(Holiday{Date: d("2028-01-03"), Title: "New Year’s Day", Notes: "Substitute day"})
	if h, _ := cal.Holiday(d("2028-01-03")); h.Title != "New Year’s Day" {
		t.Errorf("name not filled in: %q", h.Title)
	}
	// A constructor from a list; the zero Calendar works with weekends only.
	custom := New(Holiday{Date: d("2026-06-15")})
	if custom.IsWorkingDay(d("2026-06-15")) || !custom.IsWorkingDay(d("2026-12-25")) {
		t.Error("New did not use exactly the given holidays")
	}
	var zero Calendar
	if !zero.IsWorkingDay(d("2026-12-25")) || zero.AddHolidays(d("2026-12-25")) != 1 || zero.IsWorkingDay(d("2026-12-25")) {
		t.Error("zero Calendar")
	}
}

func TestConcurrentRefresh(t *testing.T) {
	cal := EnglandAndWales()
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			cal.AddHolidays(d("2028-01-03").AddDays(i))
		}()
		go func() {
			defer wg.Done()
			cal.Due(d("2026-03-27"), 45, Day0)
		}()
	}
	wg.Wait()
}

// A trimmed sample of https://www.gov.uk/bank-holidays.json. Scotland has 2 January and
// St Andrew's Day, which must not reach the calendar (rules.md §1.1).
const feedSample = `{
 "england-and-wales": {"division": "england-and-wales", "events": [
  {"title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": true},
  {"title": "Good Friday", "date": "2026-04-03", "notes": "", "bunting": false},
  {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true},
  {"title": "New Year’s Day", "date": "2028-01-03", "notes": "Substitute day", "bunting": true}
 ]},
 "scotland": {"division": "scotland", "events": [
  {"title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": true},
  {"title": "2nd January", "date": "2026-01-02", "notes": "", "bunting": true},
  {"title": "St Andrew’s Day", "date": "2026-11-30", "notes": "", "bunting": true}
 ]},
 "northern-ireland": {"division": "northern-ireland", "events": [
  {"title": "St Patrick’s Day", "date": "2026-03-17", "notes": "", "bunting": true}
 ]}
}`

func TestParseFeed(t *testing.T) {
	hs, err := ParseFeed([]byte(feedSample))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hs {
		got = append(got, h.Date.String())
	}
	if want := "2026-01-01 2026-04-03 2026-12-28 2028-01-03"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
	if hs[2].Title != "Boxing Day" || hs[2].Notes != "Substitute day" {
		t.Errorf("event 3 = %+v", hs[2])
	}
	cal := EnglandAndWales()
	if n := cal.AddNamedHolidays(hs...); n != 1 {
		t.Errorf("feed added %d new dates, want 1 (2028-01-03)", n)
	}
	for _, s := range []string{"2026-01-02", "2026-11-30", "2026-03-17"} {
		if !cal.IsWorkingDay(d(s)) {
			t.Errorf("%s (Scotland or Northern Ireland only) is not a working day", s)
		}
	}

	bad := []struct{ name, json string }{
		{"not json", `<html>`},
		{"no england-and-wales", `{"scotland": {"division": "scotland", "events": [{"title": "x", "date": "2026-01-02"}]}}`},
		{"empty events", `{"england-and-wales": {"division": "england-and-wales", "events": []}}`},
		{"bad date", `{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "x", "date": "2026-02-30"}]}}`},
		{"empty date", `{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "x", "date": ""}]}}`},
		{"wrong division", `{"england-and-wales": {"division": "scotland", "events": [{"title": "x", "date": "2026-01-02"}]}}`},
	}
	for _, b := range bad {
		if _, err := ParseFeed([]byte(b.json)); err == nil {
			t.Errorf("%s: accepted", b.name)
		}
	}
}
