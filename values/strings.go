package values

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation/field"
)

// QuoteKey returns a key (or any user text that is part of a path or a
// message) as it is printed: as given when every character is printable,
// else quoted Go-style (%q), so that a key holding a newline or a terminal
// escape sequence is shown, not run by the user's terminal.
func QuoteKey(key string) string {
	if utf8.ValidString(key) && strings.IndexFunc(key, func(r rune) bool { return !unicode.IsPrint(r) }) < 0 {
		return key
	}
	return strconv.Quote(key)
}

// stringClass says which characters a string value may hold.
type stringClass int

const (
	// restricted: the value reaches a field that Kubernetes (or the program
	// reading it: Postgres, cert-manager, the Ingress controller, an OAuth
	// provider) restricts: names, keys, hosts, paths, enums, identifiers,
	// URLs. No control character at all.
	restricted stringClass = iota
	// text: the value reaches a field that holds any text (annotation
	// values). Control characters such as newline, tab, NUL or ESC are
	// written exactly; only YAMLUnsafe characters are refused.
	text
	// opaque: a secret that reaches the output only base64-encoded (Secret
	// data) or escaped (inside DATABASE_URL): any bytes are written exactly.
	opaque
)

// classOf is the class of a field's strings, from its tags: text for
// values:"text", opaque for values:"opaque", restricted otherwise.
func classOf(t FieldTags) stringClass {
	switch {
	case t.Opaque:
		return opaque
	case t.Text:
		return text
	}
	return restricted
}

// jsReservedKeys are map keys that Kubernetes accepts but that cannot pass
// through cdk8s: its JavaScript renderer (sanitizeValue in cdk8s 2.69)
// reads obj.constructor.name to tell a plain map from a class instance, and
// a map with the key "constructor" fails the whole synth. Every other key
// was found to pass (TestJavaScriptSpecialKeys, FuzzStrings) but
// "__proto__", which JavaScript reads as the object's prototype: the key
// vanishes from the output. It is no valid label or annotation key either,
// but in a free-form map it would be lost without a word; where Kubernetes'
// own rule refuses it too, that error gets this rule's origin, as the server
// never sees the key. Keys such as $jsii.byref are not valid Kubernetes keys.
var jsReservedKeys = map[string]bool{"constructor": true, "__proto__": true}

// YAMLUnsafe reports characters that Kubernetes accepts in free text but
// that do not survive the output: cdk8s's YAML writer emits them as they are,
// and the YAML 1.1 reader of kubectl and Argo CD (sigs.k8s.io/yaml) then
// refuses the file (DEL, the C1 controls, U+FFFE, U+FFFF) or reads a line
// break instead (NEL U+0085, U+2028, U+2029). Found by writing every code
// point through the synth (TestEveryCharacterRoundTrips).
func YAMLUnsafe(r rune) bool {
	return r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == 0x2028 || r == 0x2029 || r == 0xfffe || r == 0xffff
}

// characterName names a character for an error message.
func characterName(r rune) string {
	names := map[rune]string{
		'\n': "newline", '\r': "carriage return", '\t': "tab", 0: "NUL", 0x1b: "ESC",
		0x7f: "DEL", 0x85: "next line", 0x2028: "line separator", 0x2029: "paragraph separator",
	}
	if n, ok := names[r]; ok {
		return fmt.Sprintf("%U (%s)", r, n)
	}
	return fmt.Sprintf("%U", r)
}

// stringProblem returns what is wrong with s in a field of class c, or "".
func stringProblem(s string, c stringClass) (msg, origin string) {
	if c == opaque {
		return "", ""
	}
	if !utf8.ValidString(s) {
		return "must be UTF-8 text", RuleTextUTF8
	}
	for i, r := range s {
		switch {
		case YAMLUnsafe(r):
			return fmt.Sprintf("must not contain %s (at byte %d): Kubernetes accepts it, but cdk8s writes it unescaped and kubectl's YAML reader then refuses the file or reads another value", characterName(r), i), RuleTextYAMLUnsafe
		case c == restricted && unicode.IsControl(r):
			hint := ""
			if r == '\n' && i == len(s)-1 {
				hint = "; a file read with --set-file keeps its final newline"
			}
			return fmt.Sprintf("must not contain control characters such as newline, tab, NUL or ESC: found %s at byte %d%s", characterName(r), i, hint), RuleTextControlCharacters
		}
	}
	return "", ""
}

// validateStrings checks every string of the props, map keys included,
// found by reflection so that a new field is covered without a new rule
// (restricted unless its tags say otherwise: classOf): no control character
// except where the field takes free text, no character that the YAML output
// cannot carry (YAMLUnsafe) and only UTF-8 except in secrets written
// base64-encoded, and no map key that cdk8s cannot render (jsReservedKeys).
// A value that an earlier rule already reported (in reported) is not
// reported twice. Secret values are never shown.
func (p *Values) validateStrings(reported field.ErrorList) field.ErrorList {
	w := &stringWalker{reported: map[string][]interface{}{}, reportedErrs: map[string][]*field.Error{}}
	for _, e := range reported {
		w.reported[e.Field] = append(w.reported[e.Field], e.BadValue)
		w.reportedErrs[e.Field] = append(w.reportedErrs[e.Field], e)
	}
	w.walk(nil, reflect.ValueOf(p).Elem(), restricted, false)
	return w.errs
}

type stringWalker struct {
	// reported are the bad values already reported, by path.
	reported map[string][]interface{}
	// reportedErrs are those errors, by path.
	reportedErrs map[string][]*field.Error
	errs         field.ErrorList
}

// isReported tells whether the value s at path has an error already. For
// an entry of the map at parent (path is parent[key]), an error at
// parent.key (the style of resources.limits.cpu) or one at parent whose bad
// value is s (the style of metav1validation.ValidateLabels) counts too.
func (w *stringWalker) isReported(path, parent *field.Path, key, s string) bool {
	if _, ok := w.reported[path.String()]; ok {
		return true
	}
	if parent == nil {
		return false
	}
	if _, ok := w.reported[parent.Child(QuoteKey(key)).String()]; ok {
		return true
	}
	for _, v := range w.reported[parent.String()] {
		if v == s {
			return true
		}
	}
	return false
}

func (w *stringWalker) check(path, parent *field.Path, key, s string, c stringClass, hide bool) {
	msg, origin := stringProblem(s, c)
	if msg == "" || w.isReported(path, parent, key, s) {
		return
	}
	var shown interface{} = s
	if hide {
		shown = field.OmitValueType{}
	}
	w.errs = append(w.errs, field.Invalid(path, shown, msg).WithOrigin(origin))
}

func (w *stringWalker) walk(path *field.Path, v reflect.Value, c stringClass, hide bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			w.walk(path, v.Elem(), c, hide)
		}
	case reflect.String:
		w.check(path, nil, "", v.String(), c, hide)
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			w.walk(path.Index(i), v.Index(i), c, hide)
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			key := k.String()
			kp := path.Key(QuoteKey(key))
			if jsReservedKeys[key] && !w.isReported(kp, path, key, key) {
				w.errs = append(w.errs, field.Forbidden(kp, fmt.Sprintf("the key %q cannot be written: cdk8s's JavaScript renderer cannot carry it in a map (Kubernetes would accept it)", key)).WithOrigin(RuleTextJSKey))
			} else if jsReservedKeys[key] {
				// Refused already (an invalid label or annotation key), as
				// the server would if it could see it: it cannot.
				for _, e := range append(w.reportedErrs[kp.String()], w.reportedErrs[path.String()]...) {
					if e.Field == kp.String() || e.BadValue == key {
						e.Origin = RuleTextJSKey
					}
				}
			} else {
				w.check(kp, path, key, key, restricted, false)
			}
			if s := v.MapIndex(k); s.Kind() == reflect.String {
				w.check(kp, path, key, s.String(), c, hide)
			} else {
				w.walk(kp, s, c, hide)
			}
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(intstr.IntOrString{}) {
			if s := v.Interface().(intstr.IntOrString); s.Type == intstr.String {
				w.check(path, nil, "", s.StrVal, c, hide)
			}
			return
		}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" || !f.IsExported() {
				continue
			}
			tags := TagsOf(f)
			fc := classOf(tags)
			fhide := hide || tags.Secret || tags.Sensitive
			if f.Anonymous && name == "" {
				w.walk(path, v.Field(i), fc, fhide) // inlined, as encoding/json does
				continue
			}
			if name == "" {
				name = f.Name
			}
			fp := field.NewPath(name)
			if path != nil {
				fp = path.Child(name)
			}
			w.walk(fp, v.Field(i), fc, fhide)
		}
	}
}
