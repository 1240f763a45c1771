package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"ourchild/internal/access"
	"ourchild/internal/apperr"
	"ourchild/internal/audit"
	"ourchild/internal/store"
)

// cli is the audit actor for account changes made at the command line.
var cli = audit.Actor{Name: "ourchild command line", Addr: "local"}

func userCmd(args []string) error {
	if len(args) == 0 {
		return errors.New("usage: ourchild user add|list|disable|enable|reset-password [flags]")
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("user "+sub, flag.ExitOnError)
	db := dbFlag(fs)
	username := fs.String("username", "", "sign-in name")
	name := fs.String("name", "", "full name (add)")
	role := fs.String("role", "", "role (add): "+roleList())
	team := fs.String("team", "", "team name (add; created if new)")
	email := fs.String("email", "", "email address (add)")
	fs.Parse(args)
	ctx := context.Background()
	s, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()

	switch sub {
	case "list":
		return listUsers(ctx, s)
	case "add":
		u := &store.User{Username: *username, Name: *name, Role: access.Role(*role), Email: *email}
		if *team != "" {
			if u.TeamID, err = teamID(ctx, s, *team); err != nil {
				return err
			}
		}
		pw, err := readPassword()
		if err != nil {
			return err
		}
		if err := s.CreateUser(ctx, cli, u, pw); err != nil {
			return explain(err)
		}
		fmt.Printf("added %s (%s)\n", u.Username, u.Role.Name())
		return nil
	}
	u, err := s.UserByUsername(ctx, *username)
	if err != nil {
		return fmt.Errorf("no user %q", *username)
	}
	switch sub {
	case "disable", "enable":
		if err := s.SetUserDisabled(ctx, cli, u.ID, sub == "disable"); err != nil {
			return err
		}
		fmt.Printf("%sd %s\n", sub, u.Username)
	case "reset-password":
		pw, err := readPassword()
		if err != nil {
			return err
		}
		if err := s.SetPassword(ctx, cli, u.ID, pw); err != nil {
			return explain(err)
		}
		fmt.Printf("password reset for %s; their sessions have ended\n", u.Username)
	default:
		return fmt.Errorf("unknown user command %q", sub)
	}
	return nil
}

func roleList() string {
	var rs []string
	for _, r := range access.Roles {
		rs = append(rs, string(r))
	}
	return strings.Join(rs, ", ")
}

// readPassword takes the password from OURCHILD_PASSWORD or the first line of standard
// input, never from a flag (flags show in the process list and shell history).
func readPassword() (string, error) {
	if pw := os.Getenv("OURCHILD_PASSWORD"); pw != "" {
		return pw, nil
	}
	fmt.Fprint(os.Stderr, "Password (min 12 characters): ")
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil && line == "" {
		return "", errors.New("no password given: set OURCHILD_PASSWORD or type it on standard input")
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func teamID(ctx context.Context, s *store.Store, name string) (int64, error) {
	teams, err := s.Teams(ctx)
	if err != nil {
		return 0, err
	}
	for _, t := range teams {
		if strings.EqualFold(t.Name, name) {
			return t.ID, nil
		}
	}
	t := &store.Team{Name: name}
	return t.ID, s.CreateTeam(ctx, t)
}

func listUsers(ctx context.Context, s *store.Store) error {
	us, err := s.Users(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "USERNAME\tNAME\tROLE\tTEAM\tSTATUS")
	for _, u := range us {
		status := "active"
		if u.Disabled {
			status = "disabled"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", u.Username, u.Name, u.Role, u.TeamName, status)
	}
	return tw.Flush()
}

// explain turns field errors into lines a person at a terminal can act on.
func explain(err error) error {
	fe := apperr.FieldsOf(err)
	if len(fe) == 0 {
		return err
	}
	var lines []string
	for _, e := range fe {
		lines = append(lines, fmt.Sprintf("--%s: %s", e.Field, e.Message))
	}
	return errors.New(strings.Join(lines, "\n"))
}
