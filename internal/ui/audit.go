package ui

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/date"
	"ourchild/internal/store"
)

type auditData struct {
	Fields   []Field
	Events   []audit.Event
	CSV      string
	More     string
	Filtered bool
}

const auditPage = 100

// auditFilter reads the audit filter from the query string.
func auditFilter(q url.Values) (audit.Filter, []Field, apperr.FieldErrors) {
	var f audit.Filter
	var fe apperr.FieldErrors
	f.Actor = strings.TrimSpace(q.Get("user"))
	if v := strings.TrimSpace(q.Get("person")); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			fe.Add("person", "Person must be an ourchild ID, a number")
		}
		f.PersonID = id
	}
	actions := []Option{{"", "Any action"}}
	for _, a := range audit.Actions {
		actions = append(actions, Option{string(a), strings.ReplaceAll(string(a), "_", " ")})
		if string(a) == q.Get("action") {
			f.Action = a
		}
	}
	parse := func(name, label string) time.Time {
		v := strings.TrimSpace(q.Get(name))
		if v == "" {
			return time.Time{}
		}
		d, err := date.Parse(v)
		if err != nil {
			fe.Add(name, "%s must be a real date in the form 2026-11-22", label)
			return time.Time{}
		}
		return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, date.London)
	}
	f.From = parse("from", "From date")
	if to := parse("to", "To date"); !to.IsZero() {
		f.To = to.AddDate(0, 0, 1) // to the end of that day
	}
	f.BreakGlassOnly = q.Get("break_glass") == "yes"
	f.BeforeID, _ = strconv.ParseInt(q.Get("before"), 10, 64)
	fields := []Field{
		{Name: "user", Label: "User", Type: "text", Value: q.Get("user"), Width: 20, Hint: "Part of their name"},
		{Name: "person", Label: "Person (ourchild ID)", Type: "text", Value: q.Get("person"), Width: 10},
		{Name: "action", Label: "Action", Type: "select", Value: q.Get("action"), Options: actions},
		{Name: "from", Label: "From date", Type: "text", Value: q.Get("from"), Width: 10, Hint: "For example, 2026-11-01"},
		{Name: "to", Label: "To date", Type: "text", Value: q.Get("to"), Width: 10},
		{Name: "break_glass", Label: "Only break-glass access", Type: "checkbox", Value: q.Get("break_glass")},
	}
	return f, withErrors(fields, fe), fe
}

// auditLog lets an auditor search the access audit.
func (ui *UI) auditLog(w http.ResponseWriter, r *http.Request, u *store.User) error {
	q := r.URL.Query()
	f, fields, fe := auditFilter(q)
	d := auditData{Fields: fields, Filtered: len(q) > 0}
	status := http.StatusOK
	if len(fe) > 0 {
		status = http.StatusBadRequest
	} else {
		f.Limit = auditPage + 1
		evs, err := ui.store.AuditEvents(r.Context(), f)
		if err != nil {
			return err
		}
		if len(evs) > auditPage {
			evs = evs[:auditPage]
			more := url.Values{}
			for k, v := range q {
				more[k] = v
			}
			more.Set("before", strconv.FormatInt(evs[len(evs)-1].ID, 10))
			d.More = "/audit?" + more.Encode()
		}
		d.Events = evs
		q.Del("before")
		d.CSV = "/audit.csv?" + q.Encode()
	}
	ui.render(w, r, status, "audit", &page{Title: "Access audit log", Errors: fe, Data: d})
	return nil
}

// auditCSV exports the filtered audit as CSV. The export itself is audited.
func (ui *UI) auditCSV(w http.ResponseWriter, r *http.Request, u *store.User) error {
	f, _, fe := auditFilter(r.URL.Query())
	if err := fe.Err(); err != nil {
		return err
	}
	evs, err := ui.store.AuditEvents(r.Context(), f)
	if err != nil {
		return err
	}
	if err := ui.store.Audit(r.Context(), audit.New(u.Actor(auth.ClientAddr(r)), audit.Export, f.PersonID,
		fmt.Sprintf("Exported %d audit entries as CSV (%s)", len(evs), r.URL.RawQuery))); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="ourchild-audit-%s.csv"`, ui.today()))
	w.Header().Set("Cache-Control", "no-store")
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "time_utc", "user_id", "user", "action", "person_id", "detail", "client_address", "outcome", "break_glass"})
	for _, e := range evs {
		pid := ""
		if e.PersonID != 0 {
			pid = strconv.FormatInt(e.PersonID, 10)
		}
		cw.Write([]string{strconv.FormatInt(e.ID, 10), e.At.UTC().Format(time.RFC3339), strconv.FormatInt(e.ActorID, 10), csvSafe(e.ActorName),
			string(e.Action), pid, csvSafe(e.Detail), e.ClientAddr, e.Outcome, strconv.FormatBool(e.BreakGlass)})
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe stops a spreadsheet from running a cell as a formula (CSV injection).
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
