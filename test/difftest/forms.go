package difftest

import (
	"fmt"
	"strings"
)

// Class is what a form is meant to probe. It is the generator's intent, not
// a verdict: the API server decides.
type Class int

const (
	// Valid forms are ordinary values that should be accepted.
	Valid Class = iota
	// Borderline forms sit on a limit (a name of exactly 63 characters,
	// node port 32767, an empty optional value).
	Borderline
	// Invalid forms break a rule of Kubernetes or of this program.
	Invalid
)

// String is the class in reports: valid, borderline or invalid.
func (c Class) String() string {
	return [...]string{"valid", "borderline", "invalid"}[c]
}

// absent is the type of Absent.
type absent struct{}

// Absent as a Form's Value removes the key from the values file.
var Absent = absent{}

// Set is one extra value a form writes, at an absolute value path.
type Set struct {
	// Path is a value path in the catalog's syntax (see Point.Path).
	Path string
	// Value is written there (Absent removes the key).
	Value any
}

// Form is one value a point takes in a generated file.
type Form struct {
	// Name describes the form in reports, e.g. "label of 64".
	Name string
	// Class is the form's intent.
	Class Class
	// Value is written at the point's path; for a map-key point ("[*]")
	// it is the new key. Absent removes the key.
	Value any
	// Also are further values the form needs, e.g. the pathType that goes
	// with a path.
	Also []Set
}

func f(name string, class Class, value any, also ...Set) Form {
	return Form{Name: name, Class: class, Value: value, Also: also}
}

// dnsName returns a lower-case DNS name of exactly n characters (n >= 1)
// whose labels are at most 63 characters.
func dnsName(n int) string {
	var b strings.Builder
	for b.Len() < n {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		label := min(63, n-b.Len())
		if label > 1 && n-b.Len()-label == 1 { // never leave a trailing dot
			label--
		}
		b.WriteString(strings.Repeat(string(rune('a'+b.Len()%26)), label))
	}
	return b.String()
}

// label returns a DNS label of exactly n characters.
func label(n int) string { return "o" + strings.Repeat("x", n-1) }

// big returns a string of n bytes.
func big(n int) string { return strings.Repeat("s", n) }

const (
	kib = 1024
	mib = 1024 * kib
	hex = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
)

// boolForms are both booleans: a toggle's effect is the combination.
func boolForms() []Form {
	return []Form{f("true", Valid, true), f("false", Valid, false)}
}

// hostForms are Ingress host names.
func hostForms() []Form {
	return []Form{
		f("plain", Valid, "optio2.example.com"),
		f("single label", Valid, "optio"),
		f("punycode", Valid, "xn--bcher-kva.example"),
		f("wildcard", Valid, "*.example.com"),
		f("label of 63", Borderline, label(63)+".example.com"),
		f("name of 253", Borderline, dnsName(253)),
		f("empty", Borderline, ""),
		f("upper case", Invalid, "Optio.Example.com"),
		f("IDN", Invalid, "bücher.example"),
		f("trailing dot", Invalid, "optio.example.com."),
		f("label of 64", Invalid, label(64)+".example.com"),
		f("name of 254", Invalid, dnsName(254)),
		f("bare wildcard", Invalid, "*"),
		f("inner wildcard", Invalid, "a.*.example.com"),
		f("IPv4", Invalid, "10.0.0.1"),
		f("IPv6", Invalid, "::1"),
		f("underscore", Invalid, "a_b.example.com"),
		f("leading dash", Invalid, "-a.example.com"),
		f("space", Invalid, "optio example.com"),
		f("with port", Invalid, "optio.example.com:443"),
	}
}

// ingressPaths are paths to try under every pathType.
var ingressPaths = []struct {
	name  string
	class Class
	path  string
}{
	{"root", Valid, "/"},
	{"segment", Valid, "/v2"},
	{"trailing slash", Valid, "/api/"},
	{"dots in a segment", Valid, "/api/v1.0"},
	{"dash underscore", Valid, "/a-b_c"},
	{"long", Borderline, "/" + strings.Repeat("p", 4000)},
	{"repeated slash", Invalid, "/a//b"},
	{"dot segment", Invalid, "/a/./b"},
	{"dot-dot segment", Invalid, "/a/../b"},
	{"ends in /.", Invalid, "/a/."},
	{"ends in /..", Invalid, "/a/.."},
	{"escaped slash", Invalid, "/a%2fb"},
	{"escaped slash upper", Invalid, "/a%2Fb"},
	{"escaped space", Borderline, "/a%20b"},
	{"space", Invalid, "/a b"},
	{"regex group", Borderline, "/api/(.*)"},
	{"regex anchors", Borderline, "/api(/|$)(.*)"},
	{"tilde", Borderline, "/~user"},
	{"star", Borderline, "/a*"},
	{"query", Invalid, "/a?x=1"},
	{"fragment", Invalid, "/a#f"},
	{"semicolon", Borderline, "/a;b"},
	{"non-ASCII", Borderline, "/ü"},
	{"newline", Invalid, "/a\nb"},
	{"NUL", Invalid, "/a\x00b"},
	{"relative", Invalid, "api"},
	{"empty", Borderline, ""},
	{"nginx root directive", Invalid, "/a;root /etc;"},
	{"secrets dir", Invalid, "/var/run/secrets"},
}

// pathForms are ingressPaths under each pathType, for the path at pathPath
// whose pathType is at typePath.
func pathForms(typePath string) []Form {
	var out []Form
	for _, pt := range []string{"Prefix", "Exact", "ImplementationSpecific"} {
		for _, p := range ingressPaths {
			out = append(out, f(pt+" "+p.name, p.class, p.path, Set{typePath, pt}))
		}
	}
	return out
}

// qualifiedNameForms are label and annotation keys (and toleration keys,
// resource names): an optional DNS-subdomain prefix, "/", a name of at most
// 63 characters.
func qualifiedNameForms() []Form {
	return []Form{
		f("prefixed", Valid, "example.com/key"),
		f("plain", Valid, "key"),
		f("punctuation", Valid, "a.b-c_d"),
		f("upper-case name", Valid, "Key"),
		f("well-known ingress class", Borderline, "kubernetes.io/ingress.class"),
		f("well-known app name", Borderline, "app.kubernetes.io/name"),
		f("name of 63", Borderline, label(63)),
		f("prefix of 253", Borderline, dnsName(253)+"/k"),
		f("JS constructor", Borderline, "constructor"),
		f("JS __proto__", Borderline, "__proto__"),
		f("name of 64", Invalid, label(64)),
		f("prefix of 254", Invalid, dnsName(254)+"/k"),
		f("upper-case prefix", Invalid, "Example.com/key"),
		f("empty prefix", Invalid, "/key"),
		f("empty name", Invalid, "key/"),
		f("two slashes", Invalid, "a/b/c"),
		f("leading dash", Invalid, "-key"),
		f("space", Invalid, "k y"),
		f("colon", Invalid, "k:8"),
		f("newline", Invalid, "k\ny"),
		f("empty", Invalid, ""),
	}
}

// labelValueForms are label values (nodeSelector, toleration values).
func labelValueForms() []Form {
	return []Form{
		f("plain", Valid, "linux"),
		f("punctuation", Valid, "a.b_c-d"),
		f("upper case", Valid, "Linux"),
		f("empty", Borderline, ""),
		f("63 characters", Borderline, label(63)),
		f("64 characters", Invalid, label(64)),
		f("space", Invalid, "a b"),
		f("leading dash", Invalid, "-a"),
		f("trailing dot", Invalid, "a."),
		f("slash", Invalid, "a/b"),
		f("non-ASCII", Invalid, "ü"),
		f("newline", Invalid, "a\nb"),
	}
}

// annotationValueForms are annotation values: anything, up to 256 KiB for
// all of an object's annotations together.
func annotationValueForms() []Form {
	return []Form{
		f("plain", Valid, "10m"),
		f("empty", Valid, ""),
		f("spaces and quotes", Valid, `a "b" c`),
		f("non-ASCII", Valid, "ü €"),
		f("multi-line", Borderline, "line one\nline two"),
		f("JSON", Valid, `{"a":[1,2]}`),
		f("200 KiB", Borderline, big(200*kib)),
		f("256 KiB", Invalid, big(256*kib)),
		f("300 KiB", Invalid, big(300*kib)),
	}
}

// objectNameForms are names of objects (DNS-1123 subdomains of at most 253
// characters) that are referenced or created.
func objectNameForms(plain string) []Form {
	return []Form{
		f("plain", Valid, plain),
		f("one character", Borderline, "a"),
		f("with dots", Valid, plain+".v2"),
		f("253 characters", Borderline, dnsName(253)),
		f("254 characters", Invalid, dnsName(254)),
		f("upper case", Invalid, strings.ToUpper(plain)),
		f("underscore", Invalid, "a_b"),
		f("leading dash", Invalid, "-"+plain),
		f("trailing dot", Invalid, plain+"."),
		f("space", Invalid, "a b"),
		f("empty", Invalid, ""),
	}
}

// cpuForms are CPU quantities in every spelling.
func cpuForms() []Form {
	return []Form{
		f("millicores", Valid, "250m"),
		f("whole", Valid, "2"),
		f("YAML integer", Valid, 1),
		f("YAML float", Valid, 0.5),
		f("decimal", Valid, "0.5"),
		f("1000m", Valid, "1000m"),
		f("exponent", Valid, "1e-1"),
		f("upper exponent", Valid, "1E0"),
		f("nano", Borderline, "1n"),
		f("micro", Borderline, "1u"),
		f("sub-millicore", Borderline, "0.0001"),
		f("binary suffix", Borderline, "1Ki"),
		f("zero", Borderline, "0"),
		f("leading dot", Borderline, ".5"),
		f("trailing dot", Borderline, "1."),
		f("plus sign", Borderline, "+1"),
		f("huge", Borderline, "9223372036854775807"),
		f("exa", Borderline, "1E"),
		f("negative", Invalid, "-1"),
		f("space", Invalid, "1 m"),
		f("unit word", Invalid, "1 core"),
		f("hex", Invalid, "0x10"),
		f("empty", Invalid, ""),
	}
}

// memoryForms are memory quantities in every spelling.
func memoryForms() []Form {
	return []Form{
		f("Mi", Valid, "256Mi"),
		f("Gi", Valid, "1Gi"),
		f("decimal G", Valid, "1G"),
		f("bytes", Valid, "1000000"),
		f("YAML integer", Valid, 536870912),
		f("exponent", Valid, "5e8"),
		f("fraction of Gi", Valid, "0.5Gi"),
		f("Ki", Valid, "131072Ki"),
		f("millibytes", Borderline, "1m"),
		f("zero", Borderline, "0"),
		f("Ei", Borderline, "1Ei"),
		f("8Ei", Borderline, "8Ei"),
		f("Mb", Invalid, "256Mb"),
		f("lower gi", Invalid, "1gi"),
		f("GB", Invalid, "1GB"),
		f("negative", Invalid, "-1Mi"),
		f("space", Invalid, "1 Gi"),
		f("empty", Invalid, ""),
	}
}

// storageForms are volume sizes.
func storageForms() []Form {
	return []Form{
		f("Gi", Valid, "1Gi"),
		f("Ti", Valid, "1.5Ti"),
		f("decimal", Valid, "100G"),
		f("YAML integer", Valid, 1073741824),
		f("one byte", Borderline, "1"),
		f("millibyte", Borderline, "1m"),
		f("zero", Invalid, "0"),
		f("negative", Invalid, "-1Gi"),
		f("Gb", Invalid, "1Gb"),
		f("empty", Invalid, ""),
	}
}

// countForms are quota values: counts and quantities.
func countForms() []Form {
	return []Form{
		f("count", Valid, "10"),
		f("YAML integer", Valid, 10),
		f("zero", Borderline, "0"),
		f("quantity", Valid, "40Gi"),
		f("millis", Borderline, "500m"),
		f("fraction", Borderline, "1.5"),
		f("k", Valid, "1k"),
		f("negative", Invalid, "-1"),
		f("junk", Invalid, "ten"),
		f("empty", Invalid, ""),
	}
}

// intForms are integers around a field's limits: values outside [lo, hi]
// are invalid, lo and hi borderline.
func intForms(lo, hi int64, values ...int64) []Form {
	var out []Form
	for _, v := range values {
		c := Valid
		switch {
		case v < lo || v > hi:
			c = Invalid
		case v == lo || v == hi:
			c = Borderline
		}
		out = append(out, f(fmt.Sprint(v), c, v))
	}
	return out
}

// idForms are UIDs and GIDs.
func idForms() []Form {
	return append(intForms(0, 2147483647, 0, 1, 1000, 65534, 2147483647, 2147483648, -1), f("unset", Valid, Absent))
}

// enumForms are the allowed values plus near misses.
func enumForms(valid []string, invalid ...string) []Form {
	var out []Form
	for _, v := range valid {
		c := Valid
		if v == "" {
			c = Borderline
		}
		out = append(out, f(fmt.Sprintf("%q", v), c, v))
	}
	for _, v := range invalid {
		out = append(out, f(fmt.Sprintf("%q", v), Invalid, v))
	}
	return out
}

// secretForms are values that land in the Secret or ConfigMap R-config:
// anything, but a Secret holds at most 1 MiB.
func secretForms(plain string) []Form {
	return []Form{
		f("plain", Valid, plain),
		f("punctuation", Valid, `p@ss/w:rd?#&=%`),
		f("non-ASCII", Valid, "pässwörd"),
		f("multi-line", Borderline, "line one\nline two"),
		f("control characters", Borderline, "a\x1b[31mb\x00c\td"),
		f("600 KiB", Borderline, big(600*kib)),
		f("1 MiB + 1", Invalid, big(mib+1)),
		f("empty", Borderline, ""),
	}
}

// urlForms are URLs with the given schemes.
func urlForms(scheme, host string, more ...Form) []Form {
	return append([]Form{
		f("plain", Valid, scheme+"://"+host),
		f("user and password", Valid, scheme+"://user:p%40ss@"+host+":1234/x"),
		f("IPv6 host", Valid, scheme+"://[::1]:1234"),
		f("empty", Borderline, ""),
		f("other scheme", Invalid, "ftp://"+host),
		f("no scheme", Invalid, host),
		f("no host", Invalid, scheme+"://"),
		f("port out of range", Invalid, scheme+"://"+host+":99999"),
		f("bad escape", Invalid, scheme+"://user:p%zz@"+host),
		f("space", Invalid, scheme+"://a b"),
		f("trailing space", Invalid, scheme+"://"+host+" "),
		f("1 MiB + 1", Invalid, scheme+"://"+host+"/"+big(mib)),
	}, more...)
}

// repositoryForms are image repositories.
func repositoryForms(plain string) []Form {
	return []Form{
		f("short", Valid, plain),
		f("registry and org", Valid, "ghcr.io/acme/"+plain),
		f("registry with port", Valid, "localhost:5000/"+plain),
		f("deep path", Valid, "registry.example.com:443/a/b/"+plain),
		f("IPv6 registry", Borderline, "[::1]:5000/"+plain),
		f("upper-case registry", Borderline, "Registry.Example.com/acme/"+plain),
		f("255 characters", Borderline, "r.io/"+strings.Repeat("a", 250)),
		f("256 characters", Invalid, "r.io/"+strings.Repeat("a", 251)),
		f("upper-case path", Invalid, "ghcr.io/Acme/"+plain),
		f("holds a tag", Invalid, "ghcr.io/acme/"+plain+":1.0"),
		f("holds a digest", Invalid, "ghcr.io/acme/"+plain+"@sha256:"+hex),
		f("leading space", Invalid, " "+plain),
		f("inner space", Invalid, "ghcr.io/acme/"+plain+" x"),
		f("double slash", Invalid, "ghcr.io//"+plain),
		f("empty", Invalid, ""),
	}
}

// tagForms are image tags and digests.
func tagForms() []Form {
	return []Form{
		f("semver", Valid, "0.1.1"),
		f("latest", Valid, "latest"),
		f("punctuation", Valid, "v1.2.3-rc.1_b"),
		f("upper case", Valid, "RC1"),
		f("sha256 digest", Valid, "sha256:"+hex),
		f("128 characters", Borderline, "t"+strings.Repeat("1", 127)),
		f("sha512 digest", Borderline, "sha512:"+hex+hex),
		f("129 characters", Invalid, "t"+strings.Repeat("1", 128)),
		f("leading dot", Invalid, ".hidden"),
		f("leading dash", Invalid, "-x"),
		f("short digest", Invalid, "sha256:abc"),
		f("space", Invalid, "1.0 beta"),
		f("slash", Invalid, "a/b"),
		f("empty", Invalid, ""),
	}
}
