package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	plus "github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2"

	"github.com/optio-cdk8s/optio-cdk8s/imports/k8s"
)

// AgentRbacProps configure AgentRbac.
type AgentRbacProps struct {
	// Release names the Role R-pod-manager and ClusterRole R-node-reader.
	Release Release
	// ServiceAccountName is serviceAccount.name.
	ServiceAccountName string
	// ServiceAccountAnnotations are serviceAccount.annotations (e.g. IRSA).
	ServiceAccountAnnotations map[string]string
}

// AgentRbac is what the API needs to manage agent pods: the ServiceAccount,
// the Role and RoleBinding R-pod-manager, the ClusterRole and
// ClusterRoleBinding R-node-reader (the contract's "RBAC the API needs").
type AgentRbac struct {
	constructs.Construct
	// ServiceAccount the API runs as. Its token is not automounted by
	// default; the API's pods mount it explicitly.
	ServiceAccount plus.ServiceAccount
	// Role R-pod-manager in the namespace.
	Role k8s.KubeRole
	// ClusterRole R-node-reader.
	ClusterRole k8s.KubeClusterRole
}

func rule(groups, resources, verbs []string) *k8s.PolicyRule {
	return &k8s.PolicyRule{ApiGroups: optStrings(groups), Resources: optStrings(resources), Verbs: optStrings(verbs)}
}

// PodManagerRules are the rules of the Role R-pod-manager (the contract).
func PodManagerRules() []*k8s.PolicyRule {
	return []*k8s.PolicyRule{
		rule([]string{""}, []string{"pods", "pods/log", "pods/exec", "pods/status"}, []string{"get", "list", "watch", "create", "delete", "patch"}),
		rule([]string{""}, []string{"secrets"}, []string{"get", "list", "create", "delete"}),
		rule([]string{""}, []string{"persistentvolumeclaims"}, []string{"get", "list", "create", "delete"}),
		rule([]string{""}, []string{"services"}, []string{"get", "list"}),
		rule([]string{""}, []string{"configmaps"}, []string{"get", "list"}),
		rule([]string{""}, []string{"events"}, []string{"get", "list", "watch"}),
		rule([]string{"metrics.k8s.io"}, []string{"pods", "nodes"}, []string{"get", "list"}),
	}
}

// NodeReaderRules are the rules of the ClusterRole R-node-reader (the
// contract).
func NodeReaderRules() []*k8s.PolicyRule {
	return []*k8s.PolicyRule{
		rule([]string{""}, []string{"nodes"}, []string{"get", "list"}),
		rule([]string{""}, []string{"namespaces"}, []string{"get", "list"}),
		rule([]string{"metrics.k8s.io"}, []string{"nodes"}, []string{"get", "list"}),
	}
}

// NewAgentRbac emits the ServiceAccount and its RBAC.
func NewAgentRbac(scope constructs.Construct, id string, props *AgentRbacProps) *AgentRbac {
	c := constructs.NewConstruct(scope, jsii.String(id))
	r := props.Release
	rb := &AgentRbac{Construct: c}
	saMeta := r.plusMetadata(props.ServiceAccountName, ComponentRBAC)
	saMeta.Annotations = stringMap(props.ServiceAccountAnnotations)
	rb.ServiceAccount = plus.NewServiceAccount(c, jsii.String("service-account"), &plus.ServiceAccountProps{
		Metadata:       saMeta,
		AutomountToken: jsii.Bool(false),
	})
	subjects := &[]*k8s.Subject{{
		Kind: jsii.String("ServiceAccount"), Name: jsii.String(props.ServiceAccountName), Namespace: jsii.String(r.Namespace),
	}}
	podManager := r.ObjectName("pod-manager")
	podRules := PodManagerRules()
	rb.Role = k8s.NewKubeRole(c, jsii.String("role"), &k8s.KubeRoleProps{
		Metadata: r.metadata(podManager, ComponentRBAC),
		Rules:    &podRules,
	})
	k8s.NewKubeRoleBinding(c, jsii.String("role-binding"), &k8s.KubeRoleBindingProps{
		Metadata: r.metadata(podManager, ComponentRBAC),
		RoleRef:  &k8s.RoleRef{ApiGroup: jsii.String("rbac.authorization.k8s.io"), Kind: jsii.String("Role"), Name: jsii.String(podManager)},
		Subjects: subjects,
	})
	nodeReader := r.ObjectName("node-reader")
	nodeRules := NodeReaderRules()
	rb.ClusterRole = k8s.NewKubeClusterRole(c, jsii.String("cluster-role"), &k8s.KubeClusterRoleProps{
		Metadata: r.clusterMetadata(nodeReader, ComponentRBAC),
		Rules:    &nodeRules,
	})
	k8s.NewKubeClusterRoleBinding(c, jsii.String("cluster-role-binding"), &k8s.KubeClusterRoleBindingProps{
		Metadata: r.clusterMetadata(nodeReader, ComponentRBAC),
		RoleRef:  &k8s.RoleRef{ApiGroup: jsii.String("rbac.authorization.k8s.io"), Kind: jsii.String("ClusterRole"), Name: jsii.String(nodeReader)},
		Subjects: subjects,
	})
	return rb
}
