package ui

func (ui *UI) returnRoutes() []route { return nil }
