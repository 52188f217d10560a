package optio_test

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

func envOf(c manifest.Object) map[string]string {
	out := map[string]string{}
	list, _ := c.Get("env").([]interface{})
	for _, e := range list {
		m := manifest.Object(e.(map[string]interface{}))
		v, _ := m.Get("value").(string)
		out[m.Get("name").(string)] = v
	}
	return out
}

func container(t *testing.T, d manifest.Object) manifest.Object {
	t.Helper()
	c, ok := d.Get("spec", "template", "spec", "containers", 0).(map[string]interface{})
	if !ok {
		t.Fatalf("%s has no container", d.ID())
	}
	return c
}

func splitPath(p string) []interface{} {
	var out []interface{}
	for _, s := range strings.Split(p, ".") {
		if n := s[0]; n >= '0' && n <= '9' {
			i := 0
			for _, ch := range s {
				i = i*10 + int(ch-'0')
			}
			out = append(out, i)
			continue
		}
		out = append(out, s)
	}
	return out
}

func secretData(t *testing.T, o manifest.Object) map[string]string {
	t.Helper()
	data, _ := o.Get("data").(map[string]interface{})
	out := map[string]string{}
	for k, v := range data {
		b, err := base64.StdEncoding.DecodeString(v.(string))
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		out[k] = string(b)
	}
	return out
}

func jsonString(v interface{}) string {
	b, _ := json.Marshal(v)
	return string(b)
}
