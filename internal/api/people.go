package api

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"ourchild/internal/apperr"
	"ourchild/internal/auth"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
)

// Search limits.
const (
	defaultLimit = 25
	maxLimit     = 100
)

// hitOut is one search result: the person, with how well they matched.
type hitOut struct {
	*person.Person
	Score   float64 `json:"score"`   // 1 for an exact identifier match; names score from 0.8
	Address string  `json:"address"` // current address on one line, or ""
	Alias   string  `json:"alias"`   // the other name that matched, if not the current name
}

type searchOut struct {
	Results []hitOut `json:"results"`
}

// search finds people by name (forgiving misspellings), date of birth or identifier.
func (a *API) search(w http.ResponseWriter, r *http.Request, u *store.User) error {
	q := r.URL.Query()
	limit := defaultLimit
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxLimit {
			return apperr.Field("limit", "limit must be a whole number from 1 to %d", maxLimit)
		}
		limit = n
	}
	hits, err := a.records.Search(r.Context(), u, auth.ClientAddr(r), strings.TrimSpace(q.Get("q")), limit)
	if err != nil {
		return err
	}
	out := searchOut{Results: make([]hitOut, len(hits))}
	for i, h := range hits {
		out.Results[i] = hitOut{Person: h.Person, Score: math.Round(h.Score*1000) / 1000, Address: h.Address, Alias: h.Alias}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// recordOut is a person's whole record.
type recordOut struct {
	Person      *person.Person      `json:"person"`
	Aliases     []store.Alias       `json:"aliases"`
	Addresses   []person.Address    `json:"addresses"` // newest first
	Relatives   []relativeOut       `json:"relatives"`
	Household   []householdOut      `json:"household"` // others living at the current address
	Warnings    []person.Warning    `json:"warnings"`  // current warnings
	Allocations []person.Allocation `json:"allocations"`
	Chronology  []person.Event      `json:"chronology"` // newest first
}

// relativeOut is a relationship seen from one person's record.
type relativeOut struct {
	RelationshipID int64          `json:"relationship_id"`
	Version        int            `json:"version"`
	PersonID       int64          `json:"person_id"` // the other person
	Name           string         `json:"name"`
	DateOfBirth    date.Date      `json:"date_of_birth"`
	Label          string         `json:"label"` // what the other person is to this one: "Mother", "Half-sibling"
	Type           person.RelType `json:"type"`  // stored as "from_person_id is the TYPE of to_person_id"
	FromPersonID   int64          `json:"from_person_id"`
	ToPersonID     int64          `json:"to_person_id"`
	// ParentalResponsibility reports whether the other person holds parental responsibility
	// for this one.
	ParentalResponsibility bool      `json:"parental_responsibility"`
	StartDate              date.Date `json:"start_date"`
	EndDate                date.Date `json:"end_date"`
	Notes                  string    `json:"notes"`
}

func relativeOf(id int64, r person.Relationship, other *person.Person) relativeOut {
	label := r.Type.InverseLabel()
	if r.ToID == id {
		label = r.Type.Label()
	}
	return relativeOut{RelationshipID: r.ID, Version: r.Version, PersonID: other.ID, Name: other.Name(), DateOfBirth: other.DateOfBirth,
		Label: label, Type: r.Type, FromPersonID: r.FromID, ToPersonID: r.ToID,
		ParentalResponsibility: r.ParentalResponsibility && r.ToID == id, StartDate: r.StartDate, EndDate: r.EndDate, Notes: r.Notes}
}

// householdOut is someone else living at the person's current address.
type householdOut struct {
	PersonID    int64     `json:"person_id"`
	Name        string    `json:"name"`
	DateOfBirth date.Date `json:"date_of_birth"`
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// getRecord returns a person's whole record.
func (a *API) getRecord(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	rec, err := a.records.Open(r.Context(), u, auth.ClientAddr(r), id)
	if err != nil {
		return err
	}
	out := recordOut{Person: rec.Person, Aliases: nonNil(rec.Aliases), Addresses: nonNil(rec.Addresses),
		Relatives: []relativeOut{}, Household: []householdOut{}, Warnings: nonNil(rec.Warnings),
		Allocations: nonNil(rec.Allocations), Chronology: nonNil(rec.Chronology)}
	for _, rel := range rec.Relatives {
		out.Relatives = append(out.Relatives, relativeOf(id, rel.Relationship, rel.Person))
	}
	for _, p := range rec.Household {
		out.Household = append(out.Household, householdOut{PersonID: p.ID, Name: p.Name(), DateOfBirth: p.DateOfBirth})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// personIn is a person as a client sends it: the person.Person fields, with dates read as
// text so that an impossible date is reported against its field, and the fields the server
// sets accepted (so a client can send back what it read) but not taken from the client.
type personIn struct {
	person.Person
	DateOfBirth         string          `json:"date_of_birth"`
	ExpectedDateOfBirth string          `json:"expected_date_of_birth"`
	DateOfDeath         string          `json:"date_of_death"`
	Restricted          *bool           `json:"restricted"`       // changed only through restriction, with its own permission
	EnteredInError      *bool           `json:"entered_in_error"` // changed only by marking the record entered in error
	CreatedAt           json.RawMessage `json:"created_at"`       // set by the server
	UpdatedAt           json.RawMessage `json:"updated_at"`       // set by the server
	Reason              *string         `json:"reason"`           // on update: why identity details were corrected
}

// person returns the person the client sent, with problems in its dates.
func (in *personIn) person() (*person.Person, apperr.FieldErrors) {
	var fe apperr.FieldErrors
	p := in.Person
	p.Disabilities = slices.Clone(p.Disabilities)
	p.DateOfBirth = parseDate(&fe, "date_of_birth", "Date of birth", in.DateOfBirth)
	p.ExpectedDateOfBirth = parseDate(&fe, "expected_date_of_birth", "Expected date of birth", in.ExpectedDateOfBirth)
	p.DateOfDeath = parseDate(&fe, "date_of_death", "Date of death", in.DateOfDeath)
	p.Restricted, p.RestrictionReason, p.EnteredInError, p.ErrorReason = false, "", false, ""
	return &p, fe
}

// parseDate reads an ISO date, adding a problem with field to fe if it is not a real date.
func parseDate(fe *apperr.FieldErrors, field, label, v string) date.Date {
	d, err := date.Parse(strings.TrimSpace(v))
	if err != nil {
		fe.Add(field, "%s must be a real date in the form YYYY-MM-DD, like 2015-03-27", label)
	}
	return d
}

// invalid returns the problems in fe together with those person.Validate finds in the other
// fields, so that the client hears of them all at once. Nothing is saved.
func (a *API) invalid(p *person.Person, fe apperr.FieldErrors) error {
	q := *p
	q.Disabilities = slices.Clone(p.Disabilities)
	q.Normalise()
	for _, e := range q.Validate(a.today()) {
		if fe.For(e.Field) == "" {
			fe = append(fe, e)
		}
	}
	slices.SortStableFunc(fe, func(x, y apperr.FieldError) int { return formOrder(x.Field) - formOrder(y.Field) })
	return fe.Err()
}

// personFieldOrder is the order of a person's JSON fields, which is the form's order.
var personFieldOrder = func() map[string]int {
	m := map[string]int{}
	for i, f := range jsonFields(reflect.TypeFor[person.Person]()) {
		m[f.name] = i
	}
	return m
}()

// formOrder places a field in the order the problems are listed: a person's fields in form
// order, then any others.
func formOrder(field string) int {
	if i, ok := personFieldOrder[field]; ok {
		return i
	}
	return len(personFieldOrder)
}

// createPerson records a new person.
func (a *API) createPerson(w http.ResponseWriter, r *http.Request, u *store.User) error {
	var in personIn
	if err := decode(w, r, &in); err != nil {
		return err
	}
	p, fe := in.person()
	if in.Restricted != nil && *in.Restricted {
		fe.Add("restricted", "A record is restricted after it is created, by someone allowed to restrict records, with a reason")
	}
	if in.EnteredInError != nil && *in.EnteredInError {
		fe.Add("entered_in_error", "A new record cannot be marked as entered in error")
	}
	if in.Reason != nil {
		fe.Add("reason", "reason is for changes to a record: leave it out when creating one")
	}
	if len(fe) > 0 {
		return a.invalid(p, fe)
	}
	p.ID, p.Version = 0, 0
	if err := a.store.CreatePerson(r.Context(), u.Actor(auth.ClientAddr(r)), p); err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("/api/people/%d", p.ID))
	writeJSON(w, http.StatusCreated, p)
	return nil
}

// updatePerson saves a changed person over the version the client read; if someone else has
// saved since, nothing is written and the 409 says what they changed.
func (a *API) updatePerson(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	addr := auth.ClientAddr(r)
	cur, err := a.records.Check(r.Context(), u, addr, id, "Tried to change record")
	if err != nil {
		return err
	}
	var in personIn
	if err := decode(w, r, &in); err != nil {
		return err
	}
	p, fe := in.person()
	if in.ID != 0 && in.ID != id {
		fe.Add("id", "id %d in the body is not person %d in the address", in.ID, id)
	}
	if in.Version <= 0 {
		fe.Add("version", "Send the version of the record you read (its version field), so that changes made since are not overwritten")
	}
	if in.Version == cur.Version {
		if in.Restricted != nil && *in.Restricted != cur.Restricted {
			fe.Add("restricted", "Restriction is not changed here: it needs its own permission and a reason")
		}
		if in.EnteredInError != nil && *in.EnteredInError && !cur.EnteredInError {
			fe.Add("entered_in_error", "A record is marked as entered in error on its own, with a reason")
		}
	}
	if len(fe) > 0 {
		return a.invalid(p, fe)
	}
	p.ID = id
	reason := ""
	if in.Reason != nil {
		reason = *in.Reason
	}
	if err := a.store.UpdatePerson(r.Context(), u.Actor(addr), p, reason); err != nil {
		return err
	}
	saved, err := a.store.Person(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, saved)
	return nil
}

// relationshipIn links the person in the path to another: the related person is the TYPE of
// the path person ({"related_person_id": 12, "type": "mother"}: person 12 is their mother).
type relationshipIn struct {
	RelatedPersonID        int64          `json:"related_person_id"`
	Type                   person.RelType `json:"type"`
	ParentalResponsibility bool           `json:"parental_responsibility"` // the related person holds parental responsibility for the path person
	StartDate              string         `json:"start_date"`
	Notes                  string         `json:"notes"`
}

// relFields renames the store's relationship fields to the request's: the related person is
// the relationship's "from" end, and the path person its "to" end, which the client cannot
// get wrong, so a problem with either end is a problem with related_person_id.
func relFields(fe apperr.FieldErrors) apperr.FieldErrors {
	out := slices.Clone(fe)
	for i := range out {
		if out[i].Field == "from_person_id" || out[i].Field == "to_person_id" {
			out[i].Field = "related_person_id"
		}
	}
	return out
}

func relTypeList() string {
	var ts []string
	for _, t := range person.RelTypes() {
		ts = append(ts, string(t))
	}
	return strings.Join(ts, ", ")
}

// addRelationship records how another person is related to the person in the path.
func (a *API) addRelationship(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	addr := auth.ClientAddr(r)
	p, err := a.records.Check(r.Context(), u, addr, id, "Tried to add a relationship")
	if err != nil {
		return err
	}
	if p.EnteredInError {
		return apperr.New(apperr.Conflict, "This record was marked as entered in error and cannot be changed")
	}
	var in relationshipIn
	if err := decode(w, r, &in); err != nil {
		return err
	}
	var fe apperr.FieldErrors
	if in.RelatedPersonID <= 0 {
		fe.Add("related_person_id", "Enter the ourchild ID of the related person")
	}
	if !in.Type.Valid() {
		fe.Add("type", "type must be one of: %s", relTypeList())
	}
	start := parseDate(&fe, "start_date", "Start date", in.StartDate)
	rel := &person.Relationship{FromID: in.RelatedPersonID, ToID: id, Type: in.Type,
		ParentalResponsibility: in.ParentalResponsibility, StartDate: start, Notes: in.Notes}
	if len(fe) > 0 {
		for _, e := range relFields(rel.Validate(a.today())) {
			if fe.For(e.Field) == "" {
				fe = append(fe, e)
			}
		}
		return fe.Err()
	}
	if err := a.records.CheckLinkable(r.Context(), u, addr, rel.FromID, "related_person_id"); err != nil {
		return err
	}
	if err := a.store.AddRelationship(r.Context(), u.Actor(addr), rel); err != nil {
		if fs := apperr.FieldsOf(err); len(fs) > 0 {
			return relFields(fs).Err()
		}
		return err
	}
	other, err := a.store.Person(r.Context(), rel.FromID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, relativeOf(id, *rel, other))
	return nil
}

// revisionOut is one saved version of part of a person's record.
type revisionOut struct {
	ID        int64           `json:"id"`
	Entity    string          `json:"entity"` // person, relationship, address, warning, alias, allocation
	EntityID  int64           `json:"entity_id"`
	Version   int             `json:"version"`
	Action    string          `json:"action"` // create, update, end, entered_in_error, restrict
	Reason    string          `json:"reason"`
	ChangedBy string          `json:"changed_by"`
	ChangedAt time.Time       `json:"changed_at"`
	Changes   []changeOut     `json:"changes"` // for a person: what changed from the previous version
	Snapshot  json.RawMessage `json:"snapshot"`
}

type historyOut struct {
	Person    *person.Person `json:"person"`
	Revisions []revisionOut  `json:"revisions"` // newest first
}

func changesOut(cs []person.Change) []changeOut {
	out := make([]changeOut, len(cs))
	for i, c := range cs {
		out[i] = changeOut{Field: c.Field, Label: c.Label, Old: c.Old, New: c.New}
	}
	return out
}

// history lists every change to a person's record: who, when, why and what.
func (a *API) history(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	p, err := a.records.View(r.Context(), u, auth.ClientAddr(r), id, "Viewed history of changes")
	if err != nil {
		return err
	}
	revs, err := a.store.Revisions(r.Context(), id)
	if err != nil {
		return err
	}
	out := historyOut{Person: p, Revisions: make([]revisionOut, len(revs))}
	for i, rv := range revs {
		changedAt, _ := time.Parse(time.RFC3339Nano, rv.ChangedAt)
		snap := json.RawMessage(rv.Snapshot)
		if !json.Valid(snap) {
			snap = json.RawMessage("null")
		}
		out.Revisions[i] = revisionOut{ID: rv.ID, Entity: rv.Entity, EntityID: rv.EntityID, Version: rv.Version, Action: rv.Action,
			Reason: rv.Reason, ChangedBy: rv.ChangedBy, ChangedAt: changedAt, Changes: changesOut(rv.Changes), Snapshot: snap}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
