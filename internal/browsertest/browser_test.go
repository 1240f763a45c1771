// Package browsertest drives ourchild's pages in a real headless Chromium (Debian's
// chromium package) and runs axe-core on every page it visits. Under CI a missing browser
// fails the suite; elsewhere it skips with a message.
package browsertest

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"ourchild/internal/server"
	"ourchild/internal/store"
	"ourchild/internal/store/storetest"
)

//go:embed testdata/axe.min.js
var axeSource string

// browserPath finds Debian's chromium.
func browserPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("OURCHILD_CHROMIUM"), "chromium", "chromium-browser"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "chromium not found: install Debian's chromium package (scripts/test does)"
	if storetest.Strict() {
		t.Fatal(msg + "; under CI the browser tests are mandatory")
	}
	t.Skip(msg)
	return ""
}

// browser is one headless Chromium with a fresh profile, pointed at a test server.
type browser struct {
	t    *testing.T
	ctx  context.Context
	base string
	// visited records each distinct page template checked by axe, for the report.
	checked map[string]bool
	shots   int
}

func newBrowser(t *testing.T, s *store.Store) *browser {
	t.Helper()
	h, err := server.New(server.Config{Council: "Testshire Council"}, s)
	if err != nil {
		t.Fatal(err)
	}
	return newBrowserFor(t, h)
}

func newBrowserFor(t *testing.T, h http.Handler) *browser {
	t.Helper()
	path := browserPath(t)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(bctx, 4*time.Minute)
	t.Cleanup(func() { cancelT(); cancelB(); cancelA() })
	return &browser{t: t, ctx: ctx, base: srv.URL, checked: map[string]bool{}}
}

func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatalf("browser: %v", err)
	}
}

// visit opens a page, waits for it and checks it with axe.
func (b *browser) visit(path string) {
	b.t.Helper()
	b.do(chromedp.Navigate(b.base+path), chromedp.WaitReady(chromedp.CSS("body")))
	b.axe()
}

// submit clicks a button and waits for the next page to load, then checks it with axe.
func (b *browser) submit(sel string) {
	b.t.Helper()
	b.eval(`window.__ourchildOld = true`)
	b.do(chromedp.Click(chromedp.CSS(sel)))
	// Evaluating during the navigation can fail ("target navigated"); retry until the new
	// document has loaded.
	deadline := time.Now().Add(20 * time.Second)
	for {
		done, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](`document.readyState === "complete" && !window.__ourchildOld`))
		if err == nil && done {
			break
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("the page after clicking %s did not load: %v", sel, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.axe()
}

// fill types a value into the named field, replacing what is there.
func (b *browser) fill(name, value string) {
	b.t.Helper()
	v, _ := json.Marshal(value)
	if got := b.eval(fmt.Sprintf(`(function(){ const e = document.querySelector('[name=%q]'); if (!e) return "missing"; e.value = %s; return "ok"; })()`, name, v)); got != "ok" {
		b.t.Fatalf("no field %q on %s", name, b.path())
	}
}

func (b *browser) check(css string) {
	b.t.Helper()
	b.do(chromedp.Click(chromedp.CSS(css)))
}

func (b *browser) eval(js string) string {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[any](js))
	if err != nil {
		b.t.Fatalf("evaluate %q: %v", js, err)
	}
	return fmt.Sprint(v)
}

// text returns the text of the first element matching css.
func (b *browser) text(css string) string {
	b.t.Helper()
	return b.eval(fmt.Sprintf(`(document.querySelector(%q) || {innerText: ""}).innerText`, css))
}

func (b *browser) path() string { return b.eval(`location.pathname + location.search`) }

// wantText fails unless the main content shows every string.
func (b *browser) wantText(what string, subs ...string) {
	b.t.Helper()
	body := b.text("main")
	for _, s := range subs {
		if !strings.Contains(body, s) {
			b.t.Errorf("%s: page %s does not show %q", what, b.path(), s)
		}
	}
}

type axeResult struct {
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []any `json:"target"`
		} `json:"nodes"`
	} `json:"violations"`
	Passes int `json:"passes"`
}

// axe runs axe-core on the current page against WCAG 2.2 A and AA and best practice, and
// fails on any violation.
func (b *browser) axe() {
	b.t.Helper()
	for _, v := range b.axeViolations() {
		b.t.Errorf("axe on %s: %s", b.path(), v)
	}
	b.checked[strings.SplitN(b.path(), "?", 2)[0]] = true
	b.screenshot()
}

// screenshot saves the page as a PNG when OURCHILD_SCREENSHOTS names a folder, for people
// reviewing the pages.
func (b *browser) screenshot() {
	dir := os.Getenv("OURCHILD_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Logf("screenshot: %v", err)
		return
	}
	b.shots++
	name := strings.NewReplacer("/", "_", "?", "_", "&", "_", "=", "-").Replace(b.path())
	os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d%s.png", b.shots, name)), png, 0o644)
}

// axeViolations runs axe-core and describes each violation.
func (b *browser) axeViolations() []string {
	b.t.Helper()
	script := `(function(){ if (!window.axe) {` + axeSource + `} return axe.run(document, {runOnly: {type: 'tag',
		values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']}})
		.then(r => JSON.stringify({violations: r.violations, passes: r.passes.length})); })()`
	raw, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](script, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("axe on %s: %v", b.path(), err)
	}
	var r axeResult
	if err := json.Unmarshal([]byte(raw), &r); err != nil {
		b.t.Fatalf("axe result: %v", err)
	}
	if r.Passes == 0 {
		b.t.Errorf("axe on %s passed no rules: it did not run on the page", b.path())
	}
	var out []string
	for _, v := range r.Violations {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, fmt.Sprint(n.Target...))
		}
		out = append(out, fmt.Sprintf("%s (%s): %s at %s", v.ID, v.Impact, v.Help, strings.Join(where, "; ")))
	}
	return out
}
