package ui

import (
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

// contactForm records a contact at the front door about one child or several (siblings):
// each child gets their own contact, so each gets their own decision.
func (ui *UI) contactForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	k := casework.KindOf("contact")
	fp := formPage{Heading: "New contact", Submit: "Save contact", Cancel: "/", Action: r.URL.Path,
		Intro: []string{"Record who got in touch, when, and what the worry is. Each child gets their own decision. Find the children with a search first; if a child has no record, add them."}}
	var first *person.Person
	var choices []Option
	if id, err := strconv.ParseInt(r.URL.Query().Get("person"), 10, 64); err == nil {
		rec, err := ui.records.Open(r.Context(), u, auth.ClientAddr(r), id)
		if err == records.ErrRestricted {
			return ui.restricted(w, r, u)
		}
		if err != nil {
			return err
		}
		first = rec.Person
		fp.Caption, fp.Cancel, fp.Action = first.Name(), fmt.Sprintf("/people/%d", id), r.URL.Path+"?person="+strconv.FormatInt(id, 10)
		choices = append(choices, Option{strconv.FormatInt(id, 10), first.Name()})
		for _, o := range siblings(rec, ui) {
			choices = append(choices, Option{strconv.FormatInt(o.ID, 10), fmt.Sprintf("%s (age %d)", o.Name(), o.AgeOn(ui.today()))})
		}
	}
	childrenField := Field{Name: "children", Label: "ourchild IDs of the children the contact is about", Type: "text", Width: 20, Bold: true,
		Hint: "Separate them with commas, for example 1043, 1044"}
	if first != nil {
		childrenField = Field{Name: "children", Label: "Which children is the contact about?", Type: "checkboxes",
			Hint: "Brothers and sisters who live with " + first.Name() + " are listed too", Options: choices, Values: []string{choices[0].Value}}
	}
	v := casework.Values{}
	var fe apperr.FieldErrors
	status := http.StatusOK
	if r.Method == http.MethodPost {
		r.ParseForm()
		ids := contactChildren(r, &fe)
		for _, id := range ids {
			if err := ui.records.CheckLinkable(r.Context(), u, auth.ClientAddr(r), id, "children"); err != nil {
				fe = mergeErrors(fe, apperr.FieldsOf(err))
				if !apperr.Is(err, apperr.Invalid) {
					return err
				}
			}
		}
		v = kindValues(k, r, &fe)
		if len(fe) == 0 {
			items, err := ui.store.AddContact(r.Context(), editor(u, r), ids, v)
			if err == nil {
				flash := "Contact saved"
				if len(items) > 1 {
					flash = fmt.Sprintf("Contact saved for %d children: each has their own decision", len(items))
				}
				redirect(w, r, fmt.Sprintf("/people/%d/casework/%d", items[0].PersonID, items[0].ID), flash)
				return nil
			}
			if !apperr.Is(err, apperr.Invalid) {
				return err
			}
			fe = apperr.FieldsOf(err)
		} else {
			fe = ui.allErrors(fe, nil, &casework.Item{Kind: k.Name, Values: v})
		}
		status = http.StatusBadRequest
		childrenField.Value, childrenField.Values = r.PostFormValue("children"), r.PostForm["children"]
	}
	fp.Fields = []Field{childrenField}
	fp.Fields = withErrors(fp.Fields, fe)
	fields := kindFields(k, v, u.Can(access.CaseAuthorise))
	if r.Method == http.MethodPost {
		fields = refill(fields, r)
	}
	fp.Fields = append(fp.Fields, withErrors(fields, fe)...)
	ui.render(w, r, status, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
	return nil
}

// siblings returns the other children living with the child, or related to them as brothers
// and sisters, without duplicates.
func siblings(rec *store.Record, ui *UI) []*person.Person {
	var out []*person.Person
	seen := map[int64]bool{rec.Person.ID: true}
	add := func(p *person.Person) {
		if !seen[p.ID] && p.IsChildOn(ui.today()) && !p.EnteredInError {
			seen[p.ID] = true
			out = append(out, p)
		}
	}
	for _, p := range rec.Household {
		add(p)
	}
	for _, rel := range rec.Relatives {
		if rel.EndDate.IsZero() && strings.HasSuffix(string(rel.Type), "sibling") {
			add(rel.Person)
		}
	}
	slices.SortFunc(out, func(a, b *person.Person) int { return a.DateOfBirth.DaysUntil(b.DateOfBirth) })
	return out
}

// contactChildren reads the children a contact is about: ticked boxes or typed IDs.
func contactChildren(r *http.Request, fe *apperr.FieldErrors) []int64 {
	var ids []int64
	for _, v := range r.PostForm["children"] {
		for _, s := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil || id <= 0 {
				fe.Add("children", "“%s” is not an ourchild ID: IDs are numbers", s)
				return nil
			}
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 && fe.For("children") == "" {
		fe.Add("children", "Choose at least one child the contact is about")
	}
	return ids
}
