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
	"strconv"

	"ourchild/internal/audit"
	"ourchild/internal/cincensus"
	"ourchild/internal/cinreport"
	"ourchild/internal/date"
	"ourchild/internal/ssda903"
	"ourchild/internal/ssda903report"
)

const reportUsage = "usage: ourchild report cin-census --out FILE [--year YYYY] [--la NNN] [--db …] [--format text|json] [--force]\n" +
	"       ourchild report ssda903 --out DIR [--year YYYY] [--db …] [--format text|json] [--force]"

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
	if args[0] == "ssda903" {
		return runReport903(ctx, args[1:], out)
	}
	if args[0] != "cin-census" {
		return fmt.Errorf("unknown return %q: the CIN census (cin-census) and the SSDA903 return (ssda903) are produced\n%s", args[0], reportUsage)
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
	detail := fmt.Sprintf("Produced CIN census %s: %s (%s)", name, count(res.Summary.Children, "child"), *file)
	action := audit.Export
	if !written {
		detail = fmt.Sprintf("Checked CIN census %s: %s, %s; not written", name, count(res.Summary.Children, "child"), count(res.Errors, "error"))
		action = audit.View
	}
	if err := s.Audit(ctx, audit.New(commandActor(), action, 0, detail)); err != nil {
		return err
	}
	if err := printReport(out, *format, *file, written, res); err != nil {
		return err
	}
	if res.Errors > 0 {
		return fmt.Errorf("CIN census %s has %s", name, count(res.Errors, "error"))
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
	text := fmt.Sprintf("CIN census %s: %s, %s; %s, %s (%s)", cinreport.YearName(res.Year), count(sum.Children, "child"),
		count(sum.Episodes, "episode"), count(res.Errors, "error"), count(res.Queries, "query"), cincensus.RuleSetName(year))
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

// runReport903 produces the SSDA903 return (children looked after) as its CSV files:
//
//	ourchild report ssda903 --out DIR [--year 2026] [--format text|json] [--force]
//
// It prints every finding (rule, table, child, field, message) and fails when there are any.
// The files are written only when there are none (or with --force), and all or none of them.
func runReport903(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("report ssda903", flag.ContinueOnError)
	fs.SetOutput(out)
	db := dbFlag(fs)
	year := fs.Int("year", 0, "the year the collection year ends in: 2026 for 2025/26 (default: the latest year ended)")
	dir := fs.String("out", "", "the folder to write the return's CSV files to (made if missing)")
	format := fs.String("format", "text", "how to print the findings: text or json")
	force := fs.Bool("force", false, "write the files even when the return has errors (the command still fails)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" {
		return fmt.Errorf("--out is needed: the folder to write the return's files to\n%s", reportUsage)
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("unknown format %q: use text or json", *format)
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	if *year == 0 {
		*year = cinreport.LatestYearEnded(date.Of(s.Now()))
	}
	res, err := ssda903report.Build(ctx, s, ssda903report.Options{Year: *year})
	if err != nil {
		return err
	}
	written := res.Errors == 0 || *force
	if written {
		if err := ssda903report.WriteDir(*dir, res.Files); err != nil {
			return err
		}
	}
	name := ssda903report.YearName(res.Year)
	detail := fmt.Sprintf("Produced SSDA903 return %s: %s (%s)", name, count(res.Summary.Children, "child"), *dir)
	action := audit.Export
	if !written {
		detail = fmt.Sprintf("Checked SSDA903 return %s: %s, %s; not written", name, count(res.Summary.Children, "child"), count(res.Errors, "error"))
		action = audit.View
	}
	if err := s.Audit(ctx, audit.New(commandActor(), action, 0, detail)); err != nil {
		return err
	}
	text := fmt.Sprintf("SSDA903 %s: %s; %s (%s)", name, count(res.Summary.Children, "child"), count(res.Errors, "error"), ssda903report.RuleSet(res.Year))
	switch {
	case written && res.Errors > 0:
		text += "; written with errors (--force) to " + *dir
	case written:
		text += "; written to " + *dir
	default:
		text += "; not written: correct the errors in the records, or use --force"
	}
	if *format == "json" {
		findings := res.Findings
		if findings == nil {
			findings = []ssda903.Finding{}
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{
			"year": name, "rule_set": ssda903report.RuleSet(res.Year), "dir": *dir, "written": written,
			"summary": res.Summary, "errors": res.Errors, "findings": findings, "text": text,
		}); err != nil {
			return err
		}
	} else {
		for _, f := range res.Findings {
			fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\n", f.Code, f.Table, f.ChildID, f.Field, f.Message)
		}
		fmt.Fprintln(out, text)
	}
	if res.Errors > 0 {
		return fmt.Errorf("SSDA903 return %s has %s", name, count(res.Errors, "error"))
	}
	return nil
}

// count says how many of a thing there are: "1 child", "3 children", "0 errors".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	switch noun {
	case "child":
		noun = "children"
	case "query":
		noun = "queries"
	default:
		noun += "s"
	}
	return strconv.Itoa(n) + " " + noun
}
