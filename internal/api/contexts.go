package api

import (
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
	"strings"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/auth"
	"ourchild/internal/contextual"
	"ourchild/internal/date"
	"ourchild/internal/store"
)

// The contextual safeguarding API: places and peer groups, recorded once and linked to the
// children they affect, with the same checks, history and audit as the pages.

func (a *API) contextRoutes() []route {
	return []route{
		{"GET /api/contexts", access.PersonView, a.listContexts},
		{"POST /api/contexts", access.CaseRecord, a.createContext},
		{"GET /api/contexts/{cid}", access.PersonView, a.getContext},
		{"PUT /api/contexts/{cid}", access.CaseRecord, a.updateContext},
		{"POST /api/contexts/{cid}/close", access.CaseAuthorise, a.closeContext},
		{"POST /api/contexts/{cid}/links", access.CaseRecord, a.addLink},
		{"POST /api/contexts/{cid}/links/{lid}/end", access.CaseRecord, a.endLink},
		{"GET /api/people/{id}/contexts", access.PersonView, a.personContexts},
	}
}

func init() {
	schemaNames[reflect.TypeFor[contextual.Context]()] = "Context"
	schemaNames[reflect.TypeFor[contextSummaryOut]()] = "ContextSummary"
	schemaNames[reflect.TypeFor[contextsOut]()] = "ContextList"
	schemaNames[reflect.TypeFor[contextOut]()] = "ContextWithLinks"
	schemaNames[reflect.TypeFor[contextual.Link]()] = "ContextLink"
	schemaNames[reflect.TypeFor[linkOut]()] = "ContextLinkWithChild"
	schemaNames[reflect.TypeFor[contextIn]()] = "ContextInput"
	schemaNames[reflect.TypeFor[contextUpdate]()] = "ContextUpdate"
	schemaNames[reflect.TypeFor[closeIn]()] = "ContextClose"
	schemaNames[reflect.TypeFor[linkIn]()] = "ContextLinkInput"
	schemaNames[reflect.TypeFor[endIn]()] = "ContextLinkEnd"
	schemaNames[reflect.TypeFor[personContextsOut]()] = "PersonContexts"
	schemaNames[reflect.TypeFor[personContextOut]()] = "PersonContext"
	for _, n := range []string{"ContextInput", "ContextUpdate", "ContextClose", "ContextLinkInput", "ContextLinkEnd"} {
		closed[n] = true
	}
	required["ContextInput"] = []string{"kind", "name", "risks"}
	required["ContextUpdate"] = []string{"version", "kind", "name", "risks"}
	required["ContextClose"] = []string{"version", "closed_on", "reason"}
	required["ContextLinkInput"] = []string{"person_id", "role", "risk", "identified_on", "identified_by"}
	required["ContextLinkEnd"] = []string{"version", "ended_on", "reason"}
}

// contextSchemaRoots are the types the contexts' operations refer to, for the document.
var contextSchemaRoots = []reflect.Type{reflect.TypeFor[contextsOut](), reflect.TypeFor[contextOut](), reflect.TypeFor[contextIn](),
	reflect.TypeFor[contextUpdate](), reflect.TypeFor[closeIn](), reflect.TypeFor[linkIn](), reflect.TypeFor[endIn](),
	reflect.TypeFor[personContextsOut]()}

type contextSummaryOut struct {
	contextual.Context
	Linked int `json:"linked"` // children linked now
}

type contextsOut struct {
	Contexts []contextSummaryOut `json:"contexts"`
}

// linkOut is a link with who the child is, when the user may see their record.
type linkOut struct {
	contextual.Link
	Name string `json:"name"` // the child's name
}

type contextOut struct {
	Context contextual.Context `json:"context"`
	Links   []linkOut          `json:"links"`
	// Hidden counts the links to children whose records the user may not see.
	Hidden int `json:"hidden_links"`
}

type contextIn struct {
	Kind        string   `json:"kind"`
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	Area        string   `json:"area,omitempty"`
	Risks       []string `json:"risks"`
}

type contextUpdate struct {
	Version     int      `json:"version"`
	Kind        string   `json:"kind"`
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	Area        string   `json:"area,omitempty"`
	Risks       []string `json:"risks"`
	Reason      string   `json:"reason,omitempty"`
}

type closeIn struct {
	Version  int    `json:"version"`
	ClosedOn string `json:"closed_on"`
	Reason   string `json:"reason"`
}

type linkIn struct {
	PersonID     int64  `json:"person_id"`
	Role         string `json:"role"`
	Risk         string `json:"risk"`
	IdentifiedOn string `json:"identified_on"`
	IdentifiedBy string `json:"identified_by"`
}

type endIn struct {
	Version int    `json:"version"`
	EndedOn string `json:"ended_on"`
	Reason  string `json:"reason"`
}

type personContextOut struct {
	Context contextual.Context `json:"context"`
	Link    contextual.Link    `json:"link"`
	Others  []linkOut          `json:"others"`       // the other children linked now that the user may see
	Hidden  int                `json:"hidden_links"` // and how many more there are
}

type personContextsOut struct {
	Contexts []personContextOut `json:"contexts"`
}

func contextID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("cid"), 10, 64)
	if err != nil || id <= 0 {
		return 0, apperr.New(apperr.NotFound, "No place or group with ID %s", r.PathValue("cid"))
	}
	return id, nil
}

func (a *API) listContexts(w http.ResponseWriter, r *http.Request, u *store.User) error {
	q := r.URL.Query()
	f := store.ContextFilter{Name: q.Get("q"), Kind: q.Get("kind"), Status: q.Get("status")}
	if f.Status != "" && f.Status != contextual.Active && f.Status != contextual.Closed {
		return apperr.Field("status", "status must be active or closed")
	}
	if f.Kind != "" && !contextual.Kinds.Valid(f.Kind) {
		return apperr.Field("kind", "kind must be place or peer_group")
	}
	cs, err := a.store.Contexts(r.Context(), f)
	if err != nil {
		return err
	}
	out := contextsOut{Contexts: []contextSummaryOut{}}
	for _, c := range cs {
		out.Contexts = append(out.Contexts, contextSummaryOut{Context: *c.Context, Linked: c.Linked})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (a *API) createContext(w http.ResponseWriter, r *http.Request, u *store.User) error {
	var in contextIn
	if err := decode(w, r, &in); err != nil {
		return err
	}
	c := &contextual.Context{Kind: in.Kind, Name: in.Name, Description: in.Description, Area: in.Area, Risks: in.Risks}
	if err := a.store.CreateContext(r.Context(), u.Actor(auth.ClientAddr(r)), c); err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("/api/contexts/%d", c.ID))
	writeJSON(w, http.StatusCreated, c)
	return nil
}

func (a *API) getContext(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := contextID(r)
	if err != nil {
		return err
	}
	c, cc, err := a.records.OpenContext(r.Context(), u, auth.ClientAddr(r), id)
	if err != nil {
		return err
	}
	out := contextOut{Context: *c, Links: linksOut(cc.Shown), Hidden: cc.Hidden}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func linksOut(ls []store.LinkedChild) []linkOut {
	out := []linkOut{}
	for _, l := range ls {
		out = append(out, linkOut{Link: l.Link, Name: l.Person.Name()})
	}
	return out
}

func (a *API) updateContext(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := contextID(r)
	if err != nil {
		return err
	}
	var in contextUpdate
	if err := decode(w, r, &in); err != nil {
		return err
	}
	c := &contextual.Context{ID: id, Version: in.Version, Kind: in.Kind, Name: in.Name, Description: in.Description, Area: in.Area, Risks: in.Risks}
	err = a.store.UpdateContext(r.Context(), u.Actor(auth.ClientAddr(r)), c, in.Reason)
	var ce *store.ContextConflictError
	if errors.As(err, &ce) {
		b := errorBody{Code: "conflict", Message: "This place or group changed since you opened it", CurrentVersion: ce.Current.Version, Changes: changesOut(ce.Changes)}
		writeJSON(w, http.StatusConflict, errorResponse{b})
		return nil
	}
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}

func (a *API) closeContext(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := contextID(r)
	if err != nil {
		return err
	}
	var in closeIn
	if err := decode(w, r, &in); err != nil {
		return err
	}
	var fe apperr.FieldErrors
	on := optionalDate(&fe, "closed_on", "Date closed", in.ClosedOn)
	if err := fe.Err(); err != nil {
		return err
	}
	err = a.store.CloseContext(r.Context(), u.Actor(auth.ClientAddr(r)), id, in.Version, on, in.Reason)
	if fs := apperr.FieldsOf(err); fs.For("close_reason") != "" {
		return apperr.Field("reason", "%s", fs.For("close_reason"))
	}
	if err != nil {
		return err
	}
	c, err := a.store.Context(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}

// optionalDate parses a date that may be empty (the store then says it is missing).
func optionalDate(fe *apperr.FieldErrors, field, label, v string) date.Date {
	if strings.TrimSpace(v) == "" {
		return date.Date{}
	}
	return parseDate(fe, field, label, v)
}

func (a *API) addLink(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := contextID(r)
	if err != nil {
		return err
	}
	var in linkIn
	if err := decode(w, r, &in); err != nil {
		return err
	}
	var fe apperr.FieldErrors
	l := &contextual.Link{ContextID: id, PersonID: in.PersonID, Role: in.Role, Risk: in.Risk, IdentifiedBy: in.IdentifiedBy,
		IdentifiedOn: optionalDate(&fe, "identified_on", "Date identified", in.IdentifiedOn)}
	if len(fe) > 0 {
		l.Normalise()
		for _, e := range l.Validate(a.today()) {
			if fe.For(e.Field) == "" && e.Field != "identified_on" {
				fe = append(fe, e)
			}
		}
		return fe.Err()
	}
	addr := auth.ClientAddr(r)
	if in.PersonID > 0 {
		if err := a.records.CheckLinkable(r.Context(), u, addr, in.PersonID, "person_id"); err != nil {
			return err
		}
	}
	if err := a.store.LinkChild(r.Context(), u.Actor(addr), l); err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("/api/contexts/%d", id))
	writeJSON(w, http.StatusCreated, l)
	return nil
}

func (a *API) endLink(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := contextID(r)
	if err != nil {
		return err
	}
	lid, err := strconv.ParseInt(r.PathValue("lid"), 10, 64)
	if err != nil || lid <= 0 {
		return apperr.New(apperr.NotFound, "No link with ID %s", r.PathValue("lid"))
	}
	l, err := a.store.Link(r.Context(), lid)
	if err != nil {
		return err
	}
	if l.ContextID != id {
		return apperr.New(apperr.NotFound, "Link %d is not to place or group %d", lid, id)
	}
	var in endIn
	if err := decode(w, r, &in); err != nil {
		return err
	}
	var fe apperr.FieldErrors
	on := optionalDate(&fe, "ended_on", "Date ended", in.EndedOn)
	if err := fe.Err(); err != nil {
		return err
	}
	err = a.store.EndLink(r.Context(), u.Actor(auth.ClientAddr(r)), lid, in.Version, on, in.Reason)
	if fs := apperr.FieldsOf(err); fs.For("end_reason") != "" {
		return apperr.Field("reason", "%s", fs.For("end_reason"))
	}
	if err != nil {
		return err
	}
	if l, err = a.store.Link(r.Context(), lid); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, l)
	return nil
}

func (a *API) personContexts(w http.ResponseWriter, r *http.Request, u *store.User) error {
	id, err := idParam(r)
	if err != nil {
		return err
	}
	if _, err := a.records.View(r.Context(), u, auth.ClientAddr(r), id, "Viewed places and groups"); err != nil {
		return err
	}
	pcs, err := a.store.PersonContexts(r.Context(), id)
	if err != nil {
		return err
	}
	out := personContextsOut{Contexts: []personContextOut{}}
	for _, pc := range pcs {
		var current []store.LinkedChild
		for _, o := range pc.Others {
			if o.Current() {
				current = append(current, o)
			}
		}
		cc, err := a.records.Split(r.Context(), u, current)
		if err != nil {
			return err
		}
		out.Contexts = append(out.Contexts, personContextOut{Context: *pc.Context, Link: pc.Link, Others: linksOut(cc.Shown), Hidden: cc.Hidden})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// contextOperations describes the contexts' routes for the OpenAPI document.
func contextOperations() map[string]obj {
	cid := obj{"name": "cid", "in": "path", "required": true, "description": "The place or group's ID.", "schema": obj{"type": "integer", "minimum": 1}}
	pid := obj{"name": "id", "in": "path", "required": true, "description": "The person's ourchild ID.", "schema": obj{"type": "integer", "minimum": 1}}
	lid := obj{"name": "lid", "in": "path", "required": true, "description": "The link's ID.", "schema": obj{"type": "integer", "minimum": 1}}
	body := func(name string) obj {
		return obj{"required": true, "content": obj{"application/json": obj{"schema": ref(name)}}}
	}
	var risks, roles []string
	for _, o := range contextual.Risks {
		risks = append(risks, fmt.Sprintf("`%s` (%s)", o.Value, o.Label))
	}
	for _, o := range contextual.Roles {
		roles = append(roles, fmt.Sprintf("`%s` (%s)", o.Value, o.Label))
	}
	notFound := errResponse("NotFound")
	return map[string]obj{
		"GET /api/contexts": {
			"operationId": "listContexts", "summary": "Places and peer groups (contextual safeguarding)",
			"description": "Active first, then by name, each with how many children are linked now.",
			"parameters": []any{
				obj{"name": "q", "in": "query", "schema": obj{"type": "string"}, "description": "Part of the name, in any case."},
				obj{"name": "kind", "in": "query", "schema": obj{"type": "string", "enum": []any{"place", "peer_group"}}},
				obj{"name": "status", "in": "query", "schema": obj{"type": "string", "enum": []any{"active", "closed"}}},
			},
			"responses": obj{"200": response("The places and groups.", ref("ContextList")), "400": errResponse("Invalid")},
		},
		"POST /api/contexts": {
			"operationId": "createContext", "summary": "Record a place or peer group",
			"description": "kind is place or peer_group; a place needs area (where it is). risks are one or more of: " + strings.Join(risks, ", ") + ". Audited.",
			"requestBody": body("ContextInput"),
			"responses": obj{"201": obj{"description": "Recorded.", "headers": obj{"Location": obj{"description": "The new place or group's address.", "schema": obj{"type": "string"}}},
				"content": obj{"application/json": obj{"schema": ref("Context")}}}},
		},
		"GET /api/contexts/{cid}": {
			"operationId": "getContext", "summary": "A place or group with the children linked",
			"description": "Links to children whose records the user may see (restricted records need a grant) name the child; the others are only counted in hidden_links. The view is audited, and so is each child's listing, on the child's record.",
			"parameters":  []any{cid},
			"responses":   obj{"200": response("The place or group and its links.", ref("ContextWithLinks")), "404": notFound},
		},
		"PUT /api/contexts/{cid}": {
			"operationId": "updateContext", "summary": "Change a place or group's details",
			"description": "Send the details as read, changed, with the version you read. If it changed since, nothing is saved and the 409 lists what changed. A closed place or group cannot be changed. The previous version stays in the history.",
			"parameters":  []any{cid},
			"requestBody": body("ContextUpdate"),
			"responses":   obj{"200": response("Saved.", ref("Context")), "404": notFound, "409": errResponse("Conflict")},
		},
		"POST /api/contexts/{cid}/close": {
			"operationId": "closeContext", "summary": "Close a place or group",
			"description": "With the date and the reason. It stays, with its links and history; children cannot be linked to it after.",
			"parameters":  []any{cid},
			"requestBody": body("ContextClose"),
			"responses":   obj{"200": response("Closed.", ref("Context")), "404": notFound, "409": errResponse("Conflict")},
		},
		"POST /api/contexts/{cid}/links": {
			"operationId": "linkChild", "summary": "Link a child to a place or group",
			"description": "role is one of: " + strings.Join(roles, ", ") + ". A child may have one current link to each place or group. The link shows on the child's record, in its history and chronology, and is audited.",
			"parameters":  []any{cid},
			"requestBody": body("ContextLinkInput"),
			"responses":   obj{"201": response("Linked.", ref("ContextLink")), "404": notFound},
		},
		"POST /api/contexts/{cid}/links/{lid}/end": {
			"operationId": "endContextLink", "summary": "End a child's link to a place or group",
			"description": "With the date and the reason; the link is kept in the history.",
			"parameters":  []any{cid, lid},
			"requestBody": body("ContextLinkEnd"),
			"responses":   obj{"200": response("Ended.", ref("ContextLink")), "404": notFound, "409": errResponse("Conflict")},
		},
		"GET /api/people/{id}/contexts": {
			"operationId": "getPersonContexts", "summary": "The places and groups a child is or was linked to",
			"description": "Each with the child's link and the other children linked now (named only where the user may see their record). The view is audited.",
			"parameters":  []any{pid},
			"responses":   obj{"200": response("The places and groups.", ref("PersonContexts"))},
		},
	}
}
