package ssda903report

import (
	"testing"

	"ourchild/internal/casework"
	"ourchild/internal/date"
)

// TestCameLater: a young person looked after only from after a birthday had not left care on
// it (not in OC3 for it); one with no period recorded, or one that began by then, had.
func TestCameLater(t *testing.T) {
	period := func(start string) *casework.Item {
		return &casework.Item{Kind: "care_period", Values: casework.Values{"start": {start}}}
	}
	birthday := date.MustParse("2026-01-05")
	tests := []struct {
		name    string
		periods []*casework.Item
		want    bool
	}{
		{"no period recorded", nil, false},
		{"came into care after the birthday", []*casework.Item{period("2026-03-01")}, true},
		{"came into care on the birthday", []*casework.Item{period("2026-01-05")}, false},
		{"an earlier period and a later one", []*casework.Item{period("2024-05-01"), period("2026-03-01")}, false},
	}
	for _, tt := range tests {
		if got := cameLater(tt.periods, birthday); got != tt.want {
			t.Errorf("%s: cameLater = %v, want %v", tt.name, got, tt.want)
		}
	}
}
