// Package auth signs people in and out and finds who is making each request.
//
// The boundary is Sessions.Start: whatever proves who someone is — the local password form
// here, or an OpenID Connect callback from Microsoft Entra ID later — ends by resolving a
// store.User and calling Start. Handlers never see how the user signed in; they read the
// user with UserFrom(ctx), which Middleware sets from the session cookie.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/store"
)

// CookieName is the session cookie.
const CookieName = "ourchild_session"

// Config holds the session and sign-in settings.
type Config struct {
	IdleTimeout     time.Duration // a session unused this long ends (default 30 minutes)
	AbsoluteTimeout time.Duration // a session ends this long after sign-in, used or not (default 10 hours)
	// SecureCookies forces the Secure flag. Without it the flag is set whenever the request
	// came over HTTPS (directly, or through a proxy that says so in X-Forwarded-Proto).
	SecureCookies bool
	MaxFailures   int           // failed sign-ins before the account is locked (default 5)
	LockFor       time.Duration // how long a lock lasts (default 15 minutes)
}

func (c *Config) defaults() {
	if c.IdleTimeout == 0 {
		c.IdleTimeout = 30 * time.Minute
	}
	if c.AbsoluteTimeout == 0 {
		c.AbsoluteTimeout = 10 * time.Hour
	}
	if c.MaxFailures == 0 {
		c.MaxFailures = 5
	}
	if c.LockFor == 0 {
		c.LockFor = 15 * time.Minute
	}
}

// Sessions manages signed-in sessions.
type Sessions struct {
	store *store.Store
	cfg   Config
	ips   *ipLimiter
}

// New returns a session manager.
func New(s *store.Store, cfg Config) *Sessions {
	cfg.defaults()
	return &Sessions{store: s, cfg: cfg, ips: newIPLimiter(20, time.Minute)}
}

func hashToken(tok string) string {
	h := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(h[:])
}

// ClientAddr returns the client's IP address for the audit.
func ClientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func (m *Sessions) secure(r *http.Request) bool {
	return m.cfg.SecureCookies || r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// Start begins a session for u and sets the cookie. Every way of signing in ends here.
func (m *Sessions) Start(w http.ResponseWriter, r *http.Request, u *store.User) error {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return err
	}
	tok := base64.RawURLEncoding.EncodeToString(b)
	if err := m.store.CreateSession(r.Context(), hashToken(tok), u.ID, ClientAddr(r)); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name: CookieName, Value: tok, Path: "/", HttpOnly: true, Secure: m.secure(r),
		SameSite: http.SameSiteLaxMode, MaxAge: int(m.cfg.AbsoluteTimeout.Seconds()),
	})
	return nil
}

// End signs the request's session out and clears the cookie.
func (m *Sessions) End(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(CookieName); err == nil {
		m.store.EndSession(r.Context(), hashToken(c.Value))
	}
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: "", Path: "/", HttpOnly: true, Secure: m.secure(r), SameSite: http.SameSiteLaxMode, MaxAge: -1})
}

// ErrBadCredentials is the one message for a wrong username or password, so that the
// response does not reveal which accounts exist.
var ErrBadCredentials = apperr.New(apperr.Unauthenticated, "Enter a correct username and password")

// SignIn checks a local username and password. It throttles guessing: each client address
// may try 20 times a minute, and an account locks for LockFor after MaxFailures failures in a
// row. Every attempt is audited.
func (m *Sessions) SignIn(ctx context.Context, username, password, addr string) (*store.User, error) {
	now := m.store.Now()
	ev := audit.Event{ActorName: username, ClientAddr: addr, Action: audit.SignInFailed, Outcome: audit.Denied}
	if !m.ips.allow(addr, now) {
		ev.Detail = "Too many attempts from this address"
		m.store.Audit(ctx, ev)
		return nil, apperr.New(apperr.TooMany, "Too many sign-in attempts. Wait a minute and try again")
	}
	u, err := m.store.UserByUsername(ctx, username)
	if apperr.Is(err, apperr.NotFound) {
		access.CheckPassword(dummyHash(), password) // spend the same time as a real check
		ev.Detail = "Unknown username"
		m.store.Audit(ctx, ev)
		return nil, ErrBadCredentials
	}
	if err != nil {
		return nil, err
	}
	ev.ActorID, ev.ActorName = u.ID, u.Name
	switch {
	case u.Disabled:
		ev.Detail = "Account disabled"
		m.store.RecordSignin(ctx, ev, 0, false, time.Time{})
		return nil, ErrBadCredentials
	case now.Before(u.LockedUntil):
		ev.Detail = "Account locked after repeated failures"
		m.store.RecordSignin(ctx, ev, 0, false, time.Time{})
		return nil, apperr.New(apperr.TooMany, "This account is locked after too many failed sign-ins. Try again after %s, or ask an administrator to reset your password", u.LockedUntil.In(time.Local).Format("15:04"))
	case u.PasswordHash == "":
		ev.Detail = "Account has no local password"
		m.store.RecordSignin(ctx, ev, 0, false, time.Time{})
		return nil, ErrBadCredentials
	}
	ok, err := access.CheckPassword(u.PasswordHash, password)
	if err != nil {
		return nil, err
	}
	if !ok {
		var lock time.Time
		if u.FailedSignins+1 >= m.cfg.MaxFailures {
			lock = now.Add(m.cfg.LockFor)
		}
		ev.Detail = "Wrong password"
		if err := m.store.RecordSignin(ctx, ev, u.ID, false, lock); err != nil {
			return nil, err
		}
		return nil, ErrBadCredentials
	}
	ev.Action, ev.Outcome, ev.Detail = audit.SignIn, audit.OK, "Signed in with password"
	return u, m.store.RecordSignin(ctx, ev, u.ID, true, time.Time{})
}

// dummyHash makes sign-in for an unknown user cost as much as for a known one. It is made on
// first use, not at start-up, so that commands that never sign anyone in do not pay for it.
var dummyHash = sync.OnceValue(func() string {
	h, _ := access.HashPassword("not a real password at all")
	return h
})

type ctxKey int

const userKey ctxKey = 0

// UserFrom returns the signed-in user, or nil.
func UserFrom(ctx context.Context) *store.User {
	u, _ := ctx.Value(userKey).(*store.User)
	return u
}

// WithUser returns ctx carrying u (for tests and other authenticators).
func WithUser(ctx context.Context, u *store.User) context.Context {
	return context.WithValue(ctx, userKey, u)
}

// Middleware finds the user of a request from its session cookie, ending sessions that have
// been idle too long or have lived past the absolute limit. Requests without a live session
// pass through with no user; routes decide what that means.
func (m *Sessions) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(CookieName)
		if err != nil || c.Value == "" {
			next.ServeHTTP(w, r)
			return
		}
		h := hashToken(c.Value)
		sess, u, err := m.store.SessionUser(r.Context(), h)
		if err != nil {
			next.ServeHTTP(w, r)
			return
		}
		now := m.store.Now()
		if now.Sub(sess.LastSeenAt) > m.cfg.IdleTimeout || now.Sub(sess.CreatedAt) > m.cfg.AbsoluteTimeout {
			m.store.EndSession(r.Context(), h)
			next.ServeHTTP(w, r)
			return
		}
		if u.Disabled {
			next.ServeHTTP(w, r)
			return
		}
		// Touch at most once a minute: the idle clock needs no finer grain, and it spares
		// SQLite a write on every request.
		if now.Sub(sess.LastSeenAt) > time.Minute {
			m.store.TouchSession(r.Context(), h)
		}
		next.ServeHTTP(w, r.WithContext(WithUser(r.Context(), u)))
	})
}

// ipLimiter allows n attempts per window from each address.
type ipLimiter struct {
	mu     sync.Mutex
	n      int
	window time.Duration
	seen   map[string][]time.Time
}

func newIPLimiter(n int, window time.Duration) *ipLimiter {
	return &ipLimiter{n: n, window: window, seen: map[string][]time.Time{}}
}

func (l *ipLimiter) allow(addr string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	recent := l.seen[addr][:0]
	for _, t := range l.seen[addr] {
		if now.Sub(t) < l.window {
			recent = append(recent, t)
		}
	}
	if len(recent) >= l.n {
		l.seen[addr] = recent
		return false
	}
	l.seen[addr] = append(recent, now)
	if len(l.seen) > 10000 { // forget idle addresses so the map cannot grow without bound
		for a, ts := range l.seen {
			if len(ts) == 0 || now.Sub(ts[len(ts)-1]) > l.window {
				delete(l.seen, a)
			}
		}
	}
	return true
}
