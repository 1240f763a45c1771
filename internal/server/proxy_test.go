package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestRealClient(t *testing.T) {
	trusted, err := parsePrefixes([]string{"10.0.0.0/8", "192.0.2.7"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parsePrefixes([]string{"not-an-address"}); err == nil {
		t.Error("parsePrefixes accepted a bad address")
	}
	tests := []struct {
		name, peer, xff, want string
	}{
		{"direct client, header ignored", "198.51.100.1:5000", "203.0.113.9", "198.51.100.1:5000"},
		{"through a trusted proxy", "10.1.2.3:443", "203.0.113.9", "203.0.113.9:0"},
		{"through two trusted proxies", "192.0.2.7:443", "203.0.113.9, 10.9.9.9", "203.0.113.9:0"},
		{"client-written hop before the real one", "10.1.2.3:443", "6.6.6.6, 203.0.113.9", "203.0.113.9:0"},
		{"trusted proxy without the header", "10.1.2.3:443", "", "10.1.2.3:443"},
		{"garbage in the header", "10.1.2.3:443", "not an address", "10.1.2.3:443"},
	}
	for _, tt := range tests {
		var got string
		h := realClient(trusted, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { got = r.RemoteAddr }))
		req := httptest.NewRequest("GET", "/", nil)
		req.RemoteAddr = tt.peer
		if tt.xff != "" {
			req.Header.Set("X-Forwarded-For", tt.xff)
		}
		h.ServeHTTP(httptest.NewRecorder(), req)
		if got != tt.want {
			t.Errorf("%s: client address = %q, want %q", tt.name, got, tt.want)
		}
	}
}
