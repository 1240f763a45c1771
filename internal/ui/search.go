package ui

import (
	"net/http"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/auth"
	"ourchild/internal/store"
)

type searchData struct {
	Query  Field
	Asked  bool
	Hits   []store.Hit
	Select string // when choosing a relative: the record to link from
}

// search finds people by name (forgiving misspellings), date of birth or identifier.
func (ui *UI) search(w http.ResponseWriter, r *http.Request, u *store.User) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	d := searchData{Query: Field{Name: "q", Label: "Name, date of birth or identifier", Type: "text", Value: q, Bold: true,
		Hint: "For example, Amara Okafor, 27/03/2015, an NHS number, a unique pupil number or an ourchild ID. You can type a name and a date of birth together."}}
	var fe apperr.FieldErrors
	if r.URL.Query().Has("q") {
		d.Asked = true
		hits, err := ui.records.Search(r.Context(), u, auth.ClientAddr(r), q, 50)
		if apperr.Is(err, apperr.Invalid) {
			fe = apperr.FieldsOf(err)
			d.Query.Error = fe.For("q")
		} else if err != nil {
			return err
		}
		d.Hits = hits
	}
	status := http.StatusOK
	if len(fe) > 0 {
		status = http.StatusBadRequest
	}
	ui.render(w, r, status, "search", &page{Title: "Search for a person", Errors: fe, Data: d})
	return nil
}
