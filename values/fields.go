package values

import (
	"reflect"
	"slices"
	"strings"
	"sync"

	"k8s.io/apimachinery/pkg/util/intstr"
)

// Field is one key of a values struct.
type Field struct {
	// Name is the key: the field's JSON name.
	Name string
	// Index is the path for reflect.Value.FieldByIndex.
	Index []int
	// StructField is the Go field.
	StructField reflect.StructField
	// Owner is the struct type that declares the field (an embedded struct
	// for an inlined field).
	Owner reflect.Type
	// Tags are the field's `values:"..."` tags.
	Tags FieldTags
}

// Fields lists the keys of struct type t in declaration order, inlining
// embedded structs without a JSON name as encoding/json does; fields tagged
// json:"-" and unexported fields are left out. The decoder and the schema
// generator both read the values types through it.
func Fields(t reflect.Type) []Field {
	var out []Field
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			for _, inner := range Fields(f.Type) {
				inner.Index = append([]int{i}, inner.Index...)
				out = append(out, inner)
			}
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, Field{Name: name, Index: []int{i}, StructField: f, Owner: t, Tags: TagsOf(f)})
	}
	return out
}

// FieldTags are the `values:"..."` tags of a field, the one place that
// marks what the loader, the validation, the warnings, the constructs and
// the schema generator need to know about a field beyond its type:
//
//	values:"quantity"        numbers accepted and kept as their text
//	values:"secret"          a secret: never shown, written into the Secret
//	values:"opaque"          any bytes (written base64-encoded): no text rule
//	values:"text"            free text: control characters allowed
//	values:"empty"           "" is allowed besides the type's Enum (omitted)
//	values:"env=NAME"        the environment variable the command line reads
//	values:"key=NAME"        the key of the API's environment it fills
//	values:"numeric"         a string holding a number: numbers kept as text
//	values:"emptyUnset"      "" means unset (null), as Optio's chart has it
//	values:"alias=KEY"       an earlier name of the sibling key KEY
//	values:"sensitive"       never shown in an error or a warning, but written
//	                         as given (extraEnvVars: values may be tokens)
//
// In env and key, {PARENT} stands for the upper-cased key of the enclosing
// value (auth.github.clientSecret: GITHUB).
type FieldTags struct {
	// Quantity: numbers are accepted and kept as their text (resource
	// quantities, sizes).
	Quantity bool
	// Secret: the value is never shown in an error or a warning; it goes
	// into the Secret R-config (or comes from existingSecret).
	Secret bool
	// Opaque: any bytes, written base64-encoded; none of the text rules
	// apply.
	Opaque bool
	// Text: free text; control characters are allowed.
	Text bool
	// Empty: "" is allowed besides the values of the field's Enum type;
	// it omits the value.
	Empty bool
	// Env is the environment variable that sets a secret value on the
	// command line (loader.SecretEnv); "" for none.
	Env string
	// Key is the key of the API's environment, and so of existingSecret,
	// that a secret value fills; "" for none.
	Key string
	// Numeric: a string that holds a number (an ID, a ratio); numbers are
	// accepted and kept as their text, as for Quantity.
	Numeric bool
	// EmptyUnset: "" means unset (null), as Optio's chart treats it (a PDB's
	// minAvailable: "", an autoscaling target: "").
	EmptyUnset bool
	// Sensitive: the value (every string below it) is never shown in an
	// error or a warning, as a secret's, but it is written where it goes
	// (not into the Secret R-config).
	Sensitive bool
	// Alias names the key this one is an earlier name of
	// (values:"alias=targetCPUUtilizationPercentage"): the loader moves a
	// value given under it to that key (loader.MoveAliases).
	Alias string
}

// TagsOf reads the `values:"..."` tags of a struct field.
func TagsOf(f reflect.StructField) FieldTags {
	var t FieldTags
	for _, tag := range strings.Split(f.Tag.Get("values"), ",") {
		name, arg, _ := strings.Cut(tag, "=")
		switch name {
		case "quantity":
			t.Quantity = true
		case "secret":
			t.Secret = true
		case "opaque":
			t.Opaque = true
		case "text":
			t.Text = true
		case "empty":
			t.Empty = true
		case "env":
			t.Env = arg
		case "key":
			t.Key = arg
		case "numeric":
			t.Numeric = true
		case "emptyUnset":
			t.EmptyUnset = true
		case "alias":
			t.Alias = arg
		case "sensitive":
			t.Sensitive = true
		}
	}
	return t
}

// SecretField is one secret value of Values, as its tags mark it.
type SecretField struct {
	// Path is the value's path, e.g. auth.github.clientSecret.
	Path string
	// Env is the environment variable the command line reads it from, e.g.
	// OPTIO_GITHUB_CLIENT_SECRET.
	Env string
	// Key is the key of the API's environment it fills, e.g.
	// GITHUB_OAUTH_CLIENT_SECRET (and so the key existingSecret holds).
	Key string
	// Opaque tells that any bytes are allowed (a password or key, not a
	// URL).
	Opaque bool
	index  []int
}

// Value returns the field's value in v.
func (f SecretField) Value(v *Values) string {
	return reflect.ValueOf(v).Elem().FieldByIndex(f.index).String()
}

// SecretFields lists the secret values of Values (the fields tagged
// values:"secret"), in declaration order: the one list the loader (SecretEnv,
// SingleLineSecrets), the warnings and the tests read.
func SecretFields() []SecretField { return secretFields() }

var secretFields = sync.OnceValue(func() []SecretField {
	var out []SecretField
	var walk func(prefix, parent string, t reflect.Type, index []int)
	walk = func(prefix, parent string, t reflect.Type, index []int) {
		for _, f := range Fields(t) {
			path := f.Name
			if prefix != "" {
				path = prefix + "." + f.Name
			}
			idx := append(slices.Clone(index), f.Index...)
			ft := f.StructField.Type
			switch {
			case f.Tags.Secret && ft.Kind() == reflect.String:
				up := strings.ToUpper(parent)
				out = append(out, SecretField{
					Path:   path,
					Env:    strings.ReplaceAll(f.Tags.Env, "{PARENT}", up),
					Key:    strings.ReplaceAll(f.Tags.Key, "{PARENT}", up),
					Opaque: f.Tags.Opaque,
					index:  idx,
				})
			case ft.Kind() == reflect.Struct && ft != reflect.TypeOf(intstr.IntOrString{}):
				walk(path, f.Name, ft, idx)
			}
		}
	}
	walk("", "", reflect.TypeOf(Values{}), nil)
	return out
})

// secretKey returns the key of the API's environment that the secret value
// at path fills.
func secretKey(path string) string {
	for _, f := range SecretFields() {
		if f.Path == path {
			return f.Key
		}
	}
	panic("values: " + path + " is not a secret value") // a programming error
}
