// Package api serves ourchild's JSON API over the same store, records service, sessions and
// audit as the pages.
//
// Every route is declared in routes.go with the permission it needs. The guard here answers
// 401 to requests without a session and 403 (audited, like the pages) to users whose role
// lacks the permission; reaching a particular record goes through records.Service, which
// applies the restricted-record and entered-in-error rules and audits every view, search
// and refusal. Errors are always JSON:
//
//	{"error":{"code":"invalid","message":"There is a problem","fields":[{"field":"date_of_birth","message":"…"}]}}
package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/date"
	"ourchild/internal/records"
	"ourchild/internal/store"
	"ourchild/internal/workday"
)

// API holds the JSON handlers' dependencies.
type API struct {
	store   *store.Store
	records *records.Service
	probe   *http.ServeMux // the route patterns alone, to tell 404 from 405
	cal     *workday.Calendar
}

// New returns the API.
func New(s *store.Store) *API {
	return &API{store: s, records: &records.Service{Store: s}, cal: workday.EnglandAndWales()}
}

// handler is an API handler: it gets the signed-in user (nil on public routes) and returns
// an error to send as JSON.
type handler func(w http.ResponseWriter, r *http.Request, u *store.User) error

type route struct {
	pattern string
	perm    access.Permission
	h       handler
}

// public marks a route that needs no sign-in. It is not a permission any role holds, so a
// guard that forgot to treat it specially would refuse, not allow.
const public access.Permission = "(public)"

// Routes registers the API on mux. Paths under /api/ that match no route get a JSON 404 (or
// 405, with Allow, when the path exists for other methods).
func (a *API) Routes(mux *http.ServeMux) {
	a.probe = http.NewServeMux()
	for _, rt := range a.routes() {
		mux.Handle(rt.pattern, a.guard(rt.perm, rt.h))
		a.probe.Handle(rt.pattern, http.NotFoundHandler())
	}
	mux.Handle("/api/", a.guard("", a.noRoute))
}

// guard refuses requests without a session (401) and users without the route's permission
// (403, audited), sets the headers every API response carries, and sends any error the
// handler returns as JSON.
func (a *API) guard(perm access.Permission, h handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		var u *store.User
		if perm != public {
			u = auth.UserFrom(r.Context())
			if u == nil {
				a.fail(w, r, errUnauthenticated)
				return
			}
			if perm != "" && !u.Can(perm) {
				pid, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
				if pid < 0 {
					pid = 0
				}
				e := audit.New(u.Actor(auth.ClientAddr(r)), audit.View, pid, r.Method+" "+r.URL.Path+" needs "+string(perm))
				e.Outcome = audit.Denied
				if err := a.store.Audit(r.Context(), e); err != nil {
					slog.Error("api: audit refusal", "method", r.Method, "path", r.URL.Path, "err", err)
				}
				a.fail(w, r, errForbidden)
				return
			}
		}
		if err := h(w, r, u); err != nil {
			a.fail(w, r, err)
		}
	})
}

var (
	errUnauthenticated = apperr.New(apperr.Unauthenticated, "Sign in to use the API: send the session cookie")
	errForbidden       = apperr.New(apperr.Forbidden, "Your role does not allow this. Your attempt has been recorded")
)

// noRoute answers paths under /api/ that no route matches.
func (a *API) noRoute(w http.ResponseWriter, r *http.Request, u *store.User) error {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pattern := a.probe.Handler(r2); pattern != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		return &statusError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
			msg: fmt.Sprintf("%s is not allowed here: use %s", r.Method, strings.Join(allow, " or "))}
	}
	return apperr.New(apperr.NotFound, "There is no API endpoint at %s", r.URL.Path)
}

// statusError is an error the HTTP layer itself raises, with a status apperr has no kind for
// (413, 415, 405).
type statusError struct {
	status    int
	code, msg string
}

func (e *statusError) Error() string { return e.msg }

// The body of every error response.
type errorResponse struct {
	Error errorBody `json:"error"`
}

type errorBody struct {
	// Code is the machine-readable kind of problem; see the Error schema in openapi.json.
	Code    string             `json:"code"`
	Message string             `json:"message"`
	Fields  apperr.FieldErrors `json:"fields,omitempty"`
	// For a conflicting edit: the record's current version, and what changed since the
	// version the client read.
	CurrentVersion int         `json:"current_version,omitzero"`
	Changes        []changeOut `json:"changes,omitzero"`
}

// A changeOut is one field that differs between two versions of a person.
type changeOut struct {
	Field string `json:"field"`
	Label string `json:"label"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// errorCodes lists every error code, for the OpenAPI document.
var errorCodes = []string{"invalid", "unauthenticated", "forbidden", "restricted", "not_found", "method_not_allowed",
	"conflict", "too_large", "unsupported_media_type", "too_many_requests", "internal"}

// fail sends err as a JSON error. Internal errors are logged and shown only as a generic
// message, since their text may hold details that must not leave the server.
func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	var se *statusError
	if errors.As(err, &se) {
		writeJSON(w, se.status, errorResponse{errorBody{Code: se.code, Message: se.msg}})
		return
	}
	var ce *store.ConflictError
	if errors.As(err, &ce) {
		b := errorBody{Code: "conflict", Message: "This record changed since you opened it",
			CurrentVersion: ce.Current.Version, Changes: changesOut(ce.Changes)}
		writeJSON(w, http.StatusConflict, errorResponse{b})
		return
	}
	var ice *store.ItemConflictError
	if errors.As(err, &ice) {
		b := errorBody{Code: "conflict", Message: "This record changed since you opened it", CurrentVersion: ice.Current.Version}
		for _, c := range ice.Changes {
			b.Changes = append(b.Changes, changeOut{Field: c.Field, Label: c.Field, Old: c.Old, New: c.New})
		}
		writeJSON(w, http.StatusConflict, errorResponse{b})
		return
	}
	kind := apperr.KindOf(err)
	status := apperr.HTTPStatus(err)
	if status == http.StatusInternalServerError {
		slog.Error("api: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	code := kind.String()
	if errors.Is(err, records.ErrRestricted) {
		code = "restricted"
	}
	writeJSON(w, status, errorResponse{errorBody{Code: code, Message: apperr.Message(err), Fields: apperr.FieldsOf(err)}})
}

// writeJSON sends v with status. Encoding happens before the header is written, so that a
// value that cannot be encoded becomes a 500, not half a response.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		slog.Error("api: encode response", "err", err)
		status = http.StatusInternalServerError
		b = []byte(`{"error":{"code":"internal","message":"Sorry, there is a problem with the service. The error has been logged."}}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// idParam reads a person ID from the path.
func idParam(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, apperr.New(apperr.NotFound, "No person with ID %s", r.PathValue("id"))
	}
	return id, nil
}

func (a *API) today() date.Date { return date.Of(a.store.Now()) }
