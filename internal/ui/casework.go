package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/auth"
	"ourchild/internal/casework"
	"ourchild/internal/person"
	"ourchild/internal/records"
	"ourchild/internal/store"
)

func (ui *UI) caseworkRoutes() []route {
	return []route{
		{"GET /contacts/new", access.CaseRecord, ui.contactForm},
		{"POST /contacts/new", access.CaseRecord, ui.contactForm},
		{"GET /people/{id}/casework", access.PersonView, ui.listItems},
		{"GET /people/{id}/casework/new", access.CaseRecord, ui.newItem},
		{"POST /people/{id}/casework/new", access.CaseRecord, ui.newItem},
		{"GET /people/{id}/casework/{cid}", access.PersonView, ui.showItem},
		{"GET /people/{id}/casework/{cid}/edit", access.CaseRecord, ui.editItem},
		{"POST /people/{id}/casework/{cid}/edit", access.CaseRecord, ui.editItem},
		{"GET /people/{id}/casework/{cid}/entered-in-error", access.CaseRecord, ui.itemErrorForm},
		{"POST /people/{id}/casework/{cid}/entered-in-error", access.CaseRecord, ui.itemErrorForm},
		{"GET /people/{id}/casework/{cid}/letter", access.PersonView, ui.letterBeforeProceedings},
	}
}

func editor(u *store.User, r *http.Request) store.Editor {
	return store.Editor{Actor: u.Actor(auth.ClientAddr(r)), Manager: u.Can(access.CaseAuthorise)}
}

// openPerson opens the record a casework page is about, audited with what the page is for.
func (ui *UI) openPerson(w http.ResponseWriter, r *http.Request, u *store.User, detail string, change bool) (*person.Person, bool, error) {
	id, err := idParam(r, "id")
	if err != nil {
		return nil, false, err
	}
	p, err := ui.records.View(r.Context(), u, auth.ClientAddr(r), id, detail)
	if err == records.ErrRestricted {
		return nil, false, ui.restricted(w, r, u)
	}
	if err != nil {
		return nil, false, err
	}
	if change && p.EnteredInError {
		return nil, false, apperr.New(apperr.Conflict, "This record was marked as entered in error and cannot be changed")
	}
	return p, true, nil
}

// openItem reads the casework record in the path and checks it belongs to the person.
func (ui *UI) openItem(r *http.Request, p *person.Person) (*casework.Item, error) {
	cid, err := idParam(r, "cid")
	if err != nil {
		return nil, err
	}
	it, err := ui.store.Item(r.Context(), cid)
	if err != nil || it.PersonID != p.ID {
		return nil, apperr.New(apperr.NotFound, "There is no such record for %s", p.Name())
	}
	return it, nil
}

type itemList struct {
	Person  *person.Person
	Items   []*casework.Item
	Kind    string
	Options []Option
	Total   int
}

// listItems lists all of a child's casework, newest first, optionally of one kind.
func (ui *UI) listItems(w http.ResponseWriter, r *http.Request, u *store.User) error {
	p, ok, err := ui.openPerson(w, r, u, "Viewed all casework", false)
	if !ok {
		return err
	}
	items, err := ui.store.Items(r.Context(), p.ID)
	if err != nil {
		return err
	}
	d := itemList{Person: p, Kind: r.URL.Query().Get("kind"), Options: []Option{{"", "All records"}}}
	seen := map[string]bool{}
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		if it.EnteredInError {
			continue
		}
		d.Total++
		if !seen[it.Kind] {
			seen[it.Kind] = true
		}
		if d.Kind == "" || it.Kind == d.Kind {
			d.Items = append(d.Items, it)
		}
	}
	for _, k := range casework.Kinds() {
		if seen[k.Name] {
			d.Options = append(d.Options, Option{k.Name, k.Label})
		}
	}
	ui.render(w, r, http.StatusOK, "casework_list", &page{Title: "Recorded work: " + p.Name(), Data: d})
	return nil
}

// itemForm is the data of the casework form page.
type itemForm struct {
	formPage
	Kind *casework.Kind
}

// newItem records a new piece of casework of the kind in the query (?kind=assessment).
func (ui *UI) newItem(w http.ResponseWriter, r *http.Request, u *store.User) error {
	k := casework.KindOf(r.URL.Query().Get("kind"))
	if k == nil {
		return ui.chooseKind(w, r, u)
	}
	p, ok, err := ui.openPerson(w, r, u, "Opened form: new "+strings.ToLower(k.Label), true)
	if !ok {
		return err
	}
	if k.ManagerOnly && !u.Can(access.CaseAuthorise) {
		return apperr.New(apperr.Forbidden, "Only a manager can record %s", strings.ToLower(k.Label))
	}
	if k.Name == "contact" {
		http.Redirect(w, r, fmt.Sprintf("/contacts/new?person=%d", p.ID), http.StatusSeeOther)
		return nil
	}
	fp := formPage{Caption: p.Name(), Heading: k.Label, Submit: "Save", Cancel: fmt.Sprintf("/people/%d", p.ID),
		Action: r.URL.RequestURI(), Intro: kindIntro(k)}
	v := casework.Values{}
	if r.Method == http.MethodGet {
		switch k.Name {
		case "assessment":
			// The history starts from the chronology, for the worker to analyse, not retype.
			if h, err := ui.chronologyText(r, p); err == nil {
				v.Set("history", h)
			}
		case "care_leaver":
			// The status follows from the care history: offered, for the worker to confirm.
			if items, err := ui.store.Items(r.Context(), p.ID); err == nil {
				v.Set("status", casework.LeaverStatus(items, p.DateOfBirth, ui.today()))
			}
		}
		ui.renderItemForm(w, r, http.StatusOK, fp, k, v, u, nil)
		return nil
	}
	r.ParseForm()
	var fe apperr.FieldErrors
	v = kindValues(k, r, &fe)
	it := &casework.Item{PersonID: p.ID, Kind: k.Name, Values: v}
	if pid, err := strconv.ParseInt(r.URL.Query().Get("parent"), 10, 64); err == nil {
		it.ParentID = pid
	}
	if len(fe) == 0 {
		err = ui.store.AddItem(r.Context(), editor(u, r), it)
		if err == nil {
			redirect(w, r, fmt.Sprintf("/people/%d/casework/%d", p.ID, it.ID), k.Label+" saved")
			return nil
		}
		if !apperr.Is(err, apperr.Invalid) {
			return err
		}
	}
	ui.renderItemForm(w, r, http.StatusBadRequest, fp, k, v, u, ui.allErrors(fe, err, it))
	return nil
}

// allErrors gathers every problem with a form at once: the ones found reading it (dates that
// are not dates), the ones found saving it, and, when it could not be saved for the first
// kind, the casework rules' own, so the user sees them all in one go.
func (ui *UI) allErrors(fe apperr.FieldErrors, saveErr error, it *casework.Item) apperr.FieldErrors {
	fe = mergeErrors(fe, apperr.FieldsOf(saveErr))
	if saveErr == nil {
		check := *it
		check.Values = cloneValues(it.Values)
		check.Normalise()
		fe = mergeErrors(fe, check.Validate(ui.today()))
	}
	return fe
}

func cloneValues(v casework.Values) casework.Values {
	out := casework.Values{}
	for k, x := range v {
		out[k] = slices.Clone(x)
	}
	return out
}

// chronologyText is the child's chronology as lines of text, oldest first.
func (ui *UI) chronologyText(r *http.Request, p *person.Person) (string, error) {
	rec, err := ui.store.RecordOf(r.Context(), p)
	if err != nil {
		return "", err
	}
	items, err := ui.store.Items(r.Context(), p.ID)
	if err != nil {
		return "", err
	}
	var lines []string
	for _, e := range timeline(p.ID, rec.Chronology, items) {
		line := e.Date.Display() + ": " + e.Category
		if e.Summary != "" {
			line += ". " + e.Summary
		}
		lines = append([]string{line}, lines...)
	}
	return strings.Join(lines, "\n"), nil
}

func kindIntro(k *casework.Kind) []string {
	switch k.Name {
	case "assessment":
		return []string{"Assess each child in the household on their own. Save as you go: the assessment is complete when you enter the date you completed it, and the manager authorises it.",
			"The history below starts from the child’s chronology: say what those events mean for the child."}
	case "conference":
		return []string{"Record the conference when it is arranged, with the date the report was shared with the parents; record the decision on the day."}
	case "transition":
		return []string{"A move between early help, child in need, child protection, pre-proceedings and care is a decision: record the threshold applied and why."}
	case "plo":
		return []string{"The letter before proceedings is made from what you write here: use plain English the parents will understand, with no jargon."}
	}
	return nil
}

func (ui *UI) renderItemForm(w http.ResponseWriter, r *http.Request, status int, fp formPage, k *casework.Kind, v casework.Values, u *store.User, fe apperr.FieldErrors) {
	fields := kindFields(k, v, u.Can(access.CaseAuthorise))
	if r.Method == http.MethodPost {
		fields = refill(fields, r)
	}
	fields = withErrors(fields, fe)
	tableErrors(fields, fe)
	fp.Fields = append(fields, fp.Fields...)
	ui.render(w, r, status, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
}

type kindChoice struct {
	Kind *casework.Kind
	Href string
}

type chooseData struct {
	Person *person.Person
	Kinds  []kindChoice
}

// chooseKind lists what can be recorded for a child.
func (ui *UI) chooseKind(w http.ResponseWriter, r *http.Request, u *store.User) error {
	p, ok, err := ui.openPerson(w, r, u, "Opened the list of things to record", true)
	if !ok {
		return err
	}
	d := chooseData{Person: p}
	for _, k := range casework.Kinds() {
		if k.ManagerOnly && !u.Can(access.CaseAuthorise) {
			continue
		}
		d.Kinds = append(d.Kinds, kindChoice{k, fmt.Sprintf("/people/%d/casework/new?kind=%s", p.ID, k.Name)})
	}
	ui.render(w, r, http.StatusOK, "casework_choose", &page{Title: "What do you want to record?", Data: d})
	return nil
}

// itemView is the data of a casework record's page.
type itemView struct {
	Person   *person.Person
	Item     *casework.Item
	Sections []itemSection
	Parent   *casework.Item
	Children []*casework.Item
	Next     []kindChoice
	History  []itemRevision
	CanEdit  bool
	ReRef    bool
}

type itemSection struct {
	Heading string
	Rows    []itemRow
	Tables  []itemTable
}

type itemRow struct{ Label, Value string }

type itemTable struct {
	Caption string
	Columns []string
	Rows    [][]string
}

type itemRevision struct {
	store.Revision
	Changes []casework.Change
}

func (ui *UI) showItem(w http.ResponseWriter, r *http.Request, u *store.User) error {
	p, ok, err := ui.openPerson(w, r, u, "Viewed casework record "+r.PathValue("cid"), false)
	if !ok {
		return err
	}
	it, err := ui.openItem(r, p)
	if err != nil {
		return err
	}
	all, err := ui.store.Items(r.Context(), p.ID)
	if err != nil {
		return err
	}
	d := itemView{Person: p, Item: it, Sections: sections(it), CanEdit: u.Can(access.CaseRecord) && !it.EnteredInError && !p.EnteredInError &&
		(!it.K().ManagerOnly || u.Can(access.CaseAuthorise))}
	for _, o := range all {
		if o.ID == it.ParentID {
			d.Parent = o
		}
		if o.ParentID == it.ID && !o.EnteredInError {
			d.Children = append(d.Children, o)
		}
	}
	if it.Kind == "referral" {
		d.ReRef = casework.ReReferral(it, all)
	}
	if d.CanEdit {
		for _, k := range casework.Kinds() {
			if k.Parent == it.Kind && (!k.ManagerOnly || u.Can(access.CaseAuthorise)) {
				d.Next = append(d.Next, kindChoice{k, fmt.Sprintf("/people/%d/casework/new?kind=%s&parent=%d", p.ID, k.Name, it.ID)})
			}
		}
	}
	revs, err := ui.store.Revisions(r.Context(), p.ID)
	if err != nil {
		return err
	}
	var prev casework.Values
	for i := len(revs) - 1; i >= 0; i-- { // oldest first, to diff each against the one before
		rv := revs[i]
		if rv.Entity != "casework" || rv.EntityID != it.ID {
			continue
		}
		snap, _ := itemSnapshot(rv.Snapshot)
		ir := itemRevision{Revision: rv}
		if prev != nil && snap != nil {
			ir.Changes = casework.Diff(it.K(), prev, snap)
		}
		if snap != nil {
			prev = snap
		}
		d.History = append([]itemRevision{ir}, d.History...)
	}
	ui.render(w, r, http.StatusOK, "casework_item", &page{Title: it.Label() + ": " + p.Name(), Flash: takeFlash(w, r), Data: d})
	return nil
}

// sections lays out an item's answers under the kind's headings, leaving out unanswered ones.
func sections(it *casework.Item) []itemSection {
	secs := []itemSection{{}}
	for _, f := range it.K().Fields {
		if f.Section != "" {
			secs = append(secs, itemSection{Heading: f.Section})
		}
		s := &secs[len(secs)-1]
		if f.Type == casework.Rows {
			t := itemTable{Caption: f.Label}
			n := 0
			for _, c := range f.Columns {
				t.Columns = append(t.Columns, c.Label)
				n = max(n, len(it.List(c.Name)))
			}
			for i := 0; i < n; i++ {
				var row []string
				for _, c := range f.Columns {
					val := ""
					if vs := it.List(c.Name); i < len(vs) {
						val = vs[i]
					}
					row = append(row, val)
				}
				t.Rows = append(t.Rows, row)
			}
			if n > 0 {
				s.Tables = append(s.Tables, t)
			}
			continue
		}
		if val := it.Display(f.Name); val != "" {
			s.Rows = append(s.Rows, itemRow{f.Label, val})
		}
	}
	return slices.DeleteFunc(secs, func(s itemSection) bool { return len(s.Rows) == 0 && len(s.Tables) == 0 })
}

func itemSnapshot(s string) (casework.Values, error) {
	var it casework.Item
	if err := json.Unmarshal([]byte(s), &it); err != nil {
		return nil, err
	}
	return it.Values, nil
}

func (ui *UI) editItem(w http.ResponseWriter, r *http.Request, u *store.User) error {
	p, ok, err := ui.openPerson(w, r, u, "Opened form: edit casework record "+r.PathValue("cid"), true)
	if !ok {
		return err
	}
	it, err := ui.openItem(r, p)
	if err != nil {
		return err
	}
	if it.EnteredInError {
		return apperr.New(apperr.Conflict, "This record was marked as entered in error and cannot be changed")
	}
	k := it.K()
	if k.ManagerOnly && !u.Can(access.CaseAuthorise) {
		return apperr.New(apperr.Forbidden, "Only a manager can change %s", strings.ToLower(k.Label))
	}
	back := fmt.Sprintf("/people/%d/casework/%d", p.ID, it.ID)
	fp := formPage{Caption: p.Name(), Heading: "Edit: " + strings.ToLower(it.Label()), Submit: "Save changes", Cancel: back, Action: r.URL.Path,
		Intro: kindIntro(k)}
	reasonField := Field{Name: "reason", Label: "Reason for the change (optional)", Type: "textarea", Rows: 2,
		Hint: "Kept in the history. Required when changing a decision made out of hours."}
	if r.Method == http.MethodGet {
		fp.Fields = []Field{{Type: "heading", Label: "Why you are changing it"}, reasonField, {Name: "version", Type: "hidden", Value: strconv.Itoa(it.Version)}}
		ui.renderItemForm(w, r, http.StatusOK, fp, k, it.Values, u, nil)
		return nil
	}
	r.ParseForm()
	var fe apperr.FieldErrors
	v := kindValues(k, r, &fe)
	if !u.Can(access.CaseAuthorise) { // manager-only answers are not on this user's form: keep them
		for _, f := range k.Fields {
			if f.Manager {
				v[f.Name] = it.Values[f.Name]
			}
		}
	}
	version, _ := strconv.Atoi(r.PostFormValue("version"))
	upd := &casework.Item{ID: it.ID, Version: version, Kind: it.Kind, PersonID: p.ID, Values: v}
	reasonField.Value = r.PostFormValue("reason")
	status := http.StatusBadRequest
	err = nil
	if len(fe) == 0 {
		err = ui.store.UpdateItem(r.Context(), editor(u, r), upd, r.PostFormValue("reason"))
		var ce *store.ItemConflictError
		switch {
		case err == nil:
			redirect(w, r, back, "Changes saved")
			return nil
		case errors.As(err, &ce):
			fp.ConflictBy = "someone else"
			for _, c := range ce.Changes {
				fp.Conflict = append(fp.Conflict, conflictRow{Label: c.Field, Yours: c.Old, Theirs: c.New})
			}
			version, status = ce.Current.Version, http.StatusConflict
			fe = apperr.FieldErrors{{Field: "conflict", Message: "This record changed since you opened it. Check the changes, then save again if your changes are still right."}}
		case apperr.Is(err, apperr.Invalid):
			fe = apperr.FieldsOf(err)
		default:
			return err
		}
	} else {
		fe = ui.allErrors(fe, nil, upd)
	}
	fp.Fields = []Field{{Type: "heading", Label: "Why you are changing it"}, reasonField, {Name: "version", Type: "hidden", Value: strconv.Itoa(version)}}
	ui.renderItemForm(w, r, status, fp, k, v, u, fe)
	return nil
}

func (ui *UI) itemErrorForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	p, ok, err := ui.openPerson(w, r, u, "Opened form: mark casework record "+r.PathValue("cid")+" entered in error", true)
	if !ok {
		return err
	}
	it, err := ui.openItem(r, p)
	if err != nil {
		return err
	}
	back := fmt.Sprintf("/people/%d/casework/%d", p.ID, it.ID)
	fp := formPage{Caption: p.Name(), Heading: "Mark " + strings.ToLower(it.Label()) + " as entered in error", Submit: "Mark as entered in error",
		Danger: true, Cancel: back, Action: r.URL.Path,
		Warning: "It will drop out of plans, clocks and returns. It is not deleted: it stays in the history with your reason."}
	fields := []Field{
		{Name: "reason", Label: "Why was this entered in error?", Type: "textarea", Hint: "For example, recorded on the wrong child’s record."},
		{Name: "version", Type: "hidden", Value: strconv.Itoa(it.Version)},
	}
	var fe apperr.FieldErrors
	status := http.StatusOK
	if r.Method == http.MethodPost {
		r.ParseForm()
		version, _ := strconv.Atoi(r.PostFormValue("version"))
		err := ui.store.MarkItemInError(r.Context(), editor(u, r), it.ID, version, r.PostFormValue("reason"))
		if err == nil {
			redirect(w, r, fmt.Sprintf("/people/%d", p.ID), it.Label()+" marked as entered in error")
			return nil
		}
		if !apperr.Is(err, apperr.Invalid) {
			return err
		}
		fe, status = apperr.FieldsOf(err), http.StatusBadRequest
		fields = fromForm(fields, r)
	}
	fp.Fields = withErrors(fields, fe)
	ui.render(w, r, status, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
	return nil
}

// letterBeforeProceedings shows the letter made from a pre-proceedings record, ready to print.
func (ui *UI) letterBeforeProceedings(w http.ResponseWriter, r *http.Request, u *store.User) error {
	p, ok, err := ui.openPerson(w, r, u, "Viewed letter before proceedings", false)
	if !ok {
		return err
	}
	it, err := ui.openItem(r, p)
	if err != nil {
		return err
	}
	if it.Kind != "plo" {
		return apperr.New(apperr.NotFound, "Only a pre-proceedings record has a letter before proceedings")
	}
	rec, err := ui.store.RecordOf(r.Context(), p)
	if err != nil {
		return err
	}
	var parents []string
	for _, rel := range rec.Relatives {
		if rel.ParentalResponsibility && rel.ToID == p.ID && rel.EndDate.IsZero() {
			parents = append(parents, rel.Person.Name())
		}
	}
	ui.render(w, r, http.StatusOK, "letter", &page{Title: "Letter before proceedings: " + p.Name(),
		Data: letterData{Person: p, Item: it, Parents: parents, Council: ui.cfg.Council}})
	return nil
}

type letterData struct {
	Person  *person.Person
	Item    *casework.Item
	Parents []string
	Council string
}
