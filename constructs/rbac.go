package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	apivalidation "k8s.io/apimachinery/pkg/api/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// AgentRbacProps configure AgentRbac.
type AgentRbacProps struct {
	// Release names the Role R-pod-manager and the ClusterRole
	// R-<namespace>-node-reader (R-node-reader with
	// Release.HelmChartSelectors) and holds the namespace ("" is the
	// enclosing Chart's). Release.Name is required.
	Release values.Release
	// ServiceAccountName is the ServiceAccount created and bound
	// (serviceAccount.name). Required. Default: "optio".
	ServiceAccountName string
	// ServiceAccountAnnotations are serviceAccount.annotations (e.g. EKS
	// IRSA). Default: none.
	ServiceAccountAnnotations map[string]string
	// StatefulSets grants what the Optio 0.4.0 API needs to run agents as
	// StatefulSets and Jobs (agent.statefulSet.enabled): StatefulSets with
	// their scale and status, Jobs with their status, and Service writes
	// for the StatefulSets' headless Services. false, the zero value, grants
	// bare agent pods only (the only mode of Optio 0.1). See
	// PodManagerRules. Default (DefaultAgentRbacProps): true.
	StatefulSets bool
	// NamespaceOnly leaves out the ClusterRole and ClusterRoleBinding that
	// let the API read nodes, namespaces and node metrics
	// (rbac.clusterRole.create false), for installs that may not create
	// cluster-scoped objects; the cluster overview then shows no node
	// utilization. Default: false.
	NamespaceOnly bool
	// chartNS is the namespace of the enclosing Chart when the caller knows
	// it (OptioChart); nil asks the Chart.
	chartNS *string
}

// DefaultAgentRbacProps returns the props of the Helm chart's defaults for
// the release "optio".
func DefaultAgentRbacProps() AgentRbacProps {
	d := DefaultProps()
	return AgentRbacProps{Release: values.Release{Name: values.DefaultReleaseName}, ServiceAccountName: d.ServiceAccount.Name, StatefulSets: d.Agent.StatefulSet.Enabled}
}

// Validate checks the props; each error names its path (release.name,
// serviceAccountName, serviceAccountAnnotations).
func (p *AgentRbacProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	errs = append(errs, values.ValidateObjectName(field.NewPath("serviceAccountName"), p.ServiceAccountName)...)
	errs = append(errs, apivalidation.ValidateAnnotations(p.ServiceAccountAnnotations, field.NewPath("serviceAccountAnnotations"))...)
	return errs
}

// AgentRbac is what the API needs to manage agent pods: the ServiceAccount,
// the Role and RoleBinding R-pod-manager, and the ClusterRole and
// ClusterRoleBinding that let it read nodes and namespaces.
type AgentRbac struct {
	constructs.Construct
	// ServiceAccount the API runs as. Its token is not automounted by
	// default; the API's pods mount it explicitly.
	ServiceAccount k8s.KubeServiceAccount
	// Role R-pod-manager in the namespace.
	Role k8s.KubeRole
	// RoleBinding R-pod-manager, binding Role to ServiceAccount.
	RoleBinding k8s.KubeRoleBinding
	// ClusterRole R-<namespace>-node-reader (R-node-reader with
	// Release.HelmChartSelectors); nil with NamespaceOnly.
	ClusterRole k8s.KubeClusterRole
	// ClusterRoleBinding of the same name, binding ClusterRole to
	// ServiceAccount; nil with NamespaceOnly.
	ClusterRoleBinding k8s.KubeClusterRoleBinding
}

func rule(groups, resources, verbs []string) *k8s.PolicyRule {
	return &k8s.PolicyRule{ApiGroups: optStrings(groups), Resources: optStrings(resources), Verbs: optStrings(verbs)}
}

// PodManagerRules are the rules of the Role R-pod-manager: what the Optio
// 0.4.0 API needs in its namespace, each rule for a feature
// (docs/rbac.md has the table): agent pods, their logs, exec and status
// (pods); per-agent credentials (secrets); home volumes and cache
// directories, applied with kubectl apply (persistentvolumeclaims, patch
// and update too); the cluster overview (services and events read, pod
// metrics); the secret proxy's Envoy configuration (configmaps); the
// per-pod egress policies (networkpolicies). statefulSets adds what
// agent.statefulSet.enabled needs: creating and deleting the headless
// Services, StatefulSets with their scale and status, and Jobs with their
// status. The contract's list of Optio 0.4.0 is the source.
func PodManagerRules(statefulSets bool) []*k8s.PolicyRule {
	serviceVerbs := []string{"get", "list"}
	if statefulSets {
		serviceVerbs = append(serviceVerbs, "create", "delete")
	}
	rules := []*k8s.PolicyRule{
		rule([]string{""}, []string{"pods", "pods/log", "pods/exec", "pods/status"}, []string{"get", "list", "watch", "create", "delete", "patch"}),
		rule([]string{""}, []string{"secrets"}, []string{"get", "list", "create", "delete"}),
		rule([]string{""}, []string{"persistentvolumeclaims"}, []string{"get", "list", "create", "delete", "patch", "update"}),
		rule([]string{""}, []string{"services"}, serviceVerbs),
		rule([]string{""}, []string{"configmaps"}, []string{"get", "list", "create", "delete"}),
		rule([]string{""}, []string{"events"}, []string{"get", "list", "watch"}),
		rule([]string{"metrics.k8s.io"}, []string{"pods", "nodes"}, []string{"get", "list"}),
		rule([]string{"networking.k8s.io"}, []string{"networkpolicies"}, []string{"get", "list", "create", "delete", "patch"}),
	}
	if statefulSets {
		rules = append(rules,
			rule([]string{"apps"}, []string{"statefulsets", "statefulsets/scale", "statefulsets/status"}, []string{"get", "list", "watch", "create", "delete", "patch", "update"}),
			rule([]string{"batch"}, []string{"jobs", "jobs/status"}, []string{"get", "list", "watch", "create", "delete", "patch"}),
		)
	}
	return rules
}

// NodeReaderRules are the rules of the node-reader ClusterRole: what the
// Optio API needs to read nodes, namespaces and node metrics.
func NodeReaderRules() []*k8s.PolicyRule {
	return []*k8s.PolicyRule{
		rule([]string{""}, []string{"nodes"}, []string{"get", "list"}),
		rule([]string{""}, []string{"namespaces"}, []string{"get", "list"}),
		rule([]string{"metrics.k8s.io"}, []string{"nodes"}, []string{"get", "list"}),
	}
}

// NewAgentRbac emits the ServiceAccount and its RBAC into scope. It needs a
// namespace (Release.Namespace, or the enclosing Chart's). The
// ClusterRole and its binding are named from the namespace and the release,
// so the same release name in two namespaces never shares (or re-points)
// them. nil props mean DefaultAgentRbacProps. Invalid props give an
// *InvalidPropsError and add nothing.
func NewAgentRbac(scope constructs.Construct, id string, props *AgentRbacProps) (_ *AgentRbac, err error) {
	if props, err = prepare("AgentRbac", id, props, DefaultAgentRbacProps); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	var chartNS string
	if props.chartNS != nil {
		chartNS = *props.chartNS
	} else {
		chartNS = chartNamespace(scope)
	}
	r := props.Release
	if r.Namespace == "" {
		r.Namespace = chartNS
	}
	if r.Namespace == "" {
		// A ServiceAccount subject names its namespace (Kubernetes
		// requires it), and the cluster-scoped names carry it.
		return nil, invalid("AgentRbac", id, field.ErrorList{field.Required(field.NewPath("release", "namespace"),
			"the bindings name the ServiceAccount's namespace: set it, or place the construct in a Chart with a namespace")})
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	rb := &AgentRbac{Construct: c}
	saMeta := metadata(r, props.ServiceAccountName, values.ComponentRBAC)
	saMeta.Annotations = stringMap(props.ServiceAccountAnnotations)
	rb.ServiceAccount = k8s.NewKubeServiceAccount(c, jsii.String("service-account"), &k8s.KubeServiceAccountProps{
		Metadata:                     saMeta,
		AutomountServiceAccountToken: jsii.Bool(false),
	})
	subjects := &[]*k8s.Subject{{
		Kind: jsii.String("ServiceAccount"), Name: jsii.String(props.ServiceAccountName), Namespace: optString(r.Namespace),
	}}
	podManager := r.ObjectName("pod-manager")
	podRules := PodManagerRules(props.StatefulSets)
	rb.Role = k8s.NewKubeRole(c, jsii.String("role"), &k8s.KubeRoleProps{
		Metadata: metadata(r, podManager, values.ComponentRBAC),
		Rules:    &podRules,
	})
	rb.RoleBinding = k8s.NewKubeRoleBinding(c, jsii.String("role-binding"), &k8s.KubeRoleBindingProps{
		Metadata: metadata(r, podManager, values.ComponentRBAC),
		RoleRef:  &k8s.RoleRef{ApiGroup: jsii.String("rbac.authorization.k8s.io"), Kind: jsii.String("Role"), Name: jsii.String(podManager)},
		Subjects: subjects,
	})
	if props.NamespaceOnly {
		return rb, nil
	}
	nodeReader := r.ClusterObjectName("node-reader")
	nodeRules := NodeReaderRules()
	rb.ClusterRole = k8s.NewKubeClusterRole(c, jsii.String("cluster-role"), &k8s.KubeClusterRoleProps{
		Metadata: clusterMetadata(r, nodeReader, values.ComponentRBAC),
		Rules:    &nodeRules,
	})
	clusterScoped(rb.ClusterRole, chartNS)
	rb.ClusterRoleBinding = k8s.NewKubeClusterRoleBinding(c, jsii.String("cluster-role-binding"), &k8s.KubeClusterRoleBindingProps{
		Metadata: clusterMetadata(r, nodeReader, values.ComponentRBAC),
		RoleRef:  &k8s.RoleRef{ApiGroup: jsii.String("rbac.authorization.k8s.io"), Kind: jsii.String("ClusterRole"), Name: jsii.String(nodeReader)},
		Subjects: subjects,
	})
	clusterScoped(rb.ClusterRoleBinding, chartNS)
	return rb, nil
}
