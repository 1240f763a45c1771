package ui

import "ourchild/internal/apperr"

var (
	errNotFound  = apperr.New(apperr.NotFound, "If you typed the web address, check it is correct.")
	errForbidden = apperr.New(apperr.Forbidden, "Your role does not allow this. Your attempt has been recorded. Ask your manager if you need access.")
)
