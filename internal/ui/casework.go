package ui

func (ui *UI) caseworkRoutes() []route { return nil }
