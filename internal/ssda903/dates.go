package ssda903

// Day is a calendar date packed as yyyymmdd, so that comparing two Days
// compares the dates. The zero Day means blank or unparseable, like the
// validator's coerced NaT: every comparison involving it is false.
type Day int32

// ParseDay parses DD/MM/YYYY (one- or two-digit day and month accepted).
func ParseDay(s string) Day {
	var d, m, y, n int
	part := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
			if n > 9999 {
				return 0
			}
		case c == '/':
			switch part {
			case 0:
				d = n
			case 1:
				m = n
			default:
				return 0
			}
			part++
			n = 0
		default:
			return 0
		}
	}
	if part != 2 || len(s) < 8 {
		return 0
	}
	y = n
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0
	}
	return Day(y*10000 + m*100 + d)
}

// MakeDay builds a Day.
func MakeDay(y, m, d int) Day { return Day(y*10000 + m*100 + d) }

// Valid reports whether the day is set.
func (d Day) Valid() bool { return d != 0 }

func (d Day) ymd() (int, int, int) { return int(d) / 10000, int(d) / 100 % 100, int(d) % 100 }

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// AddYears adds whole years, taking 29 February to 28 February in a common
// year (as pandas' DateOffset(years=n) does).
func (d Day) AddYears(n int) Day {
	if d == 0 {
		return 0
	}
	y, m, dd := d.ymd()
	y += n
	if m == 2 && dd == 29 && !isLeap(y) {
		dd = 28
	}
	return MakeDay(y, m, dd)
}

// Ordinal is the number of days since 1 March of year 0 (proleptic
// Gregorian), for differences between dates.
func (d Day) Ordinal() int {
	y, m, dd := d.ymd()
	if m <= 2 {
		y--
		m += 12
	}
	m -= 3
	return 365*y + y/4 - y/100 + y/400 + (153*m+2)/5 + dd - 1
}

// AddDays adds n days.
func (d Day) AddDays(n int) Day {
	if d == 0 {
		return 0
	}
	return fromOrdinal(d.Ordinal() + n)
}

func fromOrdinal(z int) Day {
	// inverse of Ordinal: the classic March-based day-number conversion
	y := (10000*z + 14780) / 3652425
	doy := z - (365*y + y/4 - y/100 + y/400)
	if doy < 0 {
		y--
		doy = z - (365*y + y/4 - y/100 + y/400)
	}
	mi := (100*doy + 52) / 3060
	m := (mi+2)%12 + 1
	y += (mi + 2) / 12
	dd := doy - (mi*306+5)/10 + 1
	return MakeDay(y, m, dd)
}

// DaysBetween returns b - a in days (both must be valid).
func DaysBetween(a, b Day) int { return b.Ordinal() - a.Ordinal() }

// String formats the day as DD/MM/YYYY.
func (d Day) String() string {
	if d == 0 {
		return ""
	}
	y, m, dd := d.ymd()
	b := []byte("00/00/0000")
	b[0], b[1] = byte('0'+dd/10), byte('0'+dd%10)
	b[3], b[4] = byte('0'+m/10), byte('0'+m%10)
	b[6], b[7], b[8], b[9] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	return string(b)
}
