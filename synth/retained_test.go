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
