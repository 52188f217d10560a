// Package manifest reads a stream of Kubernetes objects in YAML (what cdk8s
// writes into dist/) into generic objects that tests and policy checks can
// walk.
package manifest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

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
		if len(bytes.TrimSpace(doc)) == 0 {
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
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && (strings.HasSuffix(e.Name(), ".yaml") || strings.HasSuffix(e.Name(), ".yml")) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var out []Object
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		objs, err := Parse(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, objs...)
	}
	return out, nil
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
