package ssda903

import "testing"

func TestDay(t *testing.T) {
	if d := ParseDay("29/02/2016"); d.AddYears(1) != MakeDay(2017, 2, 28) {
		t.Errorf("AddYears from 29 Feb: %v", d.AddYears(1))
	}
	for _, s := range []string{"", "31/02/2017", "2017-01-01", "1/1/17"} {
		if ParseDay(s).Valid() {
			t.Errorf("%q parsed", s)
		}
	}
	d := ParseDay("28/02/2016")
	for i := 0; i < 2000; i++ {
		n := d.AddDays(1)
		if DaysBetween(d, n) != 1 || n <= d {
			t.Fatalf("AddDays(1) from %v gave %v", d, n)
		}
		d = n
	}
	if s := ParseDay("05/03/2018").String(); s != "05/03/2018" {
		t.Errorf("String %s", s)
	}
}
