package kubeapi

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// FieldManager is the server-side apply field manager used by [Server.Apply].
const FieldManager = "optio-e2e"

// ObjectRef identifies one document of a manifest, as read from the file.
type ObjectRef struct {
	// APIVersion, Kind, Namespace and Name are copied from the document
	// (Namespace is empty when the document does not set metadata.namespace).
	APIVersion, Kind, Namespace, Name string
	// File is the manifest file the document came from.
	File string
	// Index is the document's position (0-based) within File.
	Index int
}

// String renders r as kind/namespace/name (file#index).
func (r ObjectRef) String() string {
	ns := r.Namespace
	if ns != "" {
		ns += "/"
	}
	return fmt.Sprintf("%s %s%s (%s#%d)", r.Kind, ns, r.Name, r.File, r.Index)
}

// Rejection is an object the API server refused, with the server's message.
type Rejection struct {
	// Object is the refused document.
	Object ObjectRef
	// Message is kubectl's error output for it, which carries the server's
	// reason (e.g. `.spec.foo: field not declared in schema`).
	Message string
}

// ApplyResult is the outcome of [Server.Apply].
type ApplyResult struct {
	// Applied counts the objects the server accepted and stored.
	Applied int
	// Objects lists the accepted objects, Namespaces first, then in file order.
	Objects []ObjectRef
	// Rejections lists every object the server refused.
	Rejections []Rejection
}

// Apply applies the manifest at path (a YAML/JSON file, or a folder searched
// recursively for *.yaml, *.yml and *.json) to the server for real, with
// `kubectl apply --server-side --field-manager=optio-e2e --validate=strict`
// (kubectl's spelling of the API's fieldValidation=Strict), so unknown or duplicate fields and values the
// API server's validation refuses (e.g. a nodePort outside 30000-32767) are
// rejections. Documents of kind Namespace are applied before everything
// else. Each group is first applied in one kubectl run; if that run fails,
// its documents are applied one by one so every rejection is attributed to
// its object. A server-side dry run is not used: it neither persists
// Namespaces nor checks the nodePort range.
//
// The error is only for problems of the harness itself (unreadable files,
// kubectl not runnable); objects the server refuses are in
// ApplyResult.Rejections.
func (s *Server) Apply(path string) (ApplyResult, error) {
	var res ApplyResult
	files, err := manifestFiles(path)
	if err != nil {
		return res, err
	}
	var namespaces, others []document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return res, fmt.Errorf("kubeapi: %w", err)
		}
		docs, err := splitDocuments(f, string(b))
		if err != nil {
			return res, err
		}
		for _, d := range docs {
			if d.ref.Kind == "Namespace" {
				namespaces = append(namespaces, d)
			} else {
				others = append(others, d)
			}
		}
	}
	for _, group := range [][]document{namespaces, others} {
		if err := s.applyGroup(group, &res); err != nil {
			return res, err
		}
	}
	return res, nil
}

// applyGroup applies docs in one kubectl run, falling back to one run per
// document to attribute failures.
func (s *Server) applyGroup(docs []document, res *ApplyResult) error {
	if len(docs) == 0 {
		return nil
	}
	args := []string{"apply", "--server-side", "--field-manager=" + FieldManager,
		"--validate=strict", "-o", "name", "-f", "-"}
	var all strings.Builder
	for _, d := range docs {
		all.WriteString("---\n")
		all.WriteString(d.text)
		all.WriteString("\n")
	}
	if _, _, err := s.kubectl(all.String(), args...); err == nil {
		for _, d := range docs {
			res.Applied++
			res.Objects = append(res.Objects, d.ref)
		}
		return nil
	}
	for _, d := range docs {
		_, stderr, err := s.kubectl(d.text, args...)
		switch {
		case err == nil:
			res.Applied++
			res.Objects = append(res.Objects, d.ref)
		case isRejection(stderr):
			res.Rejections = append(res.Rejections, Rejection{Object: d.ref, Message: strings.TrimSpace(stderr)})
		default:
			// Not the server's verdict (usage error, unreachable server...).
			return fmt.Errorf("kubeapi: applying %v: %w", d.ref, err)
		}
	}
	return nil
}

// isRejection reports whether kubectl's error output is a verdict on the
// object: the server refused it (schema, validation, admission, apply
// conflict), or the server has no such kind. Anything else (usage errors, an
// unreachable server) is a harness error, so a broken harness can never pass
// for an expected rejection.
func isRejection(stderr string) bool {
	for _, marker := range []string{
		"Error from server",          // e.g. .spec.foo: field not declared in schema
		" is invalid: ",              // validation, e.g. nodePort out of range
		" is forbidden: ",            // admission / RBAC
		"Apply failed with",          // field manager conflict
		"resource mapping not found", // kind unknown to the server
		"no matches for kind",
		"error validating",
	} {
		if strings.Contains(stderr, marker) {
			return true
		}
	}
	return false
}

// document is one object of a manifest file.
type document struct {
	ref  ObjectRef
	text string
}

// manifestFiles returns path itself, or the manifest files below a folder in
// lexical order.
func manifestFiles(path string) ([]string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("kubeapi: %w", err)
	}
	if !fi.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".yaml", ".yml", ".json":
			if !d.IsDir() {
				files = append(files, p)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("kubeapi: %w", err)
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("kubeapi: no *.yaml, *.yml or *.json files under %s", path)
	}
	return files, nil
}

// splitDocuments splits a YAML stream on "---" lines (a JSON file is one
// document, or a List of items) and reads each document's identity.
func splitDocuments(file, content string) ([]document, error) {
	trimmed := strings.TrimSpace(content)
	if strings.HasPrefix(trimmed, "{") {
		return jsonDocuments(file, trimmed)
	}
	var docs []document
	var cur []string
	flush := func() error {
		text := strings.Join(cur, "\n")
		cur = cur[:0]
		if isBlankYAML(text) {
			return nil
		}
		if t := strings.TrimSpace(text); strings.HasPrefix(t, "{") {
			more, err := jsonDocuments(file, t)
			for _, d := range more {
				d.ref.Index = len(docs)
				docs = append(docs, d)
			}
			return err
		}
		ref := yamlIdentity(text)
		ref.File, ref.Index = file, len(docs)
		if ref.Kind == "" {
			return fmt.Errorf("kubeapi: %s document %d has no top-level kind", file, ref.Index)
		}
		docs = append(docs, document{ref: ref, text: text})
		return nil
	}
	for _, line := range strings.Split(strings.ReplaceAll(content, "\r\n", "\n"), "\n") {
		if line == "---" || strings.HasPrefix(line, "--- ") || strings.HasPrefix(line, "---\t") || line == "..." {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		cur = append(cur, line)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return docs, nil
}

// isBlankYAML reports whether a document holds only blank lines, comments or
// directives.
func isBlankYAML(text string) bool {
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "%") {
			return false
		}
	}
	return true
}

// yamlIdentity reads apiVersion, kind and metadata.{name,namespace} from a
// block-style YAML document by looking at its top-level keys and the first
// indentation level under metadata. That is all a manifest needs to be
// reported; kubectl parses the document for real.
func yamlIdentity(text string) ObjectRef {
	var ref ObjectRef
	inMeta := false
	metaIndent := -1
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		key, val, ok := strings.Cut(strings.TrimSpace(line), ":")
		if indent == 0 {
			inMeta = ok && key == "metadata"
			metaIndent = -1
			if !ok {
				continue
			}
			switch key {
			case "apiVersion":
				ref.APIVersion = scalar(val)
			case "kind":
				ref.Kind = scalar(val)
			}
			continue
		}
		if !inMeta || !ok {
			continue
		}
		if metaIndent < 0 {
			metaIndent = indent
		}
		if indent != metaIndent {
			continue
		}
		switch key {
		case "name":
			ref.Name = scalar(val)
		case "namespace":
			ref.Namespace = scalar(val)
		}
	}
	return ref
}

// scalar unquotes a plain YAML scalar and drops a trailing comment.
func scalar(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	return v
}

// jsonDocuments reads a JSON object, expanding a List into its items.
func jsonDocuments(file, text string) ([]document, error) {
	var obj struct {
		APIVersion string `json:"apiVersion"`
		Kind       string `json:"kind"`
		Metadata   struct {
			Name      string `json:"name"`
			Namespace string `json:"namespace"`
		} `json:"metadata"`
		Items []json.RawMessage `json:"items"`
	}
	if err := json.Unmarshal([]byte(text), &obj); err != nil {
		return nil, fmt.Errorf("kubeapi: %s: %w", file, err)
	}
	if strings.HasSuffix(obj.Kind, "List") && obj.Items != nil {
		var docs []document
		for _, it := range obj.Items {
			more, err := jsonDocuments(file, string(it))
			if err != nil {
				return nil, err
			}
			for _, d := range more {
				d.ref.Index = len(docs)
				docs = append(docs, d)
			}
		}
		return docs, nil
	}
	if obj.Kind == "" {
		return nil, fmt.Errorf("kubeapi: %s: JSON object has no kind", file)
	}
	return []document{{
		ref: ObjectRef{APIVersion: obj.APIVersion, Kind: obj.Kind,
			Namespace: obj.Metadata.Namespace, Name: obj.Metadata.Name, File: file},
		text: text,
	}}, nil
}
