// k8s
package k8s

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterStruct(
		"k8s.Affinity",
		reflect.TypeOf((*Affinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.AggregationRule",
		reflect.TypeOf((*AggregationRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ApiServiceSpec",
		reflect.TypeOf((*ApiServiceSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.AppArmorProfile",
		reflect.TypeOf((*AppArmorProfile)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ApplyConfiguration",
		reflect.TypeOf((*ApplyConfiguration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ApplyConfigurationV1Alpha1",
		reflect.TypeOf((*ApplyConfigurationV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ApplyConfigurationV1Beta1",
		reflect.TypeOf((*ApplyConfigurationV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.AuditAnnotation",
		reflect.TypeOf((*AuditAnnotation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.AwsElasticBlockStoreVolumeSource",
		reflect.TypeOf((*AwsElasticBlockStoreVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.AzureDiskVolumeSource",
		reflect.TypeOf((*AzureDiskVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.AzureFilePersistentVolumeSource",
		reflect.TypeOf((*AzureFilePersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.AzureFileVolumeSource",
		reflect.TypeOf((*AzureFileVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.BasicDeviceV1Beta1",
		reflect.TypeOf((*BasicDeviceV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.BoundObjectReference",
		reflect.TypeOf((*BoundObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Capabilities",
		reflect.TypeOf((*Capabilities)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CapacityRequestPolicy",
		reflect.TypeOf((*CapacityRequestPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CapacityRequestPolicyRange",
		reflect.TypeOf((*CapacityRequestPolicyRange)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CapacityRequestPolicyRangeV1Beta1",
		reflect.TypeOf((*CapacityRequestPolicyRangeV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CapacityRequestPolicyRangeV1Beta2",
		reflect.TypeOf((*CapacityRequestPolicyRangeV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CapacityRequestPolicyV1Beta1",
		reflect.TypeOf((*CapacityRequestPolicyV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CapacityRequestPolicyV1Beta2",
		reflect.TypeOf((*CapacityRequestPolicyV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CapacityRequirements",
		reflect.TypeOf((*CapacityRequirements)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CapacityRequirementsV1Beta1",
		reflect.TypeOf((*CapacityRequirementsV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CapacityRequirementsV1Beta2",
		reflect.TypeOf((*CapacityRequirementsV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CelDeviceSelector",
		reflect.TypeOf((*CelDeviceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CelDeviceSelectorV1Beta1",
		reflect.TypeOf((*CelDeviceSelectorV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CelDeviceSelectorV1Beta2",
		reflect.TypeOf((*CelDeviceSelectorV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CephFsPersistentVolumeSource",
		reflect.TypeOf((*CephFsPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CephFsVolumeSource",
		reflect.TypeOf((*CephFsVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CertificateSigningRequestSpec",
		reflect.TypeOf((*CertificateSigningRequestSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CinderPersistentVolumeSource",
		reflect.TypeOf((*CinderPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CinderVolumeSource",
		reflect.TypeOf((*CinderVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ClientIpConfig",
		reflect.TypeOf((*ClientIpConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ClusterTrustBundleProjection",
		reflect.TypeOf((*ClusterTrustBundleProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ClusterTrustBundleSpec",
		reflect.TypeOf((*ClusterTrustBundleSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ClusterTrustBundleSpecV1Beta1",
		reflect.TypeOf((*ClusterTrustBundleSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ComponentCondition",
		reflect.TypeOf((*ComponentCondition)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositeDisruptionModeV1Alpha3",
		reflect.TypeOf((*CompositeDisruptionModeV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositeDisruptionModeV1Beta1",
		reflect.TypeOf((*CompositeDisruptionModeV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositeGangSchedulingPolicyV1Alpha3",
		reflect.TypeOf((*CompositeGangSchedulingPolicyV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositeGangSchedulingPolicyV1Beta1",
		reflect.TypeOf((*CompositeGangSchedulingPolicyV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositePodGroupSchedulingConstraintsV1Alpha3",
		reflect.TypeOf((*CompositePodGroupSchedulingConstraintsV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositePodGroupSchedulingConstraintsV1Beta1",
		reflect.TypeOf((*CompositePodGroupSchedulingConstraintsV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositePodGroupSchedulingPolicyV1Alpha3",
		reflect.TypeOf((*CompositePodGroupSchedulingPolicyV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositePodGroupSchedulingPolicyV1Beta1",
		reflect.TypeOf((*CompositePodGroupSchedulingPolicyV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositePodGroupSpecV1Alpha3",
		reflect.TypeOf((*CompositePodGroupSpecV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositePodGroupTemplateV1Alpha3",
		reflect.TypeOf((*CompositePodGroupTemplateV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CompositePodGroupTemplateV1Beta1",
		reflect.TypeOf((*CompositePodGroupTemplateV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ConfigMapEnvSource",
		reflect.TypeOf((*ConfigMapEnvSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ConfigMapKeySelector",
		reflect.TypeOf((*ConfigMapKeySelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ConfigMapNodeConfigSource",
		reflect.TypeOf((*ConfigMapNodeConfigSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ConfigMapProjection",
		reflect.TypeOf((*ConfigMapProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ConfigMapVolumeSource",
		reflect.TypeOf((*ConfigMapVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Container",
		reflect.TypeOf((*Container)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ContainerPort",
		reflect.TypeOf((*ContainerPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ContainerResizePolicy",
		reflect.TypeOf((*ContainerResizePolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ContainerResourceMetricSourceV2",
		reflect.TypeOf((*ContainerResourceMetricSourceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ContainerRestartRule",
		reflect.TypeOf((*ContainerRestartRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ContainerRestartRuleOnExitCodes",
		reflect.TypeOf((*ContainerRestartRuleOnExitCodes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Counter",
		reflect.TypeOf((*Counter)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CounterSet",
		reflect.TypeOf((*CounterSet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CounterSetV1Beta1",
		reflect.TypeOf((*CounterSetV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CounterSetV1Beta2",
		reflect.TypeOf((*CounterSetV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CounterV1Beta1",
		reflect.TypeOf((*CounterV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CounterV1Beta2",
		reflect.TypeOf((*CounterV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CronJobSpec",
		reflect.TypeOf((*CronJobSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CrossVersionObjectReference",
		reflect.TypeOf((*CrossVersionObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CrossVersionObjectReferenceV2",
		reflect.TypeOf((*CrossVersionObjectReferenceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CsiDriverSpec",
		reflect.TypeOf((*CsiDriverSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CsiNodeDriver",
		reflect.TypeOf((*CsiNodeDriver)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CsiNodeSpec",
		reflect.TypeOf((*CsiNodeSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CsiPersistentVolumeSource",
		reflect.TypeOf((*CsiPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CsiVolumeSource",
		reflect.TypeOf((*CsiVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CustomResourceColumnDefinition",
		reflect.TypeOf((*CustomResourceColumnDefinition)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CustomResourceConversion",
		reflect.TypeOf((*CustomResourceConversion)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CustomResourceDefinitionNames",
		reflect.TypeOf((*CustomResourceDefinitionNames)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CustomResourceDefinitionSpec",
		reflect.TypeOf((*CustomResourceDefinitionSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CustomResourceDefinitionVersion",
		reflect.TypeOf((*CustomResourceDefinitionVersion)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CustomResourceSubresourceScale",
		reflect.TypeOf((*CustomResourceSubresourceScale)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CustomResourceSubresources",
		reflect.TypeOf((*CustomResourceSubresources)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.CustomResourceValidation",
		reflect.TypeOf((*CustomResourceValidation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DaemonSetSpec",
		reflect.TypeOf((*DaemonSetSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DaemonSetUpdateStrategy",
		reflect.TypeOf((*DaemonSetUpdateStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeleteOptions",
		reflect.TypeOf((*DeleteOptions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeploymentSpec",
		reflect.TypeOf((*DeploymentSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeploymentStrategy",
		reflect.TypeOf((*DeploymentStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Device",
		reflect.TypeOf((*Device)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceAttribute",
		reflect.TypeOf((*DeviceAttribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceAttributeV1Beta1",
		reflect.TypeOf((*DeviceAttributeV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceAttributeV1Beta2",
		reflect.TypeOf((*DeviceAttributeV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceCapacity",
		reflect.TypeOf((*DeviceCapacity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceCapacityV1Beta1",
		reflect.TypeOf((*DeviceCapacityV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceCapacityV1Beta2",
		reflect.TypeOf((*DeviceCapacityV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClaim",
		reflect.TypeOf((*DeviceClaim)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClaimConfiguration",
		reflect.TypeOf((*DeviceClaimConfiguration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClaimConfigurationV1Beta1",
		reflect.TypeOf((*DeviceClaimConfigurationV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClaimConfigurationV1Beta2",
		reflect.TypeOf((*DeviceClaimConfigurationV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClaimV1Beta1",
		reflect.TypeOf((*DeviceClaimV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClaimV1Beta2",
		reflect.TypeOf((*DeviceClaimV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClassConfiguration",
		reflect.TypeOf((*DeviceClassConfiguration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClassConfigurationV1Beta1",
		reflect.TypeOf((*DeviceClassConfigurationV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClassConfigurationV1Beta2",
		reflect.TypeOf((*DeviceClassConfigurationV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClassSpec",
		reflect.TypeOf((*DeviceClassSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClassSpecV1Beta1",
		reflect.TypeOf((*DeviceClassSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceClassSpecV1Beta2",
		reflect.TypeOf((*DeviceClassSpecV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceConstraint",
		reflect.TypeOf((*DeviceConstraint)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceConstraintV1Beta1",
		reflect.TypeOf((*DeviceConstraintV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceConstraintV1Beta2",
		reflect.TypeOf((*DeviceConstraintV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceCounterConsumption",
		reflect.TypeOf((*DeviceCounterConsumption)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceCounterConsumptionV1Beta1",
		reflect.TypeOf((*DeviceCounterConsumptionV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceCounterConsumptionV1Beta2",
		reflect.TypeOf((*DeviceCounterConsumptionV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceDerivedAttribute",
		reflect.TypeOf((*DeviceDerivedAttribute)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceDerivedAttributeV1Beta1",
		reflect.TypeOf((*DeviceDerivedAttributeV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceDerivedAttributeV1Beta2",
		reflect.TypeOf((*DeviceDerivedAttributeV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceRequest",
		reflect.TypeOf((*DeviceRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceRequestV1Beta1",
		reflect.TypeOf((*DeviceRequestV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceRequestV1Beta2",
		reflect.TypeOf((*DeviceRequestV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceSelector",
		reflect.TypeOf((*DeviceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceSelectorV1Beta1",
		reflect.TypeOf((*DeviceSelectorV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceSelectorV1Beta2",
		reflect.TypeOf((*DeviceSelectorV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceSubRequest",
		reflect.TypeOf((*DeviceSubRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceSubRequestV1Beta1",
		reflect.TypeOf((*DeviceSubRequestV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceSubRequestV1Beta2",
		reflect.TypeOf((*DeviceSubRequestV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTaint",
		reflect.TypeOf((*DeviceTaint)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTaintRuleSpec",
		reflect.TypeOf((*DeviceTaintRuleSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTaintRuleSpecV1Alpha3",
		reflect.TypeOf((*DeviceTaintRuleSpecV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTaintRuleSpecV1Beta2",
		reflect.TypeOf((*DeviceTaintRuleSpecV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTaintSelector",
		reflect.TypeOf((*DeviceTaintSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTaintSelectorV1Alpha3",
		reflect.TypeOf((*DeviceTaintSelectorV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTaintSelectorV1Beta2",
		reflect.TypeOf((*DeviceTaintSelectorV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTaintV1Alpha3",
		reflect.TypeOf((*DeviceTaintV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTaintV1Beta1",
		reflect.TypeOf((*DeviceTaintV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTaintV1Beta2",
		reflect.TypeOf((*DeviceTaintV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceToleration",
		reflect.TypeOf((*DeviceToleration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTolerationV1Beta1",
		reflect.TypeOf((*DeviceTolerationV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceTolerationV1Beta2",
		reflect.TypeOf((*DeviceTolerationV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceV1Beta1",
		reflect.TypeOf((*DeviceV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DeviceV1Beta2",
		reflect.TypeOf((*DeviceV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DisruptionModeV1Alpha3",
		reflect.TypeOf((*DisruptionModeV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DisruptionModeV1Beta1",
		reflect.TypeOf((*DisruptionModeV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DownwardApiProjection",
		reflect.TypeOf((*DownwardApiProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DownwardApiVolumeFile",
		reflect.TypeOf((*DownwardApiVolumeFile)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.DownwardApiVolumeSource",
		reflect.TypeOf((*DownwardApiVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EmptyDirVolumeSource",
		reflect.TypeOf((*EmptyDirVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Endpoint",
		reflect.TypeOf((*Endpoint)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EndpointAddress",
		reflect.TypeOf((*EndpointAddress)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EndpointConditions",
		reflect.TypeOf((*EndpointConditions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EndpointHints",
		reflect.TypeOf((*EndpointHints)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EndpointPort",
		reflect.TypeOf((*EndpointPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EndpointSubset",
		reflect.TypeOf((*EndpointSubset)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EnvFromSource",
		reflect.TypeOf((*EnvFromSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EnvVar",
		reflect.TypeOf((*EnvVar)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EnvVarSource",
		reflect.TypeOf((*EnvVarSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EphemeralContainer",
		reflect.TypeOf((*EphemeralContainer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EphemeralVolumeSource",
		reflect.TypeOf((*EphemeralVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EventSeries",
		reflect.TypeOf((*EventSeries)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EventSource",
		reflect.TypeOf((*EventSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EvictionPodReferenceV1Alpha1",
		reflect.TypeOf((*EvictionPodReferenceV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EvictionRequestPodReferenceV1Alpha1",
		reflect.TypeOf((*EvictionRequestPodReferenceV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EvictionRequestSpecV1Alpha1",
		reflect.TypeOf((*EvictionRequestSpecV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EvictionRequestTargetV1Alpha1",
		reflect.TypeOf((*EvictionRequestTargetV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EvictionResponder",
		reflect.TypeOf((*EvictionResponder)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EvictionSpecV1Alpha1",
		reflect.TypeOf((*EvictionSpecV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.EvictionTargetV1Alpha1",
		reflect.TypeOf((*EvictionTargetV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ExactDeviceRequest",
		reflect.TypeOf((*ExactDeviceRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ExactDeviceRequestV1Beta2",
		reflect.TypeOf((*ExactDeviceRequestV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ExecAction",
		reflect.TypeOf((*ExecAction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ExemptPriorityLevelConfiguration",
		reflect.TypeOf((*ExemptPriorityLevelConfiguration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ExternalDocumentation",
		reflect.TypeOf((*ExternalDocumentation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ExternalMetricSourceV2",
		reflect.TypeOf((*ExternalMetricSourceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.FcVolumeSource",
		reflect.TypeOf((*FcVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.FieldSelectorAttributes",
		reflect.TypeOf((*FieldSelectorAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.FieldSelectorRequirement",
		reflect.TypeOf((*FieldSelectorRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.FileKeySelector",
		reflect.TypeOf((*FileKeySelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.FlexPersistentVolumeSource",
		reflect.TypeOf((*FlexPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.FlexVolumeSource",
		reflect.TypeOf((*FlexVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.FlockerVolumeSource",
		reflect.TypeOf((*FlockerVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.FlowDistinguisherMethod",
		reflect.TypeOf((*FlowDistinguisherMethod)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.FlowSchemaSpec",
		reflect.TypeOf((*FlowSchemaSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ForNode",
		reflect.TypeOf((*ForNode)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ForZone",
		reflect.TypeOf((*ForZone)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.GangSchedulingPolicyV1Alpha3",
		reflect.TypeOf((*GangSchedulingPolicyV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.GangSchedulingPolicyV1Beta1",
		reflect.TypeOf((*GangSchedulingPolicyV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.GcePersistentDiskVolumeSource",
		reflect.TypeOf((*GcePersistentDiskVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.GitRepoVolumeSource",
		reflect.TypeOf((*GitRepoVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.GlusterfsPersistentVolumeSource",
		reflect.TypeOf((*GlusterfsPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.GlusterfsVolumeSource",
		reflect.TypeOf((*GlusterfsVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.GroupResource",
		reflect.TypeOf((*GroupResource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.GrpcAction",
		reflect.TypeOf((*GrpcAction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HorizontalPodAutoscalerBehaviorV2",
		reflect.TypeOf((*HorizontalPodAutoscalerBehaviorV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HorizontalPodAutoscalerSpec",
		reflect.TypeOf((*HorizontalPodAutoscalerSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HorizontalPodAutoscalerSpecV2",
		reflect.TypeOf((*HorizontalPodAutoscalerSpecV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HostAlias",
		reflect.TypeOf((*HostAlias)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HostPathVolumeSource",
		reflect.TypeOf((*HostPathVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HpaScalingPolicyV2",
		reflect.TypeOf((*HpaScalingPolicyV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HpaScalingRulesV2",
		reflect.TypeOf((*HpaScalingRulesV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HttpGetAction",
		reflect.TypeOf((*HttpGetAction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HttpHeader",
		reflect.TypeOf((*HttpHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HttpIngressPath",
		reflect.TypeOf((*HttpIngressPath)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.HttpIngressRuleValue",
		reflect.TypeOf((*HttpIngressRuleValue)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ImageVolumeSource",
		reflect.TypeOf((*ImageVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.IngressBackend",
		reflect.TypeOf((*IngressBackend)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.IngressClassParametersReference",
		reflect.TypeOf((*IngressClassParametersReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.IngressClassSpec",
		reflect.TypeOf((*IngressClassSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.IngressRule",
		reflect.TypeOf((*IngressRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.IngressServiceBackend",
		reflect.TypeOf((*IngressServiceBackend)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.IngressSpec",
		reflect.TypeOf((*IngressSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.IngressTls",
		reflect.TypeOf((*IngressTls)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.IntOrString",
		reflect.TypeOf((*IntOrString)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_IntOrString{}
		},
	)
	_jsii_.RegisterEnum(
		"k8s.IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind",
		reflect.TypeOf((*IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind)(nil)).Elem(),
		map[string]interface{}{
			"DELETE_OPTIONS": IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind_DELETE_OPTIONS,
		},
	)
	_jsii_.RegisterStruct(
		"k8s.IpAddressSpec",
		reflect.TypeOf((*IpAddressSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.IpBlock",
		reflect.TypeOf((*IpBlock)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.IscsiPersistentVolumeSource",
		reflect.TypeOf((*IscsiPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.IscsiVolumeSource",
		reflect.TypeOf((*IscsiVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.JobSchedulingConfiguration",
		reflect.TypeOf((*JobSchedulingConfiguration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.JobSpec",
		reflect.TypeOf((*JobSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.JobTemplateSpec",
		reflect.TypeOf((*JobTemplateSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.JsonPatch",
		reflect.TypeOf((*JsonPatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.JsonPatchV1Alpha1",
		reflect.TypeOf((*JsonPatchV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.JsonPatchV1Beta1",
		reflect.TypeOf((*JsonPatchV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.JsonSchemaProps",
		reflect.TypeOf((*JsonSchemaProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KeyToPath",
		reflect.TypeOf((*KeyToPath)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeApiService",
		reflect.TypeOf((*KubeApiService)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeApiService{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeApiServiceList",
		reflect.TypeOf((*KubeApiServiceList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeApiServiceList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeApiServiceListProps",
		reflect.TypeOf((*KubeApiServiceListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeApiServiceProps",
		reflect.TypeOf((*KubeApiServiceProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeBinding",
		reflect.TypeOf((*KubeBinding)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeBinding{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeBindingProps",
		reflect.TypeOf((*KubeBindingProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeCertificateSigningRequest",
		reflect.TypeOf((*KubeCertificateSigningRequest)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCertificateSigningRequest{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeCertificateSigningRequestList",
		reflect.TypeOf((*KubeCertificateSigningRequestList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCertificateSigningRequestList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCertificateSigningRequestListProps",
		reflect.TypeOf((*KubeCertificateSigningRequestListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCertificateSigningRequestProps",
		reflect.TypeOf((*KubeCertificateSigningRequestProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeClusterRole",
		reflect.TypeOf((*KubeClusterRole)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeClusterRole{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeClusterRoleBinding",
		reflect.TypeOf((*KubeClusterRoleBinding)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeClusterRoleBinding{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeClusterRoleBindingList",
		reflect.TypeOf((*KubeClusterRoleBindingList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeClusterRoleBindingList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeClusterRoleBindingListProps",
		reflect.TypeOf((*KubeClusterRoleBindingListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeClusterRoleBindingProps",
		reflect.TypeOf((*KubeClusterRoleBindingProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeClusterRoleList",
		reflect.TypeOf((*KubeClusterRoleList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeClusterRoleList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeClusterRoleListProps",
		reflect.TypeOf((*KubeClusterRoleListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeClusterRoleProps",
		reflect.TypeOf((*KubeClusterRoleProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeClusterTrustBundle",
		reflect.TypeOf((*KubeClusterTrustBundle)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeClusterTrustBundle{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeClusterTrustBundleList",
		reflect.TypeOf((*KubeClusterTrustBundleList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeClusterTrustBundleList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeClusterTrustBundleListProps",
		reflect.TypeOf((*KubeClusterTrustBundleListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeClusterTrustBundleListV1Beta1",
		reflect.TypeOf((*KubeClusterTrustBundleListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeClusterTrustBundleListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeClusterTrustBundleListV1Beta1Props",
		reflect.TypeOf((*KubeClusterTrustBundleListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeClusterTrustBundleProps",
		reflect.TypeOf((*KubeClusterTrustBundleProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeClusterTrustBundleV1Beta1",
		reflect.TypeOf((*KubeClusterTrustBundleV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeClusterTrustBundleV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeClusterTrustBundleV1Beta1Props",
		reflect.TypeOf((*KubeClusterTrustBundleV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeComponentStatus",
		reflect.TypeOf((*KubeComponentStatus)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeComponentStatus{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeComponentStatusList",
		reflect.TypeOf((*KubeComponentStatusList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeComponentStatusList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeComponentStatusListProps",
		reflect.TypeOf((*KubeComponentStatusListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeComponentStatusProps",
		reflect.TypeOf((*KubeComponentStatusProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeCompositePodGroupListV1Alpha3",
		reflect.TypeOf((*KubeCompositePodGroupListV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCompositePodGroupListV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCompositePodGroupListV1Alpha3Props",
		reflect.TypeOf((*KubeCompositePodGroupListV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeCompositePodGroupV1Alpha3",
		reflect.TypeOf((*KubeCompositePodGroupV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCompositePodGroupV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCompositePodGroupV1Alpha3Props",
		reflect.TypeOf((*KubeCompositePodGroupV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeConfigMap",
		reflect.TypeOf((*KubeConfigMap)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeConfigMap{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeConfigMapList",
		reflect.TypeOf((*KubeConfigMapList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeConfigMapList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeConfigMapListProps",
		reflect.TypeOf((*KubeConfigMapListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeConfigMapProps",
		reflect.TypeOf((*KubeConfigMapProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeControllerRevision",
		reflect.TypeOf((*KubeControllerRevision)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeControllerRevision{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeControllerRevisionList",
		reflect.TypeOf((*KubeControllerRevisionList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeControllerRevisionList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeControllerRevisionListProps",
		reflect.TypeOf((*KubeControllerRevisionListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeControllerRevisionProps",
		reflect.TypeOf((*KubeControllerRevisionProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeCronJob",
		reflect.TypeOf((*KubeCronJob)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCronJob{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeCronJobList",
		reflect.TypeOf((*KubeCronJobList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCronJobList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCronJobListProps",
		reflect.TypeOf((*KubeCronJobListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCronJobProps",
		reflect.TypeOf((*KubeCronJobProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeCsiDriver",
		reflect.TypeOf((*KubeCsiDriver)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCsiDriver{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeCsiDriverList",
		reflect.TypeOf((*KubeCsiDriverList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCsiDriverList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCsiDriverListProps",
		reflect.TypeOf((*KubeCsiDriverListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCsiDriverProps",
		reflect.TypeOf((*KubeCsiDriverProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeCsiNode",
		reflect.TypeOf((*KubeCsiNode)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCsiNode{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeCsiNodeList",
		reflect.TypeOf((*KubeCsiNodeList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCsiNodeList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCsiNodeListProps",
		reflect.TypeOf((*KubeCsiNodeListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCsiNodeProps",
		reflect.TypeOf((*KubeCsiNodeProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeCsiStorageCapacity",
		reflect.TypeOf((*KubeCsiStorageCapacity)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCsiStorageCapacity{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeCsiStorageCapacityList",
		reflect.TypeOf((*KubeCsiStorageCapacityList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCsiStorageCapacityList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCsiStorageCapacityListProps",
		reflect.TypeOf((*KubeCsiStorageCapacityListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCsiStorageCapacityProps",
		reflect.TypeOf((*KubeCsiStorageCapacityProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeCustomResourceDefinition",
		reflect.TypeOf((*KubeCustomResourceDefinition)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCustomResourceDefinition{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeCustomResourceDefinitionList",
		reflect.TypeOf((*KubeCustomResourceDefinitionList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeCustomResourceDefinitionList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCustomResourceDefinitionListProps",
		reflect.TypeOf((*KubeCustomResourceDefinitionListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeCustomResourceDefinitionProps",
		reflect.TypeOf((*KubeCustomResourceDefinitionProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDaemonSet",
		reflect.TypeOf((*KubeDaemonSet)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDaemonSet{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeDaemonSetList",
		reflect.TypeOf((*KubeDaemonSetList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDaemonSetList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDaemonSetListProps",
		reflect.TypeOf((*KubeDaemonSetListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDaemonSetProps",
		reflect.TypeOf((*KubeDaemonSetProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeployment",
		reflect.TypeOf((*KubeDeployment)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeployment{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeploymentList",
		reflect.TypeOf((*KubeDeploymentList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeploymentList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeploymentListProps",
		reflect.TypeOf((*KubeDeploymentListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeploymentProps",
		reflect.TypeOf((*KubeDeploymentProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceClass",
		reflect.TypeOf((*KubeDeviceClass)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceClass{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceClassList",
		reflect.TypeOf((*KubeDeviceClassList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceClassList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceClassListProps",
		reflect.TypeOf((*KubeDeviceClassListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceClassListV1Beta1",
		reflect.TypeOf((*KubeDeviceClassListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceClassListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceClassListV1Beta1Props",
		reflect.TypeOf((*KubeDeviceClassListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceClassListV1Beta2",
		reflect.TypeOf((*KubeDeviceClassListV1Beta2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceClassListV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceClassListV1Beta2Props",
		reflect.TypeOf((*KubeDeviceClassListV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceClassProps",
		reflect.TypeOf((*KubeDeviceClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceClassV1Beta1",
		reflect.TypeOf((*KubeDeviceClassV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceClassV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceClassV1Beta1Props",
		reflect.TypeOf((*KubeDeviceClassV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceClassV1Beta2",
		reflect.TypeOf((*KubeDeviceClassV1Beta2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceClassV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceClassV1Beta2Props",
		reflect.TypeOf((*KubeDeviceClassV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceTaintRule",
		reflect.TypeOf((*KubeDeviceTaintRule)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceTaintRule{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceTaintRuleList",
		reflect.TypeOf((*KubeDeviceTaintRuleList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceTaintRuleList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceTaintRuleListProps",
		reflect.TypeOf((*KubeDeviceTaintRuleListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceTaintRuleListV1Alpha3",
		reflect.TypeOf((*KubeDeviceTaintRuleListV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceTaintRuleListV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceTaintRuleListV1Alpha3Props",
		reflect.TypeOf((*KubeDeviceTaintRuleListV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceTaintRuleListV1Beta2",
		reflect.TypeOf((*KubeDeviceTaintRuleListV1Beta2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceTaintRuleListV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceTaintRuleListV1Beta2Props",
		reflect.TypeOf((*KubeDeviceTaintRuleListV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceTaintRuleProps",
		reflect.TypeOf((*KubeDeviceTaintRuleProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceTaintRuleV1Alpha3",
		reflect.TypeOf((*KubeDeviceTaintRuleV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceTaintRuleV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceTaintRuleV1Alpha3Props",
		reflect.TypeOf((*KubeDeviceTaintRuleV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeDeviceTaintRuleV1Beta2",
		reflect.TypeOf((*KubeDeviceTaintRuleV1Beta2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeDeviceTaintRuleV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeDeviceTaintRuleV1Beta2Props",
		reflect.TypeOf((*KubeDeviceTaintRuleV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeEndpointSlice",
		reflect.TypeOf((*KubeEndpointSlice)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEndpointSlice{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeEndpointSliceList",
		reflect.TypeOf((*KubeEndpointSliceList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEndpointSliceList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEndpointSliceListProps",
		reflect.TypeOf((*KubeEndpointSliceListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEndpointSliceProps",
		reflect.TypeOf((*KubeEndpointSliceProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeEndpoints",
		reflect.TypeOf((*KubeEndpoints)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEndpoints{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeEndpointsList",
		reflect.TypeOf((*KubeEndpointsList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEndpointsList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEndpointsListProps",
		reflect.TypeOf((*KubeEndpointsListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEndpointsProps",
		reflect.TypeOf((*KubeEndpointsProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeEvent",
		reflect.TypeOf((*KubeEvent)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEvent{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeEventList",
		reflect.TypeOf((*KubeEventList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEventList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEventListProps",
		reflect.TypeOf((*KubeEventListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEventProps",
		reflect.TypeOf((*KubeEventProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeEviction",
		reflect.TypeOf((*KubeEviction)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEviction{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeEvictionListV1Alpha1",
		reflect.TypeOf((*KubeEvictionListV1Alpha1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEvictionListV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEvictionListV1Alpha1Props",
		reflect.TypeOf((*KubeEvictionListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEvictionProps",
		reflect.TypeOf((*KubeEvictionProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeEvictionRequestListV1Alpha1",
		reflect.TypeOf((*KubeEvictionRequestListV1Alpha1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEvictionRequestListV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEvictionRequestListV1Alpha1Props",
		reflect.TypeOf((*KubeEvictionRequestListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeEvictionRequestV1Alpha1",
		reflect.TypeOf((*KubeEvictionRequestV1Alpha1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEvictionRequestV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEvictionRequestV1Alpha1Props",
		reflect.TypeOf((*KubeEvictionRequestV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeEvictionV1Alpha1",
		reflect.TypeOf((*KubeEvictionV1Alpha1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeEvictionV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeEvictionV1Alpha1Props",
		reflect.TypeOf((*KubeEvictionV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeFlowSchema",
		reflect.TypeOf((*KubeFlowSchema)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeFlowSchema{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeFlowSchemaList",
		reflect.TypeOf((*KubeFlowSchemaList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeFlowSchemaList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeFlowSchemaListProps",
		reflect.TypeOf((*KubeFlowSchemaListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeFlowSchemaProps",
		reflect.TypeOf((*KubeFlowSchemaProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeHorizontalPodAutoscaler",
		reflect.TypeOf((*KubeHorizontalPodAutoscaler)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeHorizontalPodAutoscaler{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeHorizontalPodAutoscalerList",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeHorizontalPodAutoscalerList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeHorizontalPodAutoscalerListProps",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeHorizontalPodAutoscalerListV2",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerListV2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeHorizontalPodAutoscalerListV2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeHorizontalPodAutoscalerListV2Props",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerListV2Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeHorizontalPodAutoscalerProps",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeHorizontalPodAutoscalerV2",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerV2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeHorizontalPodAutoscalerV2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeHorizontalPodAutoscalerV2Props",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerV2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeIngress",
		reflect.TypeOf((*KubeIngress)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeIngress{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeIngressClass",
		reflect.TypeOf((*KubeIngressClass)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeIngressClass{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeIngressClassList",
		reflect.TypeOf((*KubeIngressClassList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeIngressClassList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeIngressClassListProps",
		reflect.TypeOf((*KubeIngressClassListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeIngressClassProps",
		reflect.TypeOf((*KubeIngressClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeIngressList",
		reflect.TypeOf((*KubeIngressList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeIngressList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeIngressListProps",
		reflect.TypeOf((*KubeIngressListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeIngressProps",
		reflect.TypeOf((*KubeIngressProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeIpAddress",
		reflect.TypeOf((*KubeIpAddress)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeIpAddress{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeIpAddressList",
		reflect.TypeOf((*KubeIpAddressList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeIpAddressList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeIpAddressListProps",
		reflect.TypeOf((*KubeIpAddressListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeIpAddressProps",
		reflect.TypeOf((*KubeIpAddressProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeJob",
		reflect.TypeOf((*KubeJob)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeJob{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeJobList",
		reflect.TypeOf((*KubeJobList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeJobList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeJobListProps",
		reflect.TypeOf((*KubeJobListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeJobProps",
		reflect.TypeOf((*KubeJobProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeLease",
		reflect.TypeOf((*KubeLease)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeLease{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeLeaseCandidateListV1Alpha2",
		reflect.TypeOf((*KubeLeaseCandidateListV1Alpha2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeLeaseCandidateListV1Alpha2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeLeaseCandidateListV1Alpha2Props",
		reflect.TypeOf((*KubeLeaseCandidateListV1Alpha2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeLeaseCandidateListV1Beta1",
		reflect.TypeOf((*KubeLeaseCandidateListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeLeaseCandidateListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeLeaseCandidateListV1Beta1Props",
		reflect.TypeOf((*KubeLeaseCandidateListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeLeaseCandidateV1Alpha2",
		reflect.TypeOf((*KubeLeaseCandidateV1Alpha2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeLeaseCandidateV1Alpha2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeLeaseCandidateV1Alpha2Props",
		reflect.TypeOf((*KubeLeaseCandidateV1Alpha2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeLeaseCandidateV1Beta1",
		reflect.TypeOf((*KubeLeaseCandidateV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeLeaseCandidateV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeLeaseCandidateV1Beta1Props",
		reflect.TypeOf((*KubeLeaseCandidateV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeLeaseList",
		reflect.TypeOf((*KubeLeaseList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeLeaseList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeLeaseListProps",
		reflect.TypeOf((*KubeLeaseListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeLeaseProps",
		reflect.TypeOf((*KubeLeaseProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeLimitRange",
		reflect.TypeOf((*KubeLimitRange)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeLimitRange{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeLimitRangeList",
		reflect.TypeOf((*KubeLimitRangeList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeLimitRangeList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeLimitRangeListProps",
		reflect.TypeOf((*KubeLimitRangeListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeLimitRangeProps",
		reflect.TypeOf((*KubeLimitRangeProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeLocalSubjectAccessReview",
		reflect.TypeOf((*KubeLocalSubjectAccessReview)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeLocalSubjectAccessReview{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeLocalSubjectAccessReviewProps",
		reflect.TypeOf((*KubeLocalSubjectAccessReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicy",
		reflect.TypeOf((*KubeMutatingAdmissionPolicy)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicy{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyBinding",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBinding)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyBinding{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyBindingList",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyBindingList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyBindingListProps",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyBindingListV1Alpha1",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingListV1Alpha1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyBindingListV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyBindingListV1Alpha1Props",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyBindingListV1Beta1",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyBindingListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyBindingListV1Beta1Props",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyBindingProps",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyBindingV1Alpha1",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingV1Alpha1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyBindingV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyBindingV1Alpha1Props",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyBindingV1Beta1",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyBindingV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyBindingV1Beta1Props",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyBindingV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyList",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyListProps",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyListV1Alpha1",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyListV1Alpha1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyListV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyListV1Alpha1Props",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyListV1Beta1",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyListV1Beta1Props",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyProps",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyV1Alpha1",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyV1Alpha1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyV1Alpha1Props",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingAdmissionPolicyV1Beta1",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingAdmissionPolicyV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingAdmissionPolicyV1Beta1Props",
		reflect.TypeOf((*KubeMutatingAdmissionPolicyV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingWebhookConfiguration",
		reflect.TypeOf((*KubeMutatingWebhookConfiguration)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingWebhookConfiguration{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeMutatingWebhookConfigurationList",
		reflect.TypeOf((*KubeMutatingWebhookConfigurationList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeMutatingWebhookConfigurationList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingWebhookConfigurationListProps",
		reflect.TypeOf((*KubeMutatingWebhookConfigurationListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeMutatingWebhookConfigurationProps",
		reflect.TypeOf((*KubeMutatingWebhookConfigurationProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeNamespace",
		reflect.TypeOf((*KubeNamespace)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeNamespace{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeNamespaceList",
		reflect.TypeOf((*KubeNamespaceList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeNamespaceList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeNamespaceListProps",
		reflect.TypeOf((*KubeNamespaceListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeNamespaceProps",
		reflect.TypeOf((*KubeNamespaceProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeNetworkPolicy",
		reflect.TypeOf((*KubeNetworkPolicy)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeNetworkPolicy{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeNetworkPolicyList",
		reflect.TypeOf((*KubeNetworkPolicyList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeNetworkPolicyList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeNetworkPolicyListProps",
		reflect.TypeOf((*KubeNetworkPolicyListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeNetworkPolicyProps",
		reflect.TypeOf((*KubeNetworkPolicyProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeNode",
		reflect.TypeOf((*KubeNode)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeNode{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeNodeList",
		reflect.TypeOf((*KubeNodeList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeNodeList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeNodeListProps",
		reflect.TypeOf((*KubeNodeListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeNodeProps",
		reflect.TypeOf((*KubeNodeProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePersistentVolume",
		reflect.TypeOf((*KubePersistentVolume)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePersistentVolume{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubePersistentVolumeClaim",
		reflect.TypeOf((*KubePersistentVolumeClaim)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePersistentVolumeClaim{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubePersistentVolumeClaimList",
		reflect.TypeOf((*KubePersistentVolumeClaimList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePersistentVolumeClaimList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePersistentVolumeClaimListProps",
		reflect.TypeOf((*KubePersistentVolumeClaimListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubePersistentVolumeClaimProps",
		reflect.TypeOf((*KubePersistentVolumeClaimProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePersistentVolumeList",
		reflect.TypeOf((*KubePersistentVolumeList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePersistentVolumeList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePersistentVolumeListProps",
		reflect.TypeOf((*KubePersistentVolumeListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubePersistentVolumeProps",
		reflect.TypeOf((*KubePersistentVolumeProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePod",
		reflect.TypeOf((*KubePod)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePod{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubePodCertificateRequest",
		reflect.TypeOf((*KubePodCertificateRequest)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodCertificateRequest{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubePodCertificateRequestList",
		reflect.TypeOf((*KubePodCertificateRequestList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodCertificateRequestList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodCertificateRequestListProps",
		reflect.TypeOf((*KubePodCertificateRequestListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePodCertificateRequestListV1Beta1",
		reflect.TypeOf((*KubePodCertificateRequestListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodCertificateRequestListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodCertificateRequestListV1Beta1Props",
		reflect.TypeOf((*KubePodCertificateRequestListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodCertificateRequestProps",
		reflect.TypeOf((*KubePodCertificateRequestProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePodCertificateRequestV1Beta1",
		reflect.TypeOf((*KubePodCertificateRequestV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodCertificateRequestV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodCertificateRequestV1Beta1Props",
		reflect.TypeOf((*KubePodCertificateRequestV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePodDisruptionBudget",
		reflect.TypeOf((*KubePodDisruptionBudget)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodDisruptionBudget{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubePodDisruptionBudgetList",
		reflect.TypeOf((*KubePodDisruptionBudgetList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodDisruptionBudgetList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodDisruptionBudgetListProps",
		reflect.TypeOf((*KubePodDisruptionBudgetListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodDisruptionBudgetProps",
		reflect.TypeOf((*KubePodDisruptionBudgetProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePodGroupListV1Alpha3",
		reflect.TypeOf((*KubePodGroupListV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodGroupListV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodGroupListV1Alpha3Props",
		reflect.TypeOf((*KubePodGroupListV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePodGroupListV1Beta1",
		reflect.TypeOf((*KubePodGroupListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodGroupListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodGroupListV1Beta1Props",
		reflect.TypeOf((*KubePodGroupListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePodGroupV1Alpha3",
		reflect.TypeOf((*KubePodGroupV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodGroupV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodGroupV1Alpha3Props",
		reflect.TypeOf((*KubePodGroupV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePodGroupV1Beta1",
		reflect.TypeOf((*KubePodGroupV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodGroupV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodGroupV1Beta1Props",
		reflect.TypeOf((*KubePodGroupV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePodList",
		reflect.TypeOf((*KubePodList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodListProps",
		reflect.TypeOf((*KubePodListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodProps",
		reflect.TypeOf((*KubePodProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePodTemplate",
		reflect.TypeOf((*KubePodTemplate)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodTemplate{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubePodTemplateList",
		reflect.TypeOf((*KubePodTemplateList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePodTemplateList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodTemplateListProps",
		reflect.TypeOf((*KubePodTemplateListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubePodTemplateProps",
		reflect.TypeOf((*KubePodTemplateProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePriorityClass",
		reflect.TypeOf((*KubePriorityClass)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePriorityClass{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubePriorityClassList",
		reflect.TypeOf((*KubePriorityClassList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePriorityClassList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePriorityClassListProps",
		reflect.TypeOf((*KubePriorityClassListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubePriorityClassProps",
		reflect.TypeOf((*KubePriorityClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubePriorityLevelConfiguration",
		reflect.TypeOf((*KubePriorityLevelConfiguration)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePriorityLevelConfiguration{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubePriorityLevelConfigurationList",
		reflect.TypeOf((*KubePriorityLevelConfigurationList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubePriorityLevelConfigurationList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubePriorityLevelConfigurationListProps",
		reflect.TypeOf((*KubePriorityLevelConfigurationListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubePriorityLevelConfigurationProps",
		reflect.TypeOf((*KubePriorityLevelConfigurationProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeReplicaSet",
		reflect.TypeOf((*KubeReplicaSet)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeReplicaSet{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeReplicaSetList",
		reflect.TypeOf((*KubeReplicaSetList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeReplicaSetList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeReplicaSetListProps",
		reflect.TypeOf((*KubeReplicaSetListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeReplicaSetProps",
		reflect.TypeOf((*KubeReplicaSetProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeReplicationController",
		reflect.TypeOf((*KubeReplicationController)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeReplicationController{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeReplicationControllerList",
		reflect.TypeOf((*KubeReplicationControllerList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeReplicationControllerList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeReplicationControllerListProps",
		reflect.TypeOf((*KubeReplicationControllerListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeReplicationControllerProps",
		reflect.TypeOf((*KubeReplicationControllerProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaim",
		reflect.TypeOf((*KubeResourceClaim)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaim{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimList",
		reflect.TypeOf((*KubeResourceClaimList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimListProps",
		reflect.TypeOf((*KubeResourceClaimListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimListV1Beta1",
		reflect.TypeOf((*KubeResourceClaimListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimListV1Beta1Props",
		reflect.TypeOf((*KubeResourceClaimListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimListV1Beta2",
		reflect.TypeOf((*KubeResourceClaimListV1Beta2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimListV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimListV1Beta2Props",
		reflect.TypeOf((*KubeResourceClaimListV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimProps",
		reflect.TypeOf((*KubeResourceClaimProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimTemplate",
		reflect.TypeOf((*KubeResourceClaimTemplate)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimTemplate{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimTemplateList",
		reflect.TypeOf((*KubeResourceClaimTemplateList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimTemplateList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimTemplateListProps",
		reflect.TypeOf((*KubeResourceClaimTemplateListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimTemplateListV1Beta1",
		reflect.TypeOf((*KubeResourceClaimTemplateListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimTemplateListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimTemplateListV1Beta1Props",
		reflect.TypeOf((*KubeResourceClaimTemplateListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimTemplateListV1Beta2",
		reflect.TypeOf((*KubeResourceClaimTemplateListV1Beta2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimTemplateListV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimTemplateListV1Beta2Props",
		reflect.TypeOf((*KubeResourceClaimTemplateListV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimTemplateProps",
		reflect.TypeOf((*KubeResourceClaimTemplateProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimTemplateV1Beta1",
		reflect.TypeOf((*KubeResourceClaimTemplateV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimTemplateV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimTemplateV1Beta1Props",
		reflect.TypeOf((*KubeResourceClaimTemplateV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimTemplateV1Beta2",
		reflect.TypeOf((*KubeResourceClaimTemplateV1Beta2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimTemplateV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimTemplateV1Beta2Props",
		reflect.TypeOf((*KubeResourceClaimTemplateV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimV1Beta1",
		reflect.TypeOf((*KubeResourceClaimV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimV1Beta1Props",
		reflect.TypeOf((*KubeResourceClaimV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceClaimV1Beta2",
		reflect.TypeOf((*KubeResourceClaimV1Beta2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceClaimV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceClaimV1Beta2Props",
		reflect.TypeOf((*KubeResourceClaimV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourcePoolStatusRequestListV1Alpha3",
		reflect.TypeOf((*KubeResourcePoolStatusRequestListV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourcePoolStatusRequestListV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourcePoolStatusRequestListV1Alpha3Props",
		reflect.TypeOf((*KubeResourcePoolStatusRequestListV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourcePoolStatusRequestV1Alpha3",
		reflect.TypeOf((*KubeResourcePoolStatusRequestV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourcePoolStatusRequestV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourcePoolStatusRequestV1Alpha3Props",
		reflect.TypeOf((*KubeResourcePoolStatusRequestV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceQuota",
		reflect.TypeOf((*KubeResourceQuota)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceQuota{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceQuotaList",
		reflect.TypeOf((*KubeResourceQuotaList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceQuotaList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceQuotaListProps",
		reflect.TypeOf((*KubeResourceQuotaListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceQuotaProps",
		reflect.TypeOf((*KubeResourceQuotaProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceSlice",
		reflect.TypeOf((*KubeResourceSlice)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceSlice{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceSliceList",
		reflect.TypeOf((*KubeResourceSliceList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceSliceList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceSliceListProps",
		reflect.TypeOf((*KubeResourceSliceListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceSliceListV1Beta1",
		reflect.TypeOf((*KubeResourceSliceListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceSliceListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceSliceListV1Beta1Props",
		reflect.TypeOf((*KubeResourceSliceListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceSliceListV1Beta2",
		reflect.TypeOf((*KubeResourceSliceListV1Beta2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceSliceListV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceSliceListV1Beta2Props",
		reflect.TypeOf((*KubeResourceSliceListV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceSliceProps",
		reflect.TypeOf((*KubeResourceSliceProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceSliceV1Beta1",
		reflect.TypeOf((*KubeResourceSliceV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceSliceV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceSliceV1Beta1Props",
		reflect.TypeOf((*KubeResourceSliceV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeResourceSliceV1Beta2",
		reflect.TypeOf((*KubeResourceSliceV1Beta2)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeResourceSliceV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeResourceSliceV1Beta2Props",
		reflect.TypeOf((*KubeResourceSliceV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeRole",
		reflect.TypeOf((*KubeRole)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeRole{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeRoleBinding",
		reflect.TypeOf((*KubeRoleBinding)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeRoleBinding{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeRoleBindingList",
		reflect.TypeOf((*KubeRoleBindingList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeRoleBindingList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeRoleBindingListProps",
		reflect.TypeOf((*KubeRoleBindingListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeRoleBindingProps",
		reflect.TypeOf((*KubeRoleBindingProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeRoleList",
		reflect.TypeOf((*KubeRoleList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeRoleList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeRoleListProps",
		reflect.TypeOf((*KubeRoleListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeRoleProps",
		reflect.TypeOf((*KubeRoleProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeRuntimeClass",
		reflect.TypeOf((*KubeRuntimeClass)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeRuntimeClass{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeRuntimeClassList",
		reflect.TypeOf((*KubeRuntimeClassList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeRuntimeClassList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeRuntimeClassListProps",
		reflect.TypeOf((*KubeRuntimeClassListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeRuntimeClassProps",
		reflect.TypeOf((*KubeRuntimeClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeScale",
		reflect.TypeOf((*KubeScale)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeScale{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeScaleProps",
		reflect.TypeOf((*KubeScaleProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeSecret",
		reflect.TypeOf((*KubeSecret)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeSecret{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeSecretList",
		reflect.TypeOf((*KubeSecretList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeSecretList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeSecretListProps",
		reflect.TypeOf((*KubeSecretListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeSecretProps",
		reflect.TypeOf((*KubeSecretProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeSelfSubjectAccessReview",
		reflect.TypeOf((*KubeSelfSubjectAccessReview)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeSelfSubjectAccessReview{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeSelfSubjectAccessReviewProps",
		reflect.TypeOf((*KubeSelfSubjectAccessReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeSelfSubjectReview",
		reflect.TypeOf((*KubeSelfSubjectReview)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeSelfSubjectReview{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeSelfSubjectReviewProps",
		reflect.TypeOf((*KubeSelfSubjectReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeSelfSubjectRulesReview",
		reflect.TypeOf((*KubeSelfSubjectRulesReview)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeSelfSubjectRulesReview{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeSelfSubjectRulesReviewProps",
		reflect.TypeOf((*KubeSelfSubjectRulesReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeService",
		reflect.TypeOf((*KubeService)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeService{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeServiceAccount",
		reflect.TypeOf((*KubeServiceAccount)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeServiceAccount{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeServiceAccountList",
		reflect.TypeOf((*KubeServiceAccountList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeServiceAccountList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeServiceAccountListProps",
		reflect.TypeOf((*KubeServiceAccountListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeServiceAccountProps",
		reflect.TypeOf((*KubeServiceAccountProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeServiceCidr",
		reflect.TypeOf((*KubeServiceCidr)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeServiceCidr{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeServiceCidrList",
		reflect.TypeOf((*KubeServiceCidrList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeServiceCidrList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeServiceCidrListProps",
		reflect.TypeOf((*KubeServiceCidrListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeServiceCidrProps",
		reflect.TypeOf((*KubeServiceCidrProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeServiceList",
		reflect.TypeOf((*KubeServiceList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeServiceList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeServiceListProps",
		reflect.TypeOf((*KubeServiceListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeServiceProps",
		reflect.TypeOf((*KubeServiceProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeStatefulSet",
		reflect.TypeOf((*KubeStatefulSet)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStatefulSet{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeStatefulSetList",
		reflect.TypeOf((*KubeStatefulSetList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStatefulSetList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStatefulSetListProps",
		reflect.TypeOf((*KubeStatefulSetListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStatefulSetProps",
		reflect.TypeOf((*KubeStatefulSetProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeStatus",
		reflect.TypeOf((*KubeStatus)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStatus{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStatusProps",
		reflect.TypeOf((*KubeStatusProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeStorageClass",
		reflect.TypeOf((*KubeStorageClass)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStorageClass{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeStorageClassList",
		reflect.TypeOf((*KubeStorageClassList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStorageClassList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStorageClassListProps",
		reflect.TypeOf((*KubeStorageClassListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStorageClassProps",
		reflect.TypeOf((*KubeStorageClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeStorageVersionListV1Alpha1",
		reflect.TypeOf((*KubeStorageVersionListV1Alpha1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStorageVersionListV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStorageVersionListV1Alpha1Props",
		reflect.TypeOf((*KubeStorageVersionListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeStorageVersionMigration",
		reflect.TypeOf((*KubeStorageVersionMigration)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStorageVersionMigration{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeStorageVersionMigrationList",
		reflect.TypeOf((*KubeStorageVersionMigrationList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStorageVersionMigrationList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStorageVersionMigrationListProps",
		reflect.TypeOf((*KubeStorageVersionMigrationListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeStorageVersionMigrationListV1Beta1",
		reflect.TypeOf((*KubeStorageVersionMigrationListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStorageVersionMigrationListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStorageVersionMigrationListV1Beta1Props",
		reflect.TypeOf((*KubeStorageVersionMigrationListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStorageVersionMigrationProps",
		reflect.TypeOf((*KubeStorageVersionMigrationProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeStorageVersionMigrationV1Beta1",
		reflect.TypeOf((*KubeStorageVersionMigrationV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStorageVersionMigrationV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStorageVersionMigrationV1Beta1Props",
		reflect.TypeOf((*KubeStorageVersionMigrationV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeStorageVersionV1Alpha1",
		reflect.TypeOf((*KubeStorageVersionV1Alpha1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeStorageVersionV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeStorageVersionV1Alpha1Props",
		reflect.TypeOf((*KubeStorageVersionV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeSubjectAccessReview",
		reflect.TypeOf((*KubeSubjectAccessReview)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeSubjectAccessReview{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeSubjectAccessReviewProps",
		reflect.TypeOf((*KubeSubjectAccessReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeTokenRequest",
		reflect.TypeOf((*KubeTokenRequest)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeTokenRequest{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeTokenRequestProps",
		reflect.TypeOf((*KubeTokenRequestProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeTokenReview",
		reflect.TypeOf((*KubeTokenReview)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeTokenReview{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeTokenReviewProps",
		reflect.TypeOf((*KubeTokenReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeValidatingAdmissionPolicy",
		reflect.TypeOf((*KubeValidatingAdmissionPolicy)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeValidatingAdmissionPolicy{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeValidatingAdmissionPolicyBinding",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBinding)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeValidatingAdmissionPolicyBinding{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeValidatingAdmissionPolicyBindingList",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeValidatingAdmissionPolicyBindingList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeValidatingAdmissionPolicyBindingListProps",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeValidatingAdmissionPolicyBindingProps",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeValidatingAdmissionPolicyList",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeValidatingAdmissionPolicyList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeValidatingAdmissionPolicyListProps",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeValidatingAdmissionPolicyProps",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeValidatingWebhookConfiguration",
		reflect.TypeOf((*KubeValidatingWebhookConfiguration)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeValidatingWebhookConfiguration{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeValidatingWebhookConfigurationList",
		reflect.TypeOf((*KubeValidatingWebhookConfigurationList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeValidatingWebhookConfigurationList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeValidatingWebhookConfigurationListProps",
		reflect.TypeOf((*KubeValidatingWebhookConfigurationListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeValidatingWebhookConfigurationProps",
		reflect.TypeOf((*KubeValidatingWebhookConfigurationProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeVolumeAttachment",
		reflect.TypeOf((*KubeVolumeAttachment)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeVolumeAttachment{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeVolumeAttachmentList",
		reflect.TypeOf((*KubeVolumeAttachmentList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeVolumeAttachmentList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeVolumeAttachmentListProps",
		reflect.TypeOf((*KubeVolumeAttachmentListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeVolumeAttachmentProps",
		reflect.TypeOf((*KubeVolumeAttachmentProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeVolumeAttributesClass",
		reflect.TypeOf((*KubeVolumeAttributesClass)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeVolumeAttributesClass{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterClass(
		"k8s.KubeVolumeAttributesClassList",
		reflect.TypeOf((*KubeVolumeAttributesClassList)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeVolumeAttributesClassList{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeVolumeAttributesClassListProps",
		reflect.TypeOf((*KubeVolumeAttributesClassListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.KubeVolumeAttributesClassProps",
		reflect.TypeOf((*KubeVolumeAttributesClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeWorkloadListV1Alpha3",
		reflect.TypeOf((*KubeWorkloadListV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeWorkloadListV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeWorkloadListV1Alpha3Props",
		reflect.TypeOf((*KubeWorkloadListV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeWorkloadListV1Beta1",
		reflect.TypeOf((*KubeWorkloadListV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeWorkloadListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeWorkloadListV1Beta1Props",
		reflect.TypeOf((*KubeWorkloadListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeWorkloadV1Alpha3",
		reflect.TypeOf((*KubeWorkloadV1Alpha3)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeWorkloadV1Alpha3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeWorkloadV1Alpha3Props",
		reflect.TypeOf((*KubeWorkloadV1Alpha3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.KubeWorkloadV1Beta1",
		reflect.TypeOf((*KubeWorkloadV1Beta1)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
		},
		func() interface{} {
			j := jsiiProxy_KubeWorkloadV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"k8s.KubeWorkloadV1Beta1Props",
		reflect.TypeOf((*KubeWorkloadV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LabelSelector",
		reflect.TypeOf((*LabelSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LabelSelectorAttributes",
		reflect.TypeOf((*LabelSelectorAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LabelSelectorRequirement",
		reflect.TypeOf((*LabelSelectorRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LeaseCandidateSpecV1Alpha2",
		reflect.TypeOf((*LeaseCandidateSpecV1Alpha2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LeaseCandidateSpecV1Beta1",
		reflect.TypeOf((*LeaseCandidateSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LeaseSpec",
		reflect.TypeOf((*LeaseSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Lifecycle",
		reflect.TypeOf((*Lifecycle)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LifecycleHandler",
		reflect.TypeOf((*LifecycleHandler)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LimitRangeItem",
		reflect.TypeOf((*LimitRangeItem)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LimitRangeSpec",
		reflect.TypeOf((*LimitRangeSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LimitResponse",
		reflect.TypeOf((*LimitResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LimitedPriorityLevelConfiguration",
		reflect.TypeOf((*LimitedPriorityLevelConfiguration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ListMeta",
		reflect.TypeOf((*ListMeta)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LocalObjectReference",
		reflect.TypeOf((*LocalObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.LocalVolumeSource",
		reflect.TypeOf((*LocalVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ManagedFieldsEntry",
		reflect.TypeOf((*ManagedFieldsEntry)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MatchCondition",
		reflect.TypeOf((*MatchCondition)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MatchConditionV1Alpha1",
		reflect.TypeOf((*MatchConditionV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MatchConditionV1Beta1",
		reflect.TypeOf((*MatchConditionV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MatchResources",
		reflect.TypeOf((*MatchResources)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MatchResourcesV1Alpha1",
		reflect.TypeOf((*MatchResourcesV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MatchResourcesV1Beta1",
		reflect.TypeOf((*MatchResourcesV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MetricIdentifierV2",
		reflect.TypeOf((*MetricIdentifierV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MetricSpecV2",
		reflect.TypeOf((*MetricSpecV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MetricTargetV2",
		reflect.TypeOf((*MetricTargetV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MutatingAdmissionPolicyBindingSpec",
		reflect.TypeOf((*MutatingAdmissionPolicyBindingSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MutatingAdmissionPolicyBindingSpecV1Alpha1",
		reflect.TypeOf((*MutatingAdmissionPolicyBindingSpecV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MutatingAdmissionPolicyBindingSpecV1Beta1",
		reflect.TypeOf((*MutatingAdmissionPolicyBindingSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MutatingAdmissionPolicySpec",
		reflect.TypeOf((*MutatingAdmissionPolicySpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MutatingAdmissionPolicySpecV1Alpha1",
		reflect.TypeOf((*MutatingAdmissionPolicySpecV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MutatingAdmissionPolicySpecV1Beta1",
		reflect.TypeOf((*MutatingAdmissionPolicySpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MutatingWebhook",
		reflect.TypeOf((*MutatingWebhook)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Mutation",
		reflect.TypeOf((*Mutation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MutationV1Alpha1",
		reflect.TypeOf((*MutationV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.MutationV1Beta1",
		reflect.TypeOf((*MutationV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NamedRuleWithOperations",
		reflect.TypeOf((*NamedRuleWithOperations)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NamedRuleWithOperationsV1Alpha1",
		reflect.TypeOf((*NamedRuleWithOperationsV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NamedRuleWithOperationsV1Beta1",
		reflect.TypeOf((*NamedRuleWithOperationsV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NamespaceSpec",
		reflect.TypeOf((*NamespaceSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NetworkPolicyEgressRule",
		reflect.TypeOf((*NetworkPolicyEgressRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NetworkPolicyIngressRule",
		reflect.TypeOf((*NetworkPolicyIngressRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NetworkPolicyPeer",
		reflect.TypeOf((*NetworkPolicyPeer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NetworkPolicyPort",
		reflect.TypeOf((*NetworkPolicyPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NetworkPolicySpec",
		reflect.TypeOf((*NetworkPolicySpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NfsVolumeSource",
		reflect.TypeOf((*NfsVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeAffinity",
		reflect.TypeOf((*NodeAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeAllocatableMapping",
		reflect.TypeOf((*NodeAllocatableMapping)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeAllocatableMappingV1Beta1",
		reflect.TypeOf((*NodeAllocatableMappingV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeAllocatableMappingV1Beta2",
		reflect.TypeOf((*NodeAllocatableMappingV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeAllocatableOverhead",
		reflect.TypeOf((*NodeAllocatableOverhead)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeAllocatableOverheadV1Beta1",
		reflect.TypeOf((*NodeAllocatableOverheadV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeAllocatableOverheadV1Beta2",
		reflect.TypeOf((*NodeAllocatableOverheadV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeAllocatableResource",
		reflect.TypeOf((*NodeAllocatableResource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeAllocatableResourceV1Beta1",
		reflect.TypeOf((*NodeAllocatableResourceV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeAllocatableResourceV1Beta2",
		reflect.TypeOf((*NodeAllocatableResourceV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeConfigSource",
		reflect.TypeOf((*NodeConfigSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodePodPreemptionPolicy",
		reflect.TypeOf((*NodePodPreemptionPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeSelector",
		reflect.TypeOf((*NodeSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeSelectorRequirement",
		reflect.TypeOf((*NodeSelectorRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeSelectorTerm",
		reflect.TypeOf((*NodeSelectorTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NodeSpec",
		reflect.TypeOf((*NodeSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NonResourceAttributes",
		reflect.TypeOf((*NonResourceAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.NonResourcePolicyRule",
		reflect.TypeOf((*NonResourcePolicyRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ObjectFieldSelector",
		reflect.TypeOf((*ObjectFieldSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ObjectMeta",
		reflect.TypeOf((*ObjectMeta)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ObjectMetricSourceV2",
		reflect.TypeOf((*ObjectMetricSourceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ObjectReference",
		reflect.TypeOf((*ObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.OpaqueDeviceConfiguration",
		reflect.TypeOf((*OpaqueDeviceConfiguration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.OpaqueDeviceConfigurationV1Beta1",
		reflect.TypeOf((*OpaqueDeviceConfigurationV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.OpaqueDeviceConfigurationV1Beta2",
		reflect.TypeOf((*OpaqueDeviceConfigurationV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Overhead",
		reflect.TypeOf((*Overhead)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.OwnerReference",
		reflect.TypeOf((*OwnerReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ParamKind",
		reflect.TypeOf((*ParamKind)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ParamKindV1Alpha1",
		reflect.TypeOf((*ParamKindV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ParamKindV1Beta1",
		reflect.TypeOf((*ParamKindV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ParamRef",
		reflect.TypeOf((*ParamRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ParamRefV1Alpha1",
		reflect.TypeOf((*ParamRefV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ParamRefV1Beta1",
		reflect.TypeOf((*ParamRefV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ParentReference",
		reflect.TypeOf((*ParentReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PersistentVolumeClaimSpec",
		reflect.TypeOf((*PersistentVolumeClaimSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PersistentVolumeClaimTemplate",
		reflect.TypeOf((*PersistentVolumeClaimTemplate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PersistentVolumeClaimVolumeSource",
		reflect.TypeOf((*PersistentVolumeClaimVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PersistentVolumeSpec",
		reflect.TypeOf((*PersistentVolumeSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PhotonPersistentDiskVolumeSource",
		reflect.TypeOf((*PhotonPersistentDiskVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodAffinity",
		reflect.TypeOf((*PodAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodAffinityTerm",
		reflect.TypeOf((*PodAffinityTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodAntiAffinity",
		reflect.TypeOf((*PodAntiAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodCertificateProjection",
		reflect.TypeOf((*PodCertificateProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodCertificateRequestSpec",
		reflect.TypeOf((*PodCertificateRequestSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodCertificateRequestSpecV1Beta1",
		reflect.TypeOf((*PodCertificateRequestSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodDisruptionBudgetSpec",
		reflect.TypeOf((*PodDisruptionBudgetSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodDnsConfig",
		reflect.TypeOf((*PodDnsConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodDnsConfigOption",
		reflect.TypeOf((*PodDnsConfigOption)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodFailurePolicy",
		reflect.TypeOf((*PodFailurePolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodFailurePolicyOnExitCodesRequirement",
		reflect.TypeOf((*PodFailurePolicyOnExitCodesRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodFailurePolicyOnPodConditionsPattern",
		reflect.TypeOf((*PodFailurePolicyOnPodConditionsPattern)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodFailurePolicyRule",
		reflect.TypeOf((*PodFailurePolicyRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodGroupResourceClaimV1Alpha3",
		reflect.TypeOf((*PodGroupResourceClaimV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodGroupResourceClaimV1Beta1",
		reflect.TypeOf((*PodGroupResourceClaimV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodGroupSchedulingConstraintsV1Alpha3",
		reflect.TypeOf((*PodGroupSchedulingConstraintsV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodGroupSchedulingConstraintsV1Beta1",
		reflect.TypeOf((*PodGroupSchedulingConstraintsV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodGroupSchedulingPolicyV1Alpha3",
		reflect.TypeOf((*PodGroupSchedulingPolicyV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodGroupSchedulingPolicyV1Beta1",
		reflect.TypeOf((*PodGroupSchedulingPolicyV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodGroupSpecV1Alpha3",
		reflect.TypeOf((*PodGroupSpecV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodGroupSpecV1Beta1",
		reflect.TypeOf((*PodGroupSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodGroupTemplateV1Alpha3",
		reflect.TypeOf((*PodGroupTemplateV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodGroupTemplateV1Beta1",
		reflect.TypeOf((*PodGroupTemplateV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodOs",
		reflect.TypeOf((*PodOs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodReadinessGate",
		reflect.TypeOf((*PodReadinessGate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodResourceClaim",
		reflect.TypeOf((*PodResourceClaim)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodSchedulingGate",
		reflect.TypeOf((*PodSchedulingGate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodSchedulingGroup",
		reflect.TypeOf((*PodSchedulingGroup)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodSecurityContext",
		reflect.TypeOf((*PodSecurityContext)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodSpec",
		reflect.TypeOf((*PodSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodTemplateSpec",
		reflect.TypeOf((*PodTemplateSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PodsMetricSourceV2",
		reflect.TypeOf((*PodsMetricSourceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PolicyRule",
		reflect.TypeOf((*PolicyRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PolicyRulesWithSubjects",
		reflect.TypeOf((*PolicyRulesWithSubjects)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PortworxVolumeSource",
		reflect.TypeOf((*PortworxVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Preconditions",
		reflect.TypeOf((*Preconditions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PreferredSchedulingTerm",
		reflect.TypeOf((*PreferredSchedulingTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PriorityLevelConfigurationReference",
		reflect.TypeOf((*PriorityLevelConfigurationReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.PriorityLevelConfigurationSpec",
		reflect.TypeOf((*PriorityLevelConfigurationSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Probe",
		reflect.TypeOf((*Probe)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ProjectedVolumeSource",
		reflect.TypeOf((*ProjectedVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"k8s.Quantity",
		reflect.TypeOf((*Quantity)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_Quantity{}
		},
	)
	_jsii_.RegisterStruct(
		"k8s.QueuingConfiguration",
		reflect.TypeOf((*QueuingConfiguration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.QuobyteVolumeSource",
		reflect.TypeOf((*QuobyteVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.RbdPersistentVolumeSource",
		reflect.TypeOf((*RbdPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.RbdVolumeSource",
		reflect.TypeOf((*RbdVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ReplicaSetSpec",
		reflect.TypeOf((*ReplicaSetSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ReplicationControllerSpec",
		reflect.TypeOf((*ReplicationControllerSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceAttributes",
		reflect.TypeOf((*ResourceAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceClaim",
		reflect.TypeOf((*ResourceClaim)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceClaimSpec",
		reflect.TypeOf((*ResourceClaimSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceClaimSpecV1Beta1",
		reflect.TypeOf((*ResourceClaimSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceClaimSpecV1Beta2",
		reflect.TypeOf((*ResourceClaimSpecV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceClaimTemplateSpec",
		reflect.TypeOf((*ResourceClaimTemplateSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceClaimTemplateSpecV1Beta1",
		reflect.TypeOf((*ResourceClaimTemplateSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceClaimTemplateSpecV1Beta2",
		reflect.TypeOf((*ResourceClaimTemplateSpecV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceFieldSelector",
		reflect.TypeOf((*ResourceFieldSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceMetricSourceV2",
		reflect.TypeOf((*ResourceMetricSourceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourcePolicyRule",
		reflect.TypeOf((*ResourcePolicyRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourcePool",
		reflect.TypeOf((*ResourcePool)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourcePoolStatusRequestSpecV1Alpha3",
		reflect.TypeOf((*ResourcePoolStatusRequestSpecV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourcePoolV1Beta1",
		reflect.TypeOf((*ResourcePoolV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourcePoolV1Beta2",
		reflect.TypeOf((*ResourcePoolV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceQuotaSpec",
		reflect.TypeOf((*ResourceQuotaSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceRequirements",
		reflect.TypeOf((*ResourceRequirements)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceSliceSpec",
		reflect.TypeOf((*ResourceSliceSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceSliceSpecV1Beta1",
		reflect.TypeOf((*ResourceSliceSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ResourceSliceSpecV1Beta2",
		reflect.TypeOf((*ResourceSliceSpecV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.RoleRef",
		reflect.TypeOf((*RoleRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.RollingUpdateDaemonSet",
		reflect.TypeOf((*RollingUpdateDaemonSet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.RollingUpdateDeployment",
		reflect.TypeOf((*RollingUpdateDeployment)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.RollingUpdateStatefulSetStrategy",
		reflect.TypeOf((*RollingUpdateStatefulSetStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.RuleWithOperations",
		reflect.TypeOf((*RuleWithOperations)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ScaleIoPersistentVolumeSource",
		reflect.TypeOf((*ScaleIoPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ScaleIoVolumeSource",
		reflect.TypeOf((*ScaleIoVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ScaleSpec",
		reflect.TypeOf((*ScaleSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Scheduling",
		reflect.TypeOf((*Scheduling)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ScopeSelector",
		reflect.TypeOf((*ScopeSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ScopedResourceSelectorRequirement",
		reflect.TypeOf((*ScopedResourceSelectorRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SeLinuxOptions",
		reflect.TypeOf((*SeLinuxOptions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SeccompProfile",
		reflect.TypeOf((*SeccompProfile)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SecretEnvSource",
		reflect.TypeOf((*SecretEnvSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SecretKeySelector",
		reflect.TypeOf((*SecretKeySelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SecretProjection",
		reflect.TypeOf((*SecretProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SecretReference",
		reflect.TypeOf((*SecretReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SecretVolumeSource",
		reflect.TypeOf((*SecretVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SecurityContext",
		reflect.TypeOf((*SecurityContext)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SelectableField",
		reflect.TypeOf((*SelectableField)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SelfSubjectAccessReviewSpec",
		reflect.TypeOf((*SelfSubjectAccessReviewSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SelfSubjectRulesReviewSpec",
		reflect.TypeOf((*SelfSubjectRulesReviewSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ServiceAccountTokenProjection",
		reflect.TypeOf((*ServiceAccountTokenProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ServiceBackendPort",
		reflect.TypeOf((*ServiceBackendPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ServiceCidrSpec",
		reflect.TypeOf((*ServiceCidrSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ServicePort",
		reflect.TypeOf((*ServicePort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ServiceReference",
		reflect.TypeOf((*ServiceReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ServiceSpec",
		reflect.TypeOf((*ServiceSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SessionAffinityConfig",
		reflect.TypeOf((*SessionAffinityConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ShardInfo",
		reflect.TypeOf((*ShardInfo)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SleepAction",
		reflect.TypeOf((*SleepAction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.StatefulSetOrdinals",
		reflect.TypeOf((*StatefulSetOrdinals)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.StatefulSetPersistentVolumeClaimRetentionPolicy",
		reflect.TypeOf((*StatefulSetPersistentVolumeClaimRetentionPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.StatefulSetSpec",
		reflect.TypeOf((*StatefulSetSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.StatefulSetUpdateStrategy",
		reflect.TypeOf((*StatefulSetUpdateStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.StatusCause",
		reflect.TypeOf((*StatusCause)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.StatusDetails",
		reflect.TypeOf((*StatusDetails)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.StorageOsPersistentVolumeSource",
		reflect.TypeOf((*StorageOsPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.StorageOsVolumeSource",
		reflect.TypeOf((*StorageOsVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.StorageVersionMigrationSpec",
		reflect.TypeOf((*StorageVersionMigrationSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.StorageVersionMigrationSpecV1Beta1",
		reflect.TypeOf((*StorageVersionMigrationSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Subject",
		reflect.TypeOf((*Subject)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SubjectAccessReviewSpec",
		reflect.TypeOf((*SubjectAccessReviewSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SuccessPolicy",
		reflect.TypeOf((*SuccessPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.SuccessPolicyRule",
		reflect.TypeOf((*SuccessPolicyRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Sysctl",
		reflect.TypeOf((*Sysctl)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Taint",
		reflect.TypeOf((*Taint)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TcpSocketAction",
		reflect.TypeOf((*TcpSocketAction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TokenRequest",
		reflect.TypeOf((*TokenRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TokenRequestSpec",
		reflect.TypeOf((*TokenRequestSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TokenReviewSpec",
		reflect.TypeOf((*TokenReviewSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Toleration",
		reflect.TypeOf((*Toleration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TopologyConstraintV1Alpha3",
		reflect.TypeOf((*TopologyConstraintV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TopologyConstraintV1Beta1",
		reflect.TypeOf((*TopologyConstraintV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TopologySelectorLabelRequirement",
		reflect.TypeOf((*TopologySelectorLabelRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TopologySelectorTerm",
		reflect.TypeOf((*TopologySelectorTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TopologySpreadConstraint",
		reflect.TypeOf((*TopologySpreadConstraint)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TypedLocalObjectReference",
		reflect.TypeOf((*TypedLocalObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TypedLocalObjectReferenceV1Alpha3",
		reflect.TypeOf((*TypedLocalObjectReferenceV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TypedLocalObjectReferenceV1Beta1",
		reflect.TypeOf((*TypedLocalObjectReferenceV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.TypedObjectReference",
		reflect.TypeOf((*TypedObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ValidatingAdmissionPolicyBindingSpec",
		reflect.TypeOf((*ValidatingAdmissionPolicyBindingSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ValidatingAdmissionPolicySpec",
		reflect.TypeOf((*ValidatingAdmissionPolicySpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ValidatingWebhook",
		reflect.TypeOf((*ValidatingWebhook)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Validation",
		reflect.TypeOf((*Validation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.ValidationRule",
		reflect.TypeOf((*ValidationRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Variable",
		reflect.TypeOf((*Variable)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VariableV1Alpha1",
		reflect.TypeOf((*VariableV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VariableV1Beta1",
		reflect.TypeOf((*VariableV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.Volume",
		reflect.TypeOf((*Volume)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VolumeAttachmentSource",
		reflect.TypeOf((*VolumeAttachmentSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VolumeAttachmentSpec",
		reflect.TypeOf((*VolumeAttachmentSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VolumeDevice",
		reflect.TypeOf((*VolumeDevice)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VolumeMount",
		reflect.TypeOf((*VolumeMount)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VolumeNodeAffinity",
		reflect.TypeOf((*VolumeNodeAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VolumeNodeResources",
		reflect.TypeOf((*VolumeNodeResources)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VolumeProjection",
		reflect.TypeOf((*VolumeProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VolumeResourceRequirements",
		reflect.TypeOf((*VolumeResourceRequirements)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.VsphereVirtualDiskVolumeSource",
		reflect.TypeOf((*VsphereVirtualDiskVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WebhookClientConfig",
		reflect.TypeOf((*WebhookClientConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WebhookConversion",
		reflect.TypeOf((*WebhookConversion)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WeightedPodAffinityTerm",
		reflect.TypeOf((*WeightedPodAffinityTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WindowsSecurityContextOptions",
		reflect.TypeOf((*WindowsSecurityContextOptions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WorkloadPodGroupDisruptionModeV1Alpha3",
		reflect.TypeOf((*WorkloadPodGroupDisruptionModeV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WorkloadPodGroupGangSchedulingPolicyV1Alpha3",
		reflect.TypeOf((*WorkloadPodGroupGangSchedulingPolicyV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WorkloadPodGroupResourceClaimV1Alpha3",
		reflect.TypeOf((*WorkloadPodGroupResourceClaimV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WorkloadPodGroupSchedulingConstraintsV1Alpha3",
		reflect.TypeOf((*WorkloadPodGroupSchedulingConstraintsV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WorkloadPodGroupSchedulingPolicyV1Alpha3",
		reflect.TypeOf((*WorkloadPodGroupSchedulingPolicyV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WorkloadReferenceV1Alpha3",
		reflect.TypeOf((*WorkloadReferenceV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WorkloadReferenceV1Beta1",
		reflect.TypeOf((*WorkloadReferenceV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WorkloadSpecV1Alpha3",
		reflect.TypeOf((*WorkloadSpecV1Alpha3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"k8s.WorkloadSpecV1Beta1",
		reflect.TypeOf((*WorkloadSpecV1Beta1)(nil)).Elem(),
	)
}
