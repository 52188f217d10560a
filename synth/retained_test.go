package synth

import (
	"reflect"
	"slices"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
)

// TestPlanFleetFileOrder: releases a and a-b share a namespace; a-b's files
// sort first (a-b.data.k8s.yaml < a.data.k8s.yaml), so a-b's data file
// holds the Namespace, and `kubectl apply -f` creates it before any object
// in it.
func TestPlanFleetFileOrder(t *testing.T) {
	var releases []FleetRelease
	for _, name := range []string{"a", "a-b", "b"} {
		p := testutil.ValidProps()
		p.ReleaseName, p.Namespace = name, "shared"
		releases = append(releases, FleetRelease{Props: p, Source: name + ".yaml"})
	}
	planned, _ := PlanFleet(releases)
	var order, owners, files []string
	for _, r := range planned {
		order = append(order, r.Props.ReleaseName)
		if r.Props.CreateNamespace {
			owners = append(owners, r.Props.ReleaseName)
		}
		files = append(files, DataFile(r.Props.ReleaseName), ReleaseFile(r.Props.ReleaseName))
	}
	if want := []string{"a-b", "a", "b"}; !reflect.DeepEqual(order, want) {
		t.Errorf("order %v, want %v", order, want)
	}
	if !reflect.DeepEqual(owners, []string{"a-b"}) {
		t.Errorf("the Namespace is emitted by %v, want [a-b]", owners)
	}
	if !slices.IsSorted(files) {
		t.Errorf("the files are not in the order kubectl reads them: %v", files)
	}
}

// TestPartition keeps each document's text and order, and moves exactly
// the objects marked retained.
func TestPartition(t *testing.T) {
	stream := "apiVersion: v1\nkind: Namespace\nmetadata:\n  annotations:\n    argocd.argoproj.io/sync-options: Prune=false,Delete=false\n    kustomize.toolkit.fluxcd.io/prune: disabled\n  name: x\n---\n" +
		"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  annotations:\n    argocd.argoproj.io/sync-options: Prune=false,Delete=false\n  name: half\n---\n" +
		"apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  annotations:\n    argocd.argoproj.io/sync-options: Prune=false,Delete=false\n    kustomize.toolkit.fluxcd.io/prune: disabled\n  name: data\n"
	kept, retained, err := partition(stream)
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) != 1 || len(retained) != 2 {
		t.Fatalf("kept %d, retained %d", len(kept), len(retained))
	}
	// In the original order, the three documents are the stream again.
	if got := joinDocuments([]string{retained[0], kept[0], retained[1]}); got != stream {
		t.Errorf("the documents changed:\n%s", got)
	}
}

// TestSplitDocuments splits on "---" lines only (also with CRLF), keeps
// each document's text with its final newline (or none at the end of the
// stream), and drops empty and blank documents.
func TestSplitDocuments(t *testing.T) {
	for _, c := range []struct {
		stream string
		want   []string
	}{
		{"", nil},
		{"---\n", nil},
		{"a: 1\n", []string{"a: 1\n"}},
		{"a: 1", []string{"a: 1"}},
		{"---\na: 1\n---\nb: 2\n", []string{"a: 1\n", "b: 2\n"}},
		{"a: 1\n---\n\n  \n---\nb: 2", []string{"a: 1\n", "b: 2"}},
		{"a: 1\r\n---\r\nb: 2\r\n", []string{"a: 1\r\n", "b: 2\r\n"}},
		{"a: |\n  ---x\n  --- \n---", []string{"a: |\n  ---x\n  --- \n"}},
		{"a: 1\n----\nb: 2\n--- # c\n", []string{"a: 1\n----\nb: 2\n--- # c\n"}},
	} {
		got := splitDocuments(c.stream)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitDocuments(%q) = %q, want %q", c.stream, got, c.want)
		}
	}
	// cdk8s's layout survives a split and a join byte for byte.
	stream := "a: 1\n---\nb: |\n  x\n---\nc: 3\n"
	if got := joinDocuments(splitDocuments(stream)); got != stream {
		t.Errorf("join(split(%q)) = %q", stream, got)
	}
}
