package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/codes"
	"ourchild/internal/date"
	"ourchild/internal/person"
)

// requireLive checks, inside tx, that a person exists and is not marked entered in error.
func (s *Store) requireLive(ctx context.Context, tx querier, field string, id int64) (*person.Person, error) {
	p, err := s.personQ(ctx, tx, id)
	if apperr.Is(err, apperr.NotFound) {
		return nil, apperr.Field(field, "There is no person with ID %d", id)
	}
	if err != nil {
		return nil, err
	}
	if p.EnteredInError {
		return nil, apperr.Field(field, "Person %d was entered in error and cannot be linked", id)
	}
	return p, nil
}

// AddRelationship links two people. The relationship appears on both records.
func (s *Store) AddRelationship(ctx context.Context, a audit.Actor, r *person.Relationship) error {
	now := s.Now()
	if err := r.Validate(date.Of(now)).Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		from, err := s.requireLive(ctx, tx, "from_person_id", r.FromID)
		if err != nil {
			return err
		}
		to, err := s.requireLive(ctx, tx, "to_person_id", r.ToID)
		if err != nil {
			return err
		}
		var dup int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM relationship WHERE entered_in_error = FALSE AND end_date = ''
			AND ((from_person_id = $1 AND to_person_id = $2) OR (from_person_id = $2 AND to_person_id = $1)) AND type = $3`,
			r.FromID, r.ToID, string(r.Type)).Scan(&dup); err != nil {
			return err
		}
		if dup > 0 {
			return apperr.Field("type", "%s is already recorded as %s's %s", from.Name(), to.Name(), strings.ToLower(r.Type.Label()))
		}
		r.Version, r.CreatedAt = 1, now
		err = tx.QueryRowContext(ctx, `INSERT INTO relationship (from_person_id, to_person_id, type, parental_responsibility,
			start_date, end_date, notes, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			r.FromID, r.ToID, string(r.Type), r.ParentalResponsibility, r.StartDate, r.EndDate, r.Notes, ts(now), nullID(a.UserID)).Scan(&r.ID)
		if err != nil {
			return fmt.Errorf("store: add relationship: %w", err)
		}
		for _, pid := range []int64{r.FromID, r.ToID} {
			if err := s.addRevision(ctx, tx, a, pid, "relationship", r.ID, 1, "create", r, ""); err != nil {
				return err
			}
		}
		detail := fmt.Sprintf("Added relationship: %s is %s of %s", from.Name(), strings.ToLower(r.Type.Label()), to.Name())
		if err := s.appendEvent(ctx, tx, audit.New(a, audit.Update, r.FromID, detail)); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, r.ToID, detail))
	})
}

// Relationship returns one relationship.
func (s *Store) Relationship(ctx context.Context, id int64) (*person.Relationship, error) {
	r, err := scanRel(s.db.QueryRowContext(ctx, `SELECT `+relCols+` FROM relationship r WHERE r.id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("relationship", id)
	}
	return &r, err
}

// EndRelationship records the date a relationship ended (or marks it entered in error when
// inError is set), keeping the previous version.
func (s *Store) EndRelationship(ctx context.Context, a audit.Actor, id int64, version int, end date.Date, inError bool, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return apperr.Field("reason", "Enter the reason")
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE relationship SET version = version + 1, end_date = $1, entered_in_error = $2
			WHERE id = $3 AND version = $4`, end, inError, id, version)
		if err != nil {
			return fmt.Errorf("store: end relationship %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return apperr.New(apperr.Conflict, "This relationship changed since you opened it")
		}
		r, err := scanRel(tx.QueryRowContext(ctx, `SELECT `+relCols+` FROM relationship r WHERE r.id = $1`, id))
		if err != nil {
			return err
		}
		action := "end"
		if inError {
			action = "entered_in_error"
		}
		for _, pid := range []int64{r.FromID, r.ToID} {
			if err := s.addRevision(ctx, tx, a, pid, "relationship", id, r.Version, action, r, reason); err != nil {
				return err
			}
			if err := s.appendEvent(ctx, tx, audit.New(a, audit.Update, pid, "Relationship "+action+": "+reason)); err != nil {
				return err
			}
		}
		return nil
	})
}

// AddAddress records a new address. Any current address without an end date is ended the
// day before the new one starts, so the history has no overlaps.
func (s *Store) AddAddress(ctx context.Context, a audit.Actor, ad *person.Address) error {
	if err := ad.Validate(date.Of(s.Now())).Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := s.requireLive(ctx, tx, "person_id", ad.PersonID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE address SET end_date = $1 WHERE person_id = $2 AND end_date = ''
			AND start_date < $3 AND entered_in_error = FALSE`, ad.StartDate.AddDays(-1), ad.PersonID, ad.StartDate); err != nil {
			return fmt.Errorf("store: end previous address: %w", err)
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO address (person_id, line1, line2, town, postcode, start_date, end_date, created_at, created_by)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
			ad.PersonID, ad.Line1, ad.Line2, ad.Town, ad.Postcode, ad.StartDate, ad.EndDate, ts(s.Now()), nullID(a.UserID)).Scan(&ad.ID)
		if err != nil {
			return fmt.Errorf("store: add address: %w", err)
		}
		if err := s.addRevision(ctx, tx, a, ad.PersonID, "address", ad.ID, 1, "create", ad, ""); err != nil {
			return err
		}
		if err := s.addEvent(ctx, tx, a, ad.PersonID, ad.StartDate, "Change of address", "Moved to "+ad.OneLine()); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, ad.PersonID, "Added address"))
	})
}

// AddWarning adds a warning to a record.
func (s *Store) AddWarning(ctx context.Context, a audit.Actor, w *person.Warning) error {
	if err := w.Validate(date.Of(s.Now())).Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := s.requireLive(ctx, tx, "person_id", w.PersonID); err != nil {
			return err
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO warning (person_id, type, detail, start_date, end_date, created_at, created_by)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			w.PersonID, w.Type, w.Detail, w.StartDate, w.EndDate, ts(s.Now()), nullID(a.UserID)).Scan(&w.ID)
		if err != nil {
			return fmt.Errorf("store: add warning: %w", err)
		}
		if err := s.addRevision(ctx, tx, a, w.PersonID, "warning", w.ID, 1, "create", w, ""); err != nil {
			return err
		}
		if err := s.addEvent(ctx, tx, a, w.PersonID, w.StartDate, "Warning added", person.WarningLabel(w.Type)); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, w.PersonID, "Added warning: "+person.WarningLabel(w.Type)))
	})
}

// EndWarning records the date a warning stopped applying, with the reason. The warning is kept
// in the record's history.
func (s *Store) EndWarning(ctx context.Context, a audit.Actor, personID, id int64, end date.Date, reason string) error {
	var fe apperr.FieldErrors
	reason = strings.TrimSpace(reason)
	if end.IsZero() {
		fe.Add("end_date", "Enter the date the warning stopped applying")
	} else if end.After(date.Of(s.Now())) {
		fe.Add("end_date", "Date must be today or in the past")
	}
	if reason == "" {
		fe.Add("reason", "Enter why the warning no longer applies")
	}
	if err := fe.Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		var w person.Warning
		err := tx.QueryRowContext(ctx, `SELECT id, person_id, type, detail, start_date, end_date FROM warning
			WHERE id = $1 AND person_id = $2 AND entered_in_error = FALSE`, id, personID).
			Scan(&w.ID, &w.PersonID, &w.Type, &w.Detail, &w.StartDate, &w.EndDate)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("warning", id)
		}
		if err != nil {
			return err
		}
		if !w.EndDate.IsZero() {
			return apperr.New(apperr.Conflict, "This warning has already ended")
		}
		if end.Before(w.StartDate) {
			return apperr.Field("end_date", "Date must be on or after the warning started (%s)", w.StartDate.Display())
		}
		if _, err := tx.ExecContext(ctx, `UPDATE warning SET end_date = $1 WHERE id = $2`, end, id); err != nil {
			return fmt.Errorf("store: end warning %d: %w", id, err)
		}
		w.EndDate = end
		// A warning has two states, current and ended, so its ended copy is version 2.
		if err := s.addRevision(ctx, tx, a, personID, "warning", id, 2, "end", w, reason); err != nil {
			return err
		}
		if err := s.addEvent(ctx, tx, a, personID, end, "Warning ended", person.WarningLabel(w.Type)+": "+reason); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, personID, "Ended warning: "+person.WarningLabel(w.Type)))
	})
}

// EndAllocation ends a worker's allocation to a child (the case closed, or the worker left)
// without allocating anyone else. endReason is why, as the 903 reports it (a codes.SWEndReason
// code); note, which may be empty, says more, and is kept with the revision and the chronology.
func (s *Store) EndAllocation(ctx context.Context, a audit.Actor, personID, id int64, end date.Date, endReason, note string) error {
	var fe apperr.FieldErrors
	note = strings.TrimSpace(note)
	if end.IsZero() {
		fe.Add("end_date", "Enter the date the allocation ended")
	} else if end.After(date.Of(s.Now())) {
		fe.Add("end_date", "Date must be today or in the past")
	}
	label := codes.SWEndReason.Label(endReason)
	if label == "" {
		fe.Add("end_reason", "Select why the worker's involvement ended")
	}
	if len(note) > 1000 {
		fe.Add("reason", "Enter 1000 characters or fewer")
	}
	if err := fe.Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		var al person.Allocation
		err := tx.QueryRowContext(ctx, `SELECT a.id, a.person_id, a.worker_id, u.display_name, a.team_id, a.role, a.start_date, a.end_date, a.end_reason
			FROM allocation a JOIN app_user u ON u.id = a.worker_id WHERE a.id = $1 AND a.person_id = $2`, id, personID).
			Scan(&al.ID, &al.PersonID, &al.WorkerID, &al.WorkerName, &al.TeamID, &al.Role, &al.StartDate, &al.EndDate, &al.EndReason)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("allocation", id)
		}
		if err != nil {
			return err
		}
		if !al.EndDate.IsZero() {
			return apperr.New(apperr.Conflict, "This allocation has already ended")
		}
		if end.Before(al.StartDate) {
			return apperr.Field("end_date", "Date must be on or after the allocation started (%s)", al.StartDate.Display())
		}
		if _, err := tx.ExecContext(ctx, `UPDATE allocation SET end_date = $1, end_reason = $2 WHERE id = $3`, end, endReason, id); err != nil {
			return fmt.Errorf("store: end allocation %d: %w", id, err)
		}
		al.EndDate, al.EndReason = end, endReason
		why := label
		if note != "" {
			why += ". " + note
		}
		// An allocation has two states, current and ended, so its ended copy is version 2.
		if err := s.addRevision(ctx, tx, a, personID, "allocation", id, 2, "end", al, why); err != nil {
			return err
		}
		if err := s.addEvent(ctx, tx, a, personID, end, "Allocation ended", al.Role+": "+al.WorkerName+". "+why); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, personID, "Ended allocation of "+al.WorkerName))
	})
}

// MarkAddressInError marks an address recorded by mistake. It disappears from the record and
// the household, and stays in the history with the reason.
func (s *Store) MarkAddressInError(ctx context.Context, a audit.Actor, personID, id int64, reason string) error {
	if reason = strings.TrimSpace(reason); reason == "" {
		return apperr.Field("reason", "Enter why the address was recorded in error")
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		var ad person.Address
		err := tx.QueryRowContext(ctx, `SELECT id, person_id, line1, line2, town, postcode, start_date, end_date FROM address
			WHERE id = $1 AND person_id = $2 AND entered_in_error = FALSE`, id, personID).
			Scan(&ad.ID, &ad.PersonID, &ad.Line1, &ad.Line2, &ad.Town, &ad.Postcode, &ad.StartDate, &ad.EndDate)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("address", id)
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE address SET entered_in_error = TRUE WHERE id = $1`, id); err != nil {
			return fmt.Errorf("store: mark address %d in error: %w", id, err)
		}
		// An address has two states, recorded and entered in error, so the second is version 2.
		if err := s.addRevision(ctx, tx, a, personID, "address", id, 2, "entered_in_error", ad, reason); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, personID, "Marked address entered in error: "+reason))
	})
}

// AddAlias records another name a person is known by; searches find them by it.
func (s *Store) AddAlias(ctx context.Context, a audit.Actor, personID int64, al *Alias) error {
	al.GivenNames, al.FamilyName = strings.TrimSpace(al.GivenNames), strings.TrimSpace(al.FamilyName)
	var fe apperr.FieldErrors
	if al.GivenNames == "" && al.FamilyName == "" {
		fe.Add("alias_family_name", "Enter the other name")
	}
	if len(al.GivenNames) > person.MaxName || len(al.FamilyName) > person.MaxName {
		fe.Add("alias_family_name", "Names must be %d characters or fewer", person.MaxName)
	}
	switch al.Kind {
	case "alias", "previous", "birth":
	default:
		fe.Add("alias_kind", "Select the kind of name")
	}
	if err := fe.Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := s.requireLive(ctx, tx, "person_id", personID); err != nil {
			return err
		}
		k := nameKeys(al.GivenNames, al.FamilyName)
		err := tx.QueryRowContext(ctx, `INSERT INTO person_alias (person_id, given_names, family_name, kind, family_key, family_sdx,
			family_letters, given_key, given_sdx, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
			personID, al.GivenNames, al.FamilyName, al.Kind, k.family, k.familySdx, k.familyLetters, k.given, k.givenSdx, ts(s.Now()), nullID(a.UserID)).Scan(&al.ID)
		if err != nil {
			return fmt.Errorf("store: add alias: %w", err)
		}
		if err := s.addRevision(ctx, tx, a, personID, "alias", al.ID, 1, "create", al, ""); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, personID, "Added other name"))
	})
}

// Allocate makes worker the child's allocated worker in team from start. A worker already
// allocated in the same role stops being allocated on that date, and previousEnd says why their
// involvement ended (a codes.SWEndReason code, as the SSDA903 reports it): it is required then, and
// ignored when nobody is being replaced. The ended allocation is kept as a revision, as
// EndAllocation keeps it.
func (s *Store) Allocate(ctx context.Context, a audit.Actor, al *person.Allocation, previousEnd string) error {
	var fe apperr.FieldErrors
	if al.WorkerID == 0 {
		fe.Add("worker_id", "Select a worker")
	}
	if al.StartDate.IsZero() {
		fe.Add("start_date", "Enter the date the allocation starts")
	}
	if al.Role == "" {
		al.Role = "Allocated social worker"
	}
	if previousEnd != "" && !codes.SWEndReason.Valid(previousEnd) {
		fe.Add("previous_end_reason", "Select why the current worker's involvement is ending")
	}
	if err := fe.Err(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := s.requireLive(ctx, tx, "person_id", al.PersonID); err != nil {
			return err
		}
		var teamID sql.NullInt64
		var name string
		err := tx.QueryRowContext(ctx, `SELECT team_id, display_name FROM app_user WHERE id = $1 AND disabled = FALSE`, al.WorkerID).Scan(&teamID, &name)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && !teamID.Valid) {
			return apperr.Field("worker_id", "Select an active worker who belongs to a team")
		}
		if err != nil {
			return err
		}
		if al.TeamID == 0 {
			al.TeamID = teamID.Int64
		}
		al.WorkerName = name
		if err := s.endReplaced(ctx, tx, a, al, previousEnd); err != nil {
			return err
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO allocation (person_id, worker_id, team_id, role, start_date, created_at, created_by)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			al.PersonID, al.WorkerID, al.TeamID, al.Role, al.StartDate, ts(s.Now()), nullID(a.UserID)).Scan(&al.ID)
		if err != nil {
			return fmt.Errorf("store: allocate: %w", err)
		}
		if err := s.addRevision(ctx, tx, a, al.PersonID, "allocation", al.ID, 1, "create", al, ""); err != nil {
			return err
		}
		if err := s.addEvent(ctx, tx, a, al.PersonID, al.StartDate, "Allocation", al.Role+": "+name); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.Update, al.PersonID, "Allocated to "+name))
	})
}

// endReplaced ends the open allocations in al's role on the day al starts, with why.
func (s *Store) endReplaced(ctx context.Context, tx *sql.Tx, a audit.Actor, al *person.Allocation, why string) error {
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.person_id, a.worker_id, u.display_name, a.team_id, a.role, a.start_date
		FROM allocation a JOIN app_user u ON u.id = a.worker_id
		WHERE a.person_id = $1 AND a.role = $2 AND a.end_date = '' ORDER BY a.id`, al.PersonID, al.Role)
	if err != nil {
		return fmt.Errorf("store: find the allocation being replaced: %w", err)
	}
	var open []person.Allocation
	for rows.Next() {
		var p person.Allocation
		if err := rows.Scan(&p.ID, &p.PersonID, &p.WorkerID, &p.WorkerName, &p.TeamID, &p.Role, &p.StartDate); err != nil {
			rows.Close()
			return err
		}
		open = append(open, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, p := range open {
		if why == "" {
			return apperr.Field("previous_end_reason", "Select why %s's involvement as %s is ending", p.WorkerName, strings.ToLower(p.Role))
		}
		if al.StartDate.Before(p.StartDate) {
			return apperr.Field("start_date", "Date must be on or after %s was allocated (%s)", p.WorkerName, p.StartDate.Display())
		}
		if _, err := tx.ExecContext(ctx, `UPDATE allocation SET end_date = $1, end_reason = $2 WHERE id = $3`, al.StartDate, why, p.ID); err != nil {
			return fmt.Errorf("store: end previous allocation: %w", err)
		}
		p.EndDate, p.EndReason = al.StartDate, why
		label := codes.SWEndReason.Label(why)
		if err := s.addRevision(ctx, tx, a, p.PersonID, "allocation", p.ID, 2, "end", p, label); err != nil {
			return err
		}
		if err := s.addEvent(ctx, tx, a, p.PersonID, p.EndDate, "Allocation ended", p.Role+": "+p.WorkerName+". "+label); err != nil {
			return err
		}
	}
	return nil
}
