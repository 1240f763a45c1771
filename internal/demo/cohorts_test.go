package demo

import "testing"

// TestGapsFilled checks that the default demo has records for what the story alone would not
// give: completed adoptions, unaccompanied children, care leavers who have left care, and each
// of the other cohorts (lone.go, cohorts.go). The records themselves are checked with the rest
// by TestCasework and TestSSDA903InStore.
func TestGapsFilled(t *testing.T) {
	b, _ := Generate(Options{Seed: 1, Today: today})
	n := map[string]int{}
	for _, c := range b.Casework {
		v := c.Values
		switch c.Kind {
		case "adoption":
			if v.Get("order") != "" {
				n["adoption order"]++
			}
		case "care_period":
			if v.Get("uasc") == "yes" {
				n["uasc"]++
				if v.Get("uasc_ended") != "" {
					n["uasc ended"]++
				}
			}
			if r := v.Get("reason_ceased"); r == "E11" || r == "E12" {
				n["adopted"]++
			}
		case "care_leaver":
			if v.Get("status") == "former_relevant" {
				n["former relevant"]++
			}
		case "visit":
			if v.Get("type") == "pf" {
				n["pf visit"]++
			}
		default:
			n[c.Kind]++
		}
	}
	t.Log(n)
	for _, k := range []string{"adoption order", "adopted", "uasc", "uasc ended", "former relevant", "pf visit",
		"cwd_transfer", "short_break", "private_fostering", "homeless_16_17", "cme", "ehe", "lado"} {
		if n[k] == 0 {
			t.Errorf("the default demo has no %s", k)
		}
	}
	if n["adoption order"] != n["adopted"] {
		t.Errorf("%d adoption orders, %d periods of care ended by adoption", n["adoption order"], n["adopted"])
	}
}
