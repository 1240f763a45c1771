// Package server assembles ourchild's HTTP handler: the pages and the JSON API over one
// store, behind one middleware chain (panic recovery, request log, security headers, CSRF
// protection and the session).
package server

import (
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"ourchild/internal/api"
	"ourchild/internal/auth"
	"ourchild/internal/store"
	"ourchild/internal/ui"
)

// Config holds the server's settings.
type Config struct {
	Council        string   // the council's name in the page header
	LA             string   // the council's three-digit DfE LA number, for the statutory returns
	TrustedOrigins []string // origins allowed to post across origin (e.g. behind a reverse proxy that rewrites Host)
	TrustedProxies []string // addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed
	Auth           auth.Config
}

// New returns the handler for the whole service.
func New(cfg Config, s *store.Store) (http.Handler, error) {
	sessions := auth.New(s, cfg.Auth)
	pages, err := ui.New(ui.Config{Council: cfg.Council, LA: cfg.LA}, s, sessions)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	api.New(s).Routes(mux)
	pages.Routes(mux)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := s.DB().PingContext(r.Context()); err != nil {
			http.Error(w, "store unreachable", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok\n"))
	})

	// CSRF: every state-changing request from another origin is refused, using the browser's
	// Sec-Fetch-Site and Origin headers; with SameSite=Lax cookies this needs no tokens.
	csrf := http.NewCrossOriginProtection()
	for _, o := range cfg.TrustedOrigins {
		if err := csrf.AddTrustedOrigin(o); err != nil {
			return nil, err
		}
	}
	csrf.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusForbidden)
			w.Write([]byte(`{"error":{"code":"forbidden","message":"Cross-origin request refused"}}` + "\n"))
			return
		}
		http.Error(w, "This request came from another site and was refused.", http.StatusForbidden)
	}))
	var h http.Handler = mux
	h = sessions.Middleware(h)
	h = csrf.Handler(h)
	h = secureHeaders(h)
	if len(cfg.TrustedProxies) > 0 {
		proxies, err := parsePrefixes(cfg.TrustedProxies)
		if err != nil {
			return nil, err
		}
		h = realClient(proxies, h)
	}
	h = logRequests(h)
	h = recoverPanics(h)
	return h, nil
}

// secureHeaders sets the headers every response carries. The content security policy allows
// only this site's own scripts and styles: there is no inline script to allow.
func secureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		if r.TLS != nil {
			h.Set("Strict-Transport-Security", "max-age=31536000")
		}
		next.ServeHTTP(w, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(s int) { w.status = s; w.ResponseWriter.WriteHeader(s) }

func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		slog.Debug("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", time.Since(start))
	})
}

func recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil && v != http.ErrAbortHandler {
				slog.Error("panic", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				http.Error(w, "Sorry, there is a problem with the service.", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
