// Package api serves ourchild's JSON API over the same store, records service, sessions and
// audit as the pages.
package api

import (
	"net/http"

	"ourchild/internal/store"
)

// API holds the JSON handlers' dependencies.
type API struct{ store *store.Store }

// New returns the API.
func New(s *store.Store) *API { return &API{store: s} }

// Routes registers the API on mux.
func (a *API) Routes(mux *http.ServeMux) {}
