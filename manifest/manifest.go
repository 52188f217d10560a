// Package manifest reads a stream of Kubernetes objects in YAML (what cdk8s
// writes into dist/) into generic objects that tests and policy checks can
// walk.
package manifest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	corev1 "k8s.io/api/core/v1"
	apivalidation "k8s.io/apimachinery/pkg/api/validation"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"
)

// Object is one Kubernetes object as decoded from YAML.
type Object map[string]interface{}

// Kind returns the object's kind.
func (o Object) Kind() string { s, _ := o.Get("kind").(string); return s }

// Name returns metadata.name.
func (o Object) Name() string { s, _ := o.Get("metadata", "name").(string); return s }

// Namespace returns metadata.namespace ("" for cluster-scoped objects).
func (o Object) Namespace() string { s, _ := o.Get("metadata", "namespace").(string); return s }

// ID returns "Kind/name", the key tests use.
func (o Object) ID() string { return o.Kind() + "/" + o.Name() }

// Get walks map keys and list indexes (int) and returns nil when a step is
// missing.
func (o Object) Get(path ...interface{}) interface{} {
	var cur interface{} = map[string]interface{}(o)
	for _, step := range path {
		switch s := step.(type) {
		case string:
			m, ok := cur.(map[string]interface{})
			if !ok {
				return nil
			}
			cur = m[s]
		case int:
			l, ok := cur.([]interface{})
			if !ok || s < 0 || s >= len(l) {
				return nil
			}
			cur = l[s]
		default:
			return nil
		}
	}
	return cur
}

// Parse decodes a multi-document YAML stream; empty documents are skipped.
func Parse(stream []byte) ([]Object, error) {
	return parseSome(stream, func([]byte) bool { return true })
}

// parseSome decodes the documents of a YAML stream that want selects (by
// their text), skipping empty ones. An error names the document's index.
func parseSome(stream []byte, want func(doc []byte) bool) ([]Object, error) {
	r := utilyaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(stream)))
	var out []Object
	for i := 0; ; i++ {
		doc, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", i, err)
		}
		if len(bytes.TrimSpace(doc)) == 0 || !want(doc) {
			continue
		}
		var o Object
		if err := yaml.Unmarshal(doc, &o); err != nil {
			return nil, fmt.Errorf("document %d: %w", i, err)
		}
		if len(o) > 0 {
			out = append(out, o)
		}
	}
}

// ReadDir parses every .yaml and .yml file of a folder, in name order.
func ReadDir(dir string) ([]Object, error) {
	names, streams, err := ReadStreams(dir)
	if err != nil {
		return nil, err
	}
	var out []Object
	for i, b := range streams {
		objs, err := Parse(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", names[i], err)
		}
		out = append(out, objs...)
	}
	return out, nil
}

// ReadStreams reads every .yaml and .yml file of a folder, in name order,
// without decoding them; it returns their names and contents.
func ReadStreams(dir string) (names []string, streams [][]byte, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		if !e.IsDir() && (strings.HasSuffix(e.Name(), ".yaml") || strings.HasSuffix(e.Name(), ".yml")) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, nil, err
		}
		streams = append(streams, b)
	}
	return names, streams, nil
}

// Index maps ID() (Kind/name, without the namespace: meant for the objects
// of one release, whose names are unique) to object; it fails on a
// duplicate ID.
func Index(objs []Object) (map[string]Object, error) {
	m := make(map[string]Object, len(objs))
	for _, o := range objs {
		if _, dup := m[o.ID()]; dup {
			return nil, fmt.Errorf("duplicate object %s", o.ID())
		}
		m[o.ID()] = o
	}
	return m, nil
}

// IDs returns the sorted IDs of objs.
func IDs(objs []Object) []string {
	ids := make([]string, 0, len(objs))
	for _, o := range objs {
		ids = append(ids, o.ID())
	}
	sort.Strings(ids)
	return ids
}

// PodTemplate returns the pod template of a workload, a map with the pod's
// "metadata" and "spec": spec.template for a Deployment, StatefulSet,
// DaemonSet, Job, ReplicaSet or ReplicationController,
// spec.jobTemplate.spec.template for a CronJob, and the object itself for a
// Pod. It returns nil for any other kind, or when the template is missing.
func (o Object) PodTemplate() map[string]interface{} {
	var v interface{}
	switch o.Kind() {
	case "Pod":
		v = map[string]interface{}(o)
	case "CronJob":
		v = o.Get("spec", "jobTemplate", "spec", "template")
	case "Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet", "ReplicationController":
		v = o.Get("spec", "template")
	}
	m, _ := v.(map[string]interface{})
	return m
}

// PodSpec returns the pod spec of a workload (the "spec" of PodTemplate), or
// nil.
func (o Object) PodSpec() map[string]interface{} {
	m, _ := Object(o.PodTemplate()).Get("spec").(map[string]interface{})
	return m
}

// LastAppliedAnnotation is the annotation in which a client-side `kubectl
// apply` keeps the configuration it applied: the whole object, as JSON.
const LastAppliedAnnotation = corev1.LastAppliedConfigAnnotation

// ClientSideApplySize returns the size in bytes of o's annotations once a
// client-side `kubectl apply` has added LastAppliedAnnotation: the length
// of every key and value, as the API server counts them against
// apivalidation.TotalAnnotationSizeLimitB (256 KiB). The annotation's value
// is o as JSON (without that annotation) and a newline, as kubectl writes it.
// It returns an error when o does not encode as JSON.
func (o Object) ClientSideApplySize() (int, error) {
	c := make(Object, len(o))
	for k, v := range o {
		c[k] = v
	}
	n := len(LastAppliedAnnotation)
	if md, ok := o["metadata"].(map[string]interface{}); ok {
		md2 := make(map[string]interface{}, len(md))
		for k, v := range md {
			md2[k] = v
		}
		if ann, ok := md["annotations"].(map[string]interface{}); ok {
			ann2 := make(map[string]interface{}, len(ann))
			for k, v := range ann {
				if k == LastAppliedAnnotation {
					continue
				}
				ann2[k] = v
				s, _ := v.(string)
				n += len(k) + len(s)
			}
			md2["annotations"] = ann2
		}
		c["metadata"] = md2
	}
	b, err := json.Marshal(map[string]interface{}(c))
	if err != nil {
		return 0, fmt.Errorf("%s: %w", o.ID(), err)
	}
	return n + len(b) + 1, nil
}

// TooLargeForClientSideApply returns the objects of objs that a client-side
// `kubectl apply` cannot create: their annotations with
// LastAppliedAnnotation would exceed the API server's limit
// (apivalidation.TotalAnnotationSizeLimitB, 262,144 bytes), so the server
// refuses them with "metadata.annotations: Too long". `kubectl apply
// --server-side` (and `kubectl create`) keep no such annotation and apply
// them. Each is returned with its size; objects that do not encode are
// skipped.
func TooLargeForClientSideApply(objs []Object) []Sized {
	var out []Sized
	for _, o := range objs {
		n, err := o.ClientSideApplySize()
		if err == nil && n > apivalidation.TotalAnnotationSizeLimitB {
			out = append(out, Sized{Object: o, Size: n})
		}
	}
	return out
}

// TooLargeForClientSideApplyInStream is TooLargeForClientSideApply on a
// YAML stream. It decodes only the documents that could exceed the limit:
// an object's JSON is at most 6 bytes per byte of its YAML (a "<" becomes
// \u003c), and its annotations are in the YAML too, so a document of n bytes
// with neither an anchor nor an alias ("&", "*") comes to at most 7n + 64
// bytes of annotations. It returns an error for a document that does not
// decode.
func TooLargeForClientSideApplyInStream(stream []byte) ([]Sized, error) {
	big, err := parseSome(stream, func(doc []byte) bool {
		return 7*len(doc)+64 > apivalidation.TotalAnnotationSizeLimitB || bytes.ContainsAny(doc, "&*")
	})
	if err != nil {
		return nil, err
	}
	return TooLargeForClientSideApply(big), nil
}

// Sized is an object with a size in bytes.
type Sized struct {
	Object Object
	// Size is in bytes.
	Size int
}
