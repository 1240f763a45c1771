// Package access holds who may do what: the roles, the permission vocabulary, the table that
// joins them, and the rule for reaching a restricted record.
//
// Every route declares the permission it needs (see internal/ui/routes.go and
// internal/api/routes.go); a route without one does not compile into the table.
package access

import "slices"

// A Permission is one thing a user may do. The set is closed: add a constant here, give it to
// roles below, and use it on a route.
type Permission string

// The permission vocabulary.
const (
	PersonSearch        Permission = "person.search"         // search people
	PersonView          Permission = "person.view"           // open a person's record
	PersonCreate        Permission = "person.create"         // record a new person
	PersonEdit          Permission = "person.edit"           // change details, addresses, warnings, relationships
	PersonMarkError     Permission = "person.mark_error"     // mark a record entered in error
	PersonRestrict      Permission = "person.restrict"       // restrict a record and grant access to it
	PersonBreakGlass    Permission = "person.break_glass"    // open a restricted record without a grant, with a reason
	PersonViewErroneous Permission = "person.view_erroneous" // see records marked entered in error
	CaseAllocate        Permission = "case.allocate"         // allocate a child to a worker and team
	CaseloadTeam        Permission = "caseload.team"         // see a team's caseload
	AuditView           Permission = "audit.view"            // search the access audit
	AuditExport         Permission = "audit.export"          // export the access audit as CSV
	UserAdmin           Permission = "user.admin"            // add, disable and reset users
	CaseRecord          Permission = "case.record"           // record casework: contacts, assessments, plans, visits …
	CaseAuthorise       Permission = "case.authorise"        // authorise, agree decisions, set target dates, record oversight
	ReturnRun           Permission = "return.run"            // produce the statutory returns (an export of every child's data)
	StandardsEdit       Permission = "standards.edit"        // change the council's local timescales
)

// A Role is a job in the service. A user has one role.
type Role string

// The roles.
const (
	SocialWorker        Role = "social_worker"
	TeamManager         Role = "team_manager"
	ServiceManager      Role = "service_manager"
	IndependentReviewer Role = "independent_reviewer" // conference chair / independent reviewing officer
	PersonalAdviser     Role = "personal_adviser"
	QualityAuditor      Role = "qa_auditor"
	PerformanceAnalyst  Role = "performance_analyst"
	Administrator       Role = "administrator"
)

// Roles lists the roles in the order forms show them.
var Roles = []Role{SocialWorker, TeamManager, ServiceManager, IndependentReviewer, PersonalAdviser, QualityAuditor, PerformanceAnalyst, Administrator}

var roleNames = map[Role]string{
	SocialWorker:        "Social worker",
	TeamManager:         "Team manager",
	ServiceManager:      "Service manager",
	IndependentReviewer: "Conference chair / independent reviewing officer",
	PersonalAdviser:     "Personal adviser",
	QualityAuditor:      "Quality assurance auditor",
	PerformanceAnalyst:  "Performance analyst",
	Administrator:       "Administrator",
}

// Name returns the role's name as people read it.
func (r Role) Name() string { return roleNames[r] }

// Valid reports whether r is one of the roles.
func (r Role) Valid() bool { _, ok := roleNames[r]; return ok }

var practitioner = []Permission{PersonSearch, PersonView, PersonCreate, PersonEdit, CaseRecord}

// grants is the role → permission table. Administrators manage accounts, not children's
// records: they cannot read a child's record, which keeps the audit meaningful.
var grants = map[Role][]Permission{
	SocialWorker:        practitioner,
	PersonalAdviser:     practitioner,
	IndependentReviewer: practitioner,
	TeamManager:         append(slices.Clone(practitioner), PersonMarkError, PersonRestrict, PersonBreakGlass, CaseAllocate, CaseloadTeam, CaseAuthorise),
	ServiceManager:      append(slices.Clone(practitioner), PersonMarkError, PersonRestrict, PersonBreakGlass, PersonViewErroneous, CaseAllocate, CaseloadTeam, CaseAuthorise, ReturnRun, StandardsEdit),
	QualityAuditor:      {PersonSearch, PersonView, AuditView, AuditExport, PersonViewErroneous},
	PerformanceAnalyst:  {PersonSearch, CaseloadTeam, ReturnRun},
	Administrator:       {UserAdmin, AuditView, AuditExport},
}

// Can reports whether role r has permission p.
func Can(r Role, p Permission) bool { return slices.Contains(grants[r], p) }

// Permissions returns the permissions of role r.
func Permissions(r Role) []Permission { return slices.Clone(grants[r]) }
