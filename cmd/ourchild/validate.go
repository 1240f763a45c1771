package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"ourchild/internal/cincensus"
)

const validateUsage = "usage: ourchild validate cin-census FILE [--format text|json]"

// validateCmd checks a statutory return file against the DfE rules:
//
//	ourchild validate cin-census FILE [--format text|json]
//
// It prints every finding and fails (non-zero exit) when there are errors;
// queries alone pass.
func validateCmd(args []string) error {
	return runValidate(args, os.Stdout)
}

func runValidate(args []string, out io.Writer) error {
	format := "text"
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
	if pos[0] != "cin-census" {
		return fmt.Errorf("unknown return %q: only cin-census is supported\n%s", pos[0], validateUsage)
	}
	file := pos[1]
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
