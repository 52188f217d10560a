package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// networkPolicy emits the NetworkPolicy R-<component>: ingress to port only,
// from the pods of the components in from (nil: from anywhere).
func networkPolicy(scope constructs.Construct, id string, r values.Release, component string, port int32, from []string, vals *jsiiValues) k8s.KubeNetworkPolicy {
	rule := &k8s.NetworkPolicyIngressRule{
		Ports: &[]*k8s.NetworkPolicyPort{{
			Protocol: jsii.String("TCP"),
			Port:     vals.number(port),
		}},
	}
	if len(from) > 0 {
		peers := make([]*k8s.NetworkPolicyPeer, 0, len(from))
		for _, f := range from {
			peers = append(peers, &k8s.NetworkPolicyPeer{PodSelector: &k8s.LabelSelector{MatchLabels: stringMap(r.SelectorLabels(f))}})
		}
		rule.From = &peers
	}
	return k8s.NewKubeNetworkPolicy(scope, jsii.String(id), &k8s.KubeNetworkPolicyProps{
		Metadata: metadata(r, r.ObjectName(component), component),
		Spec: &k8s.NetworkPolicySpec{
			PodSelector: &k8s.LabelSelector{MatchLabels: stringMap(r.SelectorLabels(component))},
			PolicyTypes: &[]*string{jsii.String("Ingress")},
			Ingress:     &[]*k8s.NetworkPolicyIngressRule{rule},
		},
	})
}

// AgentPodTypeLabel is the label the Optio API puts on the pods it creates,
// and AgentPodTypes its values for agent pods (Optio 0.4.0: repo pods of the
// repo pool, workflow pods, persistent agents).
const AgentPodTypeLabel = "optio.type"

// AgentPodTypes are the optio.type values of agent pods.
var AgentPodTypes = []string{"repo-pod", "workflow-pod", "persistent-agent-pod"}

// agentNetworkPolicy emits R-agent-pods: agent pods (every AgentPodTypes,
// where the chart 0.4.0 covers repo pods only) accept no connection and may
// open only DNS (53, UDP and TCP), the API's pods on port, and 443 and 80
// anywhere (Git hosts, registries, model providers), as the chart allows.
// The API reaches them through the Kubernetes API (exec, logs), which no
// NetworkPolicy governs.
func agentNetworkPolicy(scope constructs.Construct, id string, r values.Release, apiPort int32, vals *jsiiValues) k8s.KubeNetworkPolicy {
	tcp := func(port int32) *k8s.NetworkPolicyPort {
		return &k8s.NetworkPolicyPort{Protocol: jsii.String("TCP"), Port: vals.number(port)}
	}
	egress := []*k8s.NetworkPolicyEgressRule{
		{Ports: &[]*k8s.NetworkPolicyPort{{Protocol: jsii.String("UDP"), Port: vals.number(53)}, tcp(53)}},
		{
			To:    &[]*k8s.NetworkPolicyPeer{{PodSelector: &k8s.LabelSelector{MatchLabels: stringMap(r.SelectorLabels(values.ComponentAPI))}}},
			Ports: &[]*k8s.NetworkPolicyPort{tcp(apiPort)},
		},
		{Ports: &[]*k8s.NetworkPolicyPort{tcp(443)}},
		{Ports: &[]*k8s.NetworkPolicyPort{tcp(80)}},
	}
	return k8s.NewKubeNetworkPolicy(scope, jsii.String(id), &k8s.KubeNetworkPolicyProps{
		Metadata: metadata(r, r.ObjectName("agent-pods"), "agent"),
		Spec: &k8s.NetworkPolicySpec{
			PodSelector: &k8s.LabelSelector{MatchExpressions: &[]*k8s.LabelSelectorRequirement{{
				Key: jsii.String(AgentPodTypeLabel), Operator: jsii.String("In"), Values: optStrings(AgentPodTypes),
			}}},
			PolicyTypes: &[]*string{jsii.String("Ingress"), jsii.String("Egress")},
			Egress:      &egress,
		},
	})
}
