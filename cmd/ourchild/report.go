package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"

	"ourchild/internal/audit"
	"ourchild/internal/cincensus"
	"ourchild/internal/cinreport"
	"ourchild/internal/date"
)

const reportUsage = "usage: ourchild report cin-census --out FILE [--year YYYY] [--la NNN] [--db …] [--format text|json] [--force]"

// reportCmd produces a statutory return from the recorded data:
//
//	ourchild report cin-census --out FILE [--year 2026] [--la 937] [--format text|json] [--force]
//
// It prints every validation finding and fails (non-zero exit) when there are errors. The file
// is written only when there are none (or with --force), and never in part.
func reportCmd(args []string) error {
	return runReport(context.Background(), args, os.Stdout)
}

func runReport(ctx context.Context, args []string, out io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		return fmt.Errorf("%s", reportUsage)
	}
	if args[0] != "cin-census" {
		return fmt.Errorf("unknown return %q: the CIN census (cin-census) is the one produced so far\n%s", args[0], reportUsage)
	}
	fs := flag.NewFlagSet("report cin-census", flag.ContinueOnError)
	fs.SetOutput(out)
	db := dbFlag(fs)
	year := fs.Int("year", 0, "the year the collection year ends in: 2026 for 2025/26 (default: the latest year ended)")
	file := fs.String("out", "", "the file to write the census XML to")
	la := fs.String("la", env("OURCHILD_LA", cinreport.DemoLA), "the council's three-digit DfE LA number, written as the LEA (env OURCHILD_LA)")
	format := fs.String("format", "text", "how to print the findings: text or json")
	force := fs.Bool("force", false, "write the file even when it has errors (the command still fails)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *file == "" {
		return fmt.Errorf("--out is needed: the file to write the census to\n%s", reportUsage)
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("unknown format %q: use text or json", *format)
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	now := s.Now()
	if *year == 0 {
		*year = cinreport.LatestYearEnded(date.Of(now))
	}
	opt := cinreport.Options{Year: *year, LA: *la, Now: now}
	res, err := cinreport.Build(ctx, s, opt)
	if err != nil {
		return err
	}
	written := res.Errors == 0 || *force
	if written {
		if err := writeAtomically(*file, res.XML); err != nil {
			return err
		}
	}
	name := cinreport.YearName(res.Year)
	detail := fmt.Sprintf("Produced CIN census %s: %d children (%s)", name, res.Summary.Children, *file)
	action := audit.Export
	if !written {
		detail = fmt.Sprintf("Checked CIN census %s: %d children, %d errors; not written", name, res.Summary.Children, res.Errors)
		action = audit.View
	}
	if err := s.Audit(ctx, audit.New(commandActor(), action, 0, detail)); err != nil {
		return err
	}
	if err := printReport(out, *format, *file, written, res); err != nil {
		return err
	}
	if res.Errors > 0 {
		return fmt.Errorf("CIN census %s has %d errors", name, res.Errors)
	}
	return nil
}

// commandActor is who the audit records for the command line: the operating-system user.
func commandActor() audit.Actor {
	name := "unknown user"
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	return audit.Actor{Name: "command line (" + name + ")"}
}

func printReport(out io.Writer, format, file string, written bool, res *cinreport.Result) error {
	year := res.Year - 1 // the rule set is named by the year the collection starts
	sum := res.Summary
	text := fmt.Sprintf("CIN census %s: %d children, %d episodes; %d errors, %d queries (%s)",
		cinreport.YearName(res.Year), sum.Children, sum.Episodes, res.Errors, res.Queries, cincensus.RuleSetName(year))
	switch {
	case written && res.Errors > 0:
		text += "; written with errors (--force) to " + file
	case written:
		text += "; written to " + file
	default:
		text += "; not written: correct the errors in the records, or use --force"
	}
	if format == "json" {
		findings := res.Findings
		if findings == nil {
			findings = []cincensus.Finding{}
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{
			"year": cinreport.YearName(res.Year), "rule_set": cincensus.RuleSetName(year), "file": file, "written": written,
			"summary": sum, "errors": res.Errors, "queries": res.Queries, "findings": findings, "text": text,
		})
	}
	for _, f := range res.Findings {
		child := f.ChildID
		if child == "" {
			child = "-"
		}
		fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\n", f.Code, f.Type, child, f.Field, f.Message)
	}
	_, err := fmt.Fprintln(out, text)
	return err
}

// writeAtomically writes b to path through a temporary file in the same folder, renamed into
// place: a reader (or a crash) sees the old file or the whole new one, never half a file.
func writeAtomically(path string, b []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(b); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o640); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
