package difftest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"k8s.io/client-go/discovery"
	"k8s.io/client-go/discovery/cached/memory"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/restmapper"
)

// requestTimeout bounds one request to the API server.
const requestTimeout = 30 * time.Second

// Server asks a kube-apiserver for its verdict on a manifest.
type Server struct {
	dyn    dynamic.Interface
	mapper meta.RESTMapper
}

// NewServer connects to the API server at url with a bearer token,
// skipping TLS verification (the test server's certificate is
// self-signed), without client-side rate limiting.
func NewServer(url, token string) (*Server, error) {
	cfg := &rest.Config{
		Host:            url,
		BearerToken:     token,
		TLSClientConfig: rest.TLSClientConfig{Insecure: true},
		QPS:             -1, // no client-side throttling
		Timeout:         requestTimeout,
		WarningHandler:  rest.NoWarnings{}, // warnings are not refusals
	}
	dyn, err := dynamic.NewForConfig(cfg)
	if err != nil {
		return nil, err
	}
	disc, err := discovery.NewDiscoveryClientForConfig(cfg)
	if err != nil {
		return nil, err
	}
	return &Server{dyn: dyn, mapper: restmapper.NewDeferredDiscoveryRESTMapper(memory.NewMemCacheClient(disc))}, nil
}

// Refusal is one object the server refused.
type Refusal struct {
	// Object is kind/namespace/name.
	Object string
	// Message is the server's reason.
	Message string
}

// String renders the refusal as "Kind namespace/name: message".
func (r Refusal) String() string { return r.Object + ": " + r.Message }

// Verdict is the server's answer on one manifest: it accepted it when
// Refusals is empty.
type Verdict struct {
	// Objects counts the documents sent.
	Objects int
	// Refusals lists every object refused.
	Refusals []Refusal
}

// Accepted tells whether the server accepted every object.
func (v Verdict) Accepted() bool { return len(v.Refusals) == 0 }

// Check sends every object of the YAML stream to the server with strict
// field validation, as `kubectl apply -f` on an empty cluster would create
// them, and returns the verdict:
//
//   - Namespaces are created for real (a namespaced dry run needs its
//     namespace to exist); one that already exists counts as accepted
//     (AlreadyExists is only returned after validation).
//   - Services are created for real and deleted before Check returns: a
//     dry run does not check the node port range, and two Services of one
//     manifest asking for the same node port only conflict for real.
//   - Every other object is a server-side dry-run create (dryRun=All).
//
// The error is for the harness only (an unreadable stream, a kind the
// server does not serve, a connection failure); refusals are in Verdict.
func (s *Server) Check(ctx context.Context, manifest string) (Verdict, error) {
	objs, err := decodeAll(manifest)
	if err != nil {
		return Verdict{}, err
	}
	v := Verdict{Objects: len(objs)}
	var created []func()
	defer func() {
		for _, del := range created {
			del()
		}
	}()
	// Namespaces first, then the rest in stream order.
	ordered := make([]*unstructured.Unstructured, 0, len(objs))
	for _, o := range objs {
		if o.GetKind() == "Namespace" {
			ordered = append(ordered, o)
		}
	}
	for _, o := range objs {
		if o.GetKind() != "Namespace" {
			ordered = append(ordered, o)
		}
	}
	for _, o := range ordered {
		gvk := o.GroupVersionKind()
		m, err := s.mapper.RESTMapping(gvk.GroupKind(), gvk.Version)
		if err != nil {
			return v, fmt.Errorf("%s: %w", describe(o), err)
		}
		var ri dynamic.ResourceInterface = s.dyn.Resource(m.Resource)
		if m.Scope.Name() == meta.RESTScopeNameNamespace {
			ri = s.dyn.Resource(m.Resource).Namespace(o.GetNamespace())
		}
		opts := metav1.CreateOptions{FieldValidation: "Strict", FieldManager: "optio-difftest"}
		real := o.GetKind() == "Namespace" || o.GetKind() == "Service"
		if !real {
			opts.DryRun = []string{metav1.DryRunAll}
		}
		cctx, cancel := context.WithTimeout(ctx, requestTimeout)
		_, err = ri.Create(cctx, o, opts)
		cancel()
		switch {
		case err == nil:
			if o.GetKind() == "Service" {
				name := o.GetName()
				created = append(created, func() {
					dctx, cancel := context.WithTimeout(context.Background(), requestTimeout)
					defer cancel()
					_ = ri.Delete(dctx, name, metav1.DeleteOptions{})
				})
			}
		case apierrors.IsAlreadyExists(err):
			// Validation passed; the object exists (a Namespace of an
			// earlier case).
		case isVerdict(err):
			v.Refusals = append(v.Refusals, Refusal{Object: describe(o), Message: err.Error()})
		default:
			return v, fmt.Errorf("%s: %w", describe(o), err)
		}
	}
	return v, nil
}

// isVerdict tells whether err is the server's answer about the object
// (a Status with a 4xx code, or a 5xx the server returned for it), as
// opposed to a transport failure.
func isVerdict(err error) bool {
	var st apierrors.APIStatus
	if !errors.As(err, &st) {
		return false
	}
	code := st.Status().Code
	return code >= 400 && code != 429 && code != 503 && code != 504
}

func describe(o *unstructured.Unstructured) string {
	ns := o.GetNamespace()
	if ns != "" {
		ns += "/"
	}
	return fmt.Sprintf("%s %s%s", o.GetKind(), ns, o.GetName())
}

// decodeAll reads a YAML stream into objects, skipping empty documents.
func decodeAll(manifest string) ([]*unstructured.Unstructured, error) {
	dec := utilyaml.NewYAMLOrJSONDecoder(bytes.NewReader([]byte(manifest)), 64*1024)
	var out []*unstructured.Unstructured
	for {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			if errors.Is(err, io.EOF) {
				return out, nil
			}
			return nil, fmt.Errorf("reading the manifest: %w", err)
		}
		if len(m) == 0 {
			continue
		}
		out = append(out, &unstructured.Unstructured{Object: m})
	}
}

// short trims a server message for a one-line report.
func short(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
