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
