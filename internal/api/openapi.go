package api

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"reflect"
	"strings"
	"time"

	"ourchild/internal/apperr"
	"ourchild/internal/auth"
	"ourchild/internal/casework"
	"ourchild/internal/codes"
	"ourchild/internal/person"
	"ourchild/internal/store"
)

// The OpenAPI document is generated from the code rather than written by hand, so that it
// cannot drift: the paths come from the route table (with each route's permission), the
// schemas from the Go types the handlers encode and decode, and the enumerations from the
// code sets in internal/codes and the relationship types in internal/person.

type obj = map[string]any

// openAPI serves the OpenAPI 3.1 description of the API. It needs no sign-in.
func (a *API) openAPI(w http.ResponseWriter, r *http.Request, u *store.User) error {
	writeJSON(w, http.StatusOK, a.document())
	return nil
}

func ref(name string) obj { return obj{"$ref": "#/components/schemas/" + name} }

// schemaNames names the Go types that become components of the document.
var schemaNames = map[reflect.Type]string{
	reflect.TypeFor[person.Person]():     "Person",
	reflect.TypeFor[searchOut]():         "SearchResults",
	reflect.TypeFor[hitOut]():            "SearchResult",
	reflect.TypeFor[recordOut]():         "Record",
	reflect.TypeFor[relativeOut]():       "Relationship",
	reflect.TypeFor[householdOut]():      "HouseholdMember",
	reflect.TypeFor[store.Alias]():       "Alias",
	reflect.TypeFor[person.Address]():    "Address",
	reflect.TypeFor[person.Warning]():    "Warning",
	reflect.TypeFor[person.Allocation](): "Allocation",
	reflect.TypeFor[person.Event]():      "ChronologyEvent",
	reflect.TypeFor[relationshipIn]():    "RelationshipInput",
	reflect.TypeFor[historyOut]():        "History",
	reflect.TypeFor[revisionOut]():       "Revision",
	reflect.TypeFor[changeOut]():         "Change",
	reflect.TypeFor[errorResponse]():     "Error",
	reflect.TypeFor[errorBody]():         "ErrorDetail",
	reflect.TypeFor[apperr.FieldError](): "FieldError",
	reflect.TypeFor[kindsOut]():          "CaseworkKinds",
	reflect.TypeFor[kindOut]():           "CaseworkKind",
	reflect.TypeFor[fieldOut]():          "CaseworkField",
	reflect.TypeFor[codeOut]():           "Code",
	reflect.TypeFor[itemsOut]():          "CaseworkList",
	reflect.TypeFor[casework.Item]():     "CaseworkItem",
	reflect.TypeFor[itemIn]():            "CaseworkInput",
	reflect.TypeFor[itemUpdate]():        "CaseworkUpdate",
	reflect.TypeFor[clocksOut]():         "Clocks",
	reflect.TypeFor[clockOut]():          "Clock",
}

// required lists the required properties of the schemas used in requests. Other schemas
// describe responses, where every field without omitempty is always present.
var required = map[string][]string{
	"Person":            {"given_names", "family_name"},
	"RelationshipInput": {"related_person_id", "type"},
}

// closed lists the request schemas that refuse properties they do not define, as the
// decoder does.
var closed = map[string]bool{"RelationshipInput": true, "CaseworkInput": true, "CaseworkUpdate": true}

var (
	timeType    = reflect.TypeFor[time.Time]()
	rawType     = reflect.TypeFor[json.RawMessage]()
	relTypeType = reflect.TypeFor[person.RelType]()
)

// property gives the schemas of properties that need more than their Go type says, by
// "Schema.property".
func property(owner, name string) obj {
	optionalCode := func(set string) obj {
		return obj{"anyOf": []any{ref(set), obj{"const": ""}}, "description": "Empty when not recorded."}
	}
	readOnly := func(desc string) obj { return obj{"readOnly": true, "description": desc} }
	return map[string]obj{
		"Person.id":                                 readOnly("The ourchild ID. Set by the server."),
		"Person.version":                            {"description": "Increases by one with every change. Ignored on create; on update, send the version you read, so that a change made since is detected (409) rather than overwritten.", "minimum": 0},
		"Person.given_names":                        {"maxLength": person.MaxName, "minLength": 1},
		"Person.family_name":                        {"maxLength": person.MaxName, "minLength": 1},
		"Person.preferred_name":                     {"maxLength": person.MaxName, "description": "What the child likes to be called."},
		"Person.date_of_birth":                      {"description": "Today or earlier, and after 1900. A person needs a date of birth or, for an unborn child, an expected date of birth."},
		"Person.expected_date_of_birth":             {"description": "For an unborn child: within 10 months from today."},
		"Person.date_of_death":                      {"description": "Empty unless the person has died."},
		"Person.sex":                                {"$ref": "#/components/schemas/Sex", "description": "Defaults to U (not known) when empty."},
		"Person.gender_identity":                    optionalCode("GenderIdentity"),
		"Person.ethnicity":                          {"$ref": "#/components/schemas/Ethnicity", "description": "Defaults to NOBT (information not yet obtained) when empty."},
		"Person.religion":                           optionalCode("Religion"),
		"Person.first_language":                     {"maxLength": person.MaxShortText},
		"Person.communication_needs":                {"maxLength": person.MaxLongText, "description": "How the person communicates and what helps."},
		"Person.disabilities":                       {"items": ref("Disability"), "uniqueItems": true, "description": "DfE disability codes; [\"NONE\"] when the person has none, and NONE only on its own."},
		"Person.upn":                                {"description": "Unique pupil number: 13 characters, with a valid check letter."},
		"Person.nhs_number":                         {"pattern": `^(\d{10})?$`, "description": "Ten digits with a valid check digit. Spaces are removed on input. Unique: a number already recorded for someone else is refused."},
		"Person.restricted":                         readOnly("Restricted records are hidden from search and open only with a grant. Not changed through this API."),
		"Person.entered_in_error":                   readOnly("Records entered in error are hidden from most roles. Not changed through this API."),
		"Person.error_reason":                       readOnly("Why the record was marked entered in error."),
		"Person.created_at":                         readOnly("Set by the server."),
		"Person.updated_at":                         readOnly("Set by the server."),
		"SearchResult.score":                        {"minimum": 0, "maximum": 1, "description": "1 for an exact identifier match; names match from 0.8."},
		"SearchResult.alias":                        {"description": "The other name that matched, when it was not the current name."},
		"SearchResult.address":                      {"description": "The current address on one line, or empty."},
		"Relationship.person_id":                    {"description": "The other person's ourchild ID."},
		"Relationship.label":                        {"description": "What the other person is to this one: Mother, Half-sibling, Child…"},
		"Relationship.type":                         {"description": "Stored as: from_person_id is the TYPE of to_person_id."},
		"Relationship.parental_responsibility":      {"description": "Whether the other person holds parental responsibility for this one."},
		"RelationshipInput.related_person_id":       {"minimum": 1, "description": "The other person's ourchild ID."},
		"RelationshipInput.type":                    {"description": "The related person is the TYPE of the person in the path: {\"related_person_id\": 12, \"type\": \"mother\"} records person 12 as their mother."},
		"RelationshipInput.parental_responsibility": {"description": "The related person holds parental responsibility for the person in the path. Only for parental types: mother, father, parent, step_parent, adoptive_parent, special_guardian."},
		"RelationshipInput.start_date":              {"$ref": "#/components/schemas/Date", "description": "Today or earlier. Leave empty for a birth relationship."},
		"RelationshipInput.notes":                   {"maxLength": person.MaxLongText},
		"Warning.type":                              {"enum": warningTypes()},
		"Revision.snapshot":                         {"description": "The part of the record as saved in this version."},
		"Revision.changes":                          {"description": "For a person: what changed from the previous version."},
		"ErrorDetail.code":                          {"enum": errorCodes},
		"CaseworkField.type":                        {"enum": []any{"text", "textarea", "lines", "date", "datetime", "choice", "choices", "yes_no", "scale", "rows"}, "description": "How the answer is sent, always as a list of strings: date YYYY-MM-DD; datetime YYYY-MM-DDTHH:MM (London time); choice one option value; choices several; lines one item a string; yes_no \"yes\" or \"no\"; scale 0 to 10; rows one list per column (named field.column), of equal length, a row per answer."},
		"CaseworkItem.values":                       {"description": "The answers, by field name, each a list of strings (see GET /api/casework-kinds for the kind's fields and how each is written)."},
		"CaseworkItem.episode_id":                   {"description": "The referral (children in need episode) the record falls in, for the CIN census."},
		"CaseworkInput.values":                      {"description": "The answers, by field name, each a list of strings."},
		"CaseworkInput.kind":                        {"description": "One of the kinds listed by GET /api/casework-kinds."},
		"CaseworkUpdate.values":                     {"description": "All the answers, as read and changed: answers left out are cleared. Manager-only answers may be changed only by users with case.authorise."},
		"Clock.state":                               {"enum": []any{"due", "overdue", "completed_on_time", "completed_late"}},
		"ErrorDetail.current_version":               {"description": "For a conflicting edit (409): the record's version now."},
		"ErrorDetail.changes":                       {"description": "For a conflicting edit (409): what changed between the version you read and the current one."},
		"ErrorDetail.fields":                        {"description": "For invalid input (400): the problem with each field, in form order."},
	}[owner+"."+name]
}

func warningTypes() []string {
	var ts []string
	for _, w := range person.WarningTypes {
		ts = append(ts, w.Value)
	}
	return ts
}

// schemaGen builds component schemas from Go types.
type schemaGen struct{ schemas obj }

func (g *schemaGen) schema(t reflect.Type) obj {
	switch t {
	case dateType:
		return ref("Date")
	case timeType:
		return obj{"type": "string", "format": "date-time"}
	case rawType:
		return obj{}
	case relTypeType:
		return ref("RelationshipType")
	}
	switch t.Kind() {
	case reflect.Pointer:
		return g.schema(t.Elem())
	case reflect.String:
		return obj{"type": "string"}
	case reflect.Bool:
		return obj{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return obj{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return obj{"type": "number"}
	case reflect.Slice, reflect.Array:
		return obj{"type": "array", "items": g.schema(t.Elem())}
	case reflect.Map:
		return obj{"type": "object", "additionalProperties": g.schema(t.Elem())}
	case reflect.Struct:
		if name, ok := schemaNames[t]; ok {
			g.define(name, t)
			return ref(name)
		}
		return g.object(t, "")
	}
	return obj{}
}

func (g *schemaGen) define(name string, t reflect.Type) {
	if _, done := g.schemas[name]; done {
		return
	}
	g.schemas[name] = obj{} // placeholder, for types that refer to themselves
	g.schemas[name] = g.object(t, name)
}

// object describes a struct. An embedded struct that is a component becomes an allOf.
func (g *schemaGen) object(t reflect.Type, name string) obj {
	var bases []any
	base := map[reflect.Type]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		et := f.Type
		if et.Kind() == reflect.Pointer {
			et = et.Elem()
		}
		if bn, ok := schemaNames[et]; ok && f.Anonymous && f.Tag.Get("json") == "" {
			g.define(bn, et)
			bases = append(bases, ref(bn))
			base[et] = true
		}
	}
	props := obj{}
	var req []string
	for _, f := range jsonFields(t) {
		if base[f.owner] {
			continue
		}
		owner := name
		if n, ok := schemaNames[f.owner]; ok {
			owner = n
		}
		s := g.schema(f.typ)
		if extra := property(owner, f.name); extra != nil {
			if _, isRef := extra["$ref"]; isRef || extra["anyOf"] != nil {
				s = obj{}
			}
			maps.Copy(s, extra)
		}
		props[f.name] = s
		if !f.omitEmpty {
			req = append(req, f.name)
		}
	}
	if r, ok := required[name]; ok {
		req = r
	}
	o := obj{"type": "object", "properties": props}
	if len(req) > 0 {
		o["required"] = req
	}
	if closed[name] {
		o["additionalProperties"] = false
	}
	if len(bases) > 0 {
		return obj{"allOf": append(bases, o)}
	}
	return o
}

// codeSchema describes a code set as an enumeration, with the labels.
func codeSchema(s *codes.Set, desc string) obj {
	var labels []string
	var lines []string
	for _, c := range s.Codes {
		labels = append(labels, c.Label)
		lines = append(lines, fmt.Sprintf("- `%s`: %s", c.Value, c.Label))
	}
	return obj{"type": "string", "title": s.Name, "enum": s.Values(), "x-enum-descriptions": labels,
		"description": desc + " Input is trimmed and upper-cased.\n\n" + strings.Join(lines, "\n")}
}

func relTypeSchema() obj {
	var vals, labels, lines []string
	for _, t := range person.RelTypes() {
		vals = append(vals, string(t))
		l := fmt.Sprintf("%s (and the other person is their %s)", t.Label(), strings.ToLower(t.InverseLabel()))
		labels = append(labels, l)
		lines = append(lines, fmt.Sprintf("- `%s`: %s", t, l))
	}
	return obj{"type": "string", "title": "RelationshipType", "enum": vals, "x-enum-descriptions": labels,
		"description": "A kind of relationship, read \"FROM is the TYPE of TO\".\n\n" + strings.Join(lines, "\n")}
}

func jsonBody(schema obj) obj {
	return obj{"content": obj{"application/json": obj{"schema": schema}}}
}

func response(desc string, schema obj) obj {
	r := jsonBody(schema)
	r["description"] = desc
	return r
}

func errResponse(name string) obj { return obj{"$ref": "#/components/responses/" + name} }

// operations describes each route of the route table, by its pattern.
func operations() map[string]obj {
	id := obj{"name": "id", "in": "path", "required": true, "description": "The person's ourchild ID.", "schema": obj{"type": "integer", "minimum": 1}}
	return map[string]obj{
		"GET /api/openapi.json": {
			"operationId": "getOpenAPI", "summary": "This document", "security": []any{},
			"responses": obj{"200": response("The OpenAPI 3.1 description of the API.", obj{"type": "object"})},
		},
		"GET /api/people": {
			"operationId": "searchPeople", "summary": "Search for people",
			"description": "One line, as people type it: a name (misspellings and other names the person is known by are found), a date of birth (27/03/2015 or 2015-03-27), a name and a date of birth, an NHS number, a unique pupil number or an ourchild ID. Records entered in error are never found; restricted records only by users with a grant. Every search is audited with its query and result count.",
			"parameters": []any{
				obj{"name": "q", "in": "query", "required": true, "schema": obj{"type": "string"}, "example": "Amara Okafor"},
				obj{"name": "limit", "in": "query", "schema": obj{"type": "integer", "minimum": 1, "maximum": maxLimit, "default": defaultLimit}},
			},
			"responses": obj{"200": response("Matches, best first.", ref("SearchResults")), "400": errResponse("Invalid")},
		},
		"POST /api/people": {
			"operationId": "createPerson", "summary": "Record a new person",
			"description": "Every child in a household needs their own record: search first, so as not to create a duplicate. The creation is audited.",
			"requestBody": obj{"required": true, "content": obj{"application/json": obj{"schema": ref("PersonCreate")}}},
			"responses": obj{
				"201": obj{"description": "Created.", "headers": obj{"Location": obj{"description": "The new record's address.", "schema": obj{"type": "string"}}},
					"content": obj{"application/json": obj{"schema": ref("Person")}}},
				"400": errResponse("Invalid"),
			},
		},
		"GET /api/people/{id}": {
			"operationId": "getRecord", "summary": "A person's whole record",
			"description": "The person, other names, addresses, relationships, household, current warnings, allocations and chronology. The view is audited; so is a refusal.",
			"parameters":  []any{id},
			"responses":   obj{"200": response("The record.", ref("Record"))},
		},
		"PUT /api/people/{id}": {
			"operationId": "updatePerson", "summary": "Change a person's details",
			"description": "Send the whole person as read, changed, with the version you read: fields left out are cleared. If the record changed since that version, nothing is saved and the 409 lists what changed. Correcting identity details (names, date of birth, sex, ethnicity, identifiers) needs a reason. The previous version stays in the history.",
			"parameters":  []any{id},
			"requestBody": obj{"required": true, "content": obj{"application/json": obj{"schema": ref("PersonUpdate")}}},
			"responses": obj{"200": response("Saved; the person as they are now.", ref("Person")), "400": errResponse("Invalid"),
				"409": errResponse("Conflict")},
		},
		"GET /api/people/{id}/history": {
			"operationId": "getHistory", "summary": "The history of changes to a record",
			"description": "Every saved version of the person and of the parts of their record, newest first, with who changed it, when and why. The view is audited.",
			"parameters":  []any{id},
			"responses":   obj{"200": response("The history.", ref("History"))},
		},
		"GET /api/casework-kinds": {
			"operationId": "listCaseworkKinds", "summary": "The kinds of casework record and their questions",
			"description": "Every kind of record of a child's journey (contact, early help, referral, assessment, strategy discussion, section 47 enquiry, conference, plans, pre-proceedings, transition, visit, case note, management oversight), with its fields, the options of each choice and which answers only a manager may give.",
			"responses":   obj{"200": response("The kinds.", ref("CaseworkKinds"))},
		},
		"GET /api/people/{id}/casework": {
			"operationId": "listCasework", "summary": "A child's casework",
			"description": "Every casework record of the person, oldest first, including those marked entered in error (entered_in_error is true). The view is audited.",
			"parameters":  []any{id},
			"responses":   obj{"200": response("The records.", ref("CaseworkList"))},
		},
		"POST /api/people/{id}/casework": {
			"operationId": "addCasework", "summary": "Record casework",
			"description": "Checked as the pages check it: required answers, real dates, codes from the lists, dates in order, the rules across records (a section 47 enquiry follows a strategy discussion; an initial conference follows an enquiry; a CIN plan does not run alongside a CP plan; only a review conference ends a CP plan). What follows is recorded in the same transaction: a contact decided as a referral opens the referral; an initial conference that decides on a plan starts it; a review conference that ends the plan ends it. Nothing is saved when anything is wrong.",
			"parameters":  []any{id},
			"requestBody": obj{"required": true, "content": obj{"application/json": obj{"schema": ref("CaseworkInput")}}},
			"responses": obj{
				"201": obj{"description": "Recorded.", "headers": obj{"Location": obj{"description": "The new record's address.", "schema": obj{"type": "string"}}},
					"content": obj{"application/json": obj{"schema": ref("CaseworkItem")}}},
				"409": errResponse("Conflict"),
			},
		},
		"GET /api/people/{id}/casework/{cid}": {
			"operationId": "getCasework", "summary": "One casework record",
			"parameters": []any{id, obj{"name": "cid", "in": "path", "required": true, "description": "The casework record's ID.", "schema": obj{"type": "integer", "minimum": 1}}},
			"responses":  obj{"200": response("The record.", ref("CaseworkItem"))},
		},
		"PUT /api/people/{id}/casework/{cid}": {
			"operationId": "updateCasework", "summary": "Change a casework record",
			"description": "Send all the answers as read, changed, with the version you read. If the record changed since, nothing is saved and the 409 lists what changed. The previous version stays in the history.",
			"parameters":  []any{id, obj{"name": "cid", "in": "path", "required": true, "description": "The casework record's ID.", "schema": obj{"type": "integer", "minimum": 1}}},
			"requestBody": obj{"required": true, "content": obj{"application/json": obj{"schema": ref("CaseworkUpdate")}}},
			"responses":   obj{"200": response("Saved; the record as it is now.", ref("CaseworkItem")), "409": errResponse("Conflict")},
		},
		"GET /api/people/{id}/clocks": {
			"operationId": "getClocks", "summary": "A child's statutory and local clocks",
			"description": "Every clock the child's casework starts (docs/clocks.md), as at today, with the council's local standards: due, overdue, completed on time or completed late. The view is audited.",
			"parameters":  []any{id},
			"responses":   obj{"200": response("The clocks.", ref("Clocks"))},
		},
		"POST /api/people/{id}/relationships": {
			"operationId": "addRelationship", "summary": "Record how another person is related to this one",
			"description": "The related person is the TYPE of the person in the path. The relationship appears on both records.",
			"parameters":  []any{id},
			"requestBody": obj{"required": true, "content": obj{"application/json": obj{"schema": ref("RelationshipInput")}}},
			"responses": obj{"201": response("Added; the relationship as the path person's record shows it.", ref("Relationship")),
				"400": errResponse("Invalid"), "409": errResponse("Conflict")},
		},
	}
}

// document returns the OpenAPI 3.1 document.
func (a *API) document() obj {
	g := &schemaGen{schemas: obj{}}
	for _, t := range []reflect.Type{reflect.TypeFor[searchOut](), reflect.TypeFor[recordOut](), reflect.TypeFor[historyOut](),
		reflect.TypeFor[relationshipIn](), reflect.TypeFor[errorResponse](), reflect.TypeFor[kindsOut](), reflect.TypeFor[itemsOut](),
		reflect.TypeFor[itemIn](), reflect.TypeFor[itemUpdate](), reflect.TypeFor[clocksOut]()} {
		g.schema(t)
	}
	for _, t := range contextSchemaRoots { // contexts.go
		g.schema(t)
	}
	g.schemas["Date"] = obj{"type": "string", "pattern": `^(\d{4}-\d{2}-\d{2})?$`, "examples": []any{"2015-03-27"},
		"description": "A calendar date, YYYY-MM-DD (ISO 8601); empty when not recorded. Impossible dates such as 2023-02-30 are refused."}
	g.schemas["Sex"] = codeSchema(codes.Sex, "DfE sex code.")
	g.schemas["Ethnicity"] = codeSchema(codes.Ethnicity, "DfE ethnicity code.")
	g.schemas["Disability"] = codeSchema(codes.Disability, "DfE disability code.")
	g.schemas["Religion"] = codeSchema(codes.Religion, "Religion or belief (a local ourchild code set).")
	g.schemas["GenderIdentity"] = codeSchema(codes.GenderIdentity, "Gender identity (a local ourchild code set, recorded apart from sex).")
	g.schemas["RelationshipType"] = relTypeSchema()
	g.schemas["PersonCreate"] = obj{"allOf": []any{ref("Person")}, "unevaluatedProperties": false,
		"description": "A new person. Server-set fields (id, version, created_at, updated_at, error_reason) are ignored; restricted and entered_in_error may only be false."}
	g.schemas["PersonUpdate"] = obj{"allOf": []any{ref("Person"), obj{"type": "object", "required": []any{"version"},
		"properties": obj{"version": obj{"type": "integer", "minimum": 1}, "reason": obj{"type": "string", "maxLength": person.MaxLongText,
			"description": "Why the details changed; required when correcting identity details."}}}},
		"unevaluatedProperties": false,
		"description":           "The whole person as read, changed. restricted and entered_in_error cannot be changed here."}

	errRes := func(desc string) obj { return response(desc, ref("Error")) }
	responses := obj{
		"Invalid":              errRes("The request has a problem: the message says what, and fields which input. Nothing was saved."),
		"Unauthenticated":      errRes("Not signed in: there is no live session cookie."),
		"Forbidden":            errRes("The user's role lacks the route's permission (code forbidden), or the record is restricted and the user holds no grant (code restricted). The refusal is audited."),
		"NotFound":             errRes("No person with this ID, or one this user may not see. Audited."),
		"Conflict":             errRes("The record changed since the version sent (current_version and changes say how), or it was marked entered in error."),
		"TooLarge":             errRes(fmt.Sprintf("The body is larger than %d bytes.", maxBody)),
		"UnsupportedMediaType": errRes("The body is not sent as application/json."),
		"TooManyRequests":      errRes("Too many requests."),
		"Internal":             errRes("Something went wrong in ourchild. The error is logged; the message says no more."),
	}

	ops := operations()
	maps.Copy(ops, contextOperations()) // contexts.go
	paths := obj{}
	for _, rt := range a.routes() {
		method, path, _ := strings.Cut(rt.pattern, " ")
		op := obj{"summary": rt.pattern}
		if o, ok := ops[rt.pattern]; ok {
			op = maps.Clone(o)
		}
		res := maps.Clone(op["responses"].(obj))
		if rt.perm != public {
			res["401"] = errResponse("Unauthenticated")
			res["403"] = errResponse("Forbidden")
			res["429"] = errResponse("TooManyRequests")
			if rt.perm != "" {
				op["x-permission"] = string(rt.perm)
				op["description"] = strings.TrimSpace(fmt.Sprint(op["description"]) + "\n\nNeeds the permission `" + string(rt.perm) + "`.")
			}
		}
		if strings.Contains(path, "{id}") {
			res["404"] = errResponse("NotFound")
		}
		if op["requestBody"] != nil {
			res["400"] = errResponse("Invalid")
			res["413"] = errResponse("TooLarge")
			res["415"] = errResponse("UnsupportedMediaType")
		}
		res["500"] = errResponse("Internal")
		op["responses"] = res
		item, _ := paths[path].(obj)
		if item == nil {
			item = obj{}
			paths[path] = item
		}
		item[strings.ToLower(method)] = op
	}

	return obj{
		"openapi": "3.1.0",
		"info": obj{
			"title":   "ourchild API",
			"version": "1",
			"description": "The JSON API of ourchild, the case record system for children's social care. It reaches the same records " +
				"as the pages, with the same permissions, restrictions and access audit. Sign in at /sign-in and send the session cookie. " +
				"Requests that change something must come from the same origin as the service (or a trusted one), or from a client that " +
				"sends neither Origin nor Sec-Fetch-Site, and must send Content-Type: application/json. Errors are JSON objects with a code, " +
				"a message that is safe to show, and for invalid input the problem with each field. Responses are never cached.",
			"license": obj{"name": "See the project's LICENSE file"},
		},
		"servers":  []any{obj{"url": "/"}},
		"security": []any{obj{"session": []any{}}},
		"paths":    paths,
		"components": obj{
			"schemas":   g.schemas,
			"responses": responses,
			"securitySchemes": obj{"session": obj{"type": "apiKey", "in": "cookie", "name": auth.CookieName,
				"description": "The session cookie set by signing in. Sessions end after 30 minutes idle or 10 hours in all (by default)."}},
		},
	}
}
