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
			return nil, fmt.Errorf("threshold level %q: write each level as code=label, like L1=Level 1: universal", part)
		}
		if seen[code] {
			return nil, fmt.Errorf("threshold level code %q is used twice", code)
		}
		seen[code] = true
		cs = append(cs, codes.Code{Value: code, Label: label})
	}
	if len(cs) < 2 {
		return nil, fmt.Errorf("give at least two threshold levels, separated by semicolons")
	}
	return codes.NewSet("Threshold", cs...), nil
}

// UseThresholds makes the contact's "level of need" question offer the council's levels. It
// is configuration: call it once, at start-up, before serving.
func UseThresholds(levels *codes.Set) {
	Contact.Field("threshold").Options = levels
}
