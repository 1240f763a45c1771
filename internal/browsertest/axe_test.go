package browsertest

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAxeCatchesViolations proves the accessibility check can fail: a page with planted
// faults must produce violations, or the journey's clean results would mean nothing.
func TestAxeCatchesViolations(t *testing.T) {
	b := newBrowserFor(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<!DOCTYPE html><html><head><title>Broken</title></head><body><main>
			<img src="x.png"><input type="text"><a href="/"></a>
			<p style="color:#bbb;background:#fff">Low contrast text</p></main></body></html>`))
	}))
	b.do(chromedp.Navigate(b.base + "/"))
	got := strings.Join(b.axeViolations(), "\n")
	for _, rule := range []string{"image-alt", "label", "link-name", "color-contrast", "html-has-lang"} {
		if !strings.Contains(got, rule) {
			t.Errorf("axe did not report %s on a page built to break it; it reported:\n%s", rule, got)
		}
	}
}
