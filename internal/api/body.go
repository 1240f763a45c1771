package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"unicode"

	"ourchild/internal/apperr"
	"ourchild/internal/date"
)

// maxBody is the largest request body the API reads.
const maxBody = 1 << 20

// decode reads the request body, one JSON object, into dst (a pointer to a struct). It
// refuses a body that is not JSON, is larger than maxBody, has fields dst does not know,
// values of the wrong type, or anything after the object, with an error that names the
// problem and, where there is one, the field.
func decode(w http.ResponseWriter, r *http.Request, dst any) error {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
		return &statusError{status: http.StatusUnsupportedMediaType, code: "unsupported_media_type",
			msg: "Send the request body as JSON, with the header Content-Type: application/json"}
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return bodyError(err, reflect.TypeOf(dst).Elem())
	}
	var extra json.RawMessage
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		if tooLarge(err) {
			return errTooLarge
		}
		return apperr.New(apperr.Invalid, "The request body must be one JSON object with nothing after it")
	}
	return nil
}

var errTooLarge = &statusError{status: http.StatusRequestEntityTooLarge, code: "too_large",
	msg: fmt.Sprintf("The request body is larger than the limit of %d bytes", maxBody)}

func tooLarge(err error) bool {
	var me *http.MaxBytesError
	return errors.As(err, &me)
}

// bodyError explains a decoding error of a body meant for a value of type t.
func bodyError(err error, t reflect.Type) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case tooLarge(err):
		return errTooLarge
	case errors.Is(err, io.EOF):
		return apperr.New(apperr.Invalid, "The request body is empty: send a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return apperr.New(apperr.Invalid, "The request body is not valid JSON: it ends before the object is complete")
	case errors.As(err, &syn):
		return apperr.New(apperr.Invalid, "The request body is not valid JSON: %s (at byte %d)", syn.Error(), syn.Offset)
	case errors.As(err, &typ):
		field := jsonPath(typ.Field)
		if field == "" {
			return apperr.New(apperr.Invalid, "The request body must be a JSON object, not %s", valueKind(typ.Value))
		}
		want := describe(typ.Type)
		if ft, ok := fieldType(t, field); ok {
			want = describe(ft)
		}
		msg := fmt.Sprintf("%s must be %s, not %s", field, want, valueKind(typ.Value))
		return &apperr.Error{Kind: apperr.Invalid, Message: msg, Fields: apperr.FieldErrors{{Field: field, Message: msg}}}
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		name = strings.Trim(name, `"`)
		msg := fmt.Sprintf("%s is not a field this request accepts", name)
		return &apperr.Error{Kind: apperr.Invalid, Message: msg, Fields: apperr.FieldErrors{{Field: name, Message: msg}}}
	}
	return apperr.New(apperr.Invalid, "The request body could not be read: %s", err)
}

// jsonPath turns the decoder's field path into the JSON field name, dropping the Go names of
// embedded structs ("Person.given_names" is given_names). JSON names in this API are lower
// case, Go names upper.
func jsonPath(p string) string {
	var parts []string
	for _, s := range strings.Split(p, ".") {
		if s != "" && !unicode.IsUpper([]rune(s)[0]) {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ".")
}

// fieldType returns the Go type of the JSON field name in struct type t.
func fieldType(t reflect.Type, name string) (reflect.Type, bool) {
	for _, f := range jsonFields(t) {
		if f.name == name {
			return f.typ, true
		}
	}
	return nil, false
}

var dateType = reflect.TypeFor[date.Date]()

// describe says in words what JSON a Go type takes.
func describe(t reflect.Type) string {
	if t == dateType {
		return "a date string like 2015-03-27"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return describe(t.Elem())
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list of " + strings.TrimPrefix(strings.TrimPrefix(describe(t.Elem()), "a "), "an ") + "s"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "a different type of value"
}

// valueKind names the JSON value the decoder found: "a string", or the number itself.
func valueKind(v string) string {
	kind, detail, _ := strings.Cut(v, " ")
	if detail != "" {
		return detail
	}
	if s := map[string]string{"number": "a number", "string": "a string", "bool": "true or false", "array": "a list", "object": "an object"}[kind]; s != "" {
		return s
	}
	return v
}

// A jsonField is one field of a struct as encoding/json sees it.
type jsonField struct {
	name string
	typ  reflect.Type
	// omitEmpty reports omitempty or omitzero.
	omitEmpty bool
	// owner is the struct type that declares the field (for embedded fields, the embedded
	// struct's type).
	owner reflect.Type
}

// jsonFields lists the JSON fields of struct type t in declaration order, following
// encoding/json's rules for embedded structs: an untagged embedded struct's fields are
// promoted, and a field at a shallower depth hides one of the same name deeper down.
func jsonFields(t reflect.Type) []jsonField {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var out []jsonField
	seen := map[string]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		var inner []reflect.Type
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			ft := f.Type
			if f.Anonymous && name == "" {
				et := ft
				if et.Kind() == reflect.Pointer {
					et = et.Elem()
				}
				if et.Kind() == reflect.Struct {
					inner = append(inner, et)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if seen[name] {
				continue
			}
			seen[name] = true
			out = append(out, jsonField{name: name, typ: ft, owner: t,
				omitEmpty: strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")})
		}
		for _, et := range inner {
			walk(et)
		}
	}
	walk(t)
	return out
}
