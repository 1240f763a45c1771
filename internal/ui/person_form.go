package ui

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"ourchild/internal/apperr"
	"ourchild/internal/auth"
	"ourchild/internal/codes"
	"ourchild/internal/person"
	"ourchild/internal/records"
	"ourchild/internal/store"
)

var sexOptions = []Option{{"F", "Female"}, {"M", "Male"}, {"U", "Not known or not stated"}}

// personFields are the questions of the create and edit forms, filled from p.
func personFields(p *person.Person, editing bool) []Field {
	dob := Field{Name: "date_of_birth", Label: "Date of birth", Type: "date"}
	dob.setDate(p.DateOfBirth)
	edob := Field{Name: "expected_date_of_birth", Label: "Expected date of birth", Type: "date", Hint: "For an unborn child only. For example, 14 6 2027"}
	edob.setDate(p.ExpectedDateOfBirth)
	dod := Field{Name: "date_of_death", Label: "Date of death", Type: "date", Hint: "Leave blank unless the person has died"}
	dod.setDate(p.DateOfDeath)
	fs := []Field{
		{Name: "given_names", Label: "Given names", Type: "text", Value: p.GivenNames, Autocomplete: "off", Bold: true},
		{Name: "family_name", Label: "Family name", Type: "text", Value: p.FamilyName, Autocomplete: "off", Bold: true},
		{Name: "preferred_name", Label: "Name they like to be called (optional)", Type: "text", Value: p.PreferredName, Width: 20},
		dob, edob, dod,
		{Name: "sex", Label: "Sex", Type: "radios", Value: p.Sex, Options: sexOptions, Inline: true},
		{Name: "gender_identity", Label: "Gender identity (optional)", Type: "select", Value: p.GenderIdentity, Options: codeOptions(codes.GenderIdentity, "Not recorded")},
		{Name: "identity", Label: "Identity, language and communication", Type: "heading", Hint: "A child’s race, religion, culture and language shape what they need from us."},
		{Name: "ethnicity", Label: "Ethnicity", Type: "select", Value: p.Ethnicity, Options: codeOptions(codes.Ethnicity, "")},
		{Name: "religion", Label: "Religion or belief (optional)", Type: "select", Value: p.Religion, Options: codeOptions(codes.Religion, "Not recorded")},
		{Name: "first_language", Label: "First language (optional)", Type: "text", Value: p.FirstLanguage, Width: 20},
		{Name: "interpreter_needed", Label: "Do they need an interpreter?", Type: "radios", Value: yesNoValue(p.Interpreter), Options: yesNo, Inline: true},
		{Name: "communication_needs", Label: "Communication needs (optional)", Type: "textarea", Value: p.Communication,
			Hint: "How the person communicates and what helps: for example signing, picture symbols, an eye-gaze board, an advocate."},
		{Name: "disabilities", Label: "Disability", Type: "checkboxes", Values: p.Disabilities, Options: codeOptions(codes.Disability, ""), Small: true,
			Hint: "Select all that apply, or ‘None’. These are the DfE categories used in the children in need census."},
		{Name: "identifiers", Label: "Identifiers", Type: "heading"},
		{Name: "nhs_number", Label: "NHS number (optional)", Type: "text", Value: codes.FormatNHSNumber(p.NHSNumber), Width: 10, Hint: "10 digits, for example 943 476 5919"},
		{Name: "upn", Label: "Unique pupil number (optional)", Type: "text", Value: p.UPN, Width: 10, Hint: "13 characters, starting with a letter"},
	}
	if editing {
		fs = append(fs,
			Field{Name: "reason", Label: "Reason for the change", Type: "textarea", Rows: 2,
				Hint: "Required when you correct a name, date of birth, sex, ethnicity or an identifier."},
			Field{Name: "version", Type: "hidden", Value: strconv.Itoa(p.Version)})
	}
	return fs
}

// personFromForm reads the form into p, adding problems with dates to fe (the rest is
// validated by person.Validate).
func personFromForm(r *http.Request, p *person.Person, fe *apperr.FieldErrors) {
	f := r.PostFormValue
	p.GivenNames, p.FamilyName, p.PreferredName = f("given_names"), f("family_name"), f("preferred_name")
	p.DateOfBirth = formDate(r, "date_of_birth", "Date of birth", fe)
	p.ExpectedDateOfBirth = formDate(r, "expected_date_of_birth", "Expected date of birth", fe)
	p.DateOfDeath = formDate(r, "date_of_death", "Date of death", fe)
	p.Sex, p.GenderIdentity, p.Ethnicity, p.Religion = f("sex"), f("gender_identity"), f("ethnicity"), f("religion")
	p.FirstLanguage, p.Interpreter, p.Communication = f("first_language"), f("interpreter_needed") == "yes", f("communication_needs")
	p.Disabilities = r.PostForm["disabilities"]
	p.NHSNumber, p.UPN = f("nhs_number"), f("upn")
}

func (ui *UI) newPerson(w http.ResponseWriter, r *http.Request, u *store.User) error {
	p := &person.Person{Ethnicity: "NOBT"}
	ui.renderPersonForm(w, r, http.StatusOK, p, false, nil, nil)
	return nil
}

func (ui *UI) createPerson(w http.ResponseWriter, r *http.Request, u *store.User) error {
	r.ParseForm()
	var fe apperr.FieldErrors
	p := &person.Person{}
	personFromForm(r, p, &fe)
	if len(fe) == 0 {
		err := ui.store.CreatePerson(r.Context(), u.Actor(auth.ClientAddr(r)), p)
		if err == nil {
			redirect(w, r, fmt.Sprintf("/people/%d", p.ID), "Record created for "+p.Name())
			return nil
		}
		if !apperr.Is(err, apperr.Invalid) {
			return err
		}
		fe = apperr.FieldsOf(err)
	} else {
		// Report the other fields' problems too, in one go.
		p.Normalise()
		fe = mergeErrors(fe, p.Validate(ui.today()))
	}
	ui.renderPersonForm(w, r, http.StatusBadRequest, p, false, fe, nil)
	return nil
}

// mergeErrors adds to fe the problems in more for fields fe does not already mention.
func mergeErrors(fe, more apperr.FieldErrors) apperr.FieldErrors {
	for _, e := range more {
		if fe.For(e.Field) == "" {
			fe = append(fe, e)
		}
	}
	return fe
}

func (ui *UI) editPerson(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r, "id")
	if err != nil {
		return err
	}
	p, err := ui.records.View(r.Context(), u, auth.ClientAddr(r), id, "Opened edit form")
	if err == records.ErrRestricted {
		return ui.restricted(w, r, u)
	}
	if err != nil {
		return err
	}
	if p.EnteredInError {
		return apperr.New(apperr.Conflict, "This record was marked as entered in error and cannot be changed")
	}
	ui.renderPersonForm(w, r, http.StatusOK, p, true, nil, nil)
	return nil
}

func (ui *UI) updatePerson(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r, "id")
	if err != nil {
		return err
	}
	addr := auth.ClientAddr(r)
	if _, err := ui.records.Check(r.Context(), u, addr, id, "Tried to change record"); err != nil {
		return err
	}
	r.ParseForm()
	var fe apperr.FieldErrors
	version, _ := strconv.Atoi(r.PostFormValue("version"))
	p := &person.Person{ID: id, Version: version}
	personFromForm(r, p, &fe)
	if len(fe) > 0 {
		p.Normalise()
		ui.renderPersonForm(w, r, http.StatusBadRequest, p, true, mergeErrors(fe, p.Validate(ui.today())), nil)
		return nil
	}
	err = ui.store.UpdatePerson(r.Context(), u.Actor(addr), p, r.PostFormValue("reason"))
	var ce *store.ConflictError
	switch {
	case err == nil:
		redirect(w, r, fmt.Sprintf("/people/%d", id), "Details saved")
	case errors.As(err, &ce):
		// Show what the other person changed, keep what this user typed, and let them save
		// again over the current version once they have checked.
		mine := *p
		mine.Version = ce.Current.Version
		ui.renderPersonForm(w, r, http.StatusConflict, &mine, true, apperr.FieldErrors{{Field: "conflict", Message: "This record changed since you opened it. Check the changes below, then save again if your changes are still right."}}, ce)
	case apperr.Is(err, apperr.Invalid):
		ui.renderPersonForm(w, r, http.StatusBadRequest, p, true, apperr.FieldsOf(err), nil)
	default:
		return err
	}
	return nil
}

func (ui *UI) renderPersonForm(w http.ResponseWriter, r *http.Request, status int, p *person.Person, editing bool, fe apperr.FieldErrors, ce *store.ConflictError) {
	fields := personFields(p, editing)
	if r.Method == http.MethodPost {
		fields = fromForm(fields, r)
		for i := range fields {
			if fields[i].Name == "version" {
				fields[i].Value = strconv.Itoa(p.Version)
			}
		}
	}
	fp := formPage{Heading: "Add a person", Action: "/people/new", Submit: "Save", Cancel: "/people",
		Intro: []string{"Every child in a household needs their own record. Search first, so that you do not create a duplicate."}}
	if editing {
		fp = formPage{Caption: p.Name(), Heading: "Edit details", Action: fmt.Sprintf("/people/%d/edit", p.ID), Submit: "Save changes", Cancel: fmt.Sprintf("/people/%d", p.ID)}
	}
	if ce != nil {
		fp.ConflictBy = "someone else"
		for _, c := range ce.Changes {
			fp.Conflict = append(fp.Conflict, conflictRow{Label: c.Label, Yours: c.Old, Theirs: c.New})
		}
	}
	fp.Fields = withErrors(fields, fe)
	ui.render(w, r, status, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
}
