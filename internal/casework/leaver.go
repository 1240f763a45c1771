package casework

import "ourchild/internal/date"

// LeaverStatus works out a young person's status as a care leaver from their care history
// (rules.md §2.G; Children Act 1989, CPPCR reg 40): "eligible" (aged 16 or 17, still looked
// after, having been looked after for 13 weeks in all since 14, including a day after 16);
// "relevant" (16 or 17, was eligible, no longer looked after); "former_relevant" (18 to 25, was
// eligible or relevant); "qualifying" (16 to 20, looked after after 16 but not eligible).
// "" when none applies (too young, never in care after 16, or past 25). Short breaks (V3, V4)
// do not count towards the 13 weeks.
func LeaverStatus(items []*Item, born, today date.Date) string {
	if born.IsZero() {
		return ""
	}
	at14, at16, at18 := born.AddDate(14, 0, 0), born.AddDate(16, 0, 0), born.AddDate(18, 0, 0)
	age := born.AgeOn(today)
	if age < 16 || age >= 25 {
		return ""
	}
	var days int
	after16, inCareNow, eligibleOnce := false, false, false
	for _, pl := range placementsOf(items) {
		if ls := pl.Get("legal_status"); ls == "V3" || ls == "V4" {
			continue
		}
		s, e := pl.StartDate(), pl.EndDate()
		if e.IsZero() || e.After(today) {
			e = today
			inCareNow = true
		}
		if s.After(today) {
			continue
		}
		if from := later(s, at14); e.After(from) {
			days += from.DaysUntil(e)
		}
		if e.After(at16) || e.Equal(at16) {
			after16 = true
		}
		// Eligibility is judged while in care before 18: 13 weeks since 14 by a day after 16.
		if days >= 91 && after16 && s.Before(at18) {
			eligibleOnce = true
		}
	}
	switch {
	case age < 18 && inCareNow && eligibleOnce:
		return "eligible"
	case age < 18 && eligibleOnce:
		return "relevant"
	case eligibleOnce:
		return "former_relevant"
	case after16 && age < 21:
		return "qualifying"
	}
	return ""
}

func placementsOf(items []*Item) []*Item {
	var out []*Item
	for _, it := range items {
		if it.Kind == "placement" && !it.EnteredInError {
			out = append(out, it)
		}
	}
	sortByStart(out)
	return out
}

func later(a, b date.Date) date.Date {
	if a.After(b) {
		return a
	}
	return b
}
