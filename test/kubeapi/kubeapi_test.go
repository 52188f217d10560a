package kubeapi

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// write puts content into name under a new temp folder and returns its path.
func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const goodManifest = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: optio-e2e
data:
  greeting: hello
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: optio-e2e
spec:
  type: NodePort
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
      nodePort: 30400
---
# Namespace last in the file: Apply must still create it first.
apiVersion: v1
kind: Namespace
metadata:
  name: optio-e2e
`

func TestControlPlane(t *testing.T) {
	s := Start(t)

	t.Run("ApplyAndReadBack", func(t *testing.T) {
		res, err := s.Apply(write(t, "good.yaml", goodManifest))
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rejections) != 0 {
			t.Fatalf("unexpected rejections: %+v", res.Rejections)
		}
		if res.Applied != 3 || len(res.Objects) != 3 || res.Objects[0].Kind != "Namespace" {
			t.Fatalf("applied %d objects %v; want 3 with the Namespace first", res.Applied, res.Objects)
		}

		ns, err := s.GetJSON("namespace", "", "optio-e2e")
		if err != nil {
			t.Fatal(err)
		}
		if phase := dig(ns, "status", "phase"); phase != "Active" {
			t.Errorf("namespace phase = %v, want Active", phase)
		}
		cm, err := s.GetJSON("configmap", "optio-e2e", "settings")
		if err != nil {
			t.Fatal(err)
		}
		if got := dig(cm, "data", "greeting"); got != "hello" {
			t.Errorf("configmap data.greeting = %v, want hello", got)
		}
		svc, err := s.GetJSON("service", "optio-e2e", "web")
		if err != nil {
			t.Fatal(err)
		}
		ports, _ := dig(svc, "spec", "ports").([]any)
		if len(ports) != 1 {
			t.Fatalf("service ports = %v, want one", dig(svc, "spec", "ports"))
		}
		port, _ := ports[0].(map[string]any)
		if port["nodePort"] != float64(30400) {
			t.Errorf("service nodePort = %v, want 30400", port["nodePort"])
		}
		if ip, _ := dig(svc, "spec", "clusterIP").(string); !strings.HasPrefix(ip, "10.0.0.") {
			t.Errorf("service clusterIP = %q, want one from 10.0.0.0/24", ip)
		}
		mf, _ := dig(cm, "metadata", "managedFields").([]any)
		if len(mf) == 0 || mf[0].(map[string]any)["manager"] != FieldManager {
			t.Errorf("configmap managedFields = %v, want manager %s", mf, FieldManager)
		}

		// Applying the same manifest again is a no-op success.
		again, err := s.Apply(write(t, "good.yaml", goodManifest))
		if err != nil || again.Applied != 3 || len(again.Rejections) != 0 {
			t.Fatalf("re-apply: %+v, %v", again, err)
		}
	})

	t.Run("UnknownFieldRejected", func(t *testing.T) {
		res, err := s.Apply(write(t, "unknown.yaml", `apiVersion: v1
kind: Service
metadata:
  name: bad-field
  namespace: default
spec:
  foo: bar
  ports:
    - port: 80
`))
		if err != nil {
			t.Fatal(err)
		}
		assertRejected(t, s, res, "service", "default", "bad-field", "foo")
	})

	t.Run("NodePortOutOfRangeRejected", func(t *testing.T) {
		res, err := s.Apply(write(t, "nodeport.yaml", `apiVersion: v1
kind: Service
metadata:
  name: bad-port
  namespace: default
spec:
  type: NodePort
  ports:
    - port: 80
      nodePort: 99999
`))
		if err != nil {
			t.Fatal(err)
		}
		assertRejected(t, s, res, "service", "default", "bad-port", "99999")
	})

	t.Run("MixedFolderAttributesRejections", func(t *testing.T) {
		dir := t.TempDir()
		files := map[string]string{
			"a-ok.yaml":  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n  namespace: mixed\ndata:\n  k: v\n",
			"b-bad.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: typo\n  namespace: mixed\ndatta:\n  k: v\n",
			"c-ns.json":  `{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"mixed"}}`,
		}
		for name, content := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		res, err := s.Apply(dir)
		if err != nil {
			t.Fatal(err)
		}
		if res.Applied != 2 || len(res.Rejections) != 1 {
			t.Fatalf("applied %d (%v), rejections %+v; want 2 applied and 1 rejection", res.Applied, res.Objects, res.Rejections)
		}
		if r := res.Rejections[0]; r.Object.Name != "typo" || !strings.Contains(r.Message, "datta") {
			t.Errorf("rejection = %+v; want ConfigMap typo with a message naming datta", r)
		}
		if _, err := s.GetJSON("configmap", "mixed", "fine"); err != nil {
			t.Errorf("valid ConfigMap beside a rejected one was not stored: %v", err)
		}
	})
}

// assertRejected checks that res holds exactly one rejection, for name, with
// a message containing want, and that the object was not stored.
func assertRejected(t *testing.T, s *Server, res ApplyResult, kind, ns, name, want string) {
	t.Helper()
	if res.Applied != 0 || len(res.Rejections) != 1 {
		t.Fatalf("applied %d, rejections %+v; want 0 applied and 1 rejection", res.Applied, res.Rejections)
	}
	r := res.Rejections[0]
	if r.Object.Name != name || !strings.Contains(r.Message, want) {
		t.Errorf("rejection = %+v; want %s with a message containing %q", r, name, want)
	}
	t.Logf("server said: %s", r.Message)
	if obj, err := s.GetJSON(kind, ns, name); err == nil {
		t.Errorf("rejected %s %s/%s was stored anyway: %v", kind, ns, name, obj["metadata"])
	} else if !strings.Contains(err.Error(), "NotFound") {
		t.Errorf("reading back rejected %s: unexpected error %v", name, err)
	}
}

// dig walks nested maps along keys.
func dig(obj map[string]any, keys ...string) any {
	var cur any = obj
	for _, k := range keys {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[k]
	}
	return cur
}

func TestSplitDocuments(t *testing.T) {
	docs, err := splitDocuments("m.yaml", "# header\n---\n"+goodManifest+"...\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []ObjectRef{
		{APIVersion: "v1", Kind: "ConfigMap", Namespace: "optio-e2e", Name: "settings"},
		{APIVersion: "v1", Kind: "Service", Namespace: "optio-e2e", Name: "web"},
		{APIVersion: "v1", Kind: "Namespace", Name: "optio-e2e"},
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d documents, want %d", len(docs), len(want))
	}
	for i, d := range docs {
		got := d.ref
		got.File, got.Index = "", 0
		if got != want[i] {
			t.Errorf("document %d = %+v, want %+v", i, got, want[i])
		}
		if d.ref.Index != i {
			t.Errorf("document %d has index %d", i, d.ref.Index)
		}
	}
}
