package api

import "ourchild/internal/access"

// routes is the API route table: one line per route with the permission it needs. An empty
// permission means any signed-in user; public means no sign-in at all. Every route must be
// described in openapi.go (the tests check).
func (a *API) routes() []route {
	return append([]route{
		{"GET /api/openapi.json", public, a.openAPI},

		{"GET /api/people", access.PersonSearch, a.search},
		{"POST /api/people", access.PersonCreate, a.createPerson},
		{"GET /api/people/{id}", access.PersonView, a.getRecord},
		{"PUT /api/people/{id}", access.PersonEdit, a.updatePerson},
		{"GET /api/people/{id}/history", access.PersonView, a.history},
		{"POST /api/people/{id}/relationships", access.PersonEdit, a.addRelationship},

		{"GET /api/casework-kinds", "", a.kinds},
		{"GET /api/people/{id}/casework", access.PersonView, a.listItems},
		{"POST /api/people/{id}/casework", access.CaseRecord, a.addItem},
		{"GET /api/people/{id}/casework/{cid}", access.PersonView, a.getItem},
		{"PUT /api/people/{id}/casework/{cid}", access.CaseRecord, a.updateItem},
		{"GET /api/people/{id}/clocks", access.PersonView, a.clocks},
	}, a.contextRoutes()...) // contexts.go: places and peer groups
}
