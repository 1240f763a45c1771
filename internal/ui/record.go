package ui

import (
	"fmt"
	"net/http"
	"slices"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/auth"
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/records"
	"ourchild/internal/store"
	"ourchild/internal/workday"
)

type recordData struct {
	*store.Record
	Current     *person.Address
	Allocation  *person.Allocation
	Disabled    bool
	CanEdit     bool
	CanAllocate bool
	CanMark     bool
	CanRestrict bool
	Journey     journey
	Timeline    []timelineEntry
	Contexts    []recordContext // places and groups (contexts.go)
}

// timelineEntry is one event in the chronology on the record: an entry added to the
// chronology, or a significant event in the casework (with a link to it).
type timelineEntry struct {
	Date                        date.Date
	Category, Summary, RecordBy string
	Href                        string
}

// timeline merges the chronology entries with the casework's significant events, newest first.
func timeline(personID int64, events []person.Event, items []*casework.Item) []timelineEntry {
	var out []timelineEntry
	for _, e := range events {
		out = append(out, timelineEntry{Date: e.Date, Category: e.Category, Summary: e.Summary, RecordBy: e.RecordedBy})
	}
	for _, e := range casework.Chronology(items) {
		out = append(out, timelineEntry{Date: e.Date, Category: e.Category, Summary: e.Summary, RecordBy: e.By,
			Href: fmt.Sprintf("/people/%d/casework/%d", personID, e.ItemID)})
	}
	slices.SortStableFunc(out, func(a, b timelineEntry) int { return b.Date.DaysUntil(a.Date) })
	return out
}

// journey is the child's casework on their record: where they are on the continuum of need,
// what is open, what has been recorded, and the manager's footprint.
type journey struct {
	Level     string
	Open      []*casework.Item
	Items     []*casework.Item // the latest, newest first
	Total     int              // how many live records there are in all
	Oversight *casework.Item   // the latest management oversight
	Oversaw   int              // oversight entries in the last 12 months
	CanRecord bool
	Clocks    []workRow // what is running now, overdue first
	Met       []casework.Clock
	InCare    bool
	Stability casework.Stability
	Leaver    string // care leaver status worked out from the care history, as people read it
	// Outstanding is what is still to do that has no timescale (a life-story book in parts).
	Outstanding []casework.Task
}

// recentItems is how many records the child's record lists; the rest are a click away.
const recentItems = 15

func newJourney(items []*casework.Item, today date.Date, canRecord bool) journey {
	j := journey{CanRecord: canRecord}
	var live []*casework.Item
	for _, it := range items {
		if it.EnteredInError {
			continue
		}
		live = append(live, it)
		if it.Open() {
			j.Open = append(j.Open, it)
		}
		if it.Kind == "oversight" {
			if j.Oversight == nil || !it.StartDate().Before(j.Oversight.StartDate()) {
				j.Oversight = it
			}
			if !it.StartDate().Before(today.AddDate(-1, 0, 0)) {
				j.Oversaw++
			}
		}
	}
	if l := casework.Level(live, today); l != "" {
		j.Level = casework.Levels.Label(l)
	}
	if j.InCare = casework.OpenEpisode(live, "care_period") != nil; j.InCare {
		j.Stability = casework.PlacementStability(live, today)
	}
	j.Total = len(live)
	for i := len(live) - 1; i >= 0 && len(j.Items) < recentItems; i-- {
		j.Items = append(j.Items, live[i])
	}
	return j
}

// showRecord shows a person's record: who they are, their family and household, where they
// live, who works with them, warnings and chronology.
func (ui *UI) showRecord(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r, "id")
	if err != nil {
		return err
	}
	rec, err := ui.records.Open(r.Context(), u, auth.ClientAddr(r), id)
	if err == records.ErrRestricted {
		return ui.restricted(w, r, u)
	}
	if err != nil {
		return err
	}
	d := recordData{Record: rec, Current: rec.CurrentAddress(ui.today()), Allocation: rec.CurrentAllocation(),
		Disabled: rec.Person.Disabled(), CanEdit: u.Can(access.PersonEdit) && !rec.Person.EnteredInError,
		CanAllocate: u.Can(access.CaseAllocate) && !rec.Person.EnteredInError,
		CanMark:     u.Can(access.PersonMarkError) && !rec.Person.EnteredInError, CanRestrict: u.Can(access.PersonRestrict)}
	items, err := ui.store.Items(r.Context(), id)
	if err != nil {
		return err
	}
	d.Journey = newJourney(items, ui.today(), u.Can(access.CaseRecord) && !rec.Person.EnteredInError)
	d.Journey.Outstanding = casework.Outstanding(items)
	if st := casework.LeaverStatus(items, rec.Person.DateOfBirth, ui.today()); st != "" {
		d.Journey.Leaver = casework.CareLeaver.Field("status").Options.Label(st)
	}
	if err := ui.recordClocks(r, &d.Journey, rec.Person, items); err != nil {
		return err
	}
	d.Timeline = timeline(id, rec.Chronology, items)
	if d.Contexts, err = ui.recordContexts(r, u, id); err != nil {
		return err
	}
	ui.render(w, r, http.StatusOK, "record", &page{Title: rec.Person.Name(), Flash: takeFlash(w, r), Data: d})
	return nil
}

// recordClocks puts the child's clocks on the record: those running now, overdue first, and
// those met in the last three months, with whether they were met on time.
func (ui *UI) recordClocks(r *http.Request, j *journey, p *person.Person, items []*casework.Item) error {
	std, _, err := ui.store.Standards(r.Context())
	if err != nil {
		return err
	}
	today := ui.today()
	since := workday.AddMonthsClamped(today, -3)
	soonBefore := ui.cal.AddWorkingDays(today, soonDays+1)
	for _, k := range casework.ClocksFor(casework.Child{BirthDate: p.DateOfBirth}, items, std, ui.cal, today) {
		switch {
		case k.Open():
			row := workRow{PersonID: p.ID, Child: p.Name(), Clock: k, Band: "later"}
			switch {
			case k.State == workday.Overdue:
				row.Band = "overdue"
			case k.Due.Before(soonBefore):
				row.Band = "soon"
			}
			ui.describe(&row, today)
			j.Clocks = append(j.Clocks, row)
		case k.State.Done() && !k.Done.Before(since):
			j.Met = append(j.Met, k)
		}
	}
	band := map[string]int{"overdue": 0, "soon": 1, "later": 2}
	slices.SortStableFunc(j.Clocks, func(a, b workRow) int { return band[a.Band] - band[b.Band] })
	return nil
}

// restricted explains that a record is restricted and, for users allowed to, offers
// break-glass access.
func (ui *UI) restricted(w http.ResponseWriter, r *http.Request, u *store.User) error {
	if u.Can(access.PersonBreakGlass) {
		http.Redirect(w, r, "/people/"+r.PathValue("id")+"/break-glass", http.StatusSeeOther)
		return nil
	}
	return apperr.New(apperr.Forbidden, "This record is restricted. Ask your team manager if you need to see it. Your attempt has been recorded.")
}

type historyData struct {
	Person    *person.Person
	Revisions []store.Revision
}

// showHistory lists every change to a record: who, when, why and what changed.
func (ui *UI) showHistory(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r, "id")
	if err != nil {
		return err
	}
	p, err := ui.records.View(r.Context(), u, auth.ClientAddr(r), id, "Viewed history of changes")
	if err == records.ErrRestricted {
		return ui.restricted(w, r, u)
	}
	if err != nil {
		return err
	}
	revs, err := ui.store.Revisions(r.Context(), id)
	if err != nil {
		return err
	}
	ui.render(w, r, http.StatusOK, "history", &page{Title: "History of changes: " + p.Name(), Data: historyData{Person: p, Revisions: revs}})
	return nil
}
