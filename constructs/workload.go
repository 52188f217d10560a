package optio

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"reflect"
	"sort"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/intstr"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// workloadSpec is what the four Deployments of the stack have in common; the
// component constructs fill it and newDeployment turns it into objects.
type workloadSpec struct {
	release   values.Release
	component string
	// replicas nil omits spec.replicas (an HPA owns it).
	replicas *int32
	// recreate sets strategy Recreate (a ReadWriteOnce volume must never be
	// mounted by two pods during a rollout).
	recreate           bool
	scheduling         values.SchedulingValues
	antiAffinity       string
	imagePullSecrets   []values.LocalObjectReference
	serviceAccountName string
	// automountToken mounts the service account token (only the API talks to
	// the Kubernetes API).
	automountToken bool
	// plainPod leaves automountServiceAccountToken unset, as the Helm chart
	// 0.1.0's pods do (see helmChartPostgresTemplate).
	plainPod       bool
	podAnnotations map[string]string
	// podLabels are the pod template's labels; nil means the component's
	// Labels (which include the selector labels).
	podLabels map[string]string
	container *k8s.Container
	volumes   []*k8s.Volume
	// values makes the jsii value objects.
	values *jsiiValues
}

// newDeployment emits the Deployment R-<component>.
func newDeployment(scope constructs.Construct, id string, w workloadSpec) k8s.KubeDeployment {
	selector := w.release.SelectorLabels(w.component)
	podLabels := w.podLabels
	if podLabels == nil {
		podLabels = w.release.Labels(w.component)
	}
	// The values' podLabels and podAnnotations come on top (Validate
	// refuses the keys the release sets).
	podLabels = merged(podLabels, w.scheduling.PodLabels)
	annotations := merged(w.podAnnotations, w.scheduling.PodAnnotations)
	spec := &k8s.DeploymentSpec{
		Selector: &k8s.LabelSelector{MatchLabels: stringMap(selector)},
		Template: &k8s.PodTemplateSpec{
			Metadata: &k8s.ObjectMeta{
				Labels:      stringMap(podLabels),
				Annotations: stringMap(annotations),
			},
			Spec: w.podSpec(),
		},
	}
	if w.replicas != nil {
		spec.Replicas = jsii.Number(float64(*w.replicas))
	}
	switch {
	case w.recreate:
		spec.Strategy = &k8s.DeploymentStrategy{Type: jsii.String("Recreate")}
	case values.RequiredPodAntiAffinity(values.AntiAffinity(w.antiAffinity), w.scheduling.Affinity):
		// With required anti-affinity a surge pod needs a node without a
		// pod of the component; when there is none, the default
		// maxSurge 1 / maxUnavailable 0 never progresses. Replace in place.
		spec.Strategy = &k8s.DeploymentStrategy{
			Type: jsii.String("RollingUpdate"),
			RollingUpdate: &k8s.RollingUpdateDeployment{
				MaxSurge:       w.values.number(0),
				MaxUnavailable: w.values.number(1),
			},
		}
	}
	return k8s.NewKubeDeployment(scope, jsii.String(id), &k8s.KubeDeploymentProps{
		Metadata: metadata(w.release, w.release.ObjectName(w.component), w.component),
		Spec:     spec,
	})
}

// kubernetesValue converts a value of a k8s.io/api type into the generated
// binding's struct of the same Kubernetes type (out, a pointer) through its
// Kubernetes JSON: the field names are Kubernetes' in both. A field the
// binding (Kubernetes 1.28) lacks is a programming error: Validate refuses
// such values (rule binding-fields). Types holding a Quantity or an
// IntOrString (jsii objects) are converted by hand (extraEnv).
func kubernetesValue(v, out any) {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("optio: a Kubernetes value does not marshal: %v", err)) // a programming error
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		panic(fmt.Sprintf("optio: a Kubernetes value does not fit the bindings: %v", err))
	}
}

// extraEnv converts extraEnvVars into the binding's EnvVar.
func (w workloadSpec) extraEnv() []*k8s.EnvVar {
	var out []*k8s.EnvVar
	for _, e := range w.scheduling.ExtraEnvVars {
		ev := &k8s.EnvVar{Name: jsii.String(e.Name), Value: optString(e.Value)}
		if f := e.ValueFrom; f != nil {
			ev.ValueFrom = &k8s.EnvVarSource{}
			if r := f.ResourceFieldRef; r != nil {
				ev.ValueFrom.ResourceFieldRef = &k8s.ResourceFieldSelector{Resource: jsii.String(r.Resource), ContainerName: optString(r.ContainerName)}
				if !r.Divisor.IsZero() {
					ev.ValueFrom.ResourceFieldRef.Divisor = w.values.quantity(r.Divisor.String())
				}
			}
			// The other sources hold no jsii object.
			rest := *f
			rest.ResourceFieldRef = nil
			kubernetesValue(rest, ev.ValueFrom)
		}
		out = append(out, ev)
	}
	return out
}

// merged returns the keys of a and b (b's win), nil when both are empty.
func merged(a, b map[string]string) map[string]string {
	if len(a)+len(b) == 0 {
		return nil
	}
	out := make(map[string]string, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

func (w workloadSpec) podSpec() *k8s.PodSpec {
	container := *w.container // the caller's container is left as given
	container.SecurityContext = containerSecurityContext(w.scheduling.ContainerSecurityContext)
	if extra := w.extraEnv(); len(extra) > 0 {
		// After the container's own variables (Validate refuses their
		// names).
		var env []*k8s.EnvVar
		if container.Env != nil {
			env = append(env, *container.Env...)
		}
		env = append(env, extra...)
		container.Env = &env
	}
	ps := &k8s.PodSpec{
		SecurityContext:   podSecurityContext(w.scheduling.PodSecurityContext),
		Containers:        &[]*k8s.Container{&container},
		NodeSelector:      stringMap(w.scheduling.NodeSelector),
		Affinity:          antiAffinity(string(values.EffectiveAntiAffinity(values.AntiAffinity(w.antiAffinity), w.scheduling.Affinity)), w.release.SelectorLabels(w.component)),
		PriorityClassName: optString(w.scheduling.PriorityClassName),
	}
	if values.AffinitySet(w.scheduling.Affinity) {
		// The values' affinity replaces the preset.
		ps.Affinity = &k8s.Affinity{}
		kubernetesValue(w.scheduling.Affinity, ps.Affinity)
	}
	if tsc := w.scheduling.TopologySpreadConstraints; len(tsc) > 0 {
		var out []*k8s.TopologySpreadConstraint
		kubernetesValue(tsc, &out)
		ps.TopologySpreadConstraints = &out
	}
	if !w.plainPod {
		ps.AutomountServiceAccountToken = jsii.Bool(w.automountToken)
	}
	if w.serviceAccountName != "" {
		ps.ServiceAccountName = jsii.String(w.serviceAccountName)
	}
	if len(w.imagePullSecrets) > 0 {
		refs := make([]*k8s.LocalObjectReference, 0, len(w.imagePullSecrets))
		for _, s := range w.imagePullSecrets {
			refs = append(refs, &k8s.LocalObjectReference{Name: jsii.String(s.Name)})
		}
		ps.ImagePullSecrets = &refs
	}
	if len(w.scheduling.Tolerations) > 0 {
		ts := make([]*k8s.Toleration, 0, len(w.scheduling.Tolerations))
		for _, t := range w.scheduling.Tolerations {
			ts = append(ts, &k8s.Toleration{
				Key:               optString(t.Key),
				Operator:          optString(string(t.Operator)),
				Value:             optString(t.Value),
				Effect:            optString(string(t.Effect)),
				TolerationSeconds: optInt(t.TolerationSeconds),
			})
		}
		ps.Tolerations = &ts
	}
	if len(w.volumes) > 0 {
		vs := append([]*k8s.Volume(nil), w.volumes...)
		ps.Volumes = &vs
	}
	return ps
}

// antiAffinity spreads a component's pods over nodes, as the Helm chart: soft is
// a preferred term of weight 100, hard a required term, "" none.
func antiAffinity(mode string, selector map[string]string) *k8s.Affinity {
	term := &k8s.PodAffinityTerm{
		TopologyKey:   jsii.String("kubernetes.io/hostname"),
		LabelSelector: &k8s.LabelSelector{MatchLabels: stringMap(selector)},
	}
	switch mode {
	case "soft":
		return &k8s.Affinity{PodAntiAffinity: &k8s.PodAntiAffinity{
			PreferredDuringSchedulingIgnoredDuringExecution: &[]*k8s.WeightedPodAffinityTerm{{
				Weight: jsii.Number(100), PodAffinityTerm: term,
			}},
		}}
	case "hard":
		return &k8s.Affinity{PodAntiAffinity: &k8s.PodAntiAffinity{
			RequiredDuringSchedulingIgnoredDuringExecution: &[]*k8s.PodAffinityTerm{term},
		}}
	}
	return nil
}

// resourceRequirements converts requests and limits; empty lists are omitted.
func (c *jsiiValues) resourceRequirements(r values.ResourcesValues) *k8s.ResourceRequirements {
	return &k8s.ResourceRequirements{Requests: c.quantityMap(r.Requests), Limits: c.quantityMap(r.Limits)}
}

func seccomp(s *values.SeccompProfileValues) *k8s.SeccompProfile {
	if s == nil || s.Type == "" {
		return nil
	}
	return &k8s.SeccompProfile{Type: jsii.String(string(s.Type)), LocalhostProfile: optString(s.LocalhostProfile)}
}

func podSecurityContext(s values.PodSecurityContextValues) *k8s.PodSecurityContext {
	if s.Enabled != nil && !*s.Enabled {
		return nil
	}
	out := &k8s.PodSecurityContext{
		RunAsUser:           optInt(s.RunAsUser),
		RunAsGroup:          optInt(s.RunAsGroup),
		RunAsNonRoot:        s.RunAsNonRoot,
		FsGroup:             optInt(s.FSGroup),
		FsGroupChangePolicy: optString(string(s.FSGroupChangePolicy)),
		SeccompProfile:      seccomp(s.SeccompProfile),
	}
	if len(s.SupplementalGroups) > 0 {
		gs := make([]*float64, 0, len(s.SupplementalGroups))
		for _, g := range s.SupplementalGroups {
			gs = append(gs, jsii.Number(float64(g)))
		}
		out.SupplementalGroups = &gs
	}
	if reflect.ValueOf(*out).IsZero() {
		return nil // nothing set: no empty securityContext
	}
	return out
}

func containerSecurityContext(s values.ContainerSecurityContextValues) *k8s.SecurityContext {
	if s.Enabled != nil && !*s.Enabled {
		return nil
	}
	out := &k8s.SecurityContext{
		RunAsUser:                optInt(s.RunAsUser),
		RunAsGroup:               optInt(s.RunAsGroup),
		RunAsNonRoot:             s.RunAsNonRoot,
		Privileged:               s.Privileged,
		AllowPrivilegeEscalation: s.AllowPrivilegeEscalation,
		ReadOnlyRootFilesystem:   s.ReadOnlyRootFilesystem,
		SeccompProfile:           seccomp(s.SeccompProfile),
	}
	if c := s.Capabilities; c != nil && (len(c.Add) > 0 || len(c.Drop) > 0) {
		out.Capabilities = &k8s.Capabilities{Add: optStrings(c.Add), Drop: optStrings(c.Drop)}
	}
	if reflect.ValueOf(*out).IsZero() {
		return nil // nothing set: no empty securityContext
	}
	return out
}

// emptyDirs returns a volume and a mount per writable path of an image with
// a read-only root filesystem (where each image writes).
func emptyDirs(mounts map[string]string) ([]*k8s.Volume, []*k8s.VolumeMount) {
	names := make([]string, 0, len(mounts))
	for name := range mounts {
		names = append(names, name)
	}
	sort.Strings(names)
	var vols []*k8s.Volume
	var vms []*k8s.VolumeMount
	for _, name := range names {
		vols = append(vols, &k8s.Volume{Name: jsii.String(name), EmptyDir: &k8s.EmptyDirVolumeSource{}})
		vms = append(vms, &k8s.VolumeMount{Name: jsii.String(name), MountPath: jsii.String(mounts[name])})
	}
	return vols, vms
}

// httpProbe is an HTTP GET probe on a port.
func (c *jsiiValues) httpProbe(path string, port int32, initialDelay, period float64) *k8s.Probe {
	return &k8s.Probe{
		HttpGet: &k8s.HttpGetAction{
			Path: jsii.String(path),
			Port: c.number(port),
		},
		InitialDelaySeconds: jsii.Number(initialDelay),
		PeriodSeconds:       jsii.Number(period),
	}
}

// startupProbe gives a probe failureThreshold tries before the container is
// restarted; liveness and readiness wait for it.
func startupProbe(p *k8s.Probe, failureThreshold float64) *k8s.Probe {
	p.FailureThreshold = jsii.Number(failureThreshold)
	return p
}

// tcpProbe checks that a port accepts connections.
func (c *jsiiValues) tcpProbe(port int32, initialDelay, period float64) *k8s.Probe {
	return &k8s.Probe{
		TcpSocket:           &k8s.TcpSocketAction{Port: c.number(port)},
		InitialDelaySeconds: jsii.Number(initialDelay),
		PeriodSeconds:       jsii.Number(period),
	}
}

// execProbe is a command probe.
func execProbe(command []string, initialDelay, period, timeout float64) *k8s.Probe {
	return &k8s.Probe{
		Exec:                &k8s.ExecAction{Command: optStrings(command)},
		InitialDelaySeconds: optNumber(initialDelay),
		PeriodSeconds:       jsii.Number(period),
		TimeoutSeconds:      jsii.Number(timeout),
	}
}

// containerPort names a single TCP port.
func containerPort(name string, port int32) *[]*k8s.ContainerPort {
	return &[]*k8s.ContainerPort{{
		Name:          jsii.String(name),
		ContainerPort: jsii.Number(float64(port)),
		Protocol:      jsii.String("TCP"),
	}}
}

// serviceSpec describes the Service R-<component>.
type serviceSpec struct {
	release     values.Release
	component   string
	serviceType string
	portName    string
	// appProtocol is the port's appProtocol ("" omits it).
	appProtocol string
	port        int32
	nodePort    *intstr.IntOrString
	values      *jsiiValues
}

// newService emits the Service R-<component>: port and targetPort are the
// component's port; nodePort only with type NodePort and a nodePort given.
func newService(scope constructs.Construct, id string, s serviceSpec) k8s.KubeService {
	sp := &k8s.ServicePort{
		Name:        jsii.String(s.portName),
		Port:        jsii.Number(float64(s.port)),
		TargetPort:  s.values.number(s.port),
		Protocol:    jsii.String("TCP"),
		AppProtocol: optString(s.appProtocol),
	}
	if s.serviceType == "NodePort" {
		if n, ok := values.NodePortNumber(s.nodePort); ok {
			sp.NodePort = jsii.Number(float64(n))
		}
	}
	typ := s.serviceType
	if typ == "" {
		typ = "ClusterIP"
	}
	return k8s.NewKubeService(scope, jsii.String(id), &k8s.KubeServiceProps{
		Metadata: metadata(s.release, s.release.ObjectName(s.component), s.component),
		Spec: &k8s.ServiceSpec{
			Type:     jsii.String(typ),
			Selector: stringMap(s.release.SelectorLabels(s.component)),
			Ports:    &[]*k8s.ServicePort{sp},
		},
	})
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return jsii.String(s)
}

// optNumber omits a zero (Kubernetes' default for probe delays).
func optNumber(n float64) *float64 {
	if n == 0 {
		return nil
	}
	return jsii.Number(n)
}

func optInt(i *int64) *float64 {
	if i == nil {
		return nil
	}
	return jsii.Number(float64(*i))
}

func optStrings[S ~string](ss []S) *[]*string {
	if len(ss) == 0 {
		return nil
	}
	out := make([]*string, 0, len(ss))
	for _, s := range ss {
		out = append(out, jsii.String(string(s)))
	}
	return &out
}

func envVar(name, value string) *k8s.EnvVar {
	return &k8s.EnvVar{Name: jsii.String(name), Value: jsii.String(value)}
}

// storageClassName writes a storage class value (values.StorageClassName):
// nil leaves the field out, "-" writes "".
func storageClassName(v string) *string {
	name, set := values.StorageClassName(v)
	if !set {
		return nil
	}
	return jsii.String(name)
}

// fieldEnvVar is a variable from the downward API (a field of the pod, such
// as metadata.namespace).
func fieldEnvVar(name, fieldPath string) *k8s.EnvVar {
	return &k8s.EnvVar{Name: jsii.String(name), ValueFrom: &k8s.EnvVarSource{FieldRef: &k8s.ObjectFieldSelector{FieldPath: jsii.String(fieldPath)}}}
}

// serviceURL is http://R-<component>:port, the address of a component's
// Service inside the namespace, built with net/url.
func serviceURL(r values.Release, component string, port int32) string {
	return (&url.URL{Scheme: "http", Host: net.JoinHostPort(r.ObjectName(component), strconv.Itoa(int(port)))}).String()
}
