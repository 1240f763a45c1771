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
	"ourchild/internal/store"
)

// users lists accounts for an administrator.
func (ui *UI) users(w http.ResponseWriter, r *http.Request, u *store.User) error {
	us, err := ui.store.Users(r.Context())
	if err != nil {
		return err
	}
	ui.render(w, r, http.StatusOK, "users", &page{Title: "User accounts", Flash: takeFlash(w, r), Data: us})
	return nil
}

// userForm adds an account, or changes one (name, email, role, team, social worker ID) when the
// path names it.
func (ui *UI) userForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	var target *store.User
	if r.PathValue("uid") != "" {
		id, err := idParam(r, "uid")
		if err != nil {
			return err
		}
		if target, err = ui.store.UserByID(r.Context(), id); err != nil {
			return err
		}
	}
	teams, err := ui.store.Teams(r.Context())
	if err != nil {
		return err
	}
	teamOpts := []Option{{"", "No team"}}
	for _, t := range teams {
		teamOpts = append(teamOpts, Option{strconv.FormatInt(t.ID, 10), t.Name})
	}
	var roles []Option
	for _, ro := range access.Roles {
		roles = append(roles, Option{string(ro), ro.Name()})
	}
	fs := []Field{
		{Name: "name", Label: "Full name", Type: "text"},
		{Name: "username", Label: "Username", Type: "text", Width: 20, Hint: "Lower case, no spaces. For example, sam.worker"},
		{Name: "email", Label: "Email address (optional)", Type: "text"},
		{Name: "role", Label: "Role", Type: "radios", Options: roles},
		{Name: "team_id", Label: "Team", Type: "select", Options: teamOpts},
		{Name: "sw_id", Label: "Social worker ID (optional)", Type: "text", Width: 20,
			Hint: "For a social worker: SW and their Social Work England registration number, like SW123456, or the XX number the council gives a worker without one. The SSDA903 return reports it."},
		{Name: "password", Label: "Temporary password", Type: "password", Width: 20, Autocomplete: "new-password",
			Hint: fmt.Sprintf("At least %d characters. Give it to the person securely.", access.MinPasswordLength)},
	}
	fp := formPage{Heading: "Add a user", Action: "/admin/users/new", Submit: "Add user", Cancel: "/admin/users"}
	if target != nil {
		// The username identifies the account in the audit log, so it stays; the password has
		// its own form. The version the change was made from travels with the form.
		fs = slices.DeleteFunc(fs, func(f Field) bool { return f.Name == "username" || f.Name == "password" })
		fs = append(fs, Field{Name: "version", Type: "hidden"})
		vals := map[string]string{"name": target.Name, "email": target.Email, "role": string(target.Role),
			"team_id": strconv.FormatInt(target.TeamID, 10), "sw_id": target.SWID, "version": target.UpdatedAt}
		if target.TeamID == 0 {
			vals["team_id"] = ""
		}
		for i := range fs {
			fs[i].Value = vals[fs[i].Name]
		}
		fp = formPage{Caption: target.Username, Heading: "Change account details", Action: r.URL.Path, Submit: "Save changes", Cancel: "/admin/users"}
	}
	var fe apperr.FieldErrors
	status := http.StatusOK
	if r.Method == http.MethodPost {
		r.ParseForm()
		nu := &store.User{Name: r.PostFormValue("name"), Username: r.PostFormValue("username"), Email: r.PostFormValue("email"),
			Role: access.Role(r.PostFormValue("role")), TeamID: formID(r, "team_id", "Team", &fe), SWID: r.PostFormValue("sw_id")}
		if target != nil {
			nu.ID, nu.Username = target.ID, target.Username
		}
		pw := r.PostFormValue("password")
		fe = append(store.ValidateUser(nu), fe...) // every problem at once, in form order
		if target == nil && pw == "" {
			fe.Add("password", "Enter a temporary password")
		}
		if len(fe) == 0 {
			a, msg := u.Actor(auth.ClientAddr(r)), "Account added for "+nu.Name
			var err error
			if target != nil {
				msg = "Account details saved for " + nu.Name
				err = ui.store.UpdateUser(r.Context(), a, nu, r.PostFormValue("version"))
			} else {
				err = ui.store.CreateUser(r.Context(), a, nu, pw)
			}
			if err == nil {
				redirect(w, r, "/admin/users", msg)
				return nil
			}
			if !apperr.Is(err, apperr.Invalid) {
				return err
			}
			fe = apperr.FieldsOf(err)
		}
		fs, status = fromForm(fs, r), http.StatusBadRequest
		for i := range fs {
			if fs[i].Name == "password" {
				fs[i].Value = "" // never echo a password back into the page
			}
		}
	}
	fp.Fields = withErrors(fs, fe)
	ui.render(w, r, status, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
	return nil
}

func (ui *UI) disableUser(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r, "uid")
	if err != nil {
		return err
	}
	disable := strings.HasSuffix(r.URL.Path, "/disable")
	if disable && id == u.ID {
		return apperr.New(apperr.Invalid, "You cannot disable your own account")
	}
	if err := ui.store.SetUserDisabled(r.Context(), u.Actor(auth.ClientAddr(r)), id, disable); err != nil {
		return err
	}
	msg := "Account enabled"
	if disable {
		msg = "Account disabled and signed out"
	}
	redirect(w, r, "/admin/users", msg)
	return nil
}

func (ui *UI) passwordForm(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r, "uid")
	if err != nil {
		return err
	}
	target, err := ui.store.UserByID(r.Context(), id)
	if err != nil {
		return err
	}
	fs := []Field{{Name: "password", Label: "New temporary password", Type: "password", Width: 20, Autocomplete: "new-password",
		Hint: fmt.Sprintf("At least %d characters. Their sessions end and any lock-out is cleared.", access.MinPasswordLength)}}
	var fe apperr.FieldErrors
	status := http.StatusOK
	if r.Method == http.MethodPost {
		r.ParseForm()
		err := ui.store.SetPassword(r.Context(), u.Actor(auth.ClientAddr(r)), id, r.PostFormValue("password"))
		if err == nil {
			redirect(w, r, "/admin/users", "Password reset for "+target.Name)
			return nil
		}
		if !apperr.Is(err, apperr.Invalid) {
			return err
		}
		fe, status = apperr.FieldsOf(err), http.StatusBadRequest
	}
	fp := formPage{Caption: target.Name, Heading: "Reset password", Action: r.URL.Path, Submit: "Reset password", Cancel: "/admin/users", Fields: withErrors(fs, fe)}
	ui.render(w, r, status, "form", &page{Title: fp.Heading, Errors: fe, Data: fp})
	return nil
}
