package difftest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"k8s.io/apimachinery/pkg/util/sets"
	"k8s.io/client-go/util/csaupgrade"
	"strings"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/types"
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
	// Mode is how the object was sent: ModeCreate, ModeServerSideApply,
	// ModeClientSideApply or ModeServerSideOverClientSide.
	Mode string
	// Message is the server's reason.
	Message string
}

// The ways Check sends each object.
const (
	// ModeCreate is a create, as `kubectl create` or the first
	// `kubectl apply` of an object sends it (without its annotation).
	ModeCreate = "create"
	// ModeServerSideApply is `kubectl apply --server-side` (Argo CD
	// ServerSideApply=true, Flux) of an object that does not exist yet.
	ModeServerSideApply = "server-side apply"
	// ModeClientSideApply is the first `kubectl apply` (client-side) of an
	// object: a create carrying the last-applied-configuration annotation.
	ModeClientSideApply = "client-side apply"
	// ModeServerSideOverClientSide is `kubectl apply --server-side` over an
	// object that a client-side `kubectl apply` created (a move from one
	// to the other).
	ModeServerSideOverClientSide = "server-side apply over client-side apply"
)

// String renders the refusal as "Kind namespace/name (mode): message".
func (r Refusal) String() string { return r.Object + " (" + r.Mode + "): " + r.Message }

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
// field validation, in each way the output is applied, and returns the
// verdict: created (checkCreate), applied server-side to an empty namespace,
// and created by a client-side apply then applied server-side over that
// (checkApply).
func (s *Server) Check(ctx context.Context, manifest string) (Verdict, error) {
	objs, err := decodeAll(manifest)
	if err != nil {
		return Verdict{}, err
	}
	v, err := s.checkCreate(ctx, objs)
	if err != nil {
		return v, err
	}
	return v, s.checkApply(ctx, objs, &v)
}

// checkCreate sends every object as `kubectl create -f` on an empty cluster
// would:
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
func (s *Server) checkCreate(ctx context.Context, objs []*unstructured.Unstructured) (Verdict, error) {
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
			v.Refusals = append(v.Refusals, Refusal{Object: describe(o), Mode: ModeCreate, Message: err.Error()})
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

// lastApplied is the annotation in which a client-side `kubectl apply`
// keeps the configuration it applied.
const lastApplied = "kubectl.kubernetes.io/last-applied-configuration"

// checkApply sends every object but the Namespaces (created by checkCreate)
// as server-side apply (a dry run, with kubectl's field manager and no
// forced conflicts), and as a client-side `kubectl apply` would create it
// (for real: the object carries the last-applied-configuration annotation,
// field manager kubectl-client-side-apply), then applies it server-side over
// that (a dry run), and deletes it. Refusals are added to v, with their mode.
func (s *Server) checkApply(ctx context.Context, objs []*unstructured.Unstructured, v *Verdict) error {
	refuse := func(o *unstructured.Unstructured, mode string, err error) {
		v.Refusals = append(v.Refusals, Refusal{Object: describe(o), Mode: mode, Message: err.Error()})
	}
	for _, o := range objs {
		if o.GetKind() == "Namespace" {
			continue
		}
		ri, err := s.resource(o)
		if err != nil {
			return err
		}
		body, err := json.Marshal(o.Object)
		if err != nil {
			return err
		}
		ssa := func() error {
			cctx, cancel := context.WithTimeout(ctx, requestTimeout)
			defer cancel()
			force := false
			_, err := ri.Patch(cctx, o.GetName(), types.ApplyPatchType, body, metav1.PatchOptions{
				FieldManager: "kubectl", Force: &force, DryRun: []string{metav1.DryRunAll}, FieldValidation: "Strict",
			})
			return err
		}
		if err := ssa(); err != nil {
			if !isVerdict(err) {
				return fmt.Errorf("%s: %w", describe(o), err)
			}
			refuse(o, ModeServerSideApply, err)
		}

		// kubectl's client-side create: the object with the annotation
		// holding the object itself (without that annotation).
		created := o.DeepCopy()
		ann := created.GetAnnotations()
		if ann == nil {
			ann = map[string]string{}
		}
		ann[lastApplied] = string(body) + "\n"
		created.SetAnnotations(ann)
		cctx, cancel := context.WithTimeout(ctx, requestTimeout)
		live, err := ri.Create(cctx, created, metav1.CreateOptions{FieldManager: "kubectl-client-side-apply", FieldValidation: "Strict"})
		cancel()
		if apierrors.IsAlreadyExists(err) { // left by an interrupted earlier run
			s.remove(ri, o.GetName())
			cctx, cancel := context.WithTimeout(ctx, requestTimeout)
			live, err = ri.Create(cctx, created, metav1.CreateOptions{FieldManager: "kubectl-client-side-apply", FieldValidation: "Strict"})
			cancel()
		}
		if err == nil {
			// kubectl apply --server-side (1.26 and later) first moves the
			// fields of the client-side manager to its own (csaupgrade), so
			// the apply does not conflict with the client-side apply
			// before it.
			err = upgradeManagedFields(ctx, ri, live)
		}
		if err != nil {
			if !isVerdict(err) {
				return fmt.Errorf("%s: %w", describe(o), err)
			}
			refuse(o, ModeClientSideApply, err)
			continue
		}
		err = ssa()
		s.remove(ri, o.GetName())
		if err != nil {
			if !isVerdict(err) {
				return fmt.Errorf("%s: %w", describe(o), err)
			}
			refuse(o, ModeServerSideOverClientSide, err)
		}
	}
	return nil
}

// upgradeManagedFields does what kubectl apply --server-side does before
// applying over a client-side apply: the fields managed by
// kubectl-client-side-apply move to kubectl's Apply manager
// (k8s.io/client-go/util/csaupgrade), for real.
func upgradeManagedFields(ctx context.Context, ri dynamic.ResourceInterface, live *unstructured.Unstructured) error {
	patch, err := csaupgrade.UpgradeManagedFieldsPatch(live, sets.New("kubectl-client-side-apply"), "kubectl")
	if err != nil || patch == nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, requestTimeout)
	defer cancel()
	_, err = ri.Patch(cctx, live.GetName(), types.JSONPatchType, patch, metav1.PatchOptions{})
	return err
}

// resource is the client of o's kind, in o's namespace when namespaced.
func (s *Server) resource(o *unstructured.Unstructured) (dynamic.ResourceInterface, error) {
	gvk := o.GroupVersionKind()
	m, err := s.mapper.RESTMapping(gvk.GroupKind(), gvk.Version)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", describe(o), err)
	}
	if m.Scope.Name() == meta.RESTScopeNameNamespace {
		return s.dyn.Resource(m.Resource).Namespace(o.GetNamespace()), nil
	}
	return s.dyn.Resource(m.Resource), nil
}

// remove deletes an object for good: without controllers, a finalizer that
// admission added (kubernetes.io/pvc-protection) would keep it forever.
func (s *Server) remove(ri dynamic.ResourceInterface, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), requestTimeout)
	defer cancel()
	_ = ri.Delete(ctx, name, metav1.DeleteOptions{})
	_, _ = ri.Patch(ctx, name, types.MergePatchType, []byte(`{"metadata":{"finalizers":null}}`), metav1.PatchOptions{})
}
