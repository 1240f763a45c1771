package ui

func (ui *UI) workRoutes() []route { return nil }
