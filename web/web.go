// Package web holds the page templates and static assets, embedded in the binary so that
// running ourchild needs no npm and no files beside it.
package web

import "embed"

// FS holds templates/ and static/.
//
//go:embed templates static
var FS embed.FS
