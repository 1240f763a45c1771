package ui

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/codes"
	"ourchild/internal/person"
	"ourchild/internal/records"
	"ourchild/internal/store"
)

// recordForm runs one of the small forms that add to a record (an address, a warning, a
// relationship …). fields builds the questions; apply reads the posted form, adding date
// problems to fe, and saves, returning the confirmation to show. GET shows the form; a POST
// with problems shows them and saves nothing.
func (ui *UI) recordForm(w http.ResponseWriter, r *http.Request, u *store.User, fp formPage,
	fields func(p *person.Person) []Field, apply func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error)) error {
	id, err := idParam(r, "id")
	if err != nil {
		return err
	}
	addr := auth.ClientAddr(r)
	p, err := ui.records.View(r.Context(), u, addr, id, "Opened form: "+fp.Heading)
	if err == records.ErrRestricted {
		return ui.restricted(w, r, u)
	}
	if err != nil {
		return err
	}
	if p.EnteredInError && !strings.Contains(r.URL.Path, "restrict") {
		return apperr.New(apperr.Conflict, "This record was marked as entered in error and cannot be changed")
	}
	fp.Caption = p.Name()
	fp.Action = r.URL.Path
	if fp.Cancel == "" {
		fp.Cancel = fmt.Sprintf("/people/%d", id)
	}
	fs := fields(p)
	var fe apperr.FieldErrors
	status := http.StatusOK
	if r.Method == http.MethodPost {
		r.ParseForm()
		var flash string
		flash, err = apply(p, u.Actor(addr), &fe)
		if err == nil && len(fe) == 0 {
			redirect(w, r, fmt.Sprintf("/people/%d", id), flash)
			return nil
		}
		if err != nil && !apperr.Is(err, apperr.Invalid) {
			return err
		}
		fe = mergeErrors(fe, apperr.FieldsOf(err))
		fs = fromForm(fs, r)
		status = http.StatusBadRequest
	}
	fp.Fields = withErrors(fs, fe)
	ui.render(w, r, status, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
	return nil
}

func dateField(name, label, hint string) Field {
	return Field{Name: name, Label: label, Type: "date", Hint: hint}
}

func (ui *UI) relationshipForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	var types []Option
	for _, t := range person.RelTypes() {
		types = append(types, Option{string(t), t.Label()})
	}
	fp := formPage{Heading: "Add a relationship", Submit: "Add relationship",
		Intro: []string{"Find the other person’s ourchild ID with a search first. If they have no record, add them, then come back."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			{Name: "other_id", Label: "ourchild ID of the other person", Type: "text", Width: 10, Value: r.URL.Query().Get("other"), Bold: true,
				Hint: "The number shown on their record and in search results"},
			{Name: "type", Label: "The other person is " + p.Name() + "’s …", Type: "select", Options: append([]Option{{"", "Choose a relationship"}}, types...)},
			{Name: "parental_responsibility", Label: "The other person holds parental responsibility for " + p.Name(), Type: "checkbox"},
			dateField("start_date", "Start date (optional)", "For example, a step-parent joining the household. Leave blank for a birth relationship."),
			{Name: "notes", Label: "Notes (optional)", Type: "textarea", Rows: 3},
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		other := formID(r, "other_id", "ourchild ID", fe)
		if other == 0 && fe.For("other_id") == "" {
			fe.Add("other_id", "Enter the ourchild ID of the other person")
		}
		start := formDate(r, "start_date", "Start date", fe)
		if len(*fe) > 0 {
			return "", nil
		}
		if err := ui.records.CheckLinkable(r.Context(), u, auth.ClientAddr(r), other, "other_id"); err != nil {
			return "", err
		}
		// Stored as "OTHER is TYPE of THIS PERSON", so the form reads naturally.
		rel := &person.Relationship{FromID: other, ToID: p.ID, Type: person.RelType(r.PostFormValue("type")),
			ParentalResponsibility: r.PostFormValue("parental_responsibility") == "yes", StartDate: start, Notes: r.PostFormValue("notes")}
		err := ui.store.AddRelationship(r.Context(), a, rel)
		if fs := apperr.FieldsOf(err); fs.For("from_person_id") != "" {
			fe.Add("other_id", "%s", fs.For("from_person_id"))
			return "", nil
		}
		return "Relationship added", err
	})
}

// endRelationshipForm records that a relationship ended, or that it was entered in error.
// The relationship is kept, with the previous version, on both people's records.
func (ui *UI) endRelationshipForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	rid, err := idParam(r, "rid")
	if err != nil {
		return err
	}
	rel, err := ui.store.Relationship(r.Context(), rid)
	if err != nil {
		return err
	}
	if pid, _ := idParam(r, "id"); rel.FromID != pid && rel.ToID != pid {
		return apperr.New(apperr.NotFound, "That relationship is not on this record")
	}
	fp := formPage{Heading: "End a relationship", Submit: "Save",
		Intro: []string{"The relationship stays in the history of both records."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			{Name: "how", Label: "What happened?", Type: "radios", Options: []Option{{"ended", "The relationship ended"}, {"error", "It was recorded in error"}}},
			dateField("end_date", "Date it ended", "Leave blank if it was recorded in error"),
			{Name: "reason", Label: "Reason", Type: "textarea", Rows: 3},
			{Name: "version", Type: "hidden", Value: strconv.Itoa(rel.Version)},
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		how := r.PostFormValue("how")
		end := formDate(r, "end_date", "Date it ended", fe)
		switch {
		case how != "ended" && how != "error":
			fe.Add("how", "Select what happened")
		case how == "ended" && end.IsZero() && fe.For("end_date") == "":
			fe.Add("end_date", "Enter the date the relationship ended")
		case how == "ended" && end.After(ui.today()):
			fe.Add("end_date", "Date it ended must be today or in the past")
		}
		if len(*fe) > 0 {
			return "", nil
		}
		v, _ := strconv.Atoi(r.PostFormValue("version"))
		return "Relationship updated", ui.store.EndRelationship(r.Context(), a, rid, v, end, how == "error", r.PostFormValue("reason"))
	})
}

func (ui *UI) addressForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	fp := formPage{Heading: "Add an address", Submit: "Save address", Intro: []string{"The current address will end the day before this one starts. Earlier addresses are kept."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			{Name: "line1", Label: "Address line 1", Type: "text", Autocomplete: "address-line1"},
			{Name: "line2", Label: "Address line 2 (optional)", Type: "text", Autocomplete: "address-line2"},
			{Name: "town", Label: "Town or city", Type: "text", Width: 20, Autocomplete: "address-level2"},
			{Name: "postcode", Label: "Postcode", Type: "text", Width: 10, Autocomplete: "postal-code"},
			dateField("start_date", "Lived here from", ""),
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		ad := &person.Address{PersonID: p.ID, Line1: r.PostFormValue("line1"), Line2: r.PostFormValue("line2"), Town: r.PostFormValue("town"),
			Postcode: r.PostFormValue("postcode"), StartDate: formDate(r, "start_date", "Lived here from", fe)}
		if len(*fe) > 0 {
			return "", nil
		}
		return "Address added", ui.store.AddAddress(r.Context(), a, ad)
	})
}

func (ui *UI) warningForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	var types []Option
	for _, t := range person.WarningTypes {
		types = append(types, Option{t.Value, t.Label})
	}
	fp := formPage{Heading: "Add a warning", Submit: "Add warning", Intro: []string{"Warnings show at the top of the record for everyone who opens it."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			{Name: "type", Label: "Type of warning", Type: "radios", Options: types},
			{Name: "detail", Label: "What should a visitor know?", Type: "textarea", Hint: "Say what the risk is and what to do about it."},
			dateField("start_date", "Date the warning starts", ""),
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		wn := &person.Warning{PersonID: p.ID, Type: r.PostFormValue("type"), Detail: r.PostFormValue("detail"), StartDate: formDate(r, "start_date", "Start date", fe)}
		if len(*fe) > 0 {
			return "", nil
		}
		return "Warning added", ui.store.AddWarning(r.Context(), a, wn)
	})
}

// endWarningForm records that a warning no longer applies.
func (ui *UI) endWarningForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	wid, err := idParam(r, "wid")
	if err != nil {
		return err
	}
	fp := formPage{Heading: "End a warning", Submit: "End warning", Intro: []string{"The warning stays in the record’s history and chronology."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			dateField("end_date", "Date the warning stopped applying", ""),
			{Name: "reason", Label: "Why does it no longer apply?", Type: "textarea", Rows: 3},
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		end := formDate(r, "end_date", "Date the warning stopped applying", fe)
		if len(*fe) > 0 {
			return "", nil
		}
		return "Warning ended", ui.store.EndWarning(r.Context(), a, p.ID, wid, end, r.PostFormValue("reason"))
	})
}

// addressErrorForm marks an address recorded by mistake.
func (ui *UI) addressErrorForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	aid, err := idParam(r, "aid")
	if err != nil {
		return err
	}
	fp := formPage{Heading: "Address recorded in error", Submit: "Mark as entered in error", Danger: true,
		Intro: []string{"The address will no longer show on the record or in the household. It stays in the history with your reason."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{{Name: "reason", Label: "Why was this address recorded in error?", Type: "textarea", Rows: 3}}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		return "Address marked as entered in error", ui.store.MarkAddressInError(r.Context(), a, p.ID, aid, r.PostFormValue("reason"))
	})
}

// endAllocationForm ends a worker's allocation without allocating someone else.
func (ui *UI) endAllocationForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	alid, err := idParam(r, "alid")
	if err != nil {
		return err
	}
	fp := formPage{Heading: "End an allocation", Submit: "End allocation",
		Intro: []string{"To hand the child to another worker, allocate the new worker instead: the previous allocation ends on its own."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			dateField("end_date", "Date the allocation ended", ""),
			{Name: "end_reason", Label: "Why did the worker's involvement end?", Type: "select", Options: codeOptions(codes.SWEndReason, "Select a reason"),
				Hint: "The reason the SSDA903 return reports for a child in care."},
			{Name: "reason", Label: "More detail (optional)", Type: "textarea", Rows: 3, Hint: "For example, the case was closed after assessment."},
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		end := formDate(r, "end_date", "Date the allocation ended", fe)
		if len(*fe) > 0 {
			if !codes.SWEndReason.Valid(r.PostFormValue("end_reason")) {
				fe.Add("end_reason", "Select why the worker's involvement ended") // every problem at once
			}
			return "", nil
		}
		return "Allocation ended", ui.store.EndAllocation(r.Context(), a, p.ID, alid, end, r.PostFormValue("end_reason"), r.PostFormValue("reason"))
	})
}

func (ui *UI) aliasForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	fp := formPage{Heading: "Add another name", Submit: "Add name", Intro: []string{"Searches find people by every name they have been known by."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			{Name: "alias_given_names", Label: "Given names", Type: "text"},
			{Name: "alias_family_name", Label: "Family name", Type: "text"},
			{Name: "alias_kind", Label: "Kind of name", Type: "radios", Options: []Option{{"previous", "Previous name"}, {"birth", "Name at birth"}, {"alias", "Also known as"}}},
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		al := &store.Alias{GivenNames: r.PostFormValue("alias_given_names"), FamilyName: r.PostFormValue("alias_family_name"), Kind: r.PostFormValue("alias_kind")}
		return "Name added", ui.store.AddAlias(r.Context(), a, p.ID, al)
	})
}

func (ui *UI) chronologyForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	fp := formPage{Heading: "Add to the chronology", Submit: "Add to chronology",
		Intro: []string{"Record significant events in the child’s life: what happened and when. Write so the child could read it later."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			dateField("date", "Date of the event", ""),
			{Name: "category", Label: "Kind of event", Type: "text", Width: 20, Hint: "For example, School exclusion, Hospital admission, Police involvement"},
			{Name: "summary", Label: "What happened", Type: "textarea"},
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		e := &person.Event{PersonID: p.ID, Date: formDate(r, "date", "Date of the event", fe), Category: r.PostFormValue("category"), Summary: r.PostFormValue("summary")}
		if len(*fe) > 0 {
			return "", nil
		}
		return "Added to the chronology", ui.store.AddChronologyEvent(r.Context(), a, e)
	})
}

func (ui *UI) allocateForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	users, err := ui.store.Users(r.Context())
	if err != nil {
		return err
	}
	workers := []Option{{"", "Choose a worker"}}
	for _, wk := range users {
		if !wk.Disabled && wk.TeamID != 0 && wk.Can(access.PersonEdit) {
			workers = append(workers, Option{strconv.FormatInt(wk.ID, 10), wk.Name + " – " + wk.TeamName + " (" + wk.Role.Name() + ")"})
		}
	}
	roles := []Option{{"Allocated social worker", "Allocated social worker"}, {"Personal adviser", "Personal adviser"}, {"Independent reviewing officer", "Independent reviewing officer"}, {"Early help practitioner", "Early help practitioner"}}
	fp := formPage{Heading: "Allocate a worker", Submit: "Allocate", Intro: []string{"The previous worker in the same role stops being allocated on the start date."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			{Name: "worker_id", Label: "Worker", Type: "select", Options: workers},
			{Name: "role", Label: "Role", Type: "radios", Options: roles, Value: "Allocated social worker"},
			dateField("start_date", "Allocated from", ""),
			{Name: "previous_end_reason", Label: "If this replaces a worker in the same role, why is their involvement ending?", Type: "select",
				Options: codeOptions(codes.SWEndReason, "Nobody is being replaced"), Hint: "The reason the SSDA903 return reports for a child in care."},
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		al := &person.Allocation{PersonID: p.ID, WorkerID: formID(r, "worker_id", "Worker", fe), Role: r.PostFormValue("role"), StartDate: formDate(r, "start_date", "Allocated from", fe)}
		if len(*fe) > 0 {
			return "", nil
		}
		return "Worker allocated", ui.store.Allocate(r.Context(), a, al, r.PostFormValue("previous_end_reason"))
	})
}

func (ui *UI) markErrorForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	fp := formPage{Heading: "Mark as entered in error", Submit: "Mark as entered in error", Danger: true,
		Warning: "The record will be hidden from searches and lists. It is not deleted: it stays in the history with your reason."}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			{Name: "reason", Label: "Why was this record entered in error?", Type: "textarea", Hint: "For example, a duplicate of another record (give its ourchild ID)."},
			{Name: "version", Type: "hidden", Value: strconv.Itoa(p.Version)},
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		v, _ := strconv.Atoi(r.PostFormValue("version"))
		return "Record marked as entered in error", ui.store.MarkPersonInError(r.Context(), a, p.ID, v, r.PostFormValue("reason"))
	})
}

func (ui *UI) restrictForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	fp := formPage{Heading: "Restrict this record", Submit: "Save",
		Intro: []string{"A restricted record is hidden from search. Only people you grant access to can open it; others must give a reason to break the glass, and that is flagged for review."}}
	return ui.recordForm(w, r, u, fp, func(p *person.Person) []Field {
		return []Field{
			{Name: "restricted", Label: "Should the record be restricted?", Type: "radios", Options: yesNo, Value: yesNoValue(p.Restricted), Inline: true},
			{Name: "reason", Label: "Reason", Type: "textarea", Hint: "For example, the child of a member of staff, or a sealed adoption record."},
			{Name: "grant_user", Label: "Give access to user (optional)", Type: "text", Width: 20, Hint: "Their username. You can add more people later."},
		}
	}, func(p *person.Person, a audit.Actor, fe *apperr.FieldErrors) (string, error) {
		restricted := r.PostFormValue("restricted") == "yes"
		reason := r.PostFormValue("reason")
		var grantee *store.User
		if name := strings.TrimSpace(r.PostFormValue("grant_user")); name != "" {
			var err error
			if grantee, err = ui.store.UserByUsername(r.Context(), name); err != nil {
				fe.Add("grant_user", "There is no user called %s", name)
				return "", nil
			}
		}
		if err := ui.store.RestrictPerson(r.Context(), a, p.ID, restricted, reason); err != nil {
			return "", err
		}
		if grantee != nil {
			if err := ui.store.GrantAccess(r.Context(), a, grantee.ID, p.ID, reason); err != nil {
				return "", err
			}
		}
		return "Restriction saved", nil
	})
}

// breakGlassForm lets a permitted user open a restricted record in an emergency, with a reason
// that is flagged in the audit.
func (ui *UI) breakGlassForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r, "id")
	if err != nil {
		return err
	}
	p, err := ui.store.Person(r.Context(), id)
	if err != nil {
		return err
	}
	if !p.Restricted {
		http.Redirect(w, r, fmt.Sprintf("/people/%d", id), http.StatusSeeOther)
		return nil
	}
	fs := []Field{{Name: "reason", Label: "Why do you need to open this record now?", Type: "textarea",
		Hint: "For example, a child protection referral about this child has just come in. Your reason is recorded and reviewed."}}
	var fe apperr.FieldErrors
	status := http.StatusForbidden
	if r.Method == http.MethodPost {
		r.ParseForm()
		err := ui.records.BreakGlass(r.Context(), u, auth.ClientAddr(r), id, strings.TrimSpace(r.PostFormValue("reason")))
		if err == nil {
			redirect(w, r, fmt.Sprintf("/people/%d", id), "Emergency access granted for one hour. This has been recorded.")
			return nil
		}
		if !apperr.Is(err, apperr.Invalid) {
			return err
		}
		fe, fs, status = apperr.FieldsOf(err), fromForm(fs, r), http.StatusBadRequest
	}
	fp := formPage{Heading: "This record is restricted", Action: r.URL.Path, Submit: "Open the record", Danger: true, Cancel: "/people",
		Intro:  []string{"Only people with permission can open this record.", "In an emergency you can open it for one hour. Your reason will be flagged in the audit log and reviewed."},
		Fields: withErrors(fs, fe)}
	ui.render(w, r, status, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
	return nil
}
