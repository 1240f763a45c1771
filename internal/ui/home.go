package ui

import (
	"net/http"

	"ourchild/internal/access"
	"ourchild/internal/store"
)

type homeData struct {
	Mine     []store.CaseloadItem
	Team     []store.CaseloadItem
	TeamName string
}

// home shows the signed-in worker's caseload and, for managers, their team's.
func (ui *UI) home(w http.ResponseWriter, r *http.Request, u *store.User) error {
	var d homeData
	var err error
	if u.Can(access.PersonView) {
		if d.Mine, err = ui.store.Caseload(r.Context(), u.ID, 0); err != nil {
			return err
		}
	}
	if u.Can(access.CaseloadTeam) && u.TeamID != 0 {
		d.TeamName = u.TeamName
		if d.Team, err = ui.store.Caseload(r.Context(), 0, u.TeamID); err != nil {
			return err
		}
	}
	ui.render(w, r, http.StatusOK, "home", &page{Title: "My caseload", Flash: takeFlash(w, r), Data: d})
	return nil
}
