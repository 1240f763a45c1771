// Package ui serves ourchild's pages: server-rendered html/template pages in GOV.UK Frontend
// markup that work without JavaScript. Each route declares the permission it needs in
// routes.go; each page or form post is a small handler in its own file.
package ui

import (
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"

	"ourchild/internal/access"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/date"
	"ourchild/internal/records"
	"ourchild/internal/store"
	"ourchild/internal/workday"
	"ourchild/web"
)

// Config holds what the pages need to know about the installation.
type Config struct {
	Council string // shown in the header, e.g. "Demoshire Council"
	LA      string // the council's DfE LA number for the statutory returns, e.g. "937"
}

// UI holds the page handlers' dependencies.
type UI struct {
	cfg      Config
	store    *store.Store
	records  *records.Service
	sessions *auth.Sessions
	tmpl     map[string]*template.Template
	assets   assets
	cal      *workday.Calendar // England and Wales working days, for the clocks
}

// New parses the templates and returns the UI.
func New(cfg Config, s *store.Store, sessions *auth.Sessions) (*UI, error) {
	if cfg.Council == "" {
		cfg.Council = "Children’s services"
	}
	ui := &UI{cfg: cfg, store: s, records: &records.Service{Store: s}, sessions: sessions, cal: workday.EnglandAndWales()}
	var err error
	if ui.assets, err = loadAssets(); err != nil {
		return nil, err
	}
	if ui.tmpl, err = loadTemplates(ui.assets, ui.today); err != nil {
		return nil, err
	}
	return ui, nil
}

func (ui *UI) today() date.Date { return date.Of(ui.store.Now()) }

// handler is a page handler: it gets the signed-in user and returns an error to show.
type handler func(w http.ResponseWriter, r *http.Request, u *store.User) error

// Routes registers the pages on mux.
func (ui *UI) Routes(mux *http.ServeMux) {
	static, _ := fs.Sub(web.FS, "static")
	files := http.FileServerFS(static)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("v") != "" {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		}
		files.ServeHTTP(w, r)
	})))
	mux.HandleFunc("GET /sign-in", ui.showSignIn)
	mux.HandleFunc("POST /sign-in", ui.signIn)
	mux.HandleFunc("POST /sign-out", ui.signOut)
	for _, rt := range ui.routes() {
		mux.Handle(rt.pattern, ui.guard(rt.perm, rt.h))
	}
	mux.Handle("/", ui.guard("", func(w http.ResponseWriter, r *http.Request, u *store.User) error {
		return errNotFound
	}))
}

type route struct {
	pattern string
	perm    access.Permission
	h       handler
}

// guard sends people who are not signed in to the sign-in page, refuses (and audits) users
// without the route's permission, and renders any error the handler returns.
func (ui *UI) guard(perm access.Permission, h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u := auth.UserFrom(r.Context())
		if u == nil {
			next := r.URL.RequestURI()
			if r.Method != http.MethodGet {
				next = "/"
			}
			http.Redirect(w, r, "/sign-in?next="+url.QueryEscape(next), http.StatusSeeOther)
			return
		}
		if perm != "" && !u.Can(perm) {
			pid, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
			e := audit.New(u.Actor(auth.ClientAddr(r)), audit.View, pid, r.Method+" "+r.URL.Path+" needs "+string(perm))
			e.Outcome = audit.Denied
			ui.store.Audit(r.Context(), e)
			ui.fail(w, r, errForbidden)
			return
		}
		if err := h(w, r, u); err != nil {
			ui.fail(w, r, err)
		}
	})
}

func userOf(r *http.Request) *store.User { return auth.UserFrom(r.Context()) }

// nav returns the main navigation for u, with the current section marked.
func (ui *UI) nav(r *http.Request, u *store.User) []navItem {
	items := []struct {
		text, href string
		perm       access.Permission
	}{
		{"My caseload", "/", ""},
		{"My work", "/work", access.CaseRecord},
		{"Team work", "/work/team", access.CaseloadTeam},
		{"New contact", "/contacts/new", access.CaseRecord},
		{"Search", "/people", access.PersonSearch},
		{"Places and groups", "/contexts", access.CaseRecord},
		{"Add a person", "/people/new", access.PersonCreate},
		{"Returns", "/returns", access.ReturnRun},
		{"Audit log", "/audit", access.AuditView},
		{"Users", "/admin/users", access.UserAdmin},
		{"Local standards", "/admin/standards", access.StandardsEdit},
	}
	var nav []navItem
	for _, it := range items {
		if it.perm != "" && !u.Can(it.perm) {
			continue
		}
		nav = append(nav, navItem{Text: it.text, Href: it.href, Active: r.URL.Path == it.href})
	}
	return nav
}

// redirect sends the browser on after a successful post (post/redirect/get), with a
// confirmation message shown once.
func redirect(w http.ResponseWriter, r *http.Request, to, flash string) {
	if flash != "" {
		http.SetCookie(w, &http.Cookie{Name: "ourchild_flash", Value: url.QueryEscape(flash), Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 60})
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// takeFlash reads and clears the confirmation message.
func takeFlash(w http.ResponseWriter, r *http.Request) string {
	c, err := r.Cookie("ourchild_flash")
	if err != nil {
		return ""
	}
	http.SetCookie(w, &http.Cookie{Name: "ourchild_flash", Value: "", Path: "/", MaxAge: -1})
	v, _ := url.QueryUnescape(c.Value)
	return v
}
