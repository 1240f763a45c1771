// Package apperr holds the closed set of error kinds that ourchild's services return, and the
// field-level errors that forms and the API show to people.
//
// Handlers never inspect error text: they ask KindOf(err) and map the kind to an HTTP status.
// The message of an *Error is safe to show to the user; wrapped causes are logged, not shown.
package apperr

import (
	"errors"
	"fmt"
	"net/http"
)

// Kind classifies an error for the people and programs that receive it.
type Kind int

// The kinds of error. Internal is the default for anything not classified.
const (
	Internal Kind = iota
	Invalid
	NotFound
	Forbidden
	Unauthenticated
	Conflict
	TooMany
)

func (k Kind) String() string {
	return [...]string{"internal", "invalid", "not_found", "forbidden", "unauthenticated", "conflict", "too_many_requests"}[k]
}

// FieldError is one problem with one input field. Field is the form/JSON field name, so that
// the error summary can link to the input.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// FieldErrors is an ordered list of field problems, in the order the fields appear on the form.
type FieldErrors []FieldError

// Add appends a problem with field.
func (fe *FieldErrors) Add(field, format string, args ...any) {
	*fe = append(*fe, FieldError{Field: field, Message: fmt.Sprintf(format, args...)})
}

// For returns the message for field, or "".
func (fe FieldErrors) For(field string) string {
	for _, e := range fe {
		if e.Field == field {
			return e.Message
		}
	}
	return ""
}

// Err returns nil when there are no problems, or an Invalid *Error carrying them.
func (fe FieldErrors) Err() error {
	if len(fe) == 0 {
		return nil
	}
	return &Error{Kind: Invalid, Message: "There is a problem", Fields: fe}
}

// Error is an error with a kind and a message that is safe to show.
type Error struct {
	Kind    Kind
	Message string
	Fields  FieldErrors
	Err     error // the cause, for logs only
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	if len(e.Fields) > 0 {
		return fmt.Sprintf("%s: %v", e.Message, e.Fields)
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// New returns an *Error of kind k with a user-facing message.
func New(k Kind, format string, args ...any) error {
	return &Error{Kind: k, Message: fmt.Sprintf(format, args...)}
}

// Field returns an Invalid error about a single field.
func Field(field, format string, args ...any) error {
	var fe FieldErrors
	fe.Add(field, format, args...)
	return fe.Err()
}

// KindOf returns the kind of err: the kind of the first *Error in its chain, else Internal.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Internal
}

// Is reports whether err is of kind k.
func Is(err error, k Kind) bool { return err != nil && KindOf(err) == k }

// FieldsOf returns the field errors carried by err, if any.
func FieldsOf(err error) FieldErrors {
	var e *Error
	if errors.As(err, &e) {
		return e.Fields
	}
	return nil
}

// Message returns the user-facing message of err, or a generic one for internal errors,
// whose text may hold details that must not reach the browser.
func Message(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Kind != Internal {
		return e.Message
	}
	return "Sorry, there is a problem with the service. The error has been logged."
}

// HTTPStatus returns the HTTP status for err's kind; the pages and the API share it.
func HTTPStatus(err error) int {
	switch KindOf(err) {
	case Invalid:
		return http.StatusBadRequest
	case NotFound:
		return http.StatusNotFound
	case Forbidden:
		return http.StatusForbidden
	case Unauthenticated:
		return http.StatusUnauthorized
	case Conflict:
		return http.StatusConflict
	case TooMany:
		return http.StatusTooManyRequests
	}
	return http.StatusInternalServerError
}
