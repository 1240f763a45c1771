package ui

import (
	"net/http"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
)

type signInData struct {
	Fields []Field
	Next   string
}

func signInFields(username string) []Field {
	return []Field{
		{Name: "username", Label: "Username", Type: "text", Value: username, Width: 20, Autocomplete: "username", Bold: true},
		{Name: "password", Label: "Password", Type: "password", Width: 20, Autocomplete: "current-password", Bold: true},
	}
}

// safeNext keeps the post-sign-in redirect on this site.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

func (ui *UI) showSignIn(w http.ResponseWriter, r *http.Request) {
	if userOf(r) != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	ui.render(w, r, http.StatusOK, "signin", &page{Title: "Sign in", Flash: takeFlash(w, r),
		Data: signInData{Fields: signInFields(""), Next: safeNext(r.URL.Query().Get("next"))}})
}

func (ui *UI) signIn(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	username, password := strings.TrimSpace(r.PostFormValue("username")), r.PostFormValue("password")
	next := safeNext(r.PostFormValue("next"))
	var fe apperr.FieldErrors
	status := http.StatusUnauthorized
	if username == "" {
		fe.Add("username", "Enter your username")
	}
	if password == "" {
		fe.Add("password", "Enter your password")
	}
	if len(fe) == 0 {
		u, err := ui.sessions.SignIn(r.Context(), username, password, auth.ClientAddr(r))
		if err == nil {
			if err := ui.sessions.Start(w, r, u); err != nil {
				ui.fail(w, r, err)
				return
			}
			http.Redirect(w, r, next, http.StatusSeeOther)
			return
		}
		if k := apperr.KindOf(err); k != apperr.Unauthenticated && k != apperr.TooMany {
			ui.fail(w, r, err)
			return
		}
		if apperr.Is(err, apperr.TooMany) {
			status = http.StatusTooManyRequests
		}
		fe.Add("username", "%s", apperr.Message(err))
	}
	ui.render(w, r, status, "signin", &page{Title: "Sign in", Errors: fe,
		Data: signInData{Fields: withErrors(signInFields(username), fe), Next: next}})
}

func (ui *UI) signOut(w http.ResponseWriter, r *http.Request) {
	if u := userOf(r); u != nil {
		ui.store.Audit(r.Context(), audit.New(u.Actor(auth.ClientAddr(r)), audit.SignOut, 0, "Signed out"))
	}
	ui.sessions.End(w, r)
	redirect(w, r, "/sign-in", "You have signed out")
}
