package auth_test

import (
	"context"
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/auth"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

const password = "correct horse battery staple"

// clock is a settable time for the store.
type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

func setup(t *testing.T) (*store.Store, *store.User, *clock) {
	t.Helper()
	s := storetest.Open(t, store.SQLite)
	c := &clock{now: time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)}
	s.Now = c.Now
	u := &store.User{Username: "sw", Name: "Sam Worker", Role: access.SocialWorker}
	if err := s.CreateUser(context.Background(), audit.System, u, password); err != nil {
		t.Fatal(err)
	}
	return s, u, c
}

// whoAmI runs a request with cookie through the middleware and returns the user it found.
func whoAmI(m *auth.Sessions, cookie *http.Cookie) *store.User {
	var got *store.User
	h := m.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { got = auth.UserFrom(r.Context()) }))
	req := httptest.NewRequest("GET", "/", nil)
	req.AddCookie(cookie)
	h.ServeHTTP(httptest.NewRecorder(), req)
	return got
}

func start(t *testing.T, m *auth.Sessions, u *store.User, useTLS bool) *http.Cookie {
	t.Helper()
	req := httptest.NewRequest("POST", "/sign-in", nil)
	if useTLS {
		req.TLS = &tls.ConnectionState{}
	}
	w := httptest.NewRecorder()
	if err := m.Start(w, req, u); err != nil {
		t.Fatal(err)
	}
	return w.Result().Cookies()[0]
}

func TestSessionCookie(t *testing.T) {
	s, u, _ := setup(t)
	m := auth.New(s, auth.Config{})
	c := start(t, m, u, true)
	if !c.HttpOnly || !c.Secure || c.SameSite != http.SameSiteLaxMode || len(c.Value) < 40 {
		t.Errorf("cookie over HTTPS = %+v; want HttpOnly, Secure, SameSite=Lax and a long random value", c)
	}
	if plain := start(t, m, u, false); plain.Secure {
		t.Error("cookie over plain HTTP marked Secure without --secure-cookies")
	}
	if forced := start(t, auth.New(s, auth.Config{SecureCookies: true}), u, false); !forced.Secure {
		t.Error("--secure-cookies did not mark the cookie Secure")
	}
	if got := whoAmI(m, c); got == nil || got.ID != u.ID {
		t.Errorf("middleware found %v, want the user", got)
	}
	if got := whoAmI(m, &http.Cookie{Name: auth.CookieName, Value: "forged"}); got != nil {
		t.Error("a forged cookie was accepted")
	}
}

func TestSessionTimeouts(t *testing.T) {
	s, u, clk := setup(t)
	m := auth.New(s, auth.Config{IdleTimeout: 30 * time.Minute, AbsoluteTimeout: 2 * time.Hour})

	idle := start(t, m, u, false)
	clk.now = clk.now.Add(31 * time.Minute)
	if whoAmI(m, idle) != nil {
		t.Error("a session idle for 31 minutes is still live")
	}
	active := start(t, m, u, false)
	for i := 0; i < 5; i++ { // keep it busy every 20 minutes for 100 minutes
		clk.now = clk.now.Add(20 * time.Minute)
		if whoAmI(m, active) == nil {
			t.Fatalf("an active session ended after %d minutes", (i+1)*20)
		}
	}
	clk.now = clk.now.Add(21 * time.Minute) // 121 minutes after sign-in
	if whoAmI(m, active) != nil {
		t.Error("a session is live past the absolute timeout")
	}
}

func TestSignInRules(t *testing.T) {
	ctx := context.Background()
	s, u, clk := setup(t)
	m := auth.New(s, auth.Config{MaxFailures: 3, LockFor: 15 * time.Minute})
	if _, err := m.SignIn(ctx, "nobody", password, "192.0.2.1"); err != auth.ErrBadCredentials {
		t.Errorf("unknown user: %v", err)
	}
	if got, err := m.SignIn(ctx, "SW", password, "192.0.2.1"); err != nil || got.ID != u.ID {
		t.Errorf("sign in with a differently cased username: %v", err)
	}
	for i := 0; i < 3; i++ {
		m.SignIn(ctx, "sw", "wrong password!", "192.0.2.1")
	}
	if _, err := m.SignIn(ctx, "sw", password, "192.0.2.1"); !apperr.Is(err, apperr.TooMany) {
		t.Errorf("after 3 failures: %v, want the account locked", err)
	}
	clk.now = clk.now.Add(16 * time.Minute)
	if _, err := m.SignIn(ctx, "sw", password, "192.0.2.1"); err != nil {
		t.Errorf("after the lock expired: %v", err)
	}
	s.SetUserDisabled(ctx, audit.System, u.ID, true)
	if _, err := m.SignIn(ctx, "sw", password, "192.0.2.1"); err != auth.ErrBadCredentials {
		t.Errorf("disabled account: %v", err)
	}
	// Guessing from one address is throttled whatever the account.
	var err error
	for i := 0; i < 25 && !apperr.Is(err, apperr.TooMany); i++ {
		_, err = m.SignIn(ctx, "nobody", "x", "198.51.100.7")
	}
	if !apperr.Is(err, apperr.TooMany) {
		t.Error("25 attempts in a minute from one address were not throttled")
	}
}
