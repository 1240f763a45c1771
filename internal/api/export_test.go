package api

// RoutePatterns returns the route table's patterns, for the tests.
func RoutePatterns() []string {
	var ps []string
	for _, rt := range New(nil).routes() {
		ps = append(ps, rt.pattern)
	}
	return ps
}
