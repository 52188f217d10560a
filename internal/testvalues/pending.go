package testvalues

import (
	"reflect"
	"strings"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// PendingKeys are the keys of Optio's chart of today (v0.4.0) that the
// companion work of issue 15 brings to the values model (TLS for Postgres
// and Redis, Redis auth, the Gateway API). The fixtures of issue 18 set them
// too (test/testdata/values/chart-0.4.0); until the values model has them,
// StripPendingKeys removes them from a tree so that the rest is checked.
var PendingKeys = []string{"postgresql.tls", "redis.tls", "redis.auth", "gatewayAPI"}

// StripPendingKeys deletes from tree each of PendingKeys that values.Values
// does not know yet, and returns the ones it deleted. Once a key is in the
// values model it is kept and checked like any other, so this shim does
// nothing then and can be deleted.
func StripPendingKeys(tree map[string]interface{}) []string {
	var stripped []string
	for _, p := range PendingKeys {
		if Known(p) {
			continue
		}
		keys := strings.Split(p, ".")
		m := tree
		for _, k := range keys[:len(keys)-1] {
			m, _ = m[k].(map[string]interface{})
		}
		if _, ok := m[keys[len(keys)-1]]; ok && m != nil {
			delete(m, keys[len(keys)-1])
			stripped = append(stripped, p)
		}
	}
	return stripped
}

// Known tells whether a dotted path of keys is a value of values.Values
// (through its structs, as encoding/json names the fields).
func Known(path string) bool {
	t := reflect.TypeOf(values.Values{})
	for _, k := range strings.Split(path, ".") {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return false
		}
		f, ok := fieldByJSON(t, k)
		if !ok {
			return false
		}
		t = f.Type
	}
	return true
}

func fieldByJSON(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && tag == "" && f.Type.Kind() == reflect.Struct {
			if inner, ok := fieldByJSON(f.Type, name); ok {
				return inner, true
			}
			continue
		}
		if tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}
