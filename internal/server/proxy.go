package server

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// parsePrefixes reads addresses and CIDR ranges ("10.0.0.0/8", "192.0.2.7").
func parsePrefixes(list []string) ([]netip.Prefix, error) {
	var ps []netip.Prefix
	for _, s := range list {
		if !strings.Contains(s, "/") {
			a, err := netip.ParseAddr(s)
			if err != nil {
				return nil, fmt.Errorf("trusted proxy %q: %w", s, err)
			}
			ps = append(ps, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: %w", s, err)
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// realClient makes the audit record the client's address, not the reverse proxy's: when the
// request comes from a trusted proxy, the client is the nearest address in X-Forwarded-For
// that is not itself a trusted proxy. From anyone else the header is ignored, since a client
// could write anything in it.
func realClient(trusted []netip.Prefix, next http.Handler) http.Handler {
	isTrusted := func(s string) bool {
		a, err := netip.ParseAddr(strings.TrimSpace(s))
		if err != nil {
			return false
		}
		for _, p := range trusted {
			if p.Contains(a.Unmap()) {
				return true
			}
		}
		return false
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err == nil && isTrusted(host) {
			hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
			for i := len(hops) - 1; i >= 0; i-- {
				h := strings.TrimSpace(hops[i])
				if h == "" || isTrusted(h) {
					continue
				}
				if a, err := netip.ParseAddr(h); err == nil {
					r2 := r.Clone(r.Context())
					r2.RemoteAddr = netip.AddrPortFrom(a, 0).String()
					r = r2
				}
				break
			}
		}
		next.ServeHTTP(w, r)
	})
}
