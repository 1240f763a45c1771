// Package contextual holds contextual safeguarding: the places (a park, a takeaway, an
// address, a school gate, an online space) and peer groups where children meet harm outside
// the home, each recorded once, and the links that tie a child to one. A worker on one
// child's record sees the contexts and the other children linked to them; the complex
// safeguarding team opens a place or group and sees every child linked.
//
// The package holds the vocabulary and the checks; internal/store keeps the records and
// their history.
package contextual

import (
	"slices"
	"strings"
	"time"

	"ourchild/internal/apperr"
	"ourchild/internal/date"
)

// An Option is one value of a closed list, with its label as people read it.
type Option struct{ Value, Label string }

// A List is a closed list of options in display order.
type List []Option

// Label returns the label of v, or v itself when it is not in the list.
func (l List) Label(v string) string {
	for _, o := range l {
		if o.Value == v {
			return o.Label
		}
	}
	return v
}

// Valid reports whether v is in the list.
func (l List) Valid(v string) bool {
	return slices.ContainsFunc(l, func(o Option) bool { return o.Value == v })
}

// Kinds are the kinds of context.
var Kinds = List{
	{"place", "Place"},
	{"peer_group", "Peer group"},
}

// Risks are the kinds of harm outside the home a context is linked to.
var Risks = List{
	{"cse", "Child sexual exploitation"},
	{"cce", "Child criminal exploitation"},
	{"county_lines", "County lines"},
	{"syv", "Serious youth violence"},
	{"online", "Online harm"},
	{"trafficking", "Trafficking or modern slavery"},
	{"radicalisation", "Radicalisation"},
	{"other", "Other harm outside the home"},
}

// Roles say how a child is linked to a context.
var Roles = List{
	{"frequents", "Frequents the place"},
	{"member", "Member of the group"},
	{"associate", "Associates with the group"},
	{"victim_concern", "Concern the child is being harmed"},
	{"harm_concern", "Concern the child may be harming others"},
}

// The statuses of a context.
const (
	Active = "active"
	Closed = "closed"
)

// Limits on free text.
const (
	MaxName = 200
	MaxText = 4000
)

// A Context is a place or a peer group.
type Context struct {
	ID          int64     `json:"id"`
	Version     int       `json:"version"`
	Kind        string    `json:"kind"`
	Name        string    `json:"name"`
	Description string    `json:"description"`
	Area        string    `json:"area"` // for places: where it is (an address, a street, a ward, a platform)
	Risks       []string  `json:"risks"`
	Status      string    `json:"status"`
	ClosedOn    date.Date `json:"closed_on"`
	CloseReason string    `json:"close_reason"`
	CreatedAt   time.Time `json:"created_at"`
	CreatedBy   string    `json:"created_by"`
	UpdatedAt   time.Time `json:"updated_at"`
	UpdatedBy   string    `json:"updated_by"`
}

// KindLabel returns the kind as people read it.
func (c *Context) KindLabel() string { return Kinds.Label(c.Kind) }

// RiskLabels returns the risks as people read them.
func (c *Context) RiskLabels() []string {
	out := make([]string, len(c.Risks))
	for i, r := range c.Risks {
		out[i] = Risks.Label(r)
	}
	return out
}

// IsActive reports whether the context is still active.
func (c *Context) IsActive() bool { return c.Status != Closed }

// Normalise trims the text and puts the risks in list order, without repeats.
func (c *Context) Normalise() {
	c.Kind = strings.TrimSpace(c.Kind)
	c.Name = strings.TrimSpace(c.Name)
	c.Description = strings.TrimSpace(c.Description)
	c.Area = strings.TrimSpace(c.Area)
	var rs []string
	for _, o := range Risks {
		if slices.Contains(c.Risks, o.Value) {
			rs = append(rs, o.Value)
		}
	}
	for _, r := range c.Risks { // keep unknown values so that Validate can name them
		if !Risks.Valid(r) && !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	c.Risks = rs
	if c.Status == "" {
		c.Status = Active
	}
}

// Validate checks a context's details (not its closure: see CheckClose).
func (c *Context) Validate() apperr.FieldErrors {
	var fe apperr.FieldErrors
	if !Kinds.Valid(c.Kind) {
		fe.Add("kind", "Select whether it is a place or a peer group")
	}
	switch {
	case c.Name == "":
		fe.Add("name", "Enter the name of the place or group")
	case len(c.Name) > MaxName:
		fe.Add("name", "Name must be %d characters or fewer", MaxName)
	}
	if len(c.Description) > MaxText {
		fe.Add("description", "Description must be %d characters or fewer", MaxText)
	}
	if len(c.Area) > MaxName {
		fe.Add("area", "Location must be %d characters or fewer", MaxName)
	}
	if c.Kind == "place" && c.Area == "" {
		fe.Add("area", "Enter where the place is: an address, a street, an area or an online platform")
	}
	if len(c.Risks) == 0 {
		fe.Add("risks", "Select at least one risk")
	}
	for _, r := range c.Risks {
		if !Risks.Valid(r) {
			fe.Add("risks", "There is no risk called %q", r)
			break
		}
	}
	return fe
}

// CheckClose checks a closure: a date no later than today and a reason.
func CheckClose(on date.Date, reason string, today date.Date) apperr.FieldErrors {
	var fe apperr.FieldErrors
	switch {
	case on.IsZero():
		fe.Add("closed_on", "Enter the date the context was closed")
	case on.After(today):
		fe.Add("closed_on", "Date closed must be today or in the past")
	}
	if strings.TrimSpace(reason) == "" {
		fe.Add("close_reason", "Enter why the context is being closed")
	}
	return fe
}

// A Link ties a child to a context.
type Link struct {
	ID           int64     `json:"id"`
	Version      int       `json:"version"`
	ContextID    int64     `json:"context_id"`
	PersonID     int64     `json:"person_id"`
	Role         string    `json:"role"`
	Risk         string    `json:"risk"`          // what the concern is, in the worker's words
	IdentifiedOn date.Date `json:"identified_on"` // when the link was identified
	IdentifiedBy string    `json:"identified_by"` // who identified it: a worker, the police, a school …
	EndedOn      date.Date `json:"ended_on"`
	EndReason    string    `json:"end_reason"`
	CreatedAt    time.Time `json:"created_at"`
	CreatedBy    string    `json:"created_by"`
}

// RoleLabel returns the role as people read it.
func (l *Link) RoleLabel() string { return Roles.Label(l.Role) }

// Current reports whether the link has not ended.
func (l *Link) Current() bool { return l.EndedOn.IsZero() }

// Normalise trims the text.
func (l *Link) Normalise() {
	l.Role = strings.TrimSpace(l.Role)
	l.Risk = strings.TrimSpace(l.Risk)
	l.IdentifiedBy = strings.TrimSpace(l.IdentifiedBy)
}

// Validate checks a new link.
func (l *Link) Validate(today date.Date) apperr.FieldErrors {
	var fe apperr.FieldErrors
	if l.PersonID <= 0 {
		fe.Add("person_id", "Enter the ourchild ID of the child")
	}
	if !Roles.Valid(l.Role) {
		fe.Add("role", "Select how the child is linked")
	}
	if l.Risk == "" {
		fe.Add("risk", "Describe the risk to or from the child in this context")
	} else if len(l.Risk) > MaxText {
		fe.Add("risk", "Risk must be %d characters or fewer", MaxText)
	}
	switch {
	case l.IdentifiedOn.IsZero():
		fe.Add("identified_on", "Enter the date the link was identified")
	case l.IdentifiedOn.After(today):
		fe.Add("identified_on", "Date identified must be today or in the past")
	}
	if l.IdentifiedBy == "" {
		fe.Add("identified_by", "Enter who identified the link")
	} else if len(l.IdentifiedBy) > MaxName {
		fe.Add("identified_by", "Who identified it must be %d characters or fewer", MaxName)
	}
	return fe
}

// CheckEnd checks the ending of a link: a date from the day it was identified to today, and
// a reason.
func (l *Link) CheckEnd(on date.Date, reason string, today date.Date) apperr.FieldErrors {
	var fe apperr.FieldErrors
	switch {
	case on.IsZero():
		fe.Add("ended_on", "Enter the date the link ended")
	case on.After(today):
		fe.Add("ended_on", "Date ended must be today or in the past")
	case on.Before(l.IdentifiedOn):
		fe.Add("ended_on", "Date ended must be on or after the date it was identified, %s", l.IdentifiedOn.Display())
	}
	if strings.TrimSpace(reason) == "" {
		fe.Add("end_reason", "Enter why the link has ended")
	}
	return fe
}
