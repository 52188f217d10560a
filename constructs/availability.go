package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// newAvailability emits a component's PodDisruptionBudget (pdb.enabled) and
// HorizontalPodAutoscaler (autoscaling.enabled), both named R-<component>;
// each return value is nil when its object is not enabled.
func newAvailability(scope constructs.Construct, r values.Release, component string, pdb values.PDBValues, hpa values.AutoscalingValues, vals *jsiiValues) (k8s.KubePodDisruptionBudget, k8s.KubeHorizontalPodAutoscalerV2) {
	name := r.ObjectName(component)
	var budget k8s.KubePodDisruptionBudget
	if pdb.Enabled {
		spec := &k8s.PodDisruptionBudgetSpec{
			Selector: &k8s.LabelSelector{MatchLabels: stringMap(r.SelectorLabels(component))},
		}
		if min, max := pdb.Budget(); min != nil {
			spec.MinAvailable = vals.intOrString(*min)
		} else {
			spec.MaxUnavailable = vals.intOrString(*max)
		}
		budget = k8s.NewKubePodDisruptionBudget(scope, jsii.String("pdb"), &k8s.KubePodDisruptionBudgetProps{
			Metadata: metadata(r, name, component),
			Spec:     spec,
		})
	}
	var scaler k8s.KubeHorizontalPodAutoscalerV2
	if hpa.Enabled {
		var metrics []*k8s.MetricSpecV2
		if t := hpa.TargetCPUUtilizationPercentage; t != nil {
			metrics = append(metrics, utilization("cpu", *t))
		}
		if t := hpa.TargetMemoryUtilizationPercentage; t != nil {
			metrics = append(metrics, utilization("memory", *t))
		}
		spec := &k8s.HorizontalPodAutoscalerSpecV2{
			ScaleTargetRef: &k8s.CrossVersionObjectReferenceV2{
				ApiVersion: jsii.String("apps/v1"), Kind: jsii.String("Deployment"), Name: jsii.String(name),
			},
			MaxReplicas: jsii.Number(float64(hpa.MaxReplicas)),
		}
		if hpa.MinReplicas != nil {
			spec.MinReplicas = jsii.Number(float64(*hpa.MinReplicas))
		}
		if len(metrics) > 0 {
			spec.Metrics = &metrics
		}
		scaler = k8s.NewKubeHorizontalPodAutoscalerV2(scope, jsii.String("hpa"), &k8s.KubeHorizontalPodAutoscalerV2Props{
			Metadata: metadata(r, name, component),
			Spec:     spec,
		})
	}
	return budget, scaler
}

// unlessAutoscaled is spec.replicas: none when an HPA owns the count.
func unlessAutoscaled(replicas *int32, hpa values.AutoscalingValues) *int32 {
	if hpa.Enabled {
		return nil
	}
	return replicas
}

func utilization(resource string, percent int32) *k8s.MetricSpecV2 {
	return &k8s.MetricSpecV2{
		Type: jsii.String("Resource"),
		Resource: &k8s.ResourceMetricSourceV2{
			Name: jsii.String(resource),
			Target: &k8s.MetricTargetV2{
				Type:               jsii.String("Utilization"),
				AverageUtilization: jsii.Number(float64(percent)),
			},
		},
	}
}
