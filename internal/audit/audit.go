// Package audit describes the access audit: who looked at or changed which child's record,
// when, from where, and with what outcome. Entries are appended by the store in the same
// transaction as the read or change they describe, and are never updated or deleted (the
// database refuses both).
package audit

import "time"

// An Actor is the person acting, as the audit records them.
type Actor struct {
	UserID int64
	Name   string
	Addr   string // client address
}

// System is the actor for work done by ourchild itself (demo data, migrations).
var System = Actor{Name: "ourchild (system)"}

// Action is what was done.
type Action string

// The actions.
const (
	View         Action = "view"           // opened a record
	Search       Action = "search"         // searched people (Detail holds the query)
	Create       Action = "create"         // created a record
	Update       Action = "update"         // changed a record
	MarkError    Action = "mark_error"     // marked a record entered in error
	Restrict     Action = "restrict"       // restricted or unrestricted a record, granted access
	BreakGlass   Action = "break_glass"    // opened a restricted record without a grant, with a reason
	Export       Action = "export"         // exported data (audit CSV, returns)
	SignIn       Action = "sign_in"        // signed in
	SignInFailed Action = "sign_in_failed" // a failed or throttled sign-in
	SignOut      Action = "sign_out"
	UserChange   Action = "user_change" // an account was added, disabled or reset
)

// Actions lists the actions for filters, in a sensible order.
var Actions = []Action{View, Search, Create, Update, MarkError, Restrict, BreakGlass, Export, SignIn, SignInFailed, SignOut, UserChange}

// Outcomes.
const (
	OK       = "ok"
	Denied   = "denied"    // permission refused (403) or restricted record
	NotFound = "not_found" // no such record, or hidden from this user (404)
	Refused  = "refused"   // invalid input or a conflicting edit: nothing changed
)

// An Event is one audit entry.
type Event struct {
	ID         int64     `json:"id"`
	At         time.Time `json:"at"`
	ActorID    int64     `json:"actor_id"`
	ActorName  string    `json:"actor_name"`
	Action     Action    `json:"action"`
	PersonID   int64     `json:"person_id,omitempty"`
	Detail     string    `json:"detail"`
	ClientAddr string    `json:"client_addr"`
	Outcome    string    `json:"outcome"`
	BreakGlass bool      `json:"break_glass"`
}

// New returns an event by actor about person (0 for none) with outcome OK.
func New(a Actor, act Action, personID int64, detail string) Event {
	return Event{ActorID: a.UserID, ActorName: a.Name, ClientAddr: a.Addr, Action: act, PersonID: personID, Detail: detail, Outcome: OK}
}

// Filter selects audit events. Zero fields match everything.
type Filter struct {
	ActorID        int64
	Actor          string // matches the actor's name, case-insensitively, as a substring
	PersonID       int64
	Action         Action
	From, To       time.Time // To is exclusive
	BreakGlassOnly bool
	Limit          int
	BeforeID       int64 // for paging: events with a smaller ID
}
