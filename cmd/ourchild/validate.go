package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"ourchild/internal/cincensus"
	"ourchild/internal/ssda903"
)

const validateUsage = "usage: ourchild validate cin-census FILE [--format text|json]\n       ourchild validate ssda903 DIR|FILE.xml [--prev DIR] [--ofsted FILE.xlsx]... [--format text|json]"

// validateCmd checks a statutory return file against the DfE rules:
//
//	ourchild validate cin-census FILE [--format text|json]
//	ourchild validate ssda903 DIR|FILE.xml [--prev DIR] [--ofsted FILE.xlsx]... [--format text|json]
//
// It prints every finding and fails (non-zero exit) when there are errors;
// queries alone pass.
func validateCmd(args []string) error {
	return runValidate(args, os.Stdout)
}

func runValidate(args []string, out io.Writer) error {
	format, prev := "text", ""
	var pos, ofsted []string
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
		case a == "--ofsted" || a == "-ofsted":
			if i+1 >= len(args) {
				return fmt.Errorf("--ofsted needs an Ofsted provider list (.xlsx)\n%s", validateUsage)
			}
			i++
			ofsted = append(ofsted, args[i])
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
		return validate903(pos[1], prev, ofsted, format, out)
	}
	return fmt.Errorf("unknown return %q: use cin-census or ssda903\n%s", pos[0], validateUsage)
}

// validateCIN checks a CIN census XML file. Findings are written as they are
// found (a large, error-dense return has hundreds of thousands), in the
// order cincensus.Validate gives them.
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
	w := bufio.NewWriterSize(out, 64<<10)
	each := func(f func(cincensus.Finding)) { cincensus.ValidateEach(r, f) }
	var errs int
	if format == "json" {
		errs, _ = writeCINJSON(w, file, ruleSet, rulesRun, each)
	} else {
		errs, _ = writeCINText(w, ruleSet, rulesRun, each)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if errs > 0 {
		return fmt.Errorf("%s: %d errors", file, errs)
	}
	return nil
}

// cinSummary is the closing line of a CIN census check.
func cinSummary(errs, queries, rulesRun int, ruleSet string) string {
	return fmt.Sprintf("%d errors, %d queries, %d rules run (%s)", errs, queries, rulesRun, ruleSet)
}

// writeCINText writes each finding that each gives as a tab-separated line,
// then the summary.
func writeCINText(w *bufio.Writer, ruleSet string, rulesRun int, each func(func(cincensus.Finding))) (errs, queries int) {
	each(func(f cincensus.Finding) {
		if f.Type == "Error" {
			errs++
		} else {
			queries++
		}
		child := f.ChildID
		if child == "" {
			child = "-"
		}
		w.WriteString(f.Code)
		w.WriteByte('\t')
		w.WriteString(f.Type)
		w.WriteByte('\t')
		w.WriteString(child)
		w.WriteByte('\t')
		w.WriteString(f.Field)
		w.WriteByte('\t')
		w.WriteString(f.Message)
		w.WriteByte('\n')
	})
	w.WriteString(cinSummary(errs, queries, rulesRun, ruleSet))
	w.WriteByte('\n')
	return errs, queries
}

// writeCINJSON writes the document json.Encoder with a two-space indent
// wrote when it was given every finding at once ({file, rule_set, findings,
// summary}), a finding at a time.
func writeCINJSON(w *bufio.Writer, file, ruleSet string, rulesRun int, each func(func(cincensus.Finding))) (errs, queries int) {
	w.WriteString("{\n  \"file\": ")
	writeJSONString(w, file)
	w.WriteString(",\n  \"rule_set\": ")
	writeJSONString(w, ruleSet)
	w.WriteString(",\n  \"findings\": [")
	n := 0
	each(func(f cincensus.Finding) {
		if f.Type == "Error" {
			errs++
		} else {
			queries++
		}
		if n > 0 {
			w.WriteByte(',')
		}
		n++
		writeFindingJSON(w, jsonField{"code", f.Code, false}, jsonField{"type", f.Type, false}, jsonField{"child_id", f.ChildID, false},
			jsonField{"field", f.Field, false}, jsonField{"message", f.Message, false})
	})
	if n > 0 {
		w.WriteString("\n  ")
	}
	w.WriteString("],\n  \"summary\": {\n    \"errors\": ")
	w.WriteString(strconv.Itoa(errs))
	w.WriteString(",\n    \"queries\": ")
	w.WriteString(strconv.Itoa(queries))
	w.WriteString(",\n    \"rules_run\": ")
	w.WriteString(strconv.Itoa(rulesRun))
	w.WriteString(",\n    \"text\": ")
	writeJSONString(w, cinSummary(errs, queries, rulesRun, ruleSet))
	w.WriteString("\n  }\n}\n")
	return errs, queries
}

// A jsonField is one field of a finding written as JSON: a string, or (raw) a number.
type jsonField struct {
	name, value string
	raw         bool
}

// writeFindingJSON writes one finding as an object laid out as json.Encoder with a two-space
// indent lays out an element of the findings array.
func writeFindingJSON(w *bufio.Writer, fields ...jsonField) {
	w.WriteString("\n    {")
	for i, f := range fields {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString("\n      \"")
		w.WriteString(f.name)
		w.WriteString("\": ")
		if f.raw {
			w.WriteString(f.value)
		} else {
			writeJSONString(w, f.value)
		}
	}
	w.WriteString("\n    }")
}

// writeJSONString writes s as encoding/json does. Most values are plain
// ASCII and are quoted directly; the rest go through encoding/json.
func writeJSONString(w *bufio.Writer, s string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			b, _ := json.Marshal(s)
			w.Write(b)
			return
		}
	}
	w.WriteByte('"')
	w.WriteString(s)
	w.WriteByte('"')
}

// validate903 checks a folder of SSDA903 CSV files, recognising each table by its header row
// (or an SSDA903 XML file, or a folder holding one: see ssda903.Load), against last year's
// folder too when prev is given, and against Ofsted's provider lists (children's homes and
// social care providers, .xlsx) for the URN rules when they are given. Findings are written as
// they are found, in the order ssda903.ValidateEach gives them; the JSON is
// the document json.Encoder with a two-space indent wrote when it was given
// every finding at once.
func validate903(dir, prevDir string, ofsted []string, format string, out io.Writer) error {
	cur, err := ssda903.Load(dir)
	if err != nil {
		return err
	}
	if len(ofsted) > 0 {
		if cur.Providers, err = ssda903.LoadProviders(ofsted...); err != nil {
			return fmt.Errorf("--ofsted: %w", err)
		}
	}
	var prev *ssda903.Return
	if prevDir != "" {
		if prev, err = ssda903.Load(prevDir); err != nil {
			return err
		}
	}
	w := bufio.NewWriterSize(out, 64<<10)
	n := 0
	var sum ssda903.Summary
	summary := func() string { return ssda903Summary(n, sum) }
	var num []byte
	switch format {
	case "json":
		w.WriteString("{\n  \"dir\": ")
		writeJSONString(w, dir)
		w.WriteString(",\n  \"rule_set\": ")
		writeJSONString(w, ssda903.RuleSet(ssda903.CollectionYear(cur)))
		w.WriteString(",\n  \"file_problems\": ")
		if err := writeJSONIndented(w, cur.Problems, "  "); err != nil {
			return err
		}
		w.WriteString(",\n  \"findings\": [")
		sum = ssda903.ValidateEach(cur, prev, 0, func(f ssda903.Finding) {
			if n > 0 {
				w.WriteByte(',')
			}
			n++
			num = strconv.AppendInt(num[:0], int64(f.Row), 10)
			writeFindingJSON(w, jsonField{"Code", f.Code, false}, jsonField{"Table", f.Table, false}, jsonField{"ChildID", f.ChildID, false},
				jsonField{"Field", f.Field, false}, jsonField{"Row", string(num), true}, jsonField{"Message", f.Message, false})
		})
		if n > 0 {
			w.WriteString("\n  ")
		}
		w.WriteString("],\n  \"summary\": {\n    \"errors\": ")
		w.WriteString(strconv.Itoa(n))
		w.WriteString(",\n    \"rules_run\": ")
		w.WriteString(strconv.Itoa(len(sum.Run)))
		w.WriteString(",\n    \"skipped\": ")
		if err := writeJSONIndented(w, sum.Skipped, "    "); err != nil {
			return err
		}
		w.WriteString(",\n    \"text\": ")
		writeJSONString(w, summary())
		w.WriteString("\n  }\n}\n")
	default:
		for _, p := range cur.Problems {
			fmt.Fprintf(w, "file\t%v\n", p)
		}
		sum = ssda903.ValidateEach(cur, prev, 0, func(f ssda903.Finding) {
			n++
			w.WriteString(f.Code)
			w.WriteByte('\t')
			w.WriteString(f.Table)
			w.WriteByte('\t')
			w.WriteString(f.ChildID)
			w.WriteByte('\t')
			w.WriteString(f.Field)
			w.WriteString("\trow ")
			num = strconv.AppendInt(num[:0], int64(f.Row), 10)
			w.Write(num)
			w.WriteByte('\t')
			w.WriteString(f.Message)
			w.WriteByte('\n')
		})
		w.WriteString(summary())
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if n > 0 || len(cur.Problems) > 0 {
		return fmt.Errorf("%s: %d errors", dir, n+len(cur.Problems))
	}
	return nil
}

// ssda903Summary is the closing line of an SSDA903 check. Rules that need
// last year's return are counted apart from those skipped for a missing
// table, so a user who gave no --prev sees what it would add.
func ssda903Summary(errs int, sum ssda903.Summary) string {
	tables := len(sum.Skipped) - len(sum.SkippedPrev)
	s := fmt.Sprintf("%d errors, %d rules run, %d skipped for missing tables", errs, len(sum.Run), tables)
	if len(sum.SkippedPrev) > 0 {
		s += fmt.Sprintf(", %d skipped without last year's return (--prev DIR)", len(sum.SkippedPrev))
	}
	return s + fmt.Sprintf(" (%s, year %d/%02d)", sum.RuleSet, sum.Year, (sum.Year+1)%100)
}

// writeJSONIndented writes v as json.Encoder with a two-space indent does
// inside a document, where the value's lines start with prefix.
func writeJSONIndented(w *bufio.Writer, v any, prefix string) error {
	b, err := json.MarshalIndent(v, prefix, "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
