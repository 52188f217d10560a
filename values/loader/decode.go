package loader

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/agnivade/levenshtein"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

var (
	intOrStringType = reflect.TypeOf(intstr.IntOrString{})
	resourceList    = reflect.TypeOf(values.ResourceList{})
	quantityType    = reflect.TypeOf(resource.Quantity{})
)

// Decode writes a values tree (as Helm's parsers produce it: maps, lists,
// strings, bools, float64/int64 numbers, nil) over dst, strictly: an unknown
// key is an error naming its path with the closest known key as a hint, a
// wrong type names the path and the expected type. Numbers are accepted for
// nodePort-like values (a number or a string of digits, as Kubernetes accepts
// them) and for quantities (resources, sizes: 2 means "2"); a number where
// the exact text matters (image tags, passwords, names) is refused with a hint
// to quote it, since YAML may already have changed its text (1.10 reads as
// 1.1, 0123 as 83). A key absent from tree, or null, is unset: dst gets the
// field's zero value (tree is the user's values merged over every default, so
// a key is absent only when null removed it, as in Helm). A value that fails
// to decode keeps what dst held (start from values.Default: the
// default), so one bad value gives one error. Values tagged
// `values:"secret"` are never shown in an error. Every error is returned at
// once.
func Decode(tree map[string]interface{}, dst *values.Values) field.ErrorList {
	d := &decoder{}
	d.decodeStruct(nil, tree, reflect.ValueOf(dst).Elem(), false)
	return d.errs
}

type decoder struct{ errs field.ErrorList }

func fieldsOf(t reflect.Type) map[string]values.Field {
	out := map[string]values.Field{}
	for _, f := range values.Fields(t) {
		out[f.Name] = f
	}
	return out
}

// closest returns the known key nearest to key, if near enough to be a hint.
// A key of more than 64 bytes is further than that from every known key
// (none is longer than 30), so it is not compared: the edit distance costs
// the product of the lengths.
func closest(key string, known map[string]values.Field) string {
	if len(key) > 64 {
		return ""
	}
	best, bestDist := "", math.MaxInt
	for k := range known {
		d := levenshtein.ComputeDistance(strings.ToLower(key), strings.ToLower(k))
		if d < bestDist || (d == bestDist && k < best) {
			best, bestDist = k, d
		}
	}
	if bestDist <= max(2, len(key)/3) {
		return best
	}
	// A shortened name (issuer for issuerUrl): the shortest key it begins.
	best = ""
	if len(key) >= 3 {
		for k := range known {
			if strings.HasPrefix(strings.ToLower(k), strings.ToLower(key)) && (best == "" || len(k) < len(best) || len(k) == len(best) && k < best) {
				best = k
			}
		}
	}
	return best
}

// join is the path of key below path. A key is printed quoted when it
// holds a character that is not printable (values.QuoteKey), as values are,
// so that a key from a values file never writes escape sequences to the
// user's terminal.
func join(path *field.Path, key string) *field.Path {
	if path == nil {
		return field.NewPath(values.QuoteKey(key))
	}
	return path.Child(values.QuoteKey(key))
}

// typeError reports a value of the wrong type, naming its kind. hide omits
// the value itself: a secret, or a scalar where an object belongs (it may be
// a secret given one level too high, as in --set encryption=KEY).
func (d *decoder) typeError(path *field.Path, v interface{}, want string, hide bool) {
	var shown interface{} = v
	if hide {
		shown = field.OmitValueType{}
	}
	d.errs = append(d.errs, field.Invalid(path, shown, fmt.Sprintf("must be %s, not %s", want, kindOf(v))))
}

func kindOf(v interface{}) string {
	switch v.(type) {
	case map[string]interface{}:
		return "an object"
	case []interface{}:
		return "a list"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case float64, int64, int, json.Number:
		return "a number"
	}
	return fmt.Sprintf("%T", v)
}

// decodeStruct decodes an object; hide (a sensitive or secret value
// above) hides every value below.
func (d *decoder) decodeStruct(path *field.Path, v interface{}, dst reflect.Value, hide bool) {
	m, ok := v.(map[string]interface{})
	if !ok {
		d.typeError(path, v, "an object", true)
		return
	}
	fields := fieldsOf(dst.Type())
	for _, k := range slices.Sorted(maps.Keys(m)) {
		idx, ok := fields[k]
		p := join(path, k)
		if !ok {
			msg := "unknown key"
			if hint := closest(k, fields); hint != "" {
				msg = fmt.Sprintf("unknown key; did you mean %q?", hint)
			}
			d.errs = append(d.errs, field.Forbidden(p, msg))
			continue
		}
		if m[k] == nil {
			continue // null: the key is absent (zeroed below)
		}
		tags := idx.Tags
		tags.Secret = tags.Secret || hide
		d.decodeValue(p, m[k], dst.FieldByIndex(idx.Index), tags)
	}
	// A key the tree lacks is unset: FromTree's tree holds every default,
	// so a key is missing only when null removed it (or its default is the
	// zero value anyway).
	for name, f := range fields {
		if m[name] == nil {
			fv := dst.FieldByIndex(f.Index)
			fv.Set(reflect.Zero(fv.Type()))
		}
	}
}

func (d *decoder) decodeValue(path *field.Path, v interface{}, dst reflect.Value, tags values.FieldTags) {
	tags.Secret = tags.Secret || tags.Sensitive // never shown
	if s, ok := v.(string); v == nil || (ok && s == "" && tags.EmptyUnset) {
		dst.Set(reflect.Zero(dst.Type()))
		return
	}
	t := dst.Type()
	switch {
	case t == intOrStringType:
		d.decodeIntOrString(path, v, dst)
		return
	case t == quantityType:
		// A quantity inside a Kubernetes type (an env var's divisor).
		tags.Quantity = true
		if s, ok := d.text(path, v, tags); ok {
			q, err := resource.ParseQuantity(s)
			if err != nil {
				var shown interface{} = s
				if tags.Secret {
					shown = field.OmitValueType{}
				}
				d.errs = append(d.errs, field.Invalid(path, shown, "must be a quantity: "+err.Error()))
				return
			}
			dst.Set(reflect.ValueOf(q))
		}
		return
	case t.Kind() == reflect.Pointer:
		nv := reflect.New(t.Elem())
		if !dst.IsNil() {
			nv.Elem().Set(dst.Elem())
		}
		d.decodeValue(path, v, nv.Elem(), tags)
		dst.Set(nv)
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		d.decodeStruct(path, v, dst, tags.Secret)
	case reflect.String:
		if s, ok := d.text(path, v, tags); ok {
			dst.SetString(s)
		}
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			d.typeError(path, v, "a boolean (true or false)", tags.Secret)
			return
		}
		dst.SetBool(b)
	case reflect.Int32, reflect.Int64:
		n, ok := integer(v)
		if !ok {
			if outOfRange(v) {
				d.errs = append(d.errs, field.Invalid(path, shownNumber(v), rangeMessage(v)))
				return
			}
			if s, isString := v.(string); isString && isDigits(s) {
				d.errs = append(d.errs, field.Invalid(path, v, "must be an integer, not a string: write it without quotes (or use --set, not --set-string)"))
				return
			}
			d.typeError(path, v, "an integer", tags.Secret)
			return
		}
		if dst.OverflowInt(n) {
			d.errs = append(d.errs, field.Invalid(path, shownNumber(v), "is out of range"))
			return
		}
		dst.SetInt(n)
	case reflect.Map:
		m, ok := v.(map[string]interface{})
		if !ok {
			d.typeError(path, v, "an object", tags.Secret)
			return
		}
		out := reflect.MakeMapWithSize(t, len(m))
		elemTags := tags
		elemTags.Quantity = tags.Quantity || t == resourceList
		for _, k := range slices.Sorted(maps.Keys(m)) {
			ev := reflect.New(t.Elem()).Elem()
			if m[k] == nil {
				continue // Helm: null removes the key
			}
			d.decodeValue(path.Key(values.QuoteKey(k)), m[k], ev, elemTags)
			out.SetMapIndex(reflect.ValueOf(k).Convert(t.Key()), ev)
		}
		dst.Set(out)
	case reflect.Slice:
		l, ok := v.([]interface{})
		if !ok {
			d.typeError(path, v, "a list", tags.Secret)
			return
		}
		out := reflect.MakeSlice(t, len(l), len(l))
		for i, e := range l {
			d.decodeValue(path.Index(i), e, out.Index(i), tags)
		}
		dst.Set(out)
	default:
		d.errs = append(d.errs, field.InternalError(path, fmt.Errorf("unsupported type %s", t)))
	}
}

// text returns a string value. Numbers are text only for quantities.
func (d *decoder) text(path *field.Path, v interface{}, tags values.FieldTags) (string, bool) {
	switch s := v.(type) {
	case string:
		return s, true
	case float64, int64, int, json.Number:
		if f, ok := s.(float64); ok && f == math.Trunc(f) && math.Abs(f) >= 1<<53 && (tags.Quantity || tags.Numeric) {
			var shown interface{} = v
			if tags.Secret {
				shown = field.OmitValueType{}
			}
			if !tags.Secret {
				shown = shownNumber(v)
			}
			d.errs = append(d.errs, field.Invalid(path, shown, "must be quoted: unquoted, a whole number from 2^53 (9007199254740992) up is read inexactly, so its digits may have changed; quote it or use --set-string").WithOrigin(values.RuleNumberPrecision))
			return "", false
		}
		if tags.Quantity || tags.Numeric {
			return numberText(s), true
		}
		// The number's text may no longer be what was written (1.10 reads
		// as 1.1, 0123 as 83), so the hint never proposes it as the string.
		var shown interface{} = v
		if tags.Secret {
			shown = field.OmitValueType{}
		}
		d.errs = append(d.errs, field.Invalid(path, shown,
			"must be a string: quote it as you wrote it (unquoted, YAML reads 1.10 as 1.1 and 0123 as 83) or use --set-string, so that its text is kept exactly"))
		return "", false
	}
	d.typeError(path, v, "a string", tags.Secret)
	return "", false
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range strings.TrimPrefix(s, "-") {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func numberText(v interface{}) string {
	switch n := v.(type) {
	case float64:
		return strconv.FormatFloat(n, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(n, 10)
	case int:
		return strconv.Itoa(n)
	case json.Number:
		return n.String()
	}
	return fmt.Sprint(v)
}

func integer(v interface{}) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case float64:
		if n != math.Trunc(n) || math.Abs(n) >= 1<<53 {
			return 0, false // not whole, or perhaps not what was written
		}
		return int64(n), true
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	}
	return 0, false
}

// outOfRange tells whether v is a whole number too large to be read
// exactly: a number above 2^53 (YAML and JSON read it as a float), or a
// string of digits beyond int64 (what --set keeps as text).
func outOfRange(v interface{}) bool {
	switch n := v.(type) {
	case float64:
		return n == math.Trunc(n) && math.Abs(n) >= 1<<53
	case string:
		if !isDigits(n) {
			return false
		}
		_, err := strconv.ParseInt(n, 10, 64)
		return errors.Is(err, strconv.ErrRange)
	case json.Number:
		_, err := strconv.ParseInt(n.String(), 10, 64)
		return errors.Is(err, strconv.ErrRange)
	}
	return false
}

// rangeMessage says why a whole number outOfRange is refused: a float (YAML
// or JSON read it) from 2^53 up may already have lost digits; text (--set)
// is beyond int64.
func rangeMessage(v interface{}) string {
	if _, ok := v.(float64); ok {
		return "is out of range: a whole number from 2^53 (9007199254740992) up is read inexactly, so it may not even be the number written"
	}
	return "is out of range"
}

// shownNumber is v for an error: a whole float64 as an integer when it fits
// (2147483648, not 2.147483648e+09).
func shownNumber(v interface{}) interface{} {
	if f, ok := v.(float64); ok && f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return int64(f)
	}
	return v
}

// decodeIntOrString accepts a number or a string (a nodePort of 30400 or
// "30400", a pdb of 1 or "50%"); Validate checks the content.
func (d *decoder) decodeIntOrString(path *field.Path, v interface{}, dst reflect.Value) {
	if s, ok := v.(string); ok {
		dst.Set(reflect.ValueOf(intstr.FromString(s)))
		return
	}
	n, ok := integer(v)
	if (ok && (n > math.MaxInt32 || n < math.MinInt32)) || (!ok && outOfRange(v)) {
		d.errs = append(d.errs, field.Invalid(path, shownNumber(v), "is out of range"))
		return
	}
	if !ok {
		d.typeError(path, v, "an integer or a string", false)
		return
	}
	dst.Set(reflect.ValueOf(intstr.FromInt32(int32(n))))
}
