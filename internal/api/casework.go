package api

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/auth"
	"ourchild/internal/casework"
	"ourchild/internal/date"
	"ourchild/internal/store"
)

// The casework API: the same declarations, rules and history as the casework pages.

// kindOut describes a kind of casework record: what a client sends in values.
type kindOut struct {
	Name        string     `json:"name"`
	Label       string     `json:"label"`
	Parent      string     `json:"parent,omitempty"` // the kind this one belongs to
	Episode     bool       `json:"episode"`          // has a start and an end that others sit within
	ManagerOnly bool       `json:"manager_only"`     // recorded by users with case.authorise only
	Start       string     `json:"start"`            // the field that gives the record's date
	End         string     `json:"end,omitempty"`    // the field that gives an episode's end
	Fields      []fieldOut `json:"fields"`
}

// fieldOut is one question of a kind.
type fieldOut struct {
	Name     string     `json:"name"`
	Label    string     `json:"label"`
	Hint     string     `json:"hint,omitempty"`
	Type     string     `json:"type"`
	Required bool       `json:"required"`
	Manager  bool       `json:"manager_only"` // only users with case.authorise may set or change it
	Options  []codeOut  `json:"options,omitempty"`
	Columns  []fieldOut `json:"columns,omitempty"` // for type rows
}

type codeOut struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

var typeNames = map[casework.Type]string{
	casework.Text: "text", casework.Textarea: "textarea", casework.Lines: "lines", casework.Date: "date",
	casework.DateTime: "datetime", casework.Choice: "choice", casework.Choices: "choices", casework.YesNo: "yes_no",
	casework.Scale: "scale", casework.Rows: "rows",
}

func fieldOf(f casework.Field) fieldOut {
	out := fieldOut{Name: f.Name, Label: f.Label, Hint: f.Hint, Type: typeNames[f.Type], Required: f.Required, Manager: f.Manager}
	if f.Options != nil {
		for _, c := range f.Options.Codes {
			out.Options = append(out.Options, codeOut{c.Value, c.Label})
		}
	}
	for _, c := range f.Columns {
		out.Columns = append(out.Columns, fieldOf(c))
	}
	return out
}

type kindsOut struct {
	Kinds []kindOut `json:"kinds"`
}

// kinds lists every kind of casework record and its questions.
func (a *API) kinds(w http.ResponseWriter, r *http.Request, u *store.User) error {
	out := kindsOut{Kinds: []kindOut{}}
	for _, k := range casework.Kinds() {
		ko := kindOut{Name: k.Name, Label: k.Label, Parent: k.Parent, Episode: k.Episode, ManagerOnly: k.ManagerOnly, Start: k.Start, End: k.End}
		for _, f := range k.Fields {
			ko.Fields = append(ko.Fields, fieldOf(f))
		}
		out.Kinds = append(out.Kinds, ko)
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// itemsOut is a child's casework.
type itemsOut struct {
	Items []*casework.Item `json:"items"`
}

// listItems returns a person's casework, oldest first, including records entered in error
// (marked as such).
func (a *API) listItems(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	if _, err := a.records.View(r.Context(), u, auth.ClientAddr(r), id, "Read casework through the API"); err != nil {
		return err
	}
	items, err := a.store.Items(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, itemsOut{Items: nonNil(items)})
	return nil
}

// item reads the casework record in the path, after checking access to its person.
func (a *API) item(r *http.Request, u *store.User, detail string) (*casework.Item, error) {
	id, err := idParam(r)
	if err != nil {
		return nil, err
	}
	cid, err := strconv.ParseInt(r.PathValue("cid"), 10, 64)
	if err != nil || cid <= 0 {
		return nil, apperr.New(apperr.NotFound, "There is no casework record %q", r.PathValue("cid"))
	}
	if _, err := a.records.View(r.Context(), u, auth.ClientAddr(r), id, detail); err != nil {
		return nil, err
	}
	it, err := a.store.Item(r.Context(), cid)
	if err != nil || it.PersonID != id {
		return nil, apperr.New(apperr.NotFound, "Person %d has no casework record %d", id, cid)
	}
	return it, nil
}

func (a *API) getItem(w http.ResponseWriter, r *http.Request, u *store.User) error {
	it, err := a.item(r, u, "Read casework record "+r.PathValue("cid")+" through the API")
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, it)
	return nil
}

// itemIn is a new casework record.
type itemIn struct {
	Kind     string          `json:"kind"`
	ParentID int64           `json:"parent_id"` // optional: the record it belongs to; by default the open one of the parent kind
	Values   casework.Values `json:"values"`
}

// itemUpdate is a casework record as read, changed.
type itemUpdate struct {
	Version int             `json:"version"`
	Values  casework.Values `json:"values"`
	Reason  string          `json:"reason"` // kept with the change; required when changing an out-of-hours decision
}

func editorOf(u *store.User, r *http.Request) store.Editor {
	return store.Editor{Actor: u.Actor(auth.ClientAddr(r)), Manager: u.Can(access.CaseAuthorise)}
}

// addItem records a new casework record for the person in the path.
func (a *API) addItem(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	p, err := a.records.Check(r.Context(), u, auth.ClientAddr(r), id, "Tried to record casework")
	if err != nil {
		return err
	}
	if p.EnteredInError {
		return apperr.New(apperr.Conflict, "This record was marked as entered in error and cannot be changed")
	}
	var in itemIn
	if err := decode(w, r, &in); err != nil {
		return err
	}
	if casework.KindOf(in.Kind) == nil {
		return apperr.Field("kind", "kind must be one of: %s (see GET /api/casework-kinds)", kindList())
	}
	if in.Values == nil {
		in.Values = casework.Values{}
	}
	it := &casework.Item{PersonID: id, Kind: in.Kind, ParentID: in.ParentID, Values: in.Values}
	if err := a.store.AddItem(r.Context(), editorOf(u, r), it); err != nil {
		return err
	}
	saved, err := a.store.Item(r.Context(), it.ID)
	if err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("/api/people/%d/casework/%d", id, it.ID))
	writeJSON(w, http.StatusCreated, saved)
	return nil
}

func kindList() string {
	var ns []string
	for _, k := range casework.Kinds() {
		ns = append(ns, k.Name)
	}
	return strings.Join(ns, ", ")
}

// updateItem saves a changed casework record over the version the client read.
func (a *API) updateItem(w http.ResponseWriter, r *http.Request, u *store.User) error {
	it, err := a.item(r, u, "Tried to change casework record "+r.PathValue("cid"))
	if err != nil {
		return err
	}
	var in itemUpdate
	if err := decode(w, r, &in); err != nil {
		return err
	}
	if in.Version <= 0 {
		return apperr.Field("version", "Send the version of the record you read (its version field), so that changes made since are not overwritten")
	}
	if in.Values == nil {
		in.Values = casework.Values{}
	}
	upd := &casework.Item{ID: it.ID, Version: in.Version, PersonID: it.PersonID, Kind: it.Kind, Values: in.Values}
	if err := a.store.UpdateItem(r.Context(), editorOf(u, r), upd, in.Reason); err != nil {
		return err
	}
	saved, err := a.store.Item(r.Context(), it.ID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, saved)
	return nil
}

// clockOut is one statutory or local clock.
type clockOut struct {
	Name    string    `json:"name"`
	Rule    string    `json:"rule"` // the rule in the rulebook: R-A02 …
	ItemID  int64     `json:"item_id"`
	Start   date.Date `json:"start"`
	Due     date.Date `json:"due"`
	Done    date.Date `json:"done"`
	Stopped date.Date `json:"stopped"` // the parent episode ended first
	State   string    `json:"state"`   // due, overdue, completed_on_time, completed_late
	Record  string    `json:"record"`  // the kind of record that meets it
	Alert   bool      `json:"alert"`   // a management alert (a plan's length), not a deadline
	Note    string    `json:"note,omitempty"`
}

type clocksOut struct {
	Today  date.Date  `json:"today"`
	Clocks []clockOut `json:"clocks"`
}

// clocks returns a child's clocks as at today.
func (a *API) clocks(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	p, err := a.records.View(r.Context(), u, auth.ClientAddr(r), id, "Read clocks through the API")
	if err != nil {
		return err
	}
	items, err := a.store.Items(r.Context(), id)
	if err != nil {
		return err
	}
	std, _, err := a.store.Standards(r.Context())
	if err != nil {
		return err
	}
	today := a.today()
	out := clocksOut{Today: today, Clocks: []clockOut{}}
	for _, k := range casework.ClocksFor(casework.Child{BirthDate: p.DateOfBirth}, items, std, a.cal, today) {
		out.Clocks = append(out.Clocks, clockOut{Name: k.Name, Rule: k.Rule, ItemID: k.ItemID, Start: k.Start, Due: k.Due, Done: k.Done,
			Stopped: k.Stopped, State: strings.ReplaceAll(k.State.String(), " ", "_"), Record: k.Record, Alert: k.Alert, Note: k.Note})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
