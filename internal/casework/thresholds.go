package casework

import (
	"fmt"
	"strings"

	"ourchild/internal/codes"
)

// A council's threshold document names its own levels of need ("Level 1: universal" …
// "Level 4: specialist"); the front door records the level a contact's needs meet in the
// council's words. By default the levels are the continuum of need (Levels).

// ParseThresholds reads a council's levels written as "code=label; code=label", in order
// from the least need to the most.
func ParseThresholds(s string) (*codes.Set, error) {
	return parseList("Threshold", "threshold level", "L1=Level 1: universal", 2, s)
}

// UseThresholds makes the contact's "level of need" question offer the council's levels. It
// is configuration: call it once, at start-up, before serving.
func UseThresholds(levels *codes.Set) {
	Contact.Field("threshold").Options = levels
}

// ParseCWDCriteria reads a council's criteria for its children with disabilities team, written
// as "code=label; code=label".
func ParseCWDCriteria(s string) (*codes.Set, error) {
	return parseList("CWDCriteria", "criterion", "sld=A severe learning disability", 1, s)
}

// UseCWDCriteria makes the transfer to the children with disabilities team offer the council's
// criteria. It is configuration: call it once, at start-up, before serving. Transfers recorded
// with other criteria keep them; editing one asks for criteria from the list.
func UseCWDCriteria(criteria *codes.Set) {
	CWDTransfer.Field("criteria").Options = criteria
}

// parseList reads a council's own list of codes, "code=label; code=label", of at least min
// entries; what and example name an entry in errors.
func parseList(name, what, example string, min int, s string) (*codes.Set, error) {
	var cs []codes.Code
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		code, label, ok := strings.Cut(part, "=")
		code, label = strings.TrimSpace(code), strings.TrimSpace(label)
		if !ok || code == "" || label == "" {
			return nil, fmt.Errorf("%s %q: write each as code=label, like %s", what, part, example)
		}
		if seen[code] {
			return nil, fmt.Errorf("%s code %q is used twice", what, code)
		}
		seen[code] = true
		cs = append(cs, codes.Code{Value: code, Label: label})
	}
	if len(cs) < min {
		return nil, fmt.Errorf("give at least %d, separated by semicolons", min)
	}
	return codes.NewSet(name, cs...), nil
}
