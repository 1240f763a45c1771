package casework

import "ourchild/internal/date"

// Stability is a child in care's placement stability as at a date (DfE D-20): how many
// placements they had in the 12 months to it, and how long they have been in the current one.
// A change of legal status only (reason for new episode "L") continues the same placement.
type Stability struct {
	InYear       int       // placements open at any time in the 12 months
	CurrentSince date.Date // the start of the current placement; zero when not placed
	CurrentDays  int
}

// PlacementStability works out a child's stability as at today from their live records.
func PlacementStability(items []*Item, today date.Date) Stability {
	var st Stability
	from := today.AddDate(-1, 0, 0)
	var since date.Date // the start of the placement the latest episode continues
	var live []*Item
	for _, it := range items {
		if it.Kind == "placement" && !it.EnteredInError {
			live = append(live, it)
		}
	}
	sortByStart(live)
	for _, p := range live {
		s, e := p.StartDate(), p.EndDate()
		moved := p.Get("reason_new") != "L"
		if moved {
			since = s
			if !s.After(today) && (e.IsZero() || !e.Before(from)) {
				st.InYear++
			}
		} else if since.IsZero() {
			since = s
		}
		if e.IsZero() && !s.After(today) {
			st.CurrentSince = since
			st.CurrentDays = since.DaysUntil(today)
		}
	}
	return st
}

func sortByStart(items []*Item) {
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && items[j].StartDate().Before(items[j-1].StartDate()); j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
}
