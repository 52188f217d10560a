package importfix

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// generated are converters as cdk8s import 2.207 (json2jsii) writes them: a
// struct's undefined-field filter, a map of strings, a map of quantities, a
// map of lists, a map of structs, and a map of maps (nested converters).
const generated = `
function toJson_Inner(obj) {
  if (obj === undefined) { return undefined; }
  const result = {
    'a': obj.a,
    'b': obj.b,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_Outer(obj) {
  if (obj === undefined) { return undefined; }
  const result = {
    'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'hard': ((obj.hard) === undefined) ? undefined : (Object.entries(obj.hard).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    'extra': ((obj.extra) === undefined) ? undefined : (Object.entries(obj.extra).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => y) }), {})),
    'inner': ((obj.inner) === undefined) ? undefined : (Object.entries(obj.inner).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_Inner(i[1]) }), {})),
    'nested': ((obj.nested) === undefined) ? undefined : (Object.entries(obj.nested).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: ((i[1]) === undefined) ? undefined : (Object.entries(i[1]).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})) }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
`

func TestRewriteReplacesEveryCopy(t *testing.T) {
	if got := Count([]byte(generated)); got != 8 {
		t.Fatalf("Count = %d, want 8", got)
	}
	out, n, err := Rewrite([]byte(generated))
	if err != nil {
		t.Fatal(err)
	}
	if n != 8 {
		t.Errorf("rewrote %d converters, want 8", n)
	}
	if c := Count(out); c != 0 || strings.Contains(string(out), "...r") {
		t.Errorf("%d copies left:\n%s", c, out)
	}
	// Everything around the converters is left as it was.
	if !strings.Contains(string(out), "  // filter undefined values\n  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : (Object.defineProperty(r, i[0], { value: i[1], enumerable: true, writable: true, configurable: true })), {});\n}") {
		t.Errorf("unexpected rewrite:\n%s", out)
	}
	again, n, err := Rewrite(out)
	if err != nil || n != 0 || !bytes.Equal(again, out) {
		t.Errorf("a second rewrite changed the text (%d, %v)", n, err)
	}
}

// A generator whose output no longer has the expected shape is an error,
// not a half-rewritten file.
func TestRewriteRefusesUnknownShapes(t *testing.T) {
	for _, js := range []string{
		"x.reduce((r, i) => ({ ...r, [i[0]]: i[1]",           // never closes
		"x.reduce((r, i) => ({ ...r, [i[0]]: i[1], k: 1 }))", // a second property
		"x.reduce((r, i) => ({ ...r, [i[0]]: f('a') }))",     // a string literal
		"x.reduce((r, i) => ({ ...r, [i[0]]: i[1]}))",        // no space before the brace
	} {
		if _, _, err := Rewrite([]byte(js)); err == nil {
			t.Errorf("%s: no error", js)
		}
	}
}

// The rewritten converters give the same objects as the generated ones, with
// the same own keys in the same order, "__proto__" and other keys special to
// JavaScript included, and the same undefined values dropped.
func TestRewriteKeepsTheResult(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	rewritten, _, err := Rewrite([]byte(generated))
	if err != nil {
		t.Fatal(err)
	}
	const probe = `
const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '10', '2', 'a/b', 'valueOf', '__defineGetter__'];
function input() {
  const m = () => { const o = {}; for (const k of keys) Object.defineProperty(o, k, { value: 'v-' + k, enumerable: true, writable: true, configurable: true }); o.gone = undefined; return o; };
  const q = {}; for (const k of keys) Object.defineProperty(q, k, { value: { value: '1Gi' }, enumerable: true, writable: true, configurable: true });
  const l = {}; for (const k of keys) Object.defineProperty(l, k, { value: ['x', k], enumerable: true, writable: true, configurable: true });
  const s = {}; for (const k of keys) Object.defineProperty(s, k, { value: { a: k, b: undefined }, enumerable: true, writable: true, configurable: true });
  const n = {}; for (const k of keys) Object.defineProperty(n, k, { value: m(), enumerable: true, writable: true, configurable: true });
  return { labels: m(), hard: q, extra: l, inner: s, nested: n, unknown: 'dropped' };
}
function describe(v) {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(describe);
  return { proto: Object.getPrototypeOf(v) === Object.prototype, own: Object.getOwnPropertyNames(v).map(k => {
    const d = Object.getOwnPropertyDescriptor(v, k);
    return [k, d.enumerable, d.writable, d.configurable, describe(d.value)];
  }) };
}
process.stdout.write(JSON.stringify(describe(toJson_Outer(input()))));
`
	run := func(js string) string {
		t.Helper()
		f := filepath.Join(t.TempDir(), "probe.js")
		if err := os.WriteFile(f, []byte(js+probe), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(node, f).Output()
		if err != nil {
			t.Fatalf("node: %v", err)
		}
		return string(out)
	}
	want, got := run(generated), run(string(rewritten))
	if got != want {
		t.Errorf("rewritten converters differ:\n got %s\nwant %s", got, want)
	}
	var d struct {
		Own [][]any `json:"own"`
	}
	if err := json.Unmarshal([]byte(want), &d); err != nil || len(d.Own) != 5 {
		t.Fatalf("the probe saw %d fields (%v): %s", len(d.Own), err, want)
	}
	if !strings.Contains(want, `["__proto__",true,true,true,"v-__proto__"]`) {
		t.Errorf("the probe does not hold __proto__ as an own key: %s", want)
	}
}

func TestRewriteTarball(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	files := []struct{ name, body string }{
		{"package/package.json", `{"name":"k8s"}`},
		{"package/k8s.js", generated},
		{"package/k8s.d.ts", "({ ...r, [i[0]]: i[1] })"}, // not JavaScript: left alone
	}
	for _, f := range files {
		if err := tw.WriteHeader(&tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(f.body))
	}
	tw.Close()
	zw.Close()
	if n, err := CountTarball(buf.Bytes()); err != nil || n != 8 {
		t.Fatalf("CountTarball = %d, %v; want 8", n, err)
	}
	out, n, err := RewriteTarball(buf.Bytes())
	if err != nil || n != 8 {
		t.Fatalf("RewriteTarball: %d, %v", n, err)
	}
	if n, err := CountTarball(out); err != nil || n != 0 {
		t.Errorf("after the rewrite: %d, %v", n, err)
	}
	again, _, err := RewriteTarball(buf.Bytes())
	if err != nil || !bytes.Equal(again, out) {
		t.Errorf("two rewrites of the same tarball differ")
	}
	zr, _ := gzip.NewReader(bytes.NewReader(out))
	tr := tar.NewReader(zr)
	for i := 0; ; i++ {
		hdr, err := tr.Next()
		if err != nil {
			if i != len(files) {
				t.Errorf("%d entries, want %d (%v)", i, len(files), err)
			}
			break
		}
		var body bytes.Buffer
		body.ReadFrom(tr)
		if hdr.Name != files[i].name || hdr.Size != int64(body.Len()) {
			t.Errorf("entry %d: %s of %d bytes (read %d)", i, hdr.Name, hdr.Size, body.Len())
		}
		if hdr.Name == "package/k8s.d.ts" && body.String() != files[i].body {
			t.Errorf("k8s.d.ts changed: %s", body.String())
		}
	}
}

// The committed bindings in imports/ have linear converters only, and `npm
// run import` makes them so after every import.
func TestCommittedImportIsLinear(t *testing.T) {
	tarballs, err := filepath.Glob("../../imports/*/jsii/*.tgz")
	if err != nil || len(tarballs) == 0 {
		t.Fatalf("no tarball in imports/: %v", err)
	}
	for _, p := range tarballs {
		tgz, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := CountTarball(tgz); err != nil || n != 0 {
			t.Errorf("%s holds %d quadratic converters (%v): run go run ./cmd/importfix imports/*/jsii/*.tgz", p, n, err)
		}
	}
	pkg, err := os.ReadFile("../../package.json")
	if err != nil {
		t.Fatal(err)
	}
	var p struct {
		Scripts map[string]string `json:"scripts"`
	}
	if err := json.Unmarshal(pkg, &p); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(p.Scripts["import"], "&& go run ./cmd/importfix imports/*/jsii/*.tgz") {
		t.Errorf("npm run import does not end with cmd/importfix: %q", p.Scripts["import"])
	}
}
