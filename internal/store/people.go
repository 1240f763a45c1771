package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/date"
	"ourchild/internal/namematch"
	"ourchild/internal/person"
)

const personCols = `id, version, given_names, family_name, preferred_name, date_of_birth,
	expected_date_of_birth, date_of_death, sex, gender_identity, ethnicity, religion,
	first_language, interpreter_needed, communication_needs, disabilities, upn, nhs_number,
	restricted, restriction_reason, entered_in_error, error_reason, created_at, updated_at`

type scanner interface{ Scan(...any) error }

// scanPerson reads the personCols of a row, then any extra columns into extra.
func scanPerson(row scanner, extra ...any) (*person.Person, error) {
	var p person.Person
	var disab, created, updated string
	var upn, nhs sql.NullString
	err := row.Scan(append([]any{&p.ID, &p.Version, &p.GivenNames, &p.FamilyName, &p.PreferredName, &p.DateOfBirth,
		&p.ExpectedDateOfBirth, &p.DateOfDeath, &p.Sex, &p.GenderIdentity, &p.Ethnicity, &p.Religion,
		&p.FirstLanguage, &p.Interpreter, &p.Communication, &disab, &upn, &nhs,
		&p.Restricted, &p.RestrictionReason, &p.EnteredInError, &p.ErrorReason, &created, &updated}, extra...)...)
	if err != nil {
		return nil, err
	}
	p.Disabilities = strings.Fields(disab)
	p.UPN, p.NHSNumber = upn.String, nhs.String
	p.CreatedAt, p.UpdatedAt = parseTS(created), parseTS(updated)
	return &p, nil
}

// searchKeys are the indexed keys that narrow a name search (see internal/namematch).
type searchKeys struct {
	family, familySdx, familyLetters string // phonetic key, Soundex code and sorted letters of the family name
	given, givenSdx                  string // phonetic key and Soundex code of the first given name
}

func nameKeys(given, family string) searchKeys {
	first, _, _ := strings.Cut(strings.TrimSpace(given), " ")
	return searchKeys{namematch.Key(family), namematch.Soundex(family), namematch.Letters(family), namematch.Key(first), namematch.Soundex(first)}
}

// Person returns the person with id, including records marked entered in error (callers
// decide who may see those). It writes no audit entry: use ViewRecord for a person's view.
func (s *Store) Person(ctx context.Context, id int64) (*person.Person, error) {
	return s.personQ(ctx, s.db, id)
}

func (s *Store) personQ(ctx context.Context, q querier, id int64) (*person.Person, error) {
	p, err := scanPerson(q.QueryRowContext(ctx, `SELECT `+personCols+` FROM person WHERE id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("person", id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: read person %d: %w", id, err)
	}
	return p, nil
}

type querier interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}

// CreatePerson validates p, stores it as version 1 with its first revision, and audits the
// creation, all in one transaction. It sets p.ID and p.Version.
func (s *Store) CreatePerson(ctx context.Context, a audit.Actor, p *person.Person) error {
	now := s.Now()
	p.Normalise()
	if err := p.Validate(date.Of(now)).Err(); err != nil {
		return err
	}
	p.Version, p.CreatedAt, p.UpdatedAt = 1, now, now
	return s.tx(ctx, func(tx *sql.Tx) error {
		k := nameKeys(p.GivenNames, p.FamilyName)
		err := tx.QueryRowContext(ctx, `INSERT INTO person (version, given_names, family_name, preferred_name,
			date_of_birth, expected_date_of_birth, date_of_death, sex, gender_identity, ethnicity, religion,
			first_language, interpreter_needed, communication_needs, disabilities, upn, nhs_number,
			restricted, restriction_reason, family_key, family_sdx, family_letters, given_key, given_sdx,
			created_at, created_by, updated_at, updated_by)
			VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
			        $19, $20, $21, $22, $23, $24, $25, $24, $25)
			RETURNING id`,
			p.GivenNames, p.FamilyName, p.PreferredName, p.DateOfBirth, p.ExpectedDateOfBirth, p.DateOfDeath,
			p.Sex, p.GenderIdentity, p.Ethnicity, p.Religion, p.FirstLanguage, p.Interpreter, p.Communication,
			strings.Join(p.Disabilities, " "), nullIfEmpty(p.UPN), nullIfEmpty(p.NHSNumber), p.Restricted,
			p.RestrictionReason, k.family, k.familySdx, k.familyLetters, k.given, k.givenSdx, ts(now), nullID(a.UserID)).Scan(&p.ID)
		if err != nil {
			return identifierConflict(err)
		}
		if err := s.addRevision(ctx, tx, a, p.ID, "person", p.ID, 1, "create", p, ""); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Create, p.ID, "Created person record"))
	})
}

// identifierConflict turns a duplicate NHS number or UPN into a field error.
func identifierConflict(err error) error {
	col, ok := uniqueViolation(err)
	switch {
	case ok && col == "nhs_number":
		return apperr.Field("nhs_number", "This NHS number is already recorded for another person: search for them instead of creating a duplicate")
	case ok && col == "upn":
		return apperr.Field("upn", "This unique pupil number is already recorded for another person")
	}
	return fmt.Errorf("store: write person: %w", err)
}

// ConflictError is returned when a record changed after the user opened it. It carries what
// changed, so the user can see it before deciding what to do.
type ConflictError struct {
	Current *person.Person
	Changes []person.Change // from the version the user opened to the current one
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("person %d changed since it was opened (now version %d)", e.Current.ID, e.Current.Version)
}

// Unwrap lets apperr.KindOf classify the conflict.
func (e *ConflictError) Unwrap() error {
	return apperr.New(apperr.Conflict, "This record changed since you opened it")
}

// UpdatePerson saves p over the version the user opened (p.Version). If someone else saved in
// between, nothing is written and a *ConflictError says what they changed. A correction to
// identity data needs a reason. The old version stays in the revision history.
func (s *Store) UpdatePerson(ctx context.Context, a audit.Actor, p *person.Person, reason string) error {
	now := s.Now()
	p.Normalise()
	reason = strings.TrimSpace(reason)
	fe := p.Validate(date.Of(now))
	return s.tx(ctx, func(tx *sql.Tx) error {
		cur, err := s.personQ(ctx, tx, p.ID)
		if err != nil {
			return err
		}
		if cur.EnteredInError {
			return apperr.New(apperr.Conflict, "This record was marked as entered in error and cannot be changed")
		}
		if cur.Version != p.Version {
			opened, err := s.personVersion(ctx, tx, p.ID, p.Version)
			if err != nil {
				return err
			}
			return &ConflictError{Current: cur, Changes: person.Diff(opened, cur)}
		}
		if err := s.ensureBaseline(ctx, tx, cur); err != nil {
			return err
		}
		changes := person.Diff(cur, p)
		if person.IdentityChanged(changes) && reason == "" {
			fe.Add("reason", "Enter the reason for correcting identity details")
		}
		if len(reason) > person.MaxLongText {
			fe.Add("reason", "Reason must be %d characters or fewer", person.MaxLongText)
		}
		if err := fe.Err(); err != nil {
			return err
		}
		if len(changes) == 0 {
			return nil // nothing to save; not an error
		}
		p.Restricted, p.RestrictionReason = cur.Restricted, cur.RestrictionReason // changed only by RestrictPerson
		p.Version, p.CreatedAt, p.UpdatedAt = cur.Version+1, cur.CreatedAt, now
		k := nameKeys(p.GivenNames, p.FamilyName)
		res, err := tx.ExecContext(ctx, `UPDATE person SET version = version + 1, given_names = $1, family_name = $2,
			preferred_name = $3, date_of_birth = $4, expected_date_of_birth = $5, date_of_death = $6, sex = $7,
			gender_identity = $8, ethnicity = $9, religion = $10, first_language = $11, interpreter_needed = $12,
			communication_needs = $13, disabilities = $14, upn = $15, nhs_number = $16, family_key = $17,
			family_sdx = $18, family_letters = $19, given_key = $20, given_sdx = $21, updated_at = $22, updated_by = $23
			WHERE id = $24 AND version = $25`,
			p.GivenNames, p.FamilyName, p.PreferredName, p.DateOfBirth, p.ExpectedDateOfBirth, p.DateOfDeath, p.Sex,
			p.GenderIdentity, p.Ethnicity, p.Religion, p.FirstLanguage, p.Interpreter, p.Communication,
			strings.Join(p.Disabilities, " "), nullIfEmpty(p.UPN), nullIfEmpty(p.NHSNumber),
			k.family, k.familySdx, k.familyLetters, k.given, k.givenSdx, ts(now), nullID(a.UserID), p.ID, cur.Version)
		if err != nil {
			return identifierConflict(err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return apperr.New(apperr.Conflict, "This record changed since you opened it")
		}
		if err := s.addRevision(ctx, tx, a, p.ID, "person", p.ID, p.Version, "update", p, reason); err != nil {
			return err
		}
		labels := make([]string, len(changes))
		for i, c := range changes {
			labels[i] = c.Label
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, p.ID, "Changed "+strings.Join(labels, ", ")))
	})
}

// ensureBaseline saves the current version of a person before its first change, for records
// loaded in bulk (demo data, migrations from another system) without a revision of their own.
func (s *Store) ensureBaseline(ctx context.Context, tx *sql.Tx, cur *person.Person) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM revision WHERE entity = 'person' AND entity_id = $1 AND version = $2`,
		cur.ID, cur.Version).Scan(&n); err != nil || n > 0 {
		return err
	}
	snap, err := json.Marshal(cur)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO revision (person_id, entity, entity_id, version, action, snapshot, reason, changed_at)
		VALUES ($1, 'person', $1, $2, 'create', $3, 'Saved before the first change', $4)`, cur.ID, cur.Version, string(snap), ts(cur.UpdatedAt))
	return err
}

// personVersion returns the person as they were at version v, from the revision history.
func (s *Store) personVersion(ctx context.Context, q querier, id int64, v int) (*person.Person, error) {
	var snap string
	err := q.QueryRowContext(ctx, `SELECT snapshot FROM revision WHERE entity = 'person' AND entity_id = $1 AND version = $2`, id, v).Scan(&snap)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, apperr.New(apperr.Invalid, "Version %d of this record does not exist", v)
	}
	if err != nil {
		return nil, fmt.Errorf("store: read person %d version %d: %w", id, v, err)
	}
	var p person.Person
	if err := json.Unmarshal([]byte(snap), &p); err != nil {
		return nil, fmt.Errorf("store: decode person %d version %d: %w", id, v, err)
	}
	return &p, nil
}

// MarkPersonInError marks a record entered in error: it is hidden from searches and lists but
// kept, with the reason, for the legal record.
func (s *Store) MarkPersonInError(ctx context.Context, a audit.Actor, id int64, version int, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return apperr.Field("reason", "Enter why this record was entered in error")
	}
	now := s.Now()
	return s.tx(ctx, func(tx *sql.Tx) error {
		if cur, err := s.personQ(ctx, tx, id); err != nil {
			return err
		} else if err := s.ensureBaseline(ctx, tx, cur); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE person SET version = version + 1, entered_in_error = TRUE,
			error_reason = $1, updated_at = $2, updated_by = $3
			WHERE id = $4 AND version = $5 AND entered_in_error = FALSE`,
			reason, ts(now), nullID(a.UserID), id, version)
		if err != nil {
			return fmt.Errorf("store: mark person %d in error: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return apperr.New(apperr.Conflict, "This record changed since you opened it, or is already marked as entered in error")
		}
		p, err := s.personQ(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := s.addRevision(ctx, tx, a, id, "person", id, p.Version, "entered_in_error", p, reason); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.MarkError, id, "Marked entered in error: "+reason))
	})
}

// RestrictPerson restricts or unrestricts a record. A restricted record is hidden from search
// and opens only for users with a grant (or who break glass).
func (s *Store) RestrictPerson(ctx context.Context, a audit.Actor, id int64, restricted bool, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return apperr.Field("reason", "Enter the reason for the change to restriction")
	}
	now := s.Now()
	return s.tx(ctx, func(tx *sql.Tx) error {
		if cur, err := s.personQ(ctx, tx, id); err != nil {
			return err
		} else if err := s.ensureBaseline(ctx, tx, cur); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE person SET version = version + 1, restricted = $1, restriction_reason = $2,
			updated_at = $3, updated_by = $4 WHERE id = $5`, restricted, reason, ts(now), nullID(a.UserID), id)
		if err != nil {
			return fmt.Errorf("store: restrict person %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return notFound("person", id)
		}
		p, err := s.personQ(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := s.addRevision(ctx, tx, a, id, "person", id, p.Version, "restrict", p, reason); err != nil {
			return err
		}
		what := "Restricted record"
		if !restricted {
			what = "Removed restriction"
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Restrict, id, what+": "+reason))
	})
}

// addRevision appends a copy of a record after a change.
func (s *Store) addRevision(ctx context.Context, tx *sql.Tx, a audit.Actor, personID int64, entity string, entityID int64, version int, action string, v any, reason string) error {
	snap, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode %s %d: %w", entity, entityID, err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO revision (person_id, entity, entity_id, version, action, snapshot, reason, changed_by, changed_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		personID, entity, entityID, version, action, string(snap), reason, nullID(a.UserID), ts(s.Now()))
	if err != nil {
		return fmt.Errorf("store: add revision of %s %d: %w", entity, entityID, err)
	}
	return nil
}

// A Revision is one saved version of part of a person's record.
type Revision struct {
	ID        int64
	Entity    string
	EntityID  int64
	Version   int
	Action    string
	Snapshot  string
	Reason    string
	ChangedBy string
	ChangedAt string
	Changes   []person.Change // for person revisions: what changed from the previous version
	Summary   string          // for other revisions: what the record said, in a line
}

// summarise describes a revision of something other than the person's own details.
func summarise(entity, snapshot string) string {
	var err error
	var out string
	switch entity {
	case "address":
		var a person.Address
		err, out = json.Unmarshal([]byte(snapshot), &a), a.OneLine()
	case "warning":
		var w person.Warning
		err, out = json.Unmarshal([]byte(snapshot), &w), person.WarningLabel(w.Type)+": "+w.Detail
	case "relationship":
		var r person.Relationship
		err, out = json.Unmarshal([]byte(snapshot), &r), fmt.Sprintf("Person %d is the %s of person %d", r.FromID, strings.ToLower(r.Type.Label()), r.ToID)
	case "alias":
		var al Alias
		err, out = json.Unmarshal([]byte(snapshot), &al), strings.TrimSpace(al.GivenNames+" "+al.FamilyName)
	case "allocation":
		var al person.Allocation
		err, out = json.Unmarshal([]byte(snapshot), &al), fmt.Sprintf("%s: %s, from %s", al.Role, al.WorkerName, al.StartDate.Display())
	case "context_link": // contexts.go
		out = linkSummary(snapshot)
	}
	if err != nil {
		return ""
	}
	return out
}

// Revisions returns the history of changes to a person's record, newest first.
func (s *Store) Revisions(ctx context.Context, personID int64) ([]Revision, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT r.id, r.entity, r.entity_id, r.version, r.action, r.snapshot, r.reason,
		COALESCE(u.display_name, 'ourchild (system)'), r.changed_at
		FROM revision r LEFT JOIN app_user u ON u.id = r.changed_by
		WHERE r.person_id = $1 ORDER BY r.id`, personID)
	if err != nil {
		return nil, fmt.Errorf("store: read revisions of person %d: %w", personID, err)
	}
	defer rows.Close()
	var revs []Revision
	var prev *person.Person
	for rows.Next() {
		var r Revision
		if err := rows.Scan(&r.ID, &r.Entity, &r.EntityID, &r.Version, &r.Action, &r.Snapshot, &r.Reason, &r.ChangedBy, &r.ChangedAt); err != nil {
			return nil, err
		}
		if r.Entity != "person" {
			r.Summary = summarise(r.Entity, r.Snapshot)
		}
		if r.Entity == "person" && r.EntityID == personID {
			var p person.Person
			if json.Unmarshal([]byte(r.Snapshot), &p) == nil {
				if prev != nil {
					r.Changes = person.Diff(prev, &p)
				}
				prev = &p
			}
		}
		revs = append(revs, r)
	}
	for i, j := 0, len(revs)-1; i < j; i, j = i+1, j-1 {
		revs[i], revs[j] = revs[j], revs[i]
	}
	return revs, rows.Err()
}
