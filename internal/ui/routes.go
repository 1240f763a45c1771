package ui

import "ourchild/internal/access"

// routes is the page route table: one line per route with the permission it needs. An
// empty permission means any signed-in user.
func (ui *UI) routes() []route {
	rs := []route{
		{"GET /{$}", "", ui.home},

		{"GET /people", access.PersonSearch, ui.search},
		{"GET /people/new", access.PersonCreate, ui.newPerson},
		{"POST /people/new", access.PersonCreate, ui.createPerson},
		{"GET /people/{id}", access.PersonView, ui.showRecord},
		{"GET /people/{id}/history", access.PersonView, ui.showHistory},
		{"GET /people/{id}/edit", access.PersonEdit, ui.editPerson},
		{"POST /people/{id}/edit", access.PersonEdit, ui.updatePerson},
		{"GET /people/{id}/relationships/new", access.PersonEdit, ui.relationshipForm},
		{"POST /people/{id}/relationships/new", access.PersonEdit, ui.relationshipForm},
		{"GET /people/{id}/relationships/{rid}/end", access.PersonEdit, ui.endRelationshipForm},
		{"POST /people/{id}/relationships/{rid}/end", access.PersonEdit, ui.endRelationshipForm},
		{"GET /people/{id}/addresses/new", access.PersonEdit, ui.addressForm},
		{"POST /people/{id}/addresses/new", access.PersonEdit, ui.addressForm},
		{"GET /people/{id}/warnings/new", access.PersonEdit, ui.warningForm},
		{"POST /people/{id}/warnings/new", access.PersonEdit, ui.warningForm},
		{"GET /people/{id}/warnings/{wid}/end", access.PersonEdit, ui.endWarningForm},
		{"POST /people/{id}/warnings/{wid}/end", access.PersonEdit, ui.endWarningForm},
		{"GET /people/{id}/addresses/{aid}/entered-in-error", access.PersonEdit, ui.addressErrorForm},
		{"POST /people/{id}/addresses/{aid}/entered-in-error", access.PersonEdit, ui.addressErrorForm},
		{"GET /people/{id}/allocations/{alid}/end", access.CaseAllocate, ui.endAllocationForm},
		{"POST /people/{id}/allocations/{alid}/end", access.CaseAllocate, ui.endAllocationForm},
		{"GET /people/{id}/aliases/new", access.PersonEdit, ui.aliasForm},
		{"POST /people/{id}/aliases/new", access.PersonEdit, ui.aliasForm},
		{"GET /people/{id}/chronology/new", access.PersonEdit, ui.chronologyForm},
		{"POST /people/{id}/chronology/new", access.PersonEdit, ui.chronologyForm},
		{"GET /people/{id}/allocate", access.CaseAllocate, ui.allocateForm},
		{"POST /people/{id}/allocate", access.CaseAllocate, ui.allocateForm},
		{"GET /people/{id}/entered-in-error", access.PersonMarkError, ui.markErrorForm},
		{"POST /people/{id}/entered-in-error", access.PersonMarkError, ui.markErrorForm},
		{"GET /people/{id}/restrict", access.PersonRestrict, ui.restrictForm},
		{"POST /people/{id}/restrict", access.PersonRestrict, ui.restrictForm},
		{"GET /people/{id}/break-glass", access.PersonBreakGlass, ui.breakGlassForm},
		{"POST /people/{id}/break-glass", access.PersonBreakGlass, ui.breakGlassForm},

		{"GET /audit", access.AuditView, ui.auditLog},
		{"GET /audit.csv", access.AuditExport, ui.auditCSV},

		{"GET /admin/users", access.UserAdmin, ui.users},
		{"GET /admin/users/new", access.UserAdmin, ui.userForm},
		{"POST /admin/users/new", access.UserAdmin, ui.userForm},
		{"GET /admin/users/{uid}/edit", access.UserAdmin, ui.userForm},
		{"POST /admin/users/{uid}/edit", access.UserAdmin, ui.userForm},
		{"POST /admin/users/{uid}/disable", access.UserAdmin, ui.disableUser},
		{"POST /admin/users/{uid}/enable", access.UserAdmin, ui.disableUser},
		{"GET /admin/users/{uid}/password", access.UserAdmin, ui.passwordForm},
		{"POST /admin/users/{uid}/password", access.UserAdmin, ui.passwordForm},
	}
	// The journey's pages have tables of their own, in the files that hold their handlers.
	rs = append(rs, ui.caseworkRoutes()...) // casework.go
	rs = append(rs, ui.workRoutes()...)     // work.go: My work, Team work, local standards
	rs = append(rs, ui.returnRoutes()...)   // returns.go: statutory returns
	rs = append(rs, ui.equityRoutes()...)   // equity.go: timeliness for disabled children
	rs = append(rs, ui.contextRoutes()...)  // contexts.go: places and peer groups (contextual safeguarding)
	return rs
}
