package optio

import (
	"encoding/base64"
	"encoding/json"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// newNamespace emits the Namespace. Its labels carry no release (instance)
// so that two releases sharing a namespace emit the same object.
func newNamespace(scope constructs.Construct, id string, r values.Release, chartNS string) k8s.KubeNamespace {
	ns := k8s.NewKubeNamespace(scope, jsii.String(id), &k8s.KubeNamespaceProps{
		Metadata: &k8s.ObjectMeta{
			Name: jsii.String(r.Namespace),
			Labels: stringMap(map[string]string{
				"app.kubernetes.io/name":       "optio",
				"app.kubernetes.io/version":    values.AppVersion,
				"app.kubernetes.io/managed-by": "cdk8s",
				"app.kubernetes.io/part-of":    "optio",
			}),
			// It may hold other releases and data: never pruned or
			// deleted by Argo CD or Flux.
			Annotations: stringMap(RetainAnnotations),
		},
	})
	clusterScoped(ns, chartNS)
	return ns
}

// newConfig emits R-config: the Secret with the API's whole environment, or
// with existingSecret the ConfigMap with its settings (the other return value
// is then nil).
func newConfig(scope constructs.Construct, id string, p *OptioChartProps) (k8s.KubeSecret, k8s.KubeConfigMap) {
	r := p.Release()
	settings, secrets := p.APIEnvironment()
	if p.ExistingSecret != "" {
		return nil, k8s.NewKubeConfigMap(scope, jsii.String(id), &k8s.KubeConfigMapProps{
			Metadata:  metadata(r, r.ObjectName(values.ComponentConfig), values.ComponentConfig),
			Data:      stringMap(settings),
			Immutable: jsii.Bool(false),
		})
	}
	data := make(map[string]string, len(settings)+len(secrets))
	for k, v := range settings {
		data[k] = base64.StdEncoding.EncodeToString([]byte(v))
	}
	for k, v := range secrets {
		data[k] = base64.StdEncoding.EncodeToString([]byte(v))
	}
	return k8s.NewKubeSecret(scope, jsii.String(id), &k8s.KubeSecretProps{
		Metadata: metadata(r, r.ObjectName(values.ComponentConfig), values.ComponentConfig),
		Type:     jsii.String("Opaque"),
		Data:     stringMap(data),
	}), nil
}

// newAgentPVCTemplate emits the ConfigMap R-agent-pvc-template with keys
// storageClass, size and accessModes (a JSON list), from agent.pvc.
func newAgentPVCTemplate(scope constructs.Construct, id string, r values.Release, pvc values.AgentPVCValues) k8s.KubeConfigMap {
	modes := pvc.AccessModes
	if modes == nil {
		modes = []values.AccessMode{}
	}
	accessModes, _ := json.Marshal(modes)
	return k8s.NewKubeConfigMap(scope, jsii.String(id), &k8s.KubeConfigMapProps{
		Metadata: metadata(r, r.ObjectName("agent-pvc-template"), "agent"),
		Data: &map[string]*string{
			"storageClass": jsii.String(pvc.StorageClass),
			"size":         jsii.String(pvc.Size),
			"accessModes":  jsii.String(string(accessModes)),
		},
		Immutable: jsii.Bool(false),
	})
}

// newResourceQuota emits R-quota with spec.hard = resourceQuota.hard.
func newResourceQuota(scope constructs.Construct, id string, r values.Release, hard values.ResourceList, vals *jsiiValues) k8s.KubeResourceQuota {
	return k8s.NewKubeResourceQuota(scope, jsii.String(id), &k8s.KubeResourceQuotaProps{
		Metadata: metadata(r, r.ObjectName("quota"), "quota"),
		Spec:     &k8s.ResourceQuotaSpec{Hard: vals.quantityMap(hard)},
	})
}
