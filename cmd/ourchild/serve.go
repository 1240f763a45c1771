package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"ourchild/internal/auth"
	"ourchild/internal/casework"
	"ourchild/internal/cinreport"
	"ourchild/internal/codes"
	"ourchild/internal/demo"
	"ourchild/internal/server"
	"ourchild/internal/store"
)

func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	db := dbFlag(fs)
	addr := fs.String("addr", env("OURCHILD_ADDR", "127.0.0.1:8080"), "listen address (env OURCHILD_ADDR)")
	withDemo := fs.Bool("demo", envBool("OURCHILD_DEMO", false), "fill an empty store with a synthetic council and print the demo sign-ins (env OURCHILD_DEMO)")
	council := fs.String("council", env("OURCHILD_COUNCIL", ""), "council name shown in the header (env OURCHILD_COUNCIL)")
	la := fs.String("la", env("OURCHILD_LA", cinreport.DemoLA), "the council's three-digit DfE LA number, for the statutory returns (env OURCHILD_LA)")
	thresholds := fs.String("thresholds", env("OURCHILD_THRESHOLDS", ""), "the council's levels of need from its threshold document, least to most, as code=label; code=label (env OURCHILD_THRESHOLDS; default: the continuum of need)")
	cwd := fs.String("cwd-criteria", env("OURCHILD_CWD_CRITERIA", ""), "the council's criteria for its children with disabilities team, as code=label; code=label (env OURCHILD_CWD_CRITERIA; default: common criteria, docs/configuration.md)")
	secure := fs.Bool("secure-cookies", envBool("OURCHILD_SECURE_COOKIES", false), "always mark cookies Secure (they are whenever a request arrives over HTTPS) (env OURCHILD_SECURE_COOKIES)")
	origins := fs.String("trusted-origins", env("OURCHILD_TRUSTED_ORIGINS", ""), "comma-separated origins allowed to post, e.g. https://ourchild.council.gov.uk behind a proxy (env OURCHILD_TRUSTED_ORIGINS)")
	proxies := fs.String("trusted-proxies", env("OURCHILD_TRUSTED_PROXIES", ""), "comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For gives the client address for the audit (env OURCHILD_TRUSTED_PROXIES)")
	idle := fs.Duration("idle-timeout", envDuration("OURCHILD_IDLE_TIMEOUT", 30*time.Minute), "sign out after this long without activity (env OURCHILD_IDLE_TIMEOUT)")
	absolute := fs.Duration("absolute-timeout", envDuration("OURCHILD_ABSOLUTE_TIMEOUT", 10*time.Hour), "sign out this long after signing in (env OURCHILD_ABSOLUTE_TIMEOUT)")
	fs.Parse(args)

	if !codes.ValidUPNLACode(*la) {
		return fmt.Errorf("--la %q is not a DfE LA number: three digits, like 937 (docs/configuration.md)", *la)
	}
	if *thresholds != "" {
		levels, err := casework.ParseThresholds(*thresholds)
		if err != nil {
			return fmt.Errorf("--thresholds: %w (docs/configuration.md)", err)
		}
		casework.UseThresholds(levels)
	}
	if *cwd != "" {
		criteria, err := casework.ParseCWDCriteria(*cwd)
		if err != nil {
			return fmt.Errorf("--cwd-criteria: %w (docs/configuration.md)", err)
		}
		casework.UseCWDCriteria(criteria)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	s, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()

	var summary *demo.Summary
	if *withDemo {
		n, err := s.PeopleCount(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			fmt.Println("Generating a synthetic council (this takes a few seconds)…")
			sum, err := demo.Load(ctx, s, demo.Options{Seed: 1, Password: demoPassword})
			if err != nil {
				return fmt.Errorf("demo data: %w", err)
			}
			summary = &sum
		}
		if *council == "" {
			*council = demoCouncil
		}
	}
	h, err := server.New(server.Config{Council: *council, LA: *la, TrustedOrigins: list(*origins), TrustedProxies: list(*proxies),
		Auth: auth.Config{IdleTimeout: *idle, AbsoluteTimeout: *absolute, SecureCookies: *secure}}, s)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute}

	fmt.Printf("ourchild is running on the %s store at http://%s/\n", s.Dialect(), ln.Addr())
	if *withDemo {
		if err := printDemoAccounts(ctx, s, summary); err != nil {
			return err
		}
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	slog.Info("shutting down")
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// list splits a comma-separated setting.
func list(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// demoPassword is the password of every demo account: the data is synthetic and the server
// listens on loopback by default.
const (
	demoPassword = "ourchild-demo-2026"
	demoCouncil  = "Demoshire Council"
)

// printDemoAccounts lists the demo sign-ins: the accounts named *.demo in the store.
func printDemoAccounts(ctx context.Context, s *store.Store, sum *demo.Summary) error {
	if sum != nil {
		fmt.Printf("Demo data: %d people (%d children) in %d households, %d staff.\n", sum.People, sum.Children, sum.Households, sum.Users)
	}
	users, err := s.Users(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("Sign in with a demo account; each has the password %s\n", demoPassword)
	for _, u := range users {
		if strings.HasSuffix(u.Username, ".demo") {
			fmt.Printf("  %-11s %s, %s\n", u.Username, u.Name, u.Role.Name())
		}
	}
	return nil
}
