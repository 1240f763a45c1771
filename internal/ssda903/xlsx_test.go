package ssda903

import "testing"

func TestExcelDay(t *testing.T) {
	for s, want := range map[string]Day{"44927": MakeDay(2023, 1, 1), "61": MakeDay(1900, 3, 1), "44927.5": MakeDay(2023, 1, 1),
		"05/03/2018": MakeDay(2018, 3, 5), "-": 0, "": 0, "na": 0} {
		if got := excelDay(s); got != want {
			t.Errorf("excelDay(%q) = %v, want %v", s, got, want)
		}
	}
}
