package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/contextual"
	"ourchild/internal/person"
	"ourchild/internal/records"
	"ourchild/internal/store"
)

// Contextual safeguarding pages: the places and peer groups where children meet harm outside
// the home, each recorded once and linked to the children it affects.

func (ui *UI) contextRoutes() []route {
	return []route{
		{"GET /contexts", access.PersonView, ui.listContexts},
		{"GET /contexts/new", access.CaseRecord, ui.contextForm},
		{"POST /contexts/new", access.CaseRecord, ui.contextForm},
		{"GET /contexts/{cid}", access.PersonView, ui.showContext},
		{"GET /contexts/{cid}/edit", access.CaseRecord, ui.contextForm},
		{"POST /contexts/{cid}/edit", access.CaseRecord, ui.contextForm},
		{"GET /contexts/{cid}/close", access.CaseAuthorise, ui.closeContextForm},
		{"POST /contexts/{cid}/close", access.CaseAuthorise, ui.closeContextForm},
		{"GET /contexts/{cid}/links/new", access.CaseRecord, ui.contextLinkForm},
		{"POST /contexts/{cid}/links/new", access.CaseRecord, ui.contextLinkForm},
		{"GET /people/{id}/contexts/new", access.CaseRecord, ui.childLinkForm},
		{"POST /people/{id}/contexts/new", access.CaseRecord, ui.childLinkForm},
		{"GET /people/{id}/contexts/{lid}/end", access.CaseRecord, ui.endLinkForm},
		{"POST /people/{id}/contexts/{lid}/end", access.CaseRecord, ui.endLinkForm},
	}
}

func listOptions(l contextual.List) []Option {
	out := make([]Option, len(l))
	for i, o := range l {
		out[i] = Option{o.Value, o.Label}
	}
	return out
}

type contextsData struct {
	Query     Field
	Status    string
	Contexts  []store.ContextSummary
	CanRecord bool
}

// listContexts lists the places and groups, searched by name.
func (ui *UI) listContexts(w http.ResponseWriter, r *http.Request, u *store.User) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	status := r.URL.Query().Get("status")
	if status != contextual.Closed && status != "all" {
		status = contextual.Active
	}
	f := store.ContextFilter{Name: q, Status: status}
	if status == "all" {
		f.Status = ""
	}
	cs, err := ui.store.Contexts(r.Context(), f)
	if err != nil {
		return err
	}
	d := contextsData{Query: Field{Name: "q", Label: "Search by name", Type: "text", Value: q, Bold: true,
		Hint: "Part of the name of a place or group, for example “park” or “chicken”"}, Status: status, Contexts: cs, CanRecord: u.Can(access.CaseRecord)}
	ui.render(w, r, http.StatusOK, "contexts", &page{Title: "Places and groups", Flash: takeFlash(w, r), Data: d})
	return nil
}

// historyEntry is one change on a context's page.
type historyEntry struct {
	What, When, By, Reason string
	Changes                []person.Change
}

type contextData struct {
	Context   *contextual.Context
	Children  records.ContextChildren
	Current   int // children linked now, shown or not
	History   []historyEntry
	CanRecord bool
	CanClose  bool
}

func contextIDParam(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("cid"), 10, 64)
	if err != nil || id <= 0 {
		return 0, apperr.New(apperr.NotFound, "There is no place or group at this address")
	}
	return id, nil
}

// showContext shows a place or group: its details, the children linked to it (by name where
// the viewer may see their record, otherwise a count) and its history.
func (ui *UI) showContext(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := contextIDParam(r)
	if err != nil {
		return err
	}
	c, cc, err := ui.records.OpenContext(r.Context(), u, auth.ClientAddr(r), id)
	if err != nil {
		return err
	}
	d := contextData{Context: c, Children: cc, CanRecord: u.Can(access.CaseRecord) && c.IsActive(), CanClose: u.Can(access.CaseAuthorise) && c.IsActive()}
	for _, l := range cc.Shown {
		if l.Current() {
			d.Current++
		}
	}
	revs, err := ui.store.ContextHistory(r.Context(), id)
	if err != nil {
		return err
	}
	names := map[int64]string{}
	for _, l := range cc.Shown {
		names[l.PersonID] = l.Person.Name()
	}
	d.History = contextHistory(revs, names)
	ui.render(w, r, http.StatusOK, "context", &page{Title: c.Name, Flash: takeFlash(w, r), Data: d})
	return nil
}

// contextHistory describes each revision of a context and its links, newest first, naming
// only the children the viewer may see.
func contextHistory(revs []store.ContextRevision, names map[int64]string) []historyEntry {
	byVersion := map[int]*contextual.Context{}
	for _, r := range revs {
		if r.Entity == "context" {
			var c contextual.Context
			if json.Unmarshal([]byte(r.Snapshot), &c) == nil {
				byVersion[r.Version] = &c
			}
		}
	}
	var out []historyEntry
	for _, r := range revs {
		e := historyEntry{By: r.ChangedBy, Reason: r.Reason, When: r.ChangedAt}
		if e.By == "" {
			e.By = audit.System.Name
		}
		if len(r.ChangedAt) >= 16 {
			e.When = r.ChangedAt[:10] + " " + r.ChangedAt[11:16] + " UTC"
		}
		child := names[r.PersonID]
		if child == "" {
			child = "a child whose record you cannot see"
		}
		switch {
		case r.Entity == "context" && r.Action == "create":
			e.What = "Recorded"
		case r.Entity == "context" && r.Action == "close":
			e.What = "Closed"
		case r.Entity == "context":
			e.What = "Changed"
			if old, cur := byVersion[r.Version-1], byVersion[r.Version]; old != nil && cur != nil {
				e.Changes = store.ContextChanges(old, cur)
			}
		case r.Action == "create":
			var l contextual.Link
			json.Unmarshal([]byte(r.Snapshot), &l)
			e.What = fmt.Sprintf("Linked %s (%s)", child, strings.ToLower(l.RoleLabel()))
		case r.Action == "end":
			e.What = "Ended the link of " + child
		default:
			e.What = r.Action + " link of " + child
		}
		out = append(out, e)
	}
	return out
}

// contextForm records a new place or group, or changes one (with a version check).
func (ui *UI) contextForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	addr := auth.ClientAddr(r)
	c := &contextual.Context{Kind: "place"}
	editing := r.PathValue("cid") != ""
	fp := formPage{Heading: "Record a place or group", Submit: "Save", Cancel: "/contexts", Action: r.URL.RequestURI(),
		Intro: []string{"Record a place or peer group once, then link each child it affects. Search the list first so as not to record it twice."}}
	if editing {
		id, err := contextIDParam(r)
		if err != nil {
			return err
		}
		if c, err = ui.store.Context(r.Context(), id); err != nil {
			return err
		}
		if !c.IsActive() {
			return apperr.New(apperr.Conflict, "This place or group was closed on %s and cannot be changed", c.ClosedOn.Display())
		}
		fp.Heading, fp.Caption, fp.Cancel, fp.Intro = "Change the details", c.Name, fmt.Sprintf("/contexts/%d", c.ID), nil
	}
	fields := func(c *contextual.Context) []Field {
		fs := []Field{
			{Name: "kind", Label: "Is it a place or a group?", Type: "radios", Value: c.Kind, Options: listOptions(contextual.Kinds)},
			{Name: "name", Label: "Name", Type: "text", Value: c.Name, Bold: true, Hint: "What workers and young people call it, for example “Riverside Park skate ramp”"},
			{Name: "area", Label: "Location (places)", Type: "text", Value: c.Area, Hint: "An address, a street, an area or an online platform. Leave blank for a peer group."},
			{Name: "description", Label: "Description (optional)", Type: "textarea", Rows: 4, Value: c.Description, Hint: "What happens there or in the group, and what is known"},
			{Name: "risks", Label: "Risks", Type: "checkboxes", Values: c.Risks, Options: listOptions(contextual.Risks), Hint: "Select all that apply"},
		}
		if editing {
			fs = append(fs, Field{Name: "reason", Label: "Reason for the change (optional)", Type: "textarea", Rows: 2, Hint: "Kept in the history"},
				Field{Name: "version", Type: "hidden", Value: strconv.Itoa(c.Version)})
		}
		return fs
	}
	if r.Method != http.MethodPost {
		if editing {
			ui.store.Audit(r.Context(), audit.New(u.Actor(addr), audit.View, 0, fmt.Sprintf("Opened form: change %s %d", strings.ToLower(c.KindLabel()), c.ID)))
		}
		fp.Fields = fields(c)
		ui.render(w, r, http.StatusOK, "form", &page{Title: fp.Heading, Data: fp})
		return nil
	}
	r.ParseForm()
	in := &contextual.Context{ID: c.ID, Kind: r.PostFormValue("kind"), Name: r.PostFormValue("name"), Area: r.PostFormValue("area"),
		Description: r.PostFormValue("description"), Risks: r.PostForm["risks"]}
	in.Version, _ = strconv.Atoi(r.PostFormValue("version"))
	var err error
	if editing {
		err = ui.store.UpdateContext(r.Context(), u.Actor(addr), in, r.PostFormValue("reason"))
	} else {
		err = ui.store.CreateContext(r.Context(), u.Actor(addr), in)
	}
	var ce *store.ContextConflictError
	var fe apperr.FieldErrors
	status := http.StatusBadRequest
	switch {
	case err == nil:
		if pid := r.URL.Query().Get("person"); pid != "" && !editing {
			redirect(w, r, fmt.Sprintf("/people/%s/contexts/new?context=%d", digitsOnly(pid), in.ID), "")
			return nil
		}
		redirect(w, r, fmt.Sprintf("/contexts/%d", in.ID), "Saved")
		return nil
	case errors.As(err, &ce):
		fp.ConflictBy = ce.Current.UpdatedBy
		if fp.ConflictBy == "" {
			fp.ConflictBy = "someone else"
		}
		for _, ch := range ce.Changes {
			fp.Conflict = append(fp.Conflict, conflictRow{Label: ch.Label, Yours: ch.Old, Theirs: ch.New})
		}
		status = http.StatusConflict
		fe = apperr.FieldErrors{{Field: "conflict", Message: "This place or group changed since you opened it. Check the changes, then save again if your changes are still right."}}
		in.Version = ce.Current.Version
	case apperr.Is(err, apperr.Invalid):
		fe = apperr.FieldsOf(err)
		ui.store.Audit(r.Context(), refused(u, addr, "Refused: "+fp.Heading))
	default:
		return err
	}
	fp.Fields = fromForm(fields(in), r)
	for i := range fp.Fields {
		if fp.Fields[i].Name == "version" {
			fp.Fields[i].Value = strconv.Itoa(in.Version)
		}
	}
	fp.Fields = withErrors(fp.Fields, fe)
	ui.render(w, r, status, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
	return nil
}

// digitsOnly keeps a query value to digits, so it cannot change where a redirect goes.
func digitsOnly(s string) string {
	if _, err := strconv.ParseInt(s, 10, 64); err != nil {
		return "0"
	}
	return s
}

func refused(u *store.User, addr, what string) audit.Event {
	e := audit.New(u.Actor(addr), audit.Update, 0, what)
	e.Outcome = audit.Refused
	return e
}

// closeContextForm closes a place or group with a date and a reason (a manager's decision).
func (ui *UI) closeContextForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := contextIDParam(r)
	if err != nil {
		return err
	}
	c, err := ui.store.Context(r.Context(), id)
	if err != nil {
		return err
	}
	if !c.IsActive() {
		return apperr.New(apperr.Conflict, "This place or group was already closed on %s", c.ClosedOn.Display())
	}
	back := fmt.Sprintf("/contexts/%d", id)
	fp := formPage{Caption: c.Name, Heading: "Close this " + strings.ToLower(c.KindLabel()), Submit: "Close it", Cancel: back, Action: r.URL.Path,
		Intro: []string{"It stays on the list of closed places and groups, with its links and history, and on each child’s record."}}
	fields := []Field{
		dateField("closed_on", "Date closed", ""),
		{Name: "close_reason", Label: "Why it is being closed", Type: "textarea", Rows: 3, Hint: "For example, the premises closed, or the group has dispersed"},
		{Name: "version", Type: "hidden", Value: strconv.Itoa(c.Version)},
	}
	if r.Method != http.MethodPost {
		fp.Fields = fields
		ui.render(w, r, http.StatusOK, "form", &page{Title: fp.Heading, Data: fp})
		return nil
	}
	r.ParseForm()
	var fe apperr.FieldErrors
	on := formDate(r, "closed_on", "Date closed", &fe)
	if len(fe) == 0 {
		version, _ := strconv.Atoi(r.PostFormValue("version"))
		err = ui.store.CloseContext(r.Context(), u.Actor(auth.ClientAddr(r)), id, version, on, r.PostFormValue("close_reason"))
		switch {
		case err == nil:
			redirect(w, r, back, "“"+c.Name+"” closed")
			return nil
		case apperr.Is(err, apperr.Invalid):
			fe = apperr.FieldsOf(err)
		default:
			return err
		}
	} else if r.PostFormValue("close_reason") == "" {
		fe.Add("close_reason", "Enter why the context is being closed")
	}
	fp.Fields = withErrors(fromForm(fields, r), fe)
	ui.render(w, r, http.StatusBadRequest, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
	return nil
}

// linkFields are the questions about a child's link to a context.
func linkFields(u *store.User) []Field {
	return []Field{
		{Name: "role", Label: "How is the child linked?", Type: "radios", Options: listOptions(contextual.Roles)},
		{Name: "risk", Label: "What is the risk?", Type: "textarea", Rows: 3, Hint: "What is known or feared, to or from this child, in this place or group"},
		dateField("identified_on", "Date the link was identified", ""),
		{Name: "identified_by", Label: "Who identified it?", Type: "text", Value: u.Name, Hint: "A worker, the police, a school, a return home interview …"},
	}
}

// readLink reads the link questions, adding date problems to fe.
func readLink(r *http.Request, fe *apperr.FieldErrors) *contextual.Link {
	return &contextual.Link{Role: r.PostFormValue("role"), Risk: r.PostFormValue("risk"),
		IdentifiedOn: formDate(r, "identified_on", "Date the link was identified", fe), IdentifiedBy: r.PostFormValue("identified_by")}
}

// linkErrors adds the link's own checks to the date problems already found, so the error
// summary lists every problem at once.
func (ui *UI) linkErrors(l *contextual.Link, fe apperr.FieldErrors) apperr.FieldErrors {
	pid := l.PersonID
	if pid == 0 {
		l.PersonID = -1 // the person is checked on its own
	}
	for _, e := range l.Validate(ui.today()) {
		if e.Field != "identified_on" && e.Field != "person_id" {
			fe = append(fe, e)
		}
	}
	l.PersonID = pid
	return fe
}

// childLinkForm links the child whose record this is to a place or group ("Link to a place or
// group" on the record). Choosing "not listed" goes to record it first, and comes back.
func (ui *UI) childLinkForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	cs, err := ui.store.Contexts(r.Context(), store.ContextFilter{Status: contextual.Active})
	if err != nil {
		return err
	}
	opts := []Option{{"", "Choose a place or group"}}
	for _, c := range cs {
		label := c.Name + " (" + strings.ToLower(c.KindLabel())
		if c.Area != "" {
			label += ", " + c.Area
		}
		opts = append(opts, Option{strconv.FormatInt(c.ID, 10), label + ")"})
	}
	opts = append(opts, Option{"new", "It is not listed: record it first"})
	if r.Method == http.MethodPost && r.PostFormValue("context_id") == "new" {
		http.Redirect(w, r, "/contexts/new?person="+digitsOnly(r.PathValue("id")), http.StatusSeeOther)
		return nil
	}
	fp := formPage{Heading: "Link to a place or group", Submit: "Link",
		Intro: []string{"Link the child to a place or peer group where there is a risk of harm outside the home. Other children linked to it will show on the child’s record."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return append([]Field{{Name: "context_id", Label: "Place or group", Type: "select", Value: r.URL.Query().Get("context"), Options: opts}}, linkFields(u)...)
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		choice := r.PostFormValue("context_id")
		l := readLink(r, fe)
		l.PersonID = p.ID
		l.ContextID, _ = strconv.ParseInt(choice, 10, 64)
		if l.ContextID == 0 {
			fe.Add("context_id", "Choose the place or group, or choose “It is not listed”")
		}
		if len(*fe) > 0 {
			*fe = ui.linkErrors(l, *fe)
			return "", nil
		}
		if err := ui.store.LinkChild(r.Context(), a, l); err != nil {
			return "", err
		}
		return "Linked to a place or group", nil
	})
}

// contextLinkForm links a child, by ourchild ID, from the place or group's page.
func (ui *UI) contextLinkForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := contextIDParam(r)
	if err != nil {
		return err
	}
	c, err := ui.store.Context(r.Context(), id)
	if err != nil {
		return err
	}
	if !c.IsActive() {
		return apperr.New(apperr.Conflict, "This place or group was closed on %s: children cannot be linked to it", c.ClosedOn.Display())
	}
	addr := auth.ClientAddr(r)
	back := fmt.Sprintf("/contexts/%d", id)
	fp := formPage{Caption: c.Name, Heading: "Link a child", Submit: "Link", Cancel: back, Action: r.URL.Path,
		Intro: []string{"Find the child’s ourchild ID with a search first."}}
	fields := append([]Field{{Name: "person_id", Label: "ourchild ID of the child", Type: "text", Width: 10, Bold: true,
		Hint: "The number shown on their record and in search results"}}, linkFields(u)...)
	if r.Method != http.MethodPost {
		fp.Fields = fields
		ui.render(w, r, http.StatusOK, "form", &page{Title: fp.Heading, Data: fp})
		return nil
	}
	r.ParseForm()
	var fe apperr.FieldErrors
	pid := formID(r, "person_id", "ourchild ID", &fe)
	if pid == 0 && fe.For("person_id") == "" {
		fe.Add("person_id", "Enter the ourchild ID of the child")
	}
	l := readLink(r, &fe)
	l.ContextID, l.PersonID = id, pid
	if len(fe) == 0 {
		err = ui.records.CheckLinkable(r.Context(), u, addr, pid, "person_id")
		if err == nil {
			err = ui.store.LinkChild(r.Context(), u.Actor(addr), l)
		}
		switch {
		case err == nil:
			redirect(w, r, back, "Child linked")
			return nil
		case apperr.Is(err, apperr.Invalid):
			fe = apperr.FieldsOf(err)
		default:
			return err
		}
	} else {
		fe = ui.linkErrors(l, fe)
	}
	fp.Fields = withErrors(fromForm(fields, r), fe)
	ui.render(w, r, http.StatusBadRequest, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
	return nil
}

// endLinkForm ends a child's link to a place or group, with a date and a reason.
func (ui *UI) endLinkForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	lid, err := idParam(r, "lid")
	if err != nil {
		return err
	}
	l, err := ui.store.Link(r.Context(), lid)
	if err != nil {
		return err
	}
	if pid, _ := idParam(r, "id"); l.PersonID != pid {
		return apperr.New(apperr.NotFound, "That link is not on this record")
	}
	c, err := ui.store.Context(r.Context(), l.ContextID)
	if err != nil {
		return err
	}
	if !l.Current() {
		return apperr.New(apperr.Conflict, "This link already ended on %s", l.EndedOn.Display())
	}
	fp := formPage{Heading: "End the link to “" + c.Name + "”", Submit: "End the link",
		Intro: []string{"The link stays in the history of the child’s record and of the place or group."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			dateField("ended_on", "Date the link ended", ""),
			{Name: "end_reason", Label: "Why it has ended", Type: "textarea", Rows: 3, Hint: "For example, the child moved away, or is no longer seen there"},
			{Name: "version", Type: "hidden", Value: strconv.Itoa(l.Version)},
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		on := formDate(r, "ended_on", "Date the link ended", fe)
		if len(*fe) > 0 {
			if strings.TrimSpace(r.PostFormValue("end_reason")) == "" {
				fe.Add("end_reason", "Enter why the link has ended")
			}
			return "", nil
		}
		version, _ := strconv.Atoi(r.PostFormValue("version"))
		return "Link ended", ui.store.EndLink(r.Context(), a, lid, version, on, r.PostFormValue("end_reason"))
	})
}

// recordContext is a place or group on a child's record, with the other children linked to
// it now that the viewer may see, and how many more there are.
type recordContext struct {
	Context *contextual.Context
	Link    contextual.Link
	Others  []store.LinkedChild
	Hidden  int
}

// recordContexts returns the places and groups a child is or was linked to, for the record.
func (ui *UI) recordContexts(r *http.Request, u *store.User, personID int64) ([]recordContext, error) {
	pcs, err := ui.store.PersonContexts(r.Context(), personID)
	if err != nil {
		return nil, err
	}
	var out []recordContext
	for _, pc := range pcs {
		var current []store.LinkedChild
		for _, o := range pc.Others {
			if o.Current() {
				current = append(current, o)
			}
		}
		cc, err := ui.records.Split(r.Context(), u, current)
		if err != nil {
			return nil, err
		}
		out = append(out, recordContext{Context: pc.Context, Link: pc.Link, Others: cc.Shown, Hidden: cc.Hidden})
	}
	return out, nil
}
