package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/codes"
)

// A Team is a group of workers who share a caseload.
type Team struct {
	ID      int64
	Name    string
	Service string
}

// A User is a person who signs in to ourchild.
type User struct {
	ID            int64
	Username      string
	Name          string
	Email         string
	Role          access.Role
	TeamID        int64
	TeamName      string
	PasswordHash  string
	Disabled      bool
	FailedSignins int
	LockedUntil   time.Time
	SWID          string // social work registration (codes.ValidSWID), '' for users who are not social workers
	UpdatedAt     string // when the account last changed: the version UpdateUser checks
}

// Can reports whether the user's role has permission p.
func (u *User) Can(p access.Permission) bool { return u != nil && !u.Disabled && access.Can(u.Role, p) }

// Actor returns the user as the audit records them, acting from addr.
func (u *User) Actor(addr string) audit.Actor {
	return audit.Actor{UserID: u.ID, Name: u.Name, Addr: addr}
}

// CreateTeam adds a team.
func (s *Store) CreateTeam(ctx context.Context, t *Team) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO team (name, service, created_at) VALUES ($1, $2, $3) RETURNING id`,
			t.Name, t.Service, ts(s.Now())).Scan(&t.ID)
		if _, dup := uniqueViolation(err); dup {
			return apperr.Field("name", "A team called %s already exists", t.Name)
		}
		return err
	})
}

// Teams lists the teams by name.
func (s *Store) Teams(ctx context.Context) ([]Team, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, service FROM team ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: read teams: %w", err)
	}
	defer rows.Close()
	var ts []Team
	for rows.Next() {
		var t Team
		if err := rows.Scan(&t.ID, &t.Name, &t.Service); err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, rows.Err()
}

const userCols = `u.id, u.username, u.display_name, u.email, u.role, COALESCE(u.team_id, 0), COALESCE(t.name, ''),
	u.password_hash, u.disabled, u.failed_signins, u.locked_until, u.sw_id, u.updated_at`

// scanUser reads the userCols of a row, then any extra columns into extra.
func scanUser(row scanner, extra ...any) (*User, error) {
	var u User
	var role, locked string
	if err := row.Scan(append([]any{&u.ID, &u.Username, &u.Name, &u.Email, &role, &u.TeamID, &u.TeamName, &u.PasswordHash, &u.Disabled, &u.FailedSignins, &locked, &u.SWID, &u.UpdatedAt}, extra...)...); err != nil {
		return nil, err
	}
	u.Role, u.LockedUntil = access.Role(role), parseTS(locked)
	return &u, nil
}

func (s *Store) userWhere(ctx context.Context, cond string, arg any) (*User, error) {
	u, err := scanUser(s.db.QueryRowContext(ctx, `SELECT `+userCols+` FROM app_user u LEFT JOIN team t ON t.id = u.team_id WHERE `+cond, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, apperr.New(apperr.NotFound, "No such user")
	}
	if err != nil {
		return nil, fmt.Errorf("store: read user: %w", err)
	}
	return u, nil
}

// UserByID returns a user.
func (s *Store) UserByID(ctx context.Context, id int64) (*User, error) {
	return s.userWhere(ctx, "u.id = $1", id)
}

// UserByUsername returns a user by their sign-in name (case-insensitive).
func (s *Store) UserByUsername(ctx context.Context, username string) (*User, error) {
	return s.userWhere(ctx, "u.username = $1", strings.ToLower(strings.TrimSpace(username)))
}

// Users lists users by name.
func (s *Store) Users(ctx context.Context) ([]*User, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+userCols+` FROM app_user u LEFT JOIN team t ON t.id = u.team_id ORDER BY u.display_name`)
	if err != nil {
		return nil, fmt.Errorf("store: read users: %w", err)
	}
	defer rows.Close()
	var us []*User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, err
		}
		us = append(us, u)
	}
	return us, rows.Err()
}

// ValidateUser checks a new or changed account.
func ValidateUser(u *User) apperr.FieldErrors {
	var fe apperr.FieldErrors
	u.Username = strings.ToLower(strings.TrimSpace(u.Username))
	u.Name, u.Email = strings.TrimSpace(u.Name), strings.TrimSpace(u.Email)
	switch {
	case u.Username == "":
		fe.Add("username", "Enter a username")
	case len(u.Username) > 64 || strings.ContainsAny(u.Username, " \t/\\"):
		fe.Add("username", "Username must be 64 characters or fewer, with no spaces or slashes")
	}
	if u.Name == "" {
		fe.Add("name", "Enter the person's full name")
	} else if len(u.Name) > 100 {
		fe.Add("name", "Name must be 100 characters or fewer")
	}
	if u.Email != "" && !strings.Contains(u.Email, "@") {
		fe.Add("email", "Enter an email address in the correct format, like name@example.gov.uk")
	}
	if !u.Role.Valid() {
		fe.Add("role", "Select a role")
	}
	if u.SWID = codes.NormaliseSWID(u.SWID); u.SWID != "" && !codes.ValidSWID(u.SWID) {
		fe.Add("sw_id", "Enter a social worker ID that starts SW and is followed by the Social Work England registration number, like SW123456, or one that starts XX, like XX0042")
	}
	return fe
}

// CreateUser adds an account with the given password (which may be empty for an account that
// will sign in through single sign-on).
func (s *Store) CreateUser(ctx context.Context, a audit.Actor, u *User, password string) error {
	fe := ValidateUser(u)
	if password != "" {
		if msg := access.CheckPasswordStrength(password); msg != "" {
			fe.Add("password", "%s", msg)
		}
	}
	if err := fe.Err(); err != nil {
		return err
	}
	if password != "" {
		h, err := access.HashPassword(password)
		if err != nil {
			return err
		}
		u.PasswordHash = h
	}
	now := ts(s.Now())
	return s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO app_user (username, display_name, email, role, team_id, password_hash, sw_id, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
			u.Username, u.Name, u.Email, string(u.Role), nullID(u.TeamID), u.PasswordHash, u.SWID, now).Scan(&u.ID)
		if _, dup := uniqueViolation(err); dup {
			return apperr.Field("username", "The username %s is already taken", u.Username)
		}
		if err != nil {
			return fmt.Errorf("store: create user: %w", err)
		}
		u.UpdatedAt = now
		return s.appendEvent(ctx, tx, audit.New(a, audit.UserChange, 0, fmt.Sprintf("Added user %s (%s)", u.Username, u.Role.Name())))
	})
}

// UpdateUser changes an account's name, email, role, team and social worker ID (the username
// stays). seen is the UpdatedAt the change was made from: if the account changed since, the
// change is refused as a conflict rather than undoing the other change. The audit log names
// what changed, from what to what.
func (s *Store) UpdateUser(ctx context.Context, a audit.Actor, u *User, seen string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		old, err := scanUser(tx.QueryRowContext(ctx, `SELECT `+userCols+` FROM app_user u LEFT JOIN team t ON t.id = u.team_id WHERE u.id = $1`, u.ID))
		if errors.Is(err, sql.ErrNoRows) {
			return apperr.New(apperr.NotFound, "No such user")
		}
		if err != nil {
			return fmt.Errorf("store: read user: %w", err)
		}
		u.Username = old.Username
		if err := ValidateUser(u).Err(); err != nil {
			return err
		}
		if old.UpdatedAt != seen {
			return apperr.New(apperr.Conflict, "%s's account was changed by someone else after you opened it: check it and make your change again", old.Name)
		}
		var changed []string
		for _, c := range []struct{ what, from, to string }{
			{"name", old.Name, u.Name}, {"email", old.Email, u.Email}, {"role", old.Role.Name(), u.Role.Name()},
			{"team", strconv.FormatInt(old.TeamID, 10), strconv.FormatInt(u.TeamID, 10)}, {"social worker ID", old.SWID, u.SWID},
		} {
			if c.from != c.to {
				changed = append(changed, fmt.Sprintf("%s %q to %q", c.what, c.from, c.to))
			}
		}
		if len(changed) == 0 {
			return nil
		}
		now := ts(s.Now())
		if _, err := tx.ExecContext(ctx, `UPDATE app_user SET display_name = $1, email = $2, role = $3, team_id = $4, sw_id = $5, updated_at = $6 WHERE id = $7`,
			u.Name, u.Email, string(u.Role), nullID(u.TeamID), u.SWID, now, u.ID); err != nil {
			return fmt.Errorf("store: update user: %w", err)
		}
		u.UpdatedAt = now
		return s.appendEvent(ctx, tx, audit.New(a, audit.UserChange, 0, fmt.Sprintf("Changed user %s: %s", old.Username, strings.Join(changed, ", "))))
	})
}

// SetUserDisabled disables or re-enables an account. Disabling ends its sessions.
func (s *Store) SetUserDisabled(ctx context.Context, a audit.Actor, id int64, disabled bool) error {
	now := ts(s.Now())
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE app_user SET disabled = $1, updated_at = $2 WHERE id = $3`, disabled, now, id)
		if err != nil {
			return fmt.Errorf("store: disable user: %w", err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return apperr.New(apperr.NotFound, "No such user")
		}
		if disabled {
			if _, err := tx.ExecContext(ctx, `UPDATE session SET ended_at = $1 WHERE user_id = $2 AND ended_at = ''`, now, id); err != nil {
				return err
			}
		}
		what := "Enabled"
		if disabled {
			what = "Disabled"
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.UserChange, 0, fmt.Sprintf("%s user %d", what, id)))
	})
}

// SetPassword replaces a user's password, clears any lock-out and ends their sessions.
func (s *Store) SetPassword(ctx context.Context, a audit.Actor, id int64, password string) error {
	if msg := access.CheckPasswordStrength(password); msg != "" {
		return apperr.Field("password", "%s", msg)
	}
	h, err := access.HashPassword(password)
	if err != nil {
		return err
	}
	now := ts(s.Now())
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE app_user SET password_hash = $1, failed_signins = 0, locked_until = '', updated_at = $2 WHERE id = $3`, h, now, id)
		if err != nil {
			return fmt.Errorf("store: set password: %w", err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return apperr.New(apperr.NotFound, "No such user")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE session SET ended_at = $1 WHERE user_id = $2 AND ended_at = ''`, now, id); err != nil {
			return err
		}
		return s.appendEvent(ctx, tx, audit.New(a, audit.UserChange, 0, fmt.Sprintf("Reset password of user %d", id)))
	})
}

// RecordSignin stores the outcome of a sign-in attempt: success clears the failure count,
// failure adds one and locks the account until lockUntil when it is set.
func (s *Store) RecordSignin(ctx context.Context, e audit.Event, userID int64, ok bool, lockUntil time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		switch {
		case userID == 0:
		case ok:
			_, err = tx.ExecContext(ctx, `UPDATE app_user SET failed_signins = 0, locked_until = '' WHERE id = $1`, userID)
		case !lockUntil.IsZero():
			_, err = tx.ExecContext(ctx, `UPDATE app_user SET failed_signins = failed_signins + 1, locked_until = $1 WHERE id = $2`, ts(lockUntil), userID)
		default:
			_, err = tx.ExecContext(ctx, `UPDATE app_user SET failed_signins = failed_signins + 1 WHERE id = $1`, userID)
		}
		if err != nil {
			return fmt.Errorf("store: record sign-in: %w", err)
		}
		return s.appendEvent(ctx, tx, e)
	})
}

// A Session is a signed-in browser.
type Session struct {
	UserID     int64
	CreatedAt  time.Time
	LastSeenAt time.Time
}

// CreateSession stores a new session under the hash of its token.
func (s *Store) CreateSession(ctx context.Context, tokenHash string, userID int64, addr string) error {
	now := ts(s.Now())
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO session (token_hash, user_id, created_at, last_seen_at, client_addr) VALUES ($1, $2, $3, $3, $4)`,
			tokenHash, userID, now, addr)
		return err
	})
}

// SessionUser returns a live session and its user in one query: the middleware asks for both
// on every request.
func (s *Store) SessionUser(ctx context.Context, tokenHash string) (*Session, *User, error) {
	var sess Session
	var created, seen string
	u, err := scanUser(s.db.QueryRowContext(ctx, `SELECT `+userCols+`, s.user_id, s.created_at, s.last_seen_at
		FROM session s JOIN app_user u ON u.id = s.user_id LEFT JOIN team t ON t.id = u.team_id
		WHERE s.token_hash = $1 AND s.ended_at = ''`, tokenHash), &sess.UserID, &created, &seen)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, apperr.New(apperr.Unauthenticated, "Your session has ended: sign in again")
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store: read session: %w", err)
	}
	sess.CreatedAt, sess.LastSeenAt = parseTS(created), parseTS(seen)
	return &sess, u, nil
}

// TouchSession records activity on a session, for the idle timeout.
func (s *Store) TouchSession(ctx context.Context, tokenHash string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE session SET last_seen_at = $1 WHERE token_hash = $2`, ts(s.Now()), tokenHash)
		return err
	})
}

// EndSession ends a session (sign-out or timeout).
func (s *Store) EndSession(ctx context.Context, tokenHash string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE session SET ended_at = $1 WHERE token_hash = $2 AND ended_at = ''`, ts(s.Now()), tokenHash)
		return err
	})
}

// A CaseloadItem is one child in a worker's or team's caseload.
type CaseloadItem struct {
	PersonID    int64
	Name        string
	DateOfBirth string
	WorkerName  string
	Role        string
	StartDate   string
	Warnings    int
}

// Caseload returns the children currently allocated to a worker (workerID) or to a team
// (teamID), ordered by name.
func (s *Store) Caseload(ctx context.Context, workerID, teamID int64) ([]CaseloadItem, error) {
	cond, arg := "a.worker_id = $1", workerID
	if teamID != 0 {
		cond, arg = "a.team_id = $1", teamID
	}
	rows, err := s.db.QueryContext(ctx, `SELECT p.id, p.given_names || ' ' || p.family_name, p.date_of_birth, u.display_name, a.role, a.start_date,
		(SELECT COUNT(*) FROM warning w WHERE w.person_id = p.id AND w.end_date = '' AND w.entered_in_error = FALSE)
		FROM allocation a JOIN person p ON p.id = a.person_id JOIN app_user u ON u.id = a.worker_id
		WHERE `+cond+` AND a.end_date = '' AND p.entered_in_error = FALSE ORDER BY p.family_name, p.given_names`, arg)
	if err != nil {
		return nil, fmt.Errorf("store: read caseload: %w", err)
	}
	defer rows.Close()
	var items []CaseloadItem
	for rows.Next() {
		var it CaseloadItem
		if err := rows.Scan(&it.PersonID, &it.Name, &it.DateOfBirth, &it.WorkerName, &it.Role, &it.StartDate, &it.Warnings); err != nil {
			return nil, err
		}
		items = append(items, it)
	}
	return items, rows.Err()
}
