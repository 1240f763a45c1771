package date

import "testing"

func TestValid(t *testing.T) {
	tests := []struct {
		name    string
		y, m, d int
		want    bool
	}{
		{"ordinary", 2015, 3, 2, true},
		{"leap day in leap year", 2024, 2, 29, true},
		{"leap day in common year", 2023, 2, 29, false},
		{"31 April", 2023, 4, 31, false},
		{"month 13", 2023, 13, 1, false},
		{"day 0", 2023, 1, 0, false},
		{"year 0", 0, 1, 1, false},
	}
	for _, tt := range tests {
		if got := Valid(tt.y, tt.m, tt.d); got != tt.want {
			t.Errorf("%s: Valid(%d, %d, %d) = %v, want %v", tt.name, tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

func TestAgeOn(t *testing.T) {
	tests := []struct {
		born, at string
		want     int
	}{
		{"2010-06-15", "2026-06-14", 15},
		{"2010-06-15", "2026-06-15", 16},
		{"2008-02-29", "2026-02-28", 17},
		{"2008-02-29", "2026-03-01", 18},
	}
	for _, tt := range tests {
		if got := MustParse(tt.born).AgeOn(MustParse(tt.at)); got != tt.want {
			t.Errorf("%s.AgeOn(%s) = %d, want %d", tt.born, tt.at, got, tt.want)
		}
	}
}

func TestParseRoundTrip(t *testing.T) {
	for _, s := range []string{"", "2015-03-02", "2024-02-29"} {
		d, err := Parse(s)
		if err != nil || d.String() != s {
			t.Errorf("Parse(%q) = %v, %v; want %q", s, d, err, s)
		}
	}
	for _, s := range []string{"2023-02-29", "02/03/2015", "2015-3-2"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", s)
		}
	}
}
