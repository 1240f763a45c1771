package casework

import (
	"slices"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/date"
)

// The rules that hold across a child's records, and what follows from a record.

// far stands for "not ended" when comparing episodes.
var far = date.New(9999, 12, 31)

func endOrFar(it *Item) date.Date {
	if e := it.EndDate(); !e.IsZero() {
		return e
	}
	return far
}

// overlaps reports whether two episodes share any time; one may start on the day the other ends.
func overlaps(a, b *Item) bool {
	return a.StartDate().Before(endOrFar(b)) && b.StartDate().Before(endOrFar(a))
}

// ParentFor returns the ID of the record of the parent kind that it most likely belongs to:
// the latest one open on its start date, or failing that the latest one, so that a date
// outside it is reported against it. 0 if the child has none.
func ParentFor(it *Item, others []*Item) int64 {
	k := it.K()
	var open, latest *Item
	for _, o := range others {
		if o.Kind != k.Parent || o.EnteredInError {
			continue
		}
		if latest == nil || !o.StartDate().Before(latest.StartDate()) {
			latest = o
		}
		if s := it.StartDate(); !s.IsZero() && o.OpenOn(s) && (open == nil || !o.StartDate().Before(open.StartDate())) {
			open = o
		}
	}
	switch {
	case open != nil:
		return open.ID
	case latest != nil:
		return latest.ID
	}
	return 0
}

// Latest returns the latest live item of a kind in items (by start date), or nil.
func Latest(items []*Item, kind string) *Item {
	var best *Item
	for _, o := range items {
		if o.Kind == kind && !o.EnteredInError && (best == nil || !o.StartDate().Before(best.StartDate())) {
			best = o
		}
	}
	return best
}

// OpenEpisode returns the child's open episode of a kind, or nil.
func OpenEpisode(items []*Item, kind string) *Item {
	for _, o := range items {
		if o.Kind == kind && o.Open() {
			return o
		}
	}
	return nil
}

// CheckAgainst checks it against the child's other live records (old is the version being
// replaced, nil for a new record).
func CheckAgainst(it, old *Item, others []*Item) apperr.FieldErrors {
	var fe apperr.FieldErrors
	k := it.K()
	if k.Episode {
		for _, o := range others {
			if o.Kind == it.Kind && overlaps(it, o) {
				fe.Add(k.Start, "This child already has a %s from %s%s: one must end before another starts",
					strings.ToLower(k.Label), o.StartDate().Display(), until(o))
				return fe
			}
		}
	}
	s := it.StartDate()
	switch it.Kind {
	case "cin_plan":
		for _, o := range others {
			if o.Kind == "cp_plan" && overlaps(it, o) {
				fe.Add("start", "A child in need plan cannot run alongside a child protection plan (from %s%s)", o.StartDate().Display(), until(o))
			}
		}
	case "cp_plan":
		if old != nil && old.EndDate() != it.EndDate() {
			fe.Add("end", "Only a review conference ends a child protection plan: record the review conference and its decision")
		}
	case "s47":
		st := latestBefore(others, "strategy", it.EpisodeID, s, func(o *Item) bool { return o.Get("decision") == "s47" })
		if st == nil {
			fe.Add("start", "A section 47 enquiry starts at a strategy discussion that decides on one: record the strategy discussion first")
		}
	case "conference":
		switch it.Get("type") {
		case "initial":
			if latestBefore(others, "s47", it.EpisodeID, s, nil) == nil {
				fe.Add("date", "An initial child protection conference follows a section 47 enquiry: the conference date is before any enquiry in this referral started")
			}
		case "review":
			plan := planOn(others, it.EpisodeID, s)
			if plan == nil {
				fe.Add("date", "A review conference reviews a child protection plan: this child had no plan open on that date")
			} else if !s.After(plan.StartDate()) {
				fe.Add("date", "A review conference must be after the plan started (%s)", plan.StartDate().Display())
			}
		}
	}
	// An episode ends only when what sits within it has ended or been completed, and not
	// before anything in it started.
	if e := it.EndDate(); k.Episode && !e.IsZero() && it.ID != 0 { // a new record has nothing within it yet
		endField := k.End
		for _, o := range others {
			within := o.ParentID == it.ID || (it.Kind == "referral" && o.EpisodeID == it.ID)
			if !within {
				continue
			}
			unfinished := o.Open() || ((o.Kind == "assessment" || o.Kind == "s47") && o.EndDate().IsZero())
			if unfinished {
				fe.Add(endField, "End or complete the %s (from %s) before ending the %s", strings.ToLower(o.Label()), o.StartDate().Display(), strings.ToLower(k.Label))
				break
			}
			if s := o.StartDate(); !s.IsZero() && s.After(e) {
				fe.Add(endField, "The end date is before the %s of %s", strings.ToLower(o.Label()), s.Display())
				break
			}
			if oe := o.EndDate(); o.K().Episode && oe.After(e) {
				fe.Add(endField, "The end date is before the %s ended (%s)", strings.ToLower(o.Label()), oe.Display())
				break
			}
		}
	}
	return fe
}

func until(o *Item) string {
	if e := o.EndDate(); !e.IsZero() {
		return " to " + e.Display()
	}
	return " (still open)"
}

// latestBefore returns the latest live item of kind in the episode that started on or before d.
func latestBefore(items []*Item, kind string, episode int64, d date.Date, ok func(*Item) bool) *Item {
	var best *Item
	for _, o := range items {
		if o.Kind != kind || o.EnteredInError || o.EpisodeID != episode || o.StartDate().After(d) || (ok != nil && !ok(o)) {
			continue
		}
		if best == nil || !o.StartDate().Before(best.StartDate()) {
			best = o
		}
	}
	return best
}

// planOn returns the child protection plan open on d in the episode.
func planOn(items []*Item, episode int64, d date.Date) *Item {
	for _, o := range items {
		if o.Kind == "cp_plan" && o.EpisodeID == episode && o.OpenOn(d) {
			return o
		}
	}
	return nil
}

// NeedsReason reports whether changing old to new needs a recorded reason: a day manager
// changing an out-of-hours decision.
func NeedsReason(old, new *Item) bool {
	return old.Kind == "contact" && old.Is("out_of_hours") && old.Get("decision") != "" && new.Get("decision") != old.Get("decision")
}

// A Follow is a record that follows from another: a new one to add, or a change to save.
type Follow struct {
	New, Change *Item
	Why         string
}

// FollowOn returns what follows from saving it (old is the version it replaced, nil when
// new), given the child's live records (which include it).
func FollowOn(old, it *Item, all []*Item, today date.Date) []Follow {
	changed := func(field string) bool { return old == nil || old.Get(field) != it.Get(field) }
	var fs []Follow
	switch it.Kind {
	case "contact":
		d := it.Get("decision")
		if (d == "referral" || d == "strategy") && changed("decision") {
			when := it.Date("decided")
			for _, o := range all {
				if o.Kind == "referral" && o.OpenOn(when) {
					return nil // a referral is not recorded while a case is open (DfE)
				}
			}
			fs = append(fs, Follow{New: &Item{PersonID: it.PersonID, Kind: "referral", ParentID: it.ID, Values: Values{
				"referral_date": {when.String()}, "source": {it.Get("source")}, "nfa": {"no"}}},
				Why: "The contact was decided as a referral"})
		}
	case "conference":
		d, on := it.Get("decision"), it.StartDate()
		if !changed("decision") && !changed("category") {
			return nil
		}
		plan := planOn(all, it.EpisodeID, on)
		switch {
		case it.Get("type") == "initial" && d == "cp_plan" && plan == nil:
			for _, o := range all {
				if o.Kind == "cin_plan" && o.OpenOn(on) && o.EpisodeID == it.EpisodeID {
					end := cloneItem(o)
					end.Values.Set("end", on.String())
					end.Values.Set("end_reason", "A child protection plan started at the initial conference")
					fs = append(fs, Follow{Change: end, Why: "Ended: a child protection plan started"})
				}
			}
			fs = append(fs, Follow{New: &Item{PersonID: it.PersonID, Kind: "cp_plan", ParentID: it.EpisodeID, Values: Values{
				"start": {on.String()}, "initial_category": {it.Get("category")}, "latest_category": {it.Get("category")}}},
				Why: "The initial conference decided on a child protection plan"})
		case it.Get("type") == "review" && plan != nil && d == "continue" && plan.Get("latest_category") != it.Get("category"):
			ch := cloneItem(plan)
			ch.Values.Set("latest_category", it.Get("category"))
			fs = append(fs, Follow{Change: ch, Why: "The review conference changed the category of abuse"})
		case it.Get("type") == "review" && plan != nil && strings.HasPrefix(d, "end_"):
			ch := cloneItem(plan)
			ch.Values.Set("end", on.String())
			ch.Values.Set("end_reason", conferenceDecisions.Label(d)+". "+it.Get("rationale"))
			fs = append(fs, Follow{Change: ch, Why: "The review conference ended the plan"})
		}
	}
	return fs
}

func cloneItem(it *Item) *Item {
	c := *it
	c.Values = Values{}
	for k, v := range it.Values {
		c.Values[k] = slices.Clone(v)
	}
	return &c
}

// ReReferral reports whether a referral came within 12 months of a previous referral for the
// same child (DfE D-02): a previous referral dated on or after the date 12 months before.
func ReReferral(ref *Item, all []*Item) bool {
	d := ref.StartDate()
	from := d.AddDate(-1, 0, 0)
	for _, o := range all {
		if o.Kind == "referral" && o.ID != ref.ID && !o.EnteredInError {
			if s := o.StartDate(); s.Before(d) && !s.Before(from) {
				return true
			}
		}
	}
	return false
}

// Level returns the child's current level on the continuum of need: the level of the latest
// recorded transition, or what their open episodes say when none is recorded.
func Level(items []*Item, today date.Date) string {
	switch {
	case OpenEpisode(items, "care_period") != nil:
		return "care"
	case OpenEpisode(items, "plo") != nil:
		return "pre_proceedings"
	case OpenEpisode(items, "cp_plan") != nil:
		return "cp"
	case OpenEpisode(items, "referral") != nil:
		return "cin"
	case OpenEpisode(items, "early_help") != nil:
		return "early_help"
	}
	if t := Latest(items, "transition"); t != nil {
		return t.Get("to")
	}
	return ""
}

// An Entry is a significant event in a child's casework, for the chronology.
type Entry struct {
	Date     date.Date
	Category string
	Summary  string
	ItemID   int64
	By       string
}

// routine kinds are left out of the chronology unless they record a significant change:
// the chronology is the significant events, not every contact with the family.
var routine = map[string]bool{"visit": true, "case_note": true, "core_group": true, "family_meeting": true, "cin_review": true, "oversight": true,
	"pep": true, "health_assessment": true, "in_touch": true, "pathway_review": true}

// Chronology returns the significant events in a child's live casework, newest first:
// each record's start, and the end of each episode (a plan ending, a referral closing).
func Chronology(items []*Item) []Entry {
	var es []Entry
	for _, it := range items {
		if it.EnteredInError || (routine[it.Kind] && !it.Is("significant_change")) {
			continue
		}
		es = append(es, Entry{Date: it.StartDate(), Category: it.Label(), Summary: it.Summary(), ItemID: it.ID, By: it.CreatedBy})
		if e := it.EndDate(); !e.IsZero() && it.K().Episode {
			why := it.Get("end_reason")
			switch it.Kind {
			case "referral":
				why = it.Display("closure_reason")
			case "early_help", "plo":
				why = it.Display("outcome")
			}
			es = append(es, Entry{Date: e, Category: it.K().Label + " ended", Summary: why, ItemID: it.ID, By: it.UpdatedBy})
		}
	}
	slices.SortStableFunc(es, func(a, b Entry) int { return b.Date.DaysUntil(a.Date) })
	return es
}
