package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"ourchild/internal/cincensus"
	"ourchild/internal/ssda903"
)

const validateUsage = "usage: ourchild validate cin-census FILE [--format text|json]\n       ourchild validate ssda903 DIR [--prev DIR] [--format text|json]"

// validateCmd checks a statutory return file against the DfE rules:
//
//	ourchild validate cin-census FILE [--format text|json]
//	ourchild validate ssda903 DIR [--prev DIR] [--format text|json]
//
// It prints every finding and fails (non-zero exit) when there are errors;
// queries alone pass.
func validateCmd(args []string) error {
	return runValidate(args, os.Stdout)
}

func runValidate(args []string, out io.Writer) error {
	format, prev := "text", ""
	var pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--format" || a == "-format":
			if i+1 >= len(args) {
				return fmt.Errorf("--format needs a value: text or json\n%s", validateUsage)
			}
			i++
			format = args[i]
		case strings.HasPrefix(a, "--format=") || strings.HasPrefix(a, "-format="):
			format = a[strings.Index(a, "=")+1:]
		case a == "--prev" || a == "-prev":
			if i+1 >= len(args) {
				return fmt.Errorf("--prev needs the folder of last year's return\n%s", validateUsage)
			}
			i++
			prev = args[i]
		case a == "-h" || a == "--help":
			fmt.Fprintln(out, validateUsage)
			return nil
		case strings.HasPrefix(a, "-") && a != "-":
			return fmt.Errorf("unknown flag %s\n%s", a, validateUsage)
		default:
			pos = append(pos, a)
		}
	}
	if format != "text" && format != "json" {
		return fmt.Errorf("unknown format %q: use text or json", format)
	}
	if len(pos) != 2 {
		return fmt.Errorf("%s", validateUsage)
	}
	switch pos[0] {
	case "cin-census":
		return validateCIN(pos[1], format, out)
	case "ssda903":
		return validate903(pos[1], prev, format, out)
	}
	return fmt.Errorf("unknown return %q: use cin-census or ssda903\n%s", pos[0], validateUsage)
}

// validateCIN checks a CIN census XML file.
func validateCIN(file, format string, out io.Writer) error {
	var (
		r   *cincensus.Return
		err error
	)
	if file == "-" {
		r, err = cincensus.Parse(os.Stdin)
	} else {
		r, err = cincensus.ReadFile(file)
	}
	if err != nil {
		return err
	}
	year := cincensus.RuleSetYear(r)
	ruleSet := cincensus.RuleSetName(year)
	rulesRun := len(cincensus.Rules(year))
	findings := cincensus.Validate(r)
	errs, queries := 0, 0
	for _, f := range findings {
		if f.Type == "Error" {
			errs++
		} else {
			queries++
		}
	}
	summary := fmt.Sprintf("%d errors, %d queries, %d rules run (%s)", errs, queries, rulesRun, ruleSet)
	switch format {
	case "json":
		if findings == nil {
			findings = []cincensus.Finding{}
		}
		doc := struct {
			File     string              `json:"file"`
			RuleSet  string              `json:"rule_set"`
			Findings []cincensus.Finding `json:"findings"`
			Summary  struct {
				Errors   int    `json:"errors"`
				Queries  int    `json:"queries"`
				RulesRun int    `json:"rules_run"`
				Text     string `json:"text"`
			} `json:"summary"`
		}{File: file, RuleSet: ruleSet, Findings: findings}
		doc.Summary.Errors, doc.Summary.Queries, doc.Summary.RulesRun, doc.Summary.Text = errs, queries, rulesRun, summary
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(doc); err != nil {
			return err
		}
	default:
		for _, f := range findings {
			child := f.ChildID
			if child == "" {
				child = "-"
			}
			fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\n", f.Code, f.Type, child, f.Field, f.Message)
		}
		fmt.Fprintln(out, summary)
	}
	if errs > 0 {
		return fmt.Errorf("%s: %d errors", file, errs)
	}
	return nil
}

// validate903 checks a folder of SSDA903 CSV files, recognising each table by its header row,
// against last year's folder too when prev is given.
func validate903(dir, prevDir, format string, out io.Writer) error {
	cur, err := ssda903.Load(dir)
	if err != nil {
		return err
	}
	var prev *ssda903.Return
	if prevDir != "" {
		if prev, err = ssda903.Load(prevDir); err != nil {
			return err
		}
	}
	findings, sum := ssda903.ValidateSummary(cur, prev, 0)
	text := fmt.Sprintf("%d errors, %d rules run, %d skipped for missing tables (%s, year %d/%02d)",
		len(findings), len(sum.Run), len(sum.Skipped), sum.RuleSet, sum.Year, (sum.Year+1)%100)
	switch format {
	case "json":
		if findings == nil {
			findings = []ssda903.Finding{}
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Dir      string            `json:"dir"`
			RuleSet  string            `json:"rule_set"`
			Problems []ssda903.Problem `json:"file_problems"`
			Findings []ssda903.Finding `json:"findings"`
			Summary  map[string]any    `json:"summary"`
		}{dir, sum.RuleSet, cur.Problems, findings, map[string]any{"errors": len(findings), "rules_run": len(sum.Run), "skipped": sum.Skipped, "text": text}}); err != nil {
			return err
		}
	default:
		for _, p := range cur.Problems {
			fmt.Fprintf(out, "file\t%v\n", p)
		}
		for _, f := range findings {
			fmt.Fprintf(out, "%s\t%s\t%s\t%s\trow %d\t%s\n", f.Code, f.Table, f.ChildID, f.Field, f.Row, f.Message)
		}
		fmt.Fprintln(out, text)
	}
	if len(findings) > 0 || len(cur.Problems) > 0 {
		return fmt.Errorf("%s: %d errors", dir, len(findings)+len(cur.Problems))
	}
	return nil
}
