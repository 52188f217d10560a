package optio_test

import (
	"encoding/base64"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation/field"
	"sigs.k8s.io/yaml"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// fullProps are valid props in which every list and map of the values holds
// at least one entry, so that a walk over them meets every kind of string.
func fullProps() optio.OptioChartProps {
	p := testutil.ValidProps()
	p.Ingress.Enabled = true
	p.Ingress.Annotations = map[string]string{"example.com/note": "n"}
	p.Ingress.TLS = []values.IngressTLS{{SecretName: "optio-tls", Hosts: []string{"optio.example.com"}}}
	p.ResourceQuota.Enabled = true
	p.ServiceAccount.Annotations = map[string]string{"example.com/role": "r"}
	p.ImagePullSecrets = []values.LocalObjectReference{{Name: "reg"}}
	p.Webhook.GithubSecret = "hook"
	p.Auth.Gitlab.BaseURL = "https://gitlab.example.com"
	p.PublicURL = "https://optio.example.com"
	// Optio's chart of today.
	p.Web.PublicAPIURL = "https://api.optio.example.com"
	p.Agent.Image.Prefix = "ghcr.io/acme/optio-agent-"
	p.Agent.NodeSelector = map[string]string{"example.com/pool": "agents"}
	p.Agent.Tolerations = []values.Toleration{{Key: "dedicated", Operator: "Equal", Value: "agents", Effect: "NoSchedule"}}
	p.Agent.Cache.StorageClass = "fast"
	p.InstalledSkillsCache.StorageClass = "fast"
	p.Auth.OIDC = values.OIDCValues{IssuerURL: "https://sso.example.com", ClientID: "oidc", ClientSecret: "oidc-secret", DisplayName: "SSO", Scopes: "openid email"}
	p.Github.App = values.GithubAppValues{ID: "1", ClientID: "app", ClientSecret: "app-secret", InstallationID: "2", PrivateKey: "key",
		BotName: "app[bot]", BotEmail: "1+app[bot]@users.noreply.github.com", ExistingSecret: "app-secret-name"}
	p.CredentialSecret = "cred"
	p.Notifications.Vapid = values.VapidValues{PublicKey: "pub", PrivateKey: "priv", Subject: "mailto:ops@example.com"}
	p.Observability.OTel.Enabled = true
	p.Observability.OTel.Endpoint = "http://collector:4318"
	p.Observability.OTel.Headers = "x-token=t"
	p.Observability.OTel.ResourceAttributes = "team=x"
	for _, s := range []*values.SchedulingValues{&p.API.SchedulingValues, &p.Web.SchedulingValues, &p.Postgresql.SchedulingValues, &p.Redis.SchedulingValues, &p.Optio.SchedulingValues} {
		s.NodeSelector = map[string]string{"example.com/pool": "optio"}
		s.Tolerations = []values.Toleration{{Key: "dedicated", Operator: "Equal", Value: "optio", Effect: "NoSchedule"}}
		s.ContainerSecurityContext.Capabilities = &values.CapabilitiesValues{Add: []string{"CHOWN"}, Drop: []string{"ALL"}}
		s.ContainerSecurityContext.SeccompProfile = &values.SeccompProfileValues{Type: "Localhost", LocalhostProfile: "profiles/optio.json"}
	}
	return p
}

// leaf is one string of the props: a value, or a key of a map.
type leaf struct {
	path   string // as the validation names it
	alt    []string
	key    bool
	parent *field.Path // the map of a key
	class  string      // "restricted", "text" or "opaque" (a secret)
	set    func(string)
	get    func() string
	secret bool
}

// leaves walks every string of p by reflection (an independent walk from
// the one under test), with a setter for each.
func leaves(p *optio.OptioChartProps) []leaf {
	var out []leaf
	texts := map[string]bool{"ingress.annotations": true, "serviceAccount.annotations": true}
	opaque := map[string]bool{"encryption.key": true, "postgresql.auth.password": true, "webhook.githubSecret": true,
		"auth.github.clientSecret": true, "auth.google.clientSecret": true, "auth.gitlab.clientSecret": true,
		"auth.oidc.clientSecret": true, "github.app.clientSecret": true, "github.app.privateKey": true, "credentialSecret": true,
		"notifications.vapid.privateKey": true, "observability.otel.headers": true}
	var walk func(path *field.Path, v reflect.Value, secret bool)
	walk = func(path *field.Path, v reflect.Value, secret bool) {
		class := "restricted"
		switch {
		case opaque[path.String()]:
			class = "opaque"
		case texts[path.String()]:
			class = "text"
		}
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(path, v.Elem(), secret)
			}
		case reflect.String:
			out = append(out, leaf{path: path.String(), class: class, set: v.SetString, get: v.String, secret: secret})
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(path.Index(i), v.Index(i), secret)
			}
		case reflect.Map:
			for _, k := range v.MapKeys() {
				m, key := v, k.String()
				kp := path.Key(key)
				alt := []string{path.String(), path.Child(key).String()}
				out = append(out, leaf{path: kp.String(), alt: alt, key: true, parent: path, class: "restricted",
					set: func(s string) {
						val := m.MapIndex(reflect.ValueOf(key).Convert(m.Type().Key()))
						m.SetMapIndex(reflect.ValueOf(key).Convert(m.Type().Key()), reflect.Value{})
						m.SetMapIndex(reflect.ValueOf(s).Convert(m.Type().Key()), val)
					},
					get: func() string { return key }})
				out = append(out, leaf{path: kp.String(), alt: alt, class: class,
					set: func(s string) {
						m.SetMapIndex(reflect.ValueOf(key).Convert(m.Type().Key()), reflect.ValueOf(s).Convert(m.Type().Elem()))
					},
					get: func() string { return m.MapIndex(reflect.ValueOf(key).Convert(m.Type().Key())).String() }})
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeOf(intstr.IntOrString{}) {
				out = append(out, leaf{path: path.String(), class: class,
					set: func(s string) { v.Set(reflect.ValueOf(intstr.FromString(s))) },
					get: func() string { x := v.Interface().(intstr.IntOrString); return x.String() }})
				return
			}
			t := v.Type()
			for i := 0; i < t.NumField(); i++ {
				f := t.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if name == "-" {
					continue
				}
				s := secret || strings.Contains(f.Tag.Get("values"), "secret")
				if f.Anonymous && name == "" {
					walk(path, v.Field(i), s)
					continue
				}
				fp := field.NewPath(name)
				if path != nil {
					fp = path.Child(name)
				}
				walk(fp, v.Field(i), s)
			}
		}
	}
	walk(nil, reflect.ValueOf(p).Elem(), false)
	slices.SortFunc(out, func(a, b leaf) int { return strings.Compare(a.path, b.path) })
	return out
}

// noRawControl fails when an error message carries a raw control character
// (a newline, NUL or ESC that the user's terminal would act on).
func noRawControl(t *testing.T, errs field.ErrorList) {
	t.Helper()
	for _, e := range errs {
		if strings.ContainsAny(e.Error(), "\n\x00\x1b\r") {
			t.Errorf("an error prints a raw control character: %q", e.Error())
		}
	}
}

// Every string of the values with a newline, NUL or ESC: where the field
// restricts its text, Validate refuses it naming the path (keys quoted);
// where it holds free text (annotation values) or a secret, it is accepted
// (and TestFreeTextIsWrittenExactly shows it written exactly).
func TestControlCharactersRefusedWithTheirPath(t *testing.T) {
	base := fullProps()
	if errs := base.Validate(); len(errs) > 0 {
		t.Fatalf("fullProps are invalid: %v", errs)
	}
	n := len(leaves(&base))
	if n < 100 {
		t.Fatalf("only %d strings found", n)
	}
	for i := range n {
		for _, bad := range []string{"\n", "\x00", "\x1b[31m"} {
			p := fullProps()
			l := leaves(&p)[i]
			l.set(l.get() + bad)
			errs := p.Validate()
			noRawControl(t, errs)
			want := append([]string{l.path}, l.alt...)
			if l.key { // the key now holds bad: its path is quoted
				k := values.QuoteKey(l.get() + bad)
				want = []string{l.parent.Key(k).String(), l.parent.Child(k).String(), l.parent.String()}
			}
			var at field.ErrorList
			for _, e := range errs {
				if slices.Contains(want, e.Field) {
					at = append(at, e)
				}
			}
			switch {
			case l.class == "restricted" && len(at) == 0:
				t.Errorf("%s (key %v) = %q: not refused; errors: %v", l.path, l.key, l.get(), errs)
			case l.class != "restricted" && len(at) > 0:
				t.Errorf("%s (%s) = %q: refused: %v", l.path, l.class, l.get(), at)
			}
			if l.secret && len(errs) > 0 && strings.Contains(errs.ToAggregate().Error(), bad) {
				t.Errorf("%s: a secret value is shown", l.path)
			}
		}
	}
}

// A key such as "\x1b[2J" (clear the screen) is quoted in the error.
func TestKeysQuotedInErrors(t *testing.T) {
	p := testutil.ValidProps()
	p.API.NodeSelector = map[string]string{"\x1b[2J": "x"}
	p.ResourceQuota.Hard["\x1b[2J"] = "1"
	p.API.Resources.Limits["\x1b[2J"] = "1"
	errs := p.Validate()
	noRawControl(t, errs)
	for _, want := range []string{`api.nodeSelector: Invalid value: "\x1b[2J"`, `resourceQuota.hard["\x1b[2J"]: `, `api.resources.limits."\x1b[2J": `} {
		found := false
		for _, e := range errs {
			found = found || strings.HasPrefix(e.Error(), want)
		}
		if !found {
			t.Errorf("no error at %s: %v", want, errs)
		}
	}
}

// Text a field allows is written exactly: annotation values and secrets
// with control characters come back unchanged from the YAML, as kubectl
// reads it.
func TestFreeTextIsWrittenExactly(t *testing.T) {
	for _, v := range []string{"a\nb", "line\n", "\x00", "\x1b[31mred\x1b[0m", "tab\there", "cr\r\nlf", " lead and trail ", "\ufeffbom", "é漢🙂", "no", "~", "${Token[TOKEN.12]}", "$jsii.byref", "[object Object]", "__proto__", "a: b", "- a", "<<", "'\"\\"} {
		p := fullProps()
		p.Ingress.Annotations["example.com/v"] = v
		p.ServiceAccount.Annotations["example.com/v"] = v
		p.Encryption.Key = v
		p.Webhook.GithubSecret = v
		if errs := p.Validate(); len(errs) > 0 {
			t.Errorf("%q: refused: %v", v, errs)
			continue
		}
		out, err := synth.YAML(p)
		if err != nil {
			t.Errorf("%q: %v", v, err)
			continue
		}
		got := map[string]string{}
		for _, d := range strings.Split(out, "\n---\n") {
			var o struct {
				Kind     string `json:"kind"`
				Metadata struct {
					Annotations map[string]string `json:"annotations"`
				} `json:"metadata"`
				Data map[string]string `json:"data"`
			}
			if err := yaml.Unmarshal([]byte(d), &o); err != nil {
				t.Fatalf("%q: the output does not parse: %v", v, err)
			}
			if a, ok := o.Metadata.Annotations["example.com/v"]; ok {
				got[o.Kind] = a
			}
			if k, ok := o.Data["OPTIO_ENCRYPTION_KEY"]; ok && o.Kind == "Secret" {
				b, _ := base64.StdEncoding.DecodeString(k)
				got["key"] = string(b)
				b, _ = base64.StdEncoding.DecodeString(o.Data["GITHUB_WEBHOOK_SECRET"])
				got["webhook"] = string(b)
			}
		}
		for _, where := range []string{"Ingress", "ServiceAccount", "key", "webhook"} {
			if got[where] != v {
				t.Errorf("%q in %s came back as %q", v, where, got[where])
			}
		}
	}
}

// jsSpecialKeys are names that JavaScript, the jsii runtime or cdk8s give a
// meaning to: Object.prototype's members, what cdk8s's resolvers and the
// YAML writer look up (resolve, value, produce, toJSON), thenables, jsii's
// wire markers, array-index-like keys (JavaScript orders them first).
var jsSpecialKeys = []string{
	"constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf",
	"propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__defineSetter__", "__lookupGetter__",
	"__lookupSetter__", "then", "toJSON", "resolve", "value", "produce", "length", "name", "constructor.name",
	"$jsii.byref", "$jsii.map", "$jsii.struct", "$jsii.enum", "$jsii.date", "$jsii.interfaces", "[[Prototype]]",
	"0", "9", "10", "1e3", "-1", "NaN", "Infinity", "undefined", "null", "true", "<<", "fqn", "jsii", "inspect",
	"example.com/constructor", "example.com/__proto__", "example.com/toString",
}

// Each JavaScript-special key in every map-valued field of the values:
// refused by Validate with a path under that map, or written exactly.
func TestJavaScriptSpecialKeys(t *testing.T) {
	maps := map[string]func(p *optio.OptioChartProps) (m map[string]string, value string){}
	for _, c := range []string{"api", "web", "postgresql", "redis"} {
		maps[c+".nodeSelector"] = func(p *optio.OptioChartProps) (map[string]string, string) {
			return schedulingOf(p, c).NodeSelector, "probe-value"
		}
		maps[c+".podAnnotations"] = func(p *optio.OptioChartProps) (map[string]string, string) {
			s := schedulingOf(p, c)
			if s.PodAnnotations == nil {
				s.PodAnnotations = map[string]string{}
			}
			return s.PodAnnotations, "probe-value"
		}
		maps[c+".podLabels"] = func(p *optio.OptioChartProps) (map[string]string, string) {
			s := schedulingOf(p, c)
			if s.PodLabels == nil {
				s.PodLabels = map[string]string{}
			}
			return s.PodLabels, "probe-value"
		}
		for _, part := range []string{"requests", "limits"} {
			maps[c+".resources."+part] = func(p *optio.OptioChartProps) (map[string]string, string) {
				r := resourcesOf(p, c)
				if part == "requests" {
					return r.Requests, "7"
				}
				return r.Limits, "7"
			}
		}
	}
	maps["ingress.annotations"] = func(p *optio.OptioChartProps) (map[string]string, string) {
		return p.Ingress.Annotations, "probe-value"
	}
	maps["serviceAccount.annotations"] = func(p *optio.OptioChartProps) (map[string]string, string) {
		return p.ServiceAccount.Annotations, "probe-value"
	}
	maps["commonLabels"] = func(p *optio.OptioChartProps) (map[string]string, string) {
		if p.CommonLabels == nil {
			p.CommonLabels = map[string]string{}
		}
		return p.CommonLabels, "probe-value"
	}
	maps["resourceQuota.hard"] = func(p *optio.OptioChartProps) (map[string]string, string) {
		return p.ResourceQuota.Hard, "7"
	}
	type written struct{ mapPath, key, value string }
	var accepted []written
	all := fullProps()
	for mapPath, get := range maps {
		for _, key := range jsSpecialKeys {
			p := fullProps()
			m, value := get(&p)
			m[key] = value
			// An extended resource (a domain-qualified name) needs a limit
			// equal to its request (Kubernetes: it cannot be overcommitted).
			comp, isRequest := strings.CutSuffix(mapPath, ".resources.requests")
			if isRequest {
				resourcesOf(&p, comp).Limits[key] = value
			}
			errs := p.Validate()
			noRawControl(t, errs)
			if len(errs) == 0 {
				accepted = append(accepted, written{mapPath, key, value})
				m, _ := get(&all)
				m[key] = value
				if isRequest {
					resourcesOf(&all, comp).Limits[key] = value
				}
				continue
			}
			for _, e := range errs {
				limitOfRequest := isRequest && strings.HasPrefix(e.Field, comp+".resources.limits")
				if !strings.HasPrefix(e.Field, mapPath) && !limitOfRequest {
					t.Errorf("%s[%s]: an error elsewhere: %v", mapPath, key, e)
				}
			}
			// Where no other rule refuses it, the reason is cdk8s's.
			if key == "constructor" && (mapPath == "api.nodeSelector" || mapPath == "ingress.annotations") && !strings.Contains(errs.ToAggregate().Error(), "cdk8s") {
				t.Errorf("%s[constructor]: %v, want the cdk8s reason", mapPath, errs)
			}
		}
	}
	if len(accepted) < 50 {
		t.Fatalf("only %d keys accepted", len(accepted))
	}
	// Every accepted key at once, through the whole synth.
	out, err := synth.YAML(all)
	if err != nil {
		t.Fatalf("synth with every accepted key: %v", err)
	}
	pairs := map[string]bool{}
	for _, d := range strings.Split(out, "\n---\n") {
		var o interface{}
		if err := yaml.Unmarshal([]byte(d), &o); err != nil {
			t.Fatal(err)
		}
		collectPairs(o, pairs)
	}
	for _, a := range accepted {
		if !pairs[a.key+"="+a.value] {
			t.Errorf("%s[%s]: accepted but not written as %s: %s", a.mapPath, a.key, a.key, a.value)
		}
	}
}

func collectPairs(v interface{}, out map[string]bool) {
	switch t := v.(type) {
	case map[string]interface{}:
		for k, e := range t {
			out[k+"="+fmt.Sprint(e)] = true
			collectPairs(e, out)
		}
	case []interface{}:
		for _, e := range t {
			collectPairs(e, out)
		}
	}
}

func schedulingOf(p *optio.OptioChartProps, c string) *values.SchedulingValues {
	return map[string]*values.SchedulingValues{"api": &p.API.SchedulingValues, "web": &p.Web.SchedulingValues,
		"postgresql": &p.Postgresql.SchedulingValues, "redis": &p.Redis.SchedulingValues}[c]
}

func resourcesOf(p *optio.OptioChartProps, c string) *values.ResourcesValues {
	return map[string]*values.ResourcesValues{"api": &p.API.Resources, "web": &p.Web.Resources,
		"postgresql": &p.Postgresql.Resources, "redis": &p.Redis.Resources}[c]
}

// FuzzStrings puts a key and a value into every map-valued field of the
// values (and the value into every free-text one) and synthesizes: either
// Validate refuses it, naming paths and printing no raw control character,
// or the whole synth succeeds and writes the key and value exactly.
//
//	go test ./constructs/ -run '^$' -fuzz '^FuzzStrings$'
func FuzzStrings(f *testing.F) {
	for _, k := range jsSpecialKeys {
		f.Add(k, "v")
	}
	for _, v := range []string{"a\nb", "\x00", "\x1b[2J", "\u2028", "\x7f", "\xff", "${Token[TOKEN.1]}", "constructor", ""} {
		f.Add("example.com/k", v)
	}
	f.Fuzz(func(t *testing.T, key, value string) {
		p := fullProps()
		for _, s := range []*values.SchedulingValues{&p.API.SchedulingValues, &p.Web.SchedulingValues, &p.Postgresql.SchedulingValues, &p.Redis.SchedulingValues} {
			s.NodeSelector[key] = value
		}
		p.Ingress.Annotations[key] = value
		p.ServiceAccount.Annotations[key] = value
		p.Ingress.Annotations["example.com/fuzz"] = value
		errs := p.Validate()
		if len(errs) > 0 {
			noRawControl(t, errs)
			for _, e := range errs {
				if e.Field == "" || e.Field == "<nil>" {
					t.Fatalf("an error without a path: %v", e)
				}
			}
			return
		}
		out, err := synth.YAML(p)
		if err != nil {
			t.Fatalf("valid props, failed synth: %v", err)
		}
		pairs := map[string]bool{}
		for _, d := range strings.Split(out, "\n---\n") {
			var o interface{}
			if err := yaml.Unmarshal([]byte(d), &o); err != nil {
				t.Fatalf("the output does not parse: %v", err)
			}
			collectPairs(o, pairs)
		}
		if !pairs[key+"="+value] || !pairs["example.com/fuzz="+value] {
			t.Fatalf("%q: %q not written exactly", key, value)
		}
	})
}
