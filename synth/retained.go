package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"sigs.k8s.io/yaml"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
)

// ReleaseFile is the name of the file of a release's objects in the output
// folder: "<release>.k8s.yaml".
func ReleaseFile(release string) string { return release + ".k8s.yaml" }

// DataFile is the name of the file of a release's retained objects (see
// optio.RetainAnnotations: the Namespace and the data volume) in the output
// folder: "<release>.data.k8s.yaml". It sorts before ReleaseFile, so
// `kubectl apply -f <folder>` creates the Namespace first. It is applied
// without pruning and is not part of an uninstall, so that no value change,
// prune or uninstall deletes what it holds. A release without retained
// objects (createNamespace and postgresql.enabled both false) has none.
func DataFile(release string) string { return release + ".data.k8s.yaml" }

// splitRetained moves the retained objects of each release's file in dir
// into the release's DataFile, keeping their text and order.
func splitRetained(dir string, releases []string) error {
	for _, name := range releases {
		path := filepath.Join(dir, ReleaseFile(name))
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		data, release, err := splitRelease(name, string(b))
		if err != nil {
			return err
		}
		if data == "" {
			continue // nothing retained: the file stays as it is
		}
		if err := os.WriteFile(filepath.Join(dir, DataFile(name)), []byte(data), 0o666); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(release), 0o666); err != nil {
			return err
		}
	}
	return nil
}

// splitRelease splits the file cdk8s wrote for the release name into what
// splitRetained leaves in its DataFile (data, "" when nothing is retained)
// and in its ReleaseFile (release, the file itself when nothing is).
func splitRelease(name, file string) (data, release string, err error) {
	kept, retained, err := partition(file)
	if err != nil {
		return "", "", fmt.Errorf("%s: %w", ReleaseFile(name), err)
	}
	if len(retained) == 0 {
		return "", file, nil
	}
	return joinDocuments(retained), joinDocuments(kept), nil
}

// partition splits a YAML stream as cdk8s writes it (documents separated by
// "---" lines) into the documents of ordinary and of retained objects.
func partition(stream string) (kept, retained []string, err error) {
	for i, doc := range splitDocuments(stream) {
		if !mayBeRetained(doc) {
			kept = append(kept, doc)
			continue
		}
		var o struct {
			Metadata struct {
				Annotations map[string]string `json:"annotations"`
			} `json:"metadata"`
		}
		if err := yaml.Unmarshal([]byte(doc), &o); err != nil {
			return nil, nil, fmt.Errorf("document %d: %w", i, err)
		}
		if optio.IsRetained(o.Metadata.Annotations) {
			retained = append(retained, doc)
		} else {
			kept = append(kept, doc)
		}
	}
	return kept, retained, nil
}

// mayBeRetained tells whether a document's text holds every key of
// optio.RetainAnnotations, which a retained object's annotations must: the
// others need not be parsed (most of a fleet's output).
func mayBeRetained(doc string) bool {
	for k := range optio.RetainAnnotations {
		if !strings.Contains(doc, k) {
			return false
		}
	}
	return true
}

// splitDocuments splits a stream on its "---" lines; each document keeps
// its final newline, and empty documents are dropped.
// The documents are substrings of stream (nothing is copied).
func splitDocuments(stream string) []string {
	var docs []string
	start := 0 // where the current document begins
	flush := func(end int) {
		if doc := stream[start:end]; strings.TrimSpace(doc) != "" {
			docs = append(docs, doc)
		}
	}
	for at := 0; at < len(stream); {
		next := len(stream)
		if i := strings.IndexByte(stream[at:], '\n'); i >= 0 {
			next = at + i + 1
		}
		if strings.TrimRight(stream[at:next], "\r\n") == "---" {
			flush(at)
			start = next
		}
		at = next
	}
	flush(len(stream))
	return docs
}

// joinDocuments is the inverse of splitDocuments, in cdk8s's layout.
func joinDocuments(docs []string) string {
	var b strings.Builder
	size := 0
	for _, d := range docs {
		size += len(d) + len("---\n") + 1
	}
	b.Grow(size)
	for i, d := range docs {
		if i > 0 {
			b.WriteString("---\n")
		}
		b.WriteString(d)
		if !strings.HasSuffix(d, "\n") {
			b.WriteString("\n")
		}
	}
	return b.String()
}
