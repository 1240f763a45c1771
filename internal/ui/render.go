package ui

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"path"
	"strings"
	"time"

	"ourchild/internal/apperr"
	"ourchild/internal/codes"
	"ourchild/internal/date"
	"ourchild/internal/person"
	"ourchild/internal/store"
	"ourchild/web"
)

type navItem struct {
	Text, Href string
	Active     bool
}

// page is what every template receives.
type page struct {
	Title   string
	Council string
	User    *store.User
	Nav     []navItem
	Flash   string
	Errors  apperr.FieldErrors
	Data    any
}

// assets maps a static file to its content-hashed URL, so browsers may cache it for a year.
type assets map[string]string

func loadAssets() (assets, error) {
	a := assets{}
	err := fs.WalkDir(web.FS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(web.FS, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		a[strings.TrimPrefix(p, "static/")] = "/" + p + "?v=" + hex.EncodeToString(sum[:6])
		return nil
	})
	return a, err
}

func (a assets) url(name string) (string, error) {
	u, ok := a[name]
	if !ok {
		return "", fmt.Errorf("no static asset %q", name)
	}
	return u, nil
}

func loadTemplates(a assets, today func() date.Date) (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"asset": a.url,
		"age":   func(p *person.Person) int { return p.AgeOn(today()) },
		"nhs":   codes.FormatNHSNumber,
		"label": func(set, v string) string {
			for _, s := range codes.Sets() {
				if s.Name == set {
					if l := s.Label(v); l != "" {
						return l
					}
				}
			}
			return v
		},
		"warningLabel": person.WarningLabel,
		"dateText": func(s string) string {
			d, err := date.Parse(s)
			if err != nil {
				return s
			}
			return d.Display()
		},
		"join":    strings.Join,
		"lower":   strings.ToLower,
		"ukTime":  func(t time.Time) string { return t.In(date.London).Format("2 Jan 2006 15:04:05") },
		"isChild": func(p *person.Person) bool { return p.IsChildOn(today()) },
	}
	base, err := template.New("layout").Funcs(funcs).ParseFS(web.FS, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	// Every other file in web/templates is a page, parsed with the layout.
	files, err := fs.Glob(web.FS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	ts := map[string]*template.Template{}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(web.FS, f)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		ts[name] = t
	}
	return ts, nil
}

// render writes a page. It renders into a buffer first so that a template error gives a
// clean error page, not half a page.
func (ui *UI) render(w http.ResponseWriter, r *http.Request, status int, name string, p *page) {
	p.Council = ui.cfg.Council
	if p.User == nil {
		p.User = userOf(r)
	}
	if p.User != nil && p.Nav == nil {
		p.Nav = ui.nav(r, p.User)
	}
	var buf bytes.Buffer
	if err := ui.tmpl[name].ExecuteTemplate(&buf, "layout", p); err != nil {
		slog.Error("render", "template", name, "err", err)
		http.Error(w, "Sorry, there is a problem with the service.", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store") // records must not linger in shared caches or history
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// fail renders an error page for err with the status its kind calls for.
func (ui *UI) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := apperr.HTTPStatus(err)
	if status == http.StatusInternalServerError {
		slog.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	title := map[int]string{
		http.StatusNotFound: "Page not found", http.StatusForbidden: "You do not have access to this page",
		http.StatusConflict: "This record changed", http.StatusBadRequest: "There is a problem",
		http.StatusTooManyRequests: "Too many requests",
	}[status]
	if title == "" {
		title = "Sorry, there is a problem with the service"
	}
	ui.render(w, r, status, "error", &page{Title: title, Data: apperr.Message(err)})
}
