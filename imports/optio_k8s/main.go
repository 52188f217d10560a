// optio_k8s
package optio_k8s

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterStruct(
		"optio_k8s.Affinity",
		reflect.TypeOf((*Affinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.AggregationRule",
		reflect.TypeOf((*AggregationRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ApiServiceSpec",
		reflect.TypeOf((*ApiServiceSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.AuditAnnotationV1Alpha1",
		reflect.TypeOf((*AuditAnnotationV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.AuditAnnotationV1Beta1",
		reflect.TypeOf((*AuditAnnotationV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.AwsElasticBlockStoreVolumeSource",
		reflect.TypeOf((*AwsElasticBlockStoreVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.AzureDiskVolumeSource",
		reflect.TypeOf((*AzureDiskVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.AzureFilePersistentVolumeSource",
		reflect.TypeOf((*AzureFilePersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.AzureFileVolumeSource",
		reflect.TypeOf((*AzureFileVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.BoundObjectReference",
		reflect.TypeOf((*BoundObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Capabilities",
		reflect.TypeOf((*Capabilities)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CephFsPersistentVolumeSource",
		reflect.TypeOf((*CephFsPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CephFsVolumeSource",
		reflect.TypeOf((*CephFsVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CertificateSigningRequestSpec",
		reflect.TypeOf((*CertificateSigningRequestSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CinderPersistentVolumeSource",
		reflect.TypeOf((*CinderPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CinderVolumeSource",
		reflect.TypeOf((*CinderVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ClaimSource",
		reflect.TypeOf((*ClaimSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ClientIpConfig",
		reflect.TypeOf((*ClientIpConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ClusterCidrSpecV1Alpha1",
		reflect.TypeOf((*ClusterCidrSpecV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ClusterTrustBundleSpecV1Alpha1",
		reflect.TypeOf((*ClusterTrustBundleSpecV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ComponentCondition",
		reflect.TypeOf((*ComponentCondition)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ConfigMapEnvSource",
		reflect.TypeOf((*ConfigMapEnvSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ConfigMapKeySelector",
		reflect.TypeOf((*ConfigMapKeySelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ConfigMapNodeConfigSource",
		reflect.TypeOf((*ConfigMapNodeConfigSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ConfigMapProjection",
		reflect.TypeOf((*ConfigMapProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ConfigMapVolumeSource",
		reflect.TypeOf((*ConfigMapVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Container",
		reflect.TypeOf((*Container)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ContainerPort",
		reflect.TypeOf((*ContainerPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ContainerResizePolicy",
		reflect.TypeOf((*ContainerResizePolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ContainerResourceMetricSourceV2",
		reflect.TypeOf((*ContainerResourceMetricSourceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CronJobSpec",
		reflect.TypeOf((*CronJobSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CrossVersionObjectReference",
		reflect.TypeOf((*CrossVersionObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CrossVersionObjectReferenceV2",
		reflect.TypeOf((*CrossVersionObjectReferenceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CsiDriverSpec",
		reflect.TypeOf((*CsiDriverSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CsiNodeDriver",
		reflect.TypeOf((*CsiNodeDriver)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CsiNodeSpec",
		reflect.TypeOf((*CsiNodeSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CsiPersistentVolumeSource",
		reflect.TypeOf((*CsiPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CsiVolumeSource",
		reflect.TypeOf((*CsiVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CustomResourceColumnDefinition",
		reflect.TypeOf((*CustomResourceColumnDefinition)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CustomResourceConversion",
		reflect.TypeOf((*CustomResourceConversion)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CustomResourceDefinitionNames",
		reflect.TypeOf((*CustomResourceDefinitionNames)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CustomResourceDefinitionSpec",
		reflect.TypeOf((*CustomResourceDefinitionSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CustomResourceDefinitionVersion",
		reflect.TypeOf((*CustomResourceDefinitionVersion)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CustomResourceSubresourceScale",
		reflect.TypeOf((*CustomResourceSubresourceScale)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CustomResourceSubresources",
		reflect.TypeOf((*CustomResourceSubresources)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.CustomResourceValidation",
		reflect.TypeOf((*CustomResourceValidation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.DaemonSetSpec",
		reflect.TypeOf((*DaemonSetSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.DaemonSetUpdateStrategy",
		reflect.TypeOf((*DaemonSetUpdateStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.DeleteOptions",
		reflect.TypeOf((*DeleteOptions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.DeploymentSpec",
		reflect.TypeOf((*DeploymentSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.DeploymentStrategy",
		reflect.TypeOf((*DeploymentStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.DownwardApiProjection",
		reflect.TypeOf((*DownwardApiProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.DownwardApiVolumeFile",
		reflect.TypeOf((*DownwardApiVolumeFile)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.DownwardApiVolumeSource",
		reflect.TypeOf((*DownwardApiVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EmptyDirVolumeSource",
		reflect.TypeOf((*EmptyDirVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Endpoint",
		reflect.TypeOf((*Endpoint)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EndpointAddress",
		reflect.TypeOf((*EndpointAddress)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EndpointConditions",
		reflect.TypeOf((*EndpointConditions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EndpointHints",
		reflect.TypeOf((*EndpointHints)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EndpointPort",
		reflect.TypeOf((*EndpointPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EndpointSubset",
		reflect.TypeOf((*EndpointSubset)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EnvFromSource",
		reflect.TypeOf((*EnvFromSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EnvVar",
		reflect.TypeOf((*EnvVar)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EnvVarSource",
		reflect.TypeOf((*EnvVarSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EphemeralContainer",
		reflect.TypeOf((*EphemeralContainer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EphemeralVolumeSource",
		reflect.TypeOf((*EphemeralVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EventSeries",
		reflect.TypeOf((*EventSeries)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.EventSource",
		reflect.TypeOf((*EventSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ExecAction",
		reflect.TypeOf((*ExecAction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ExemptPriorityLevelConfigurationV1Beta2",
		reflect.TypeOf((*ExemptPriorityLevelConfigurationV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ExemptPriorityLevelConfigurationV1Beta3",
		reflect.TypeOf((*ExemptPriorityLevelConfigurationV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ExternalDocumentation",
		reflect.TypeOf((*ExternalDocumentation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ExternalMetricSourceV2",
		reflect.TypeOf((*ExternalMetricSourceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.FcVolumeSource",
		reflect.TypeOf((*FcVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.FlexPersistentVolumeSource",
		reflect.TypeOf((*FlexPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.FlexVolumeSource",
		reflect.TypeOf((*FlexVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.FlockerVolumeSource",
		reflect.TypeOf((*FlockerVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.FlowDistinguisherMethodV1Beta2",
		reflect.TypeOf((*FlowDistinguisherMethodV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.FlowDistinguisherMethodV1Beta3",
		reflect.TypeOf((*FlowDistinguisherMethodV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.FlowSchemaSpecV1Beta2",
		reflect.TypeOf((*FlowSchemaSpecV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.FlowSchemaSpecV1Beta3",
		reflect.TypeOf((*FlowSchemaSpecV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ForZone",
		reflect.TypeOf((*ForZone)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.GcePersistentDiskVolumeSource",
		reflect.TypeOf((*GcePersistentDiskVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.GitRepoVolumeSource",
		reflect.TypeOf((*GitRepoVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.GlusterfsPersistentVolumeSource",
		reflect.TypeOf((*GlusterfsPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.GlusterfsVolumeSource",
		reflect.TypeOf((*GlusterfsVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.GroupSubjectV1Beta2",
		reflect.TypeOf((*GroupSubjectV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.GroupSubjectV1Beta3",
		reflect.TypeOf((*GroupSubjectV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.GrpcAction",
		reflect.TypeOf((*GrpcAction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HorizontalPodAutoscalerBehaviorV2",
		reflect.TypeOf((*HorizontalPodAutoscalerBehaviorV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HorizontalPodAutoscalerSpec",
		reflect.TypeOf((*HorizontalPodAutoscalerSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HorizontalPodAutoscalerSpecV2",
		reflect.TypeOf((*HorizontalPodAutoscalerSpecV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HostAlias",
		reflect.TypeOf((*HostAlias)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HostPathVolumeSource",
		reflect.TypeOf((*HostPathVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HpaScalingPolicyV2",
		reflect.TypeOf((*HpaScalingPolicyV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HpaScalingRulesV2",
		reflect.TypeOf((*HpaScalingRulesV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HttpGetAction",
		reflect.TypeOf((*HttpGetAction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HttpHeader",
		reflect.TypeOf((*HttpHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HttpIngressPath",
		reflect.TypeOf((*HttpIngressPath)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.HttpIngressRuleValue",
		reflect.TypeOf((*HttpIngressRuleValue)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IngressBackend",
		reflect.TypeOf((*IngressBackend)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IngressClassParametersReference",
		reflect.TypeOf((*IngressClassParametersReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IngressClassSpec",
		reflect.TypeOf((*IngressClassSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IngressRule",
		reflect.TypeOf((*IngressRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IngressServiceBackend",
		reflect.TypeOf((*IngressServiceBackend)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IngressSpec",
		reflect.TypeOf((*IngressSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IngressTls",
		reflect.TypeOf((*IngressTls)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.IntOrString",
		reflect.TypeOf((*IntOrString)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_IntOrString{}
		},
	)
	_jsii_.RegisterEnum(
		"optio_k8s.IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind",
		reflect.TypeOf((*IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind)(nil)).Elem(),
		map[string]interface{}{
			"DELETE_OPTIONS": IoK8SApimachineryPkgApisMetaV1DeleteOptionsKind_DELETE_OPTIONS,
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IpAddressSpecV1Alpha1",
		reflect.TypeOf((*IpAddressSpecV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IpBlock",
		reflect.TypeOf((*IpBlock)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IscsiPersistentVolumeSource",
		reflect.TypeOf((*IscsiPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.IscsiVolumeSource",
		reflect.TypeOf((*IscsiVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.JobSpec",
		reflect.TypeOf((*JobSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.JobTemplateSpec",
		reflect.TypeOf((*JobTemplateSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.JsonSchemaProps",
		reflect.TypeOf((*JsonSchemaProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KeyToPath",
		reflect.TypeOf((*KeyToPath)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeApiService",
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
		"optio_k8s.KubeApiServiceList",
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
		"optio_k8s.KubeApiServiceListProps",
		reflect.TypeOf((*KubeApiServiceListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeApiServiceProps",
		reflect.TypeOf((*KubeApiServiceProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeBinding",
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
		"optio_k8s.KubeBindingProps",
		reflect.TypeOf((*KubeBindingProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeCertificateSigningRequest",
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
		"optio_k8s.KubeCertificateSigningRequestList",
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
		"optio_k8s.KubeCertificateSigningRequestListProps",
		reflect.TypeOf((*KubeCertificateSigningRequestListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeCertificateSigningRequestProps",
		reflect.TypeOf((*KubeCertificateSigningRequestProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeClusterCidrListV1Alpha1",
		reflect.TypeOf((*KubeClusterCidrListV1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeClusterCidrListV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeClusterCidrListV1Alpha1Props",
		reflect.TypeOf((*KubeClusterCidrListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeClusterCidrv1Alpha1",
		reflect.TypeOf((*KubeClusterCidrv1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeClusterCidrv1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeClusterCidrv1Alpha1Props",
		reflect.TypeOf((*KubeClusterCidrv1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeClusterRole",
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
		"optio_k8s.KubeClusterRoleBinding",
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
		"optio_k8s.KubeClusterRoleBindingList",
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
		"optio_k8s.KubeClusterRoleBindingListProps",
		reflect.TypeOf((*KubeClusterRoleBindingListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeClusterRoleBindingProps",
		reflect.TypeOf((*KubeClusterRoleBindingProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeClusterRoleList",
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
		"optio_k8s.KubeClusterRoleListProps",
		reflect.TypeOf((*KubeClusterRoleListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeClusterRoleProps",
		reflect.TypeOf((*KubeClusterRoleProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeClusterTrustBundleListV1Alpha1",
		reflect.TypeOf((*KubeClusterTrustBundleListV1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeClusterTrustBundleListV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeClusterTrustBundleListV1Alpha1Props",
		reflect.TypeOf((*KubeClusterTrustBundleListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeClusterTrustBundleV1Alpha1",
		reflect.TypeOf((*KubeClusterTrustBundleV1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeClusterTrustBundleV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeClusterTrustBundleV1Alpha1Props",
		reflect.TypeOf((*KubeClusterTrustBundleV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeComponentStatus",
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
		"optio_k8s.KubeComponentStatusList",
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
		"optio_k8s.KubeComponentStatusListProps",
		reflect.TypeOf((*KubeComponentStatusListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeComponentStatusProps",
		reflect.TypeOf((*KubeComponentStatusProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeConfigMap",
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
		"optio_k8s.KubeConfigMapList",
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
		"optio_k8s.KubeConfigMapListProps",
		reflect.TypeOf((*KubeConfigMapListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeConfigMapProps",
		reflect.TypeOf((*KubeConfigMapProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeControllerRevision",
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
		"optio_k8s.KubeControllerRevisionList",
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
		"optio_k8s.KubeControllerRevisionListProps",
		reflect.TypeOf((*KubeControllerRevisionListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeControllerRevisionProps",
		reflect.TypeOf((*KubeControllerRevisionProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeCronJob",
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
		"optio_k8s.KubeCronJobList",
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
		"optio_k8s.KubeCronJobListProps",
		reflect.TypeOf((*KubeCronJobListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeCronJobProps",
		reflect.TypeOf((*KubeCronJobProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeCsiDriver",
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
		"optio_k8s.KubeCsiDriverList",
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
		"optio_k8s.KubeCsiDriverListProps",
		reflect.TypeOf((*KubeCsiDriverListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeCsiDriverProps",
		reflect.TypeOf((*KubeCsiDriverProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeCsiNode",
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
		"optio_k8s.KubeCsiNodeList",
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
		"optio_k8s.KubeCsiNodeListProps",
		reflect.TypeOf((*KubeCsiNodeListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeCsiNodeProps",
		reflect.TypeOf((*KubeCsiNodeProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeCsiStorageCapacity",
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
		"optio_k8s.KubeCsiStorageCapacityList",
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
		"optio_k8s.KubeCsiStorageCapacityListProps",
		reflect.TypeOf((*KubeCsiStorageCapacityListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeCsiStorageCapacityProps",
		reflect.TypeOf((*KubeCsiStorageCapacityProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeCustomResourceDefinition",
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
		"optio_k8s.KubeCustomResourceDefinitionList",
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
		"optio_k8s.KubeCustomResourceDefinitionListProps",
		reflect.TypeOf((*KubeCustomResourceDefinitionListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeCustomResourceDefinitionProps",
		reflect.TypeOf((*KubeCustomResourceDefinitionProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeDaemonSet",
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
		"optio_k8s.KubeDaemonSetList",
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
		"optio_k8s.KubeDaemonSetListProps",
		reflect.TypeOf((*KubeDaemonSetListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeDaemonSetProps",
		reflect.TypeOf((*KubeDaemonSetProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeDeployment",
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
		"optio_k8s.KubeDeploymentList",
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
		"optio_k8s.KubeDeploymentListProps",
		reflect.TypeOf((*KubeDeploymentListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeDeploymentProps",
		reflect.TypeOf((*KubeDeploymentProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeEndpointSlice",
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
		"optio_k8s.KubeEndpointSliceList",
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
		"optio_k8s.KubeEndpointSliceListProps",
		reflect.TypeOf((*KubeEndpointSliceListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeEndpointSliceProps",
		reflect.TypeOf((*KubeEndpointSliceProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeEndpoints",
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
		"optio_k8s.KubeEndpointsList",
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
		"optio_k8s.KubeEndpointsListProps",
		reflect.TypeOf((*KubeEndpointsListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeEndpointsProps",
		reflect.TypeOf((*KubeEndpointsProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeEvent",
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
		"optio_k8s.KubeEventList",
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
		"optio_k8s.KubeEventListProps",
		reflect.TypeOf((*KubeEventListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeEventProps",
		reflect.TypeOf((*KubeEventProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeEviction",
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
	_jsii_.RegisterStruct(
		"optio_k8s.KubeEvictionProps",
		reflect.TypeOf((*KubeEvictionProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeFlowSchemaListV1Beta2",
		reflect.TypeOf((*KubeFlowSchemaListV1Beta2)(nil)).Elem(),
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
			j := jsiiProxy_KubeFlowSchemaListV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeFlowSchemaListV1Beta2Props",
		reflect.TypeOf((*KubeFlowSchemaListV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeFlowSchemaListV1Beta3",
		reflect.TypeOf((*KubeFlowSchemaListV1Beta3)(nil)).Elem(),
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
			j := jsiiProxy_KubeFlowSchemaListV1Beta3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeFlowSchemaListV1Beta3Props",
		reflect.TypeOf((*KubeFlowSchemaListV1Beta3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeFlowSchemaV1Beta2",
		reflect.TypeOf((*KubeFlowSchemaV1Beta2)(nil)).Elem(),
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
			j := jsiiProxy_KubeFlowSchemaV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeFlowSchemaV1Beta2Props",
		reflect.TypeOf((*KubeFlowSchemaV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeFlowSchemaV1Beta3",
		reflect.TypeOf((*KubeFlowSchemaV1Beta3)(nil)).Elem(),
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
			j := jsiiProxy_KubeFlowSchemaV1Beta3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeFlowSchemaV1Beta3Props",
		reflect.TypeOf((*KubeFlowSchemaV1Beta3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeHorizontalPodAutoscaler",
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
		"optio_k8s.KubeHorizontalPodAutoscalerList",
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
		"optio_k8s.KubeHorizontalPodAutoscalerListProps",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerListProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeHorizontalPodAutoscalerListV2",
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
		"optio_k8s.KubeHorizontalPodAutoscalerListV2Props",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerListV2Props)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeHorizontalPodAutoscalerProps",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeHorizontalPodAutoscalerV2",
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
		"optio_k8s.KubeHorizontalPodAutoscalerV2Props",
		reflect.TypeOf((*KubeHorizontalPodAutoscalerV2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeIngress",
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
		"optio_k8s.KubeIngressClass",
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
		"optio_k8s.KubeIngressClassList",
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
		"optio_k8s.KubeIngressClassListProps",
		reflect.TypeOf((*KubeIngressClassListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeIngressClassProps",
		reflect.TypeOf((*KubeIngressClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeIngressList",
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
		"optio_k8s.KubeIngressListProps",
		reflect.TypeOf((*KubeIngressListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeIngressProps",
		reflect.TypeOf((*KubeIngressProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeIpAddressListV1Alpha1",
		reflect.TypeOf((*KubeIpAddressListV1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeIpAddressListV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeIpAddressListV1Alpha1Props",
		reflect.TypeOf((*KubeIpAddressListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeIpAddressV1Alpha1",
		reflect.TypeOf((*KubeIpAddressV1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeIpAddressV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeIpAddressV1Alpha1Props",
		reflect.TypeOf((*KubeIpAddressV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeJob",
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
		"optio_k8s.KubeJobList",
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
		"optio_k8s.KubeJobListProps",
		reflect.TypeOf((*KubeJobListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeJobProps",
		reflect.TypeOf((*KubeJobProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeLease",
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
		"optio_k8s.KubeLeaseList",
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
		"optio_k8s.KubeLeaseListProps",
		reflect.TypeOf((*KubeLeaseListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeLeaseProps",
		reflect.TypeOf((*KubeLeaseProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeLimitRange",
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
		"optio_k8s.KubeLimitRangeList",
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
		"optio_k8s.KubeLimitRangeListProps",
		reflect.TypeOf((*KubeLimitRangeListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeLimitRangeProps",
		reflect.TypeOf((*KubeLimitRangeProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeLocalSubjectAccessReview",
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
		"optio_k8s.KubeLocalSubjectAccessReviewProps",
		reflect.TypeOf((*KubeLocalSubjectAccessReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeMutatingWebhookConfiguration",
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
		"optio_k8s.KubeMutatingWebhookConfigurationList",
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
		"optio_k8s.KubeMutatingWebhookConfigurationListProps",
		reflect.TypeOf((*KubeMutatingWebhookConfigurationListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeMutatingWebhookConfigurationProps",
		reflect.TypeOf((*KubeMutatingWebhookConfigurationProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeNamespace",
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
		"optio_k8s.KubeNamespaceList",
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
		"optio_k8s.KubeNamespaceListProps",
		reflect.TypeOf((*KubeNamespaceListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeNamespaceProps",
		reflect.TypeOf((*KubeNamespaceProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeNetworkPolicy",
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
		"optio_k8s.KubeNetworkPolicyList",
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
		"optio_k8s.KubeNetworkPolicyListProps",
		reflect.TypeOf((*KubeNetworkPolicyListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeNetworkPolicyProps",
		reflect.TypeOf((*KubeNetworkPolicyProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeNode",
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
		"optio_k8s.KubeNodeList",
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
		"optio_k8s.KubeNodeListProps",
		reflect.TypeOf((*KubeNodeListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeNodeProps",
		reflect.TypeOf((*KubeNodeProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePersistentVolume",
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
		"optio_k8s.KubePersistentVolumeClaim",
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
		"optio_k8s.KubePersistentVolumeClaimList",
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
		"optio_k8s.KubePersistentVolumeClaimListProps",
		reflect.TypeOf((*KubePersistentVolumeClaimListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePersistentVolumeClaimProps",
		reflect.TypeOf((*KubePersistentVolumeClaimProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePersistentVolumeList",
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
		"optio_k8s.KubePersistentVolumeListProps",
		reflect.TypeOf((*KubePersistentVolumeListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePersistentVolumeProps",
		reflect.TypeOf((*KubePersistentVolumeProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePod",
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
		"optio_k8s.KubePodDisruptionBudget",
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
		"optio_k8s.KubePodDisruptionBudgetList",
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
		"optio_k8s.KubePodDisruptionBudgetListProps",
		reflect.TypeOf((*KubePodDisruptionBudgetListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePodDisruptionBudgetProps",
		reflect.TypeOf((*KubePodDisruptionBudgetProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePodList",
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
		"optio_k8s.KubePodListProps",
		reflect.TypeOf((*KubePodListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePodProps",
		reflect.TypeOf((*KubePodProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePodSchedulingContextListV1Alpha2",
		reflect.TypeOf((*KubePodSchedulingContextListV1Alpha2)(nil)).Elem(),
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
			j := jsiiProxy_KubePodSchedulingContextListV1Alpha2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePodSchedulingContextListV1Alpha2Props",
		reflect.TypeOf((*KubePodSchedulingContextListV1Alpha2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePodSchedulingContextV1Alpha2",
		reflect.TypeOf((*KubePodSchedulingContextV1Alpha2)(nil)).Elem(),
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
			j := jsiiProxy_KubePodSchedulingContextV1Alpha2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePodSchedulingContextV1Alpha2Props",
		reflect.TypeOf((*KubePodSchedulingContextV1Alpha2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePodTemplate",
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
		"optio_k8s.KubePodTemplateList",
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
		"optio_k8s.KubePodTemplateListProps",
		reflect.TypeOf((*KubePodTemplateListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePodTemplateProps",
		reflect.TypeOf((*KubePodTemplateProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePriorityClass",
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
		"optio_k8s.KubePriorityClassList",
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
		"optio_k8s.KubePriorityClassListProps",
		reflect.TypeOf((*KubePriorityClassListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePriorityClassProps",
		reflect.TypeOf((*KubePriorityClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePriorityLevelConfigurationListV1Beta2",
		reflect.TypeOf((*KubePriorityLevelConfigurationListV1Beta2)(nil)).Elem(),
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
			j := jsiiProxy_KubePriorityLevelConfigurationListV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePriorityLevelConfigurationListV1Beta2Props",
		reflect.TypeOf((*KubePriorityLevelConfigurationListV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePriorityLevelConfigurationListV1Beta3",
		reflect.TypeOf((*KubePriorityLevelConfigurationListV1Beta3)(nil)).Elem(),
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
			j := jsiiProxy_KubePriorityLevelConfigurationListV1Beta3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePriorityLevelConfigurationListV1Beta3Props",
		reflect.TypeOf((*KubePriorityLevelConfigurationListV1Beta3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePriorityLevelConfigurationV1Beta2",
		reflect.TypeOf((*KubePriorityLevelConfigurationV1Beta2)(nil)).Elem(),
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
			j := jsiiProxy_KubePriorityLevelConfigurationV1Beta2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePriorityLevelConfigurationV1Beta2Props",
		reflect.TypeOf((*KubePriorityLevelConfigurationV1Beta2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubePriorityLevelConfigurationV1Beta3",
		reflect.TypeOf((*KubePriorityLevelConfigurationV1Beta3)(nil)).Elem(),
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
			j := jsiiProxy_KubePriorityLevelConfigurationV1Beta3{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubePriorityLevelConfigurationV1Beta3Props",
		reflect.TypeOf((*KubePriorityLevelConfigurationV1Beta3Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeReplicaSet",
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
		"optio_k8s.KubeReplicaSetList",
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
		"optio_k8s.KubeReplicaSetListProps",
		reflect.TypeOf((*KubeReplicaSetListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeReplicaSetProps",
		reflect.TypeOf((*KubeReplicaSetProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeReplicationController",
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
		"optio_k8s.KubeReplicationControllerList",
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
		"optio_k8s.KubeReplicationControllerListProps",
		reflect.TypeOf((*KubeReplicationControllerListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeReplicationControllerProps",
		reflect.TypeOf((*KubeReplicationControllerProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeResourceClaimListV1Alpha2",
		reflect.TypeOf((*KubeResourceClaimListV1Alpha2)(nil)).Elem(),
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
			j := jsiiProxy_KubeResourceClaimListV1Alpha2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeResourceClaimListV1Alpha2Props",
		reflect.TypeOf((*KubeResourceClaimListV1Alpha2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeResourceClaimTemplateListV1Alpha2",
		reflect.TypeOf((*KubeResourceClaimTemplateListV1Alpha2)(nil)).Elem(),
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
			j := jsiiProxy_KubeResourceClaimTemplateListV1Alpha2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeResourceClaimTemplateListV1Alpha2Props",
		reflect.TypeOf((*KubeResourceClaimTemplateListV1Alpha2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeResourceClaimTemplateV1Alpha2",
		reflect.TypeOf((*KubeResourceClaimTemplateV1Alpha2)(nil)).Elem(),
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
			j := jsiiProxy_KubeResourceClaimTemplateV1Alpha2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeResourceClaimTemplateV1Alpha2Props",
		reflect.TypeOf((*KubeResourceClaimTemplateV1Alpha2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeResourceClaimV1Alpha2",
		reflect.TypeOf((*KubeResourceClaimV1Alpha2)(nil)).Elem(),
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
			j := jsiiProxy_KubeResourceClaimV1Alpha2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeResourceClaimV1Alpha2Props",
		reflect.TypeOf((*KubeResourceClaimV1Alpha2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeResourceClassListV1Alpha2",
		reflect.TypeOf((*KubeResourceClassListV1Alpha2)(nil)).Elem(),
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
			j := jsiiProxy_KubeResourceClassListV1Alpha2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeResourceClassListV1Alpha2Props",
		reflect.TypeOf((*KubeResourceClassListV1Alpha2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeResourceClassV1Alpha2",
		reflect.TypeOf((*KubeResourceClassV1Alpha2)(nil)).Elem(),
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
			j := jsiiProxy_KubeResourceClassV1Alpha2{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeResourceClassV1Alpha2Props",
		reflect.TypeOf((*KubeResourceClassV1Alpha2Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeResourceQuota",
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
		"optio_k8s.KubeResourceQuotaList",
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
		"optio_k8s.KubeResourceQuotaListProps",
		reflect.TypeOf((*KubeResourceQuotaListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeResourceQuotaProps",
		reflect.TypeOf((*KubeResourceQuotaProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeRole",
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
		"optio_k8s.KubeRoleBinding",
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
		"optio_k8s.KubeRoleBindingList",
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
		"optio_k8s.KubeRoleBindingListProps",
		reflect.TypeOf((*KubeRoleBindingListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeRoleBindingProps",
		reflect.TypeOf((*KubeRoleBindingProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeRoleList",
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
		"optio_k8s.KubeRoleListProps",
		reflect.TypeOf((*KubeRoleListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeRoleProps",
		reflect.TypeOf((*KubeRoleProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeRuntimeClass",
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
		"optio_k8s.KubeRuntimeClassList",
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
		"optio_k8s.KubeRuntimeClassListProps",
		reflect.TypeOf((*KubeRuntimeClassListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeRuntimeClassProps",
		reflect.TypeOf((*KubeRuntimeClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeScale",
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
		"optio_k8s.KubeScaleProps",
		reflect.TypeOf((*KubeScaleProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeSecret",
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
		"optio_k8s.KubeSecretList",
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
		"optio_k8s.KubeSecretListProps",
		reflect.TypeOf((*KubeSecretListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeSecretProps",
		reflect.TypeOf((*KubeSecretProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeSelfSubjectAccessReview",
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
		"optio_k8s.KubeSelfSubjectAccessReviewProps",
		reflect.TypeOf((*KubeSelfSubjectAccessReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeSelfSubjectReview",
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
		"optio_k8s.KubeSelfSubjectReviewProps",
		reflect.TypeOf((*KubeSelfSubjectReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeSelfSubjectReviewV1Alpha1",
		reflect.TypeOf((*KubeSelfSubjectReviewV1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeSelfSubjectReviewV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeSelfSubjectReviewV1Alpha1Props",
		reflect.TypeOf((*KubeSelfSubjectReviewV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeSelfSubjectReviewV1Beta1",
		reflect.TypeOf((*KubeSelfSubjectReviewV1Beta1)(nil)).Elem(),
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
			j := jsiiProxy_KubeSelfSubjectReviewV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeSelfSubjectReviewV1Beta1Props",
		reflect.TypeOf((*KubeSelfSubjectReviewV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeSelfSubjectRulesReview",
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
		"optio_k8s.KubeSelfSubjectRulesReviewProps",
		reflect.TypeOf((*KubeSelfSubjectRulesReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeService",
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
		"optio_k8s.KubeServiceAccount",
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
		"optio_k8s.KubeServiceAccountList",
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
		"optio_k8s.KubeServiceAccountListProps",
		reflect.TypeOf((*KubeServiceAccountListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeServiceAccountProps",
		reflect.TypeOf((*KubeServiceAccountProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeServiceList",
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
		"optio_k8s.KubeServiceListProps",
		reflect.TypeOf((*KubeServiceListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeServiceProps",
		reflect.TypeOf((*KubeServiceProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeStatefulSet",
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
		"optio_k8s.KubeStatefulSetList",
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
		"optio_k8s.KubeStatefulSetListProps",
		reflect.TypeOf((*KubeStatefulSetListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeStatefulSetProps",
		reflect.TypeOf((*KubeStatefulSetProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeStatus",
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
		"optio_k8s.KubeStatusProps",
		reflect.TypeOf((*KubeStatusProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeStorageClass",
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
		"optio_k8s.KubeStorageClassList",
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
		"optio_k8s.KubeStorageClassListProps",
		reflect.TypeOf((*KubeStorageClassListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeStorageClassProps",
		reflect.TypeOf((*KubeStorageClassProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeStorageVersionListV1Alpha1",
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
		"optio_k8s.KubeStorageVersionListV1Alpha1Props",
		reflect.TypeOf((*KubeStorageVersionListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeStorageVersionV1Alpha1",
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
		"optio_k8s.KubeStorageVersionV1Alpha1Props",
		reflect.TypeOf((*KubeStorageVersionV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeSubjectAccessReview",
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
		"optio_k8s.KubeSubjectAccessReviewProps",
		reflect.TypeOf((*KubeSubjectAccessReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeTokenRequest",
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
		"optio_k8s.KubeTokenRequestProps",
		reflect.TypeOf((*KubeTokenRequestProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeTokenReview",
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
		"optio_k8s.KubeTokenReviewProps",
		reflect.TypeOf((*KubeTokenReviewProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeValidatingAdmissionPolicyBindingListV1Alpha1",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingListV1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeValidatingAdmissionPolicyBindingListV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeValidatingAdmissionPolicyBindingListV1Alpha1Props",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeValidatingAdmissionPolicyBindingListV1Beta1",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingListV1Beta1)(nil)).Elem(),
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
			j := jsiiProxy_KubeValidatingAdmissionPolicyBindingListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeValidatingAdmissionPolicyBindingListV1Beta1Props",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeValidatingAdmissionPolicyBindingV1Alpha1",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingV1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeValidatingAdmissionPolicyBindingV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeValidatingAdmissionPolicyBindingV1Alpha1Props",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeValidatingAdmissionPolicyBindingV1Beta1",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingV1Beta1)(nil)).Elem(),
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
			j := jsiiProxy_KubeValidatingAdmissionPolicyBindingV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeValidatingAdmissionPolicyBindingV1Beta1Props",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyBindingV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeValidatingAdmissionPolicyListV1Alpha1",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyListV1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeValidatingAdmissionPolicyListV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeValidatingAdmissionPolicyListV1Alpha1Props",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyListV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeValidatingAdmissionPolicyListV1Beta1",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyListV1Beta1)(nil)).Elem(),
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
			j := jsiiProxy_KubeValidatingAdmissionPolicyListV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeValidatingAdmissionPolicyListV1Beta1Props",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyListV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeValidatingAdmissionPolicyV1Alpha1",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyV1Alpha1)(nil)).Elem(),
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
			j := jsiiProxy_KubeValidatingAdmissionPolicyV1Alpha1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeValidatingAdmissionPolicyV1Alpha1Props",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyV1Alpha1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeValidatingAdmissionPolicyV1Beta1",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyV1Beta1)(nil)).Elem(),
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
			j := jsiiProxy_KubeValidatingAdmissionPolicyV1Beta1{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeValidatingAdmissionPolicyV1Beta1Props",
		reflect.TypeOf((*KubeValidatingAdmissionPolicyV1Beta1Props)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeValidatingWebhookConfiguration",
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
		"optio_k8s.KubeValidatingWebhookConfigurationList",
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
		"optio_k8s.KubeValidatingWebhookConfigurationListProps",
		reflect.TypeOf((*KubeValidatingWebhookConfigurationListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeValidatingWebhookConfigurationProps",
		reflect.TypeOf((*KubeValidatingWebhookConfigurationProps)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.KubeVolumeAttachment",
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
		"optio_k8s.KubeVolumeAttachmentList",
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
		"optio_k8s.KubeVolumeAttachmentListProps",
		reflect.TypeOf((*KubeVolumeAttachmentListProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.KubeVolumeAttachmentProps",
		reflect.TypeOf((*KubeVolumeAttachmentProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LabelSelector",
		reflect.TypeOf((*LabelSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LabelSelectorRequirement",
		reflect.TypeOf((*LabelSelectorRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LeaseSpec",
		reflect.TypeOf((*LeaseSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Lifecycle",
		reflect.TypeOf((*Lifecycle)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LifecycleHandler",
		reflect.TypeOf((*LifecycleHandler)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LimitRangeItem",
		reflect.TypeOf((*LimitRangeItem)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LimitRangeSpec",
		reflect.TypeOf((*LimitRangeSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LimitResponseV1Beta2",
		reflect.TypeOf((*LimitResponseV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LimitResponseV1Beta3",
		reflect.TypeOf((*LimitResponseV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LimitedPriorityLevelConfigurationV1Beta2",
		reflect.TypeOf((*LimitedPriorityLevelConfigurationV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LimitedPriorityLevelConfigurationV1Beta3",
		reflect.TypeOf((*LimitedPriorityLevelConfigurationV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ListMeta",
		reflect.TypeOf((*ListMeta)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LocalObjectReference",
		reflect.TypeOf((*LocalObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.LocalVolumeSource",
		reflect.TypeOf((*LocalVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ManagedFieldsEntry",
		reflect.TypeOf((*ManagedFieldsEntry)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.MatchCondition",
		reflect.TypeOf((*MatchCondition)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.MatchConditionV1Alpha1",
		reflect.TypeOf((*MatchConditionV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.MatchConditionV1Beta1",
		reflect.TypeOf((*MatchConditionV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.MatchResourcesV1Alpha1",
		reflect.TypeOf((*MatchResourcesV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.MatchResourcesV1Beta1",
		reflect.TypeOf((*MatchResourcesV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.MetricIdentifierV2",
		reflect.TypeOf((*MetricIdentifierV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.MetricSpecV2",
		reflect.TypeOf((*MetricSpecV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.MetricTargetV2",
		reflect.TypeOf((*MetricTargetV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.MutatingWebhook",
		reflect.TypeOf((*MutatingWebhook)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NamedRuleWithOperationsV1Alpha1",
		reflect.TypeOf((*NamedRuleWithOperationsV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NamedRuleWithOperationsV1Beta1",
		reflect.TypeOf((*NamedRuleWithOperationsV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NamespaceSpec",
		reflect.TypeOf((*NamespaceSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NetworkPolicyEgressRule",
		reflect.TypeOf((*NetworkPolicyEgressRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NetworkPolicyIngressRule",
		reflect.TypeOf((*NetworkPolicyIngressRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NetworkPolicyPeer",
		reflect.TypeOf((*NetworkPolicyPeer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NetworkPolicyPort",
		reflect.TypeOf((*NetworkPolicyPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NetworkPolicySpec",
		reflect.TypeOf((*NetworkPolicySpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NfsVolumeSource",
		reflect.TypeOf((*NfsVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NodeAffinity",
		reflect.TypeOf((*NodeAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NodeConfigSource",
		reflect.TypeOf((*NodeConfigSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NodeSelector",
		reflect.TypeOf((*NodeSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NodeSelectorRequirement",
		reflect.TypeOf((*NodeSelectorRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NodeSelectorTerm",
		reflect.TypeOf((*NodeSelectorTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NodeSpec",
		reflect.TypeOf((*NodeSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NonResourceAttributes",
		reflect.TypeOf((*NonResourceAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NonResourcePolicyRuleV1Beta2",
		reflect.TypeOf((*NonResourcePolicyRuleV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.NonResourcePolicyRuleV1Beta3",
		reflect.TypeOf((*NonResourcePolicyRuleV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ObjectFieldSelector",
		reflect.TypeOf((*ObjectFieldSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ObjectMeta",
		reflect.TypeOf((*ObjectMeta)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ObjectMetricSourceV2",
		reflect.TypeOf((*ObjectMetricSourceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ObjectReference",
		reflect.TypeOf((*ObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Overhead",
		reflect.TypeOf((*Overhead)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.OwnerReference",
		reflect.TypeOf((*OwnerReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ParamKindV1Alpha1",
		reflect.TypeOf((*ParamKindV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ParamKindV1Beta1",
		reflect.TypeOf((*ParamKindV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ParamRefV1Alpha1",
		reflect.TypeOf((*ParamRefV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ParamRefV1Beta1",
		reflect.TypeOf((*ParamRefV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ParentReferenceV1Alpha1",
		reflect.TypeOf((*ParentReferenceV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PersistentVolumeClaimSpec",
		reflect.TypeOf((*PersistentVolumeClaimSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PersistentVolumeClaimTemplate",
		reflect.TypeOf((*PersistentVolumeClaimTemplate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PersistentVolumeClaimVolumeSource",
		reflect.TypeOf((*PersistentVolumeClaimVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PersistentVolumeSpec",
		reflect.TypeOf((*PersistentVolumeSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PhotonPersistentDiskVolumeSource",
		reflect.TypeOf((*PhotonPersistentDiskVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodAffinity",
		reflect.TypeOf((*PodAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodAffinityTerm",
		reflect.TypeOf((*PodAffinityTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodAntiAffinity",
		reflect.TypeOf((*PodAntiAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodDisruptionBudgetSpec",
		reflect.TypeOf((*PodDisruptionBudgetSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodDnsConfig",
		reflect.TypeOf((*PodDnsConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodDnsConfigOption",
		reflect.TypeOf((*PodDnsConfigOption)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodFailurePolicy",
		reflect.TypeOf((*PodFailurePolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodFailurePolicyOnExitCodesRequirement",
		reflect.TypeOf((*PodFailurePolicyOnExitCodesRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodFailurePolicyOnPodConditionsPattern",
		reflect.TypeOf((*PodFailurePolicyOnPodConditionsPattern)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodFailurePolicyRule",
		reflect.TypeOf((*PodFailurePolicyRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodOs",
		reflect.TypeOf((*PodOs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodReadinessGate",
		reflect.TypeOf((*PodReadinessGate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodResourceClaim",
		reflect.TypeOf((*PodResourceClaim)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodSchedulingContextSpecV1Alpha2",
		reflect.TypeOf((*PodSchedulingContextSpecV1Alpha2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodSchedulingGate",
		reflect.TypeOf((*PodSchedulingGate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodSecurityContext",
		reflect.TypeOf((*PodSecurityContext)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodSpec",
		reflect.TypeOf((*PodSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodTemplateSpec",
		reflect.TypeOf((*PodTemplateSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PodsMetricSourceV2",
		reflect.TypeOf((*PodsMetricSourceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PolicyRule",
		reflect.TypeOf((*PolicyRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PolicyRulesWithSubjectsV1Beta2",
		reflect.TypeOf((*PolicyRulesWithSubjectsV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PolicyRulesWithSubjectsV1Beta3",
		reflect.TypeOf((*PolicyRulesWithSubjectsV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PortworxVolumeSource",
		reflect.TypeOf((*PortworxVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Preconditions",
		reflect.TypeOf((*Preconditions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PreferredSchedulingTerm",
		reflect.TypeOf((*PreferredSchedulingTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PriorityLevelConfigurationReferenceV1Beta2",
		reflect.TypeOf((*PriorityLevelConfigurationReferenceV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PriorityLevelConfigurationReferenceV1Beta3",
		reflect.TypeOf((*PriorityLevelConfigurationReferenceV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PriorityLevelConfigurationSpecV1Beta2",
		reflect.TypeOf((*PriorityLevelConfigurationSpecV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.PriorityLevelConfigurationSpecV1Beta3",
		reflect.TypeOf((*PriorityLevelConfigurationSpecV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Probe",
		reflect.TypeOf((*Probe)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ProjectedVolumeSource",
		reflect.TypeOf((*ProjectedVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"optio_k8s.Quantity",
		reflect.TypeOf((*Quantity)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_Quantity{}
		},
	)
	_jsii_.RegisterStruct(
		"optio_k8s.QueuingConfigurationV1Beta2",
		reflect.TypeOf((*QueuingConfigurationV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.QueuingConfigurationV1Beta3",
		reflect.TypeOf((*QueuingConfigurationV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.QuobyteVolumeSource",
		reflect.TypeOf((*QuobyteVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.RbdPersistentVolumeSource",
		reflect.TypeOf((*RbdPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.RbdVolumeSource",
		reflect.TypeOf((*RbdVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ReplicaSetSpec",
		reflect.TypeOf((*ReplicaSetSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ReplicationControllerSpec",
		reflect.TypeOf((*ReplicationControllerSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourceAttributes",
		reflect.TypeOf((*ResourceAttributes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourceClaim",
		reflect.TypeOf((*ResourceClaim)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourceClaimParametersReferenceV1Alpha2",
		reflect.TypeOf((*ResourceClaimParametersReferenceV1Alpha2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourceClaimSpecV1Alpha2",
		reflect.TypeOf((*ResourceClaimSpecV1Alpha2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourceClaimTemplateSpecV1Alpha2",
		reflect.TypeOf((*ResourceClaimTemplateSpecV1Alpha2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourceClassParametersReferenceV1Alpha2",
		reflect.TypeOf((*ResourceClassParametersReferenceV1Alpha2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourceFieldSelector",
		reflect.TypeOf((*ResourceFieldSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourceMetricSourceV2",
		reflect.TypeOf((*ResourceMetricSourceV2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourcePolicyRuleV1Beta2",
		reflect.TypeOf((*ResourcePolicyRuleV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourcePolicyRuleV1Beta3",
		reflect.TypeOf((*ResourcePolicyRuleV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourceQuotaSpec",
		reflect.TypeOf((*ResourceQuotaSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ResourceRequirements",
		reflect.TypeOf((*ResourceRequirements)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.RoleRef",
		reflect.TypeOf((*RoleRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.RollingUpdateDaemonSet",
		reflect.TypeOf((*RollingUpdateDaemonSet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.RollingUpdateDeployment",
		reflect.TypeOf((*RollingUpdateDeployment)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.RollingUpdateStatefulSetStrategy",
		reflect.TypeOf((*RollingUpdateStatefulSetStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.RuleWithOperations",
		reflect.TypeOf((*RuleWithOperations)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ScaleIoPersistentVolumeSource",
		reflect.TypeOf((*ScaleIoPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ScaleIoVolumeSource",
		reflect.TypeOf((*ScaleIoVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ScaleSpec",
		reflect.TypeOf((*ScaleSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Scheduling",
		reflect.TypeOf((*Scheduling)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ScopeSelector",
		reflect.TypeOf((*ScopeSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ScopedResourceSelectorRequirement",
		reflect.TypeOf((*ScopedResourceSelectorRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SeLinuxOptions",
		reflect.TypeOf((*SeLinuxOptions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SeccompProfile",
		reflect.TypeOf((*SeccompProfile)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SecretEnvSource",
		reflect.TypeOf((*SecretEnvSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SecretKeySelector",
		reflect.TypeOf((*SecretKeySelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SecretProjection",
		reflect.TypeOf((*SecretProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SecretReference",
		reflect.TypeOf((*SecretReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SecretVolumeSource",
		reflect.TypeOf((*SecretVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SecurityContext",
		reflect.TypeOf((*SecurityContext)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SelfSubjectAccessReviewSpec",
		reflect.TypeOf((*SelfSubjectAccessReviewSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SelfSubjectRulesReviewSpec",
		reflect.TypeOf((*SelfSubjectRulesReviewSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ServiceAccountSubjectV1Beta2",
		reflect.TypeOf((*ServiceAccountSubjectV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ServiceAccountSubjectV1Beta3",
		reflect.TypeOf((*ServiceAccountSubjectV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ServiceAccountTokenProjection",
		reflect.TypeOf((*ServiceAccountTokenProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ServiceBackendPort",
		reflect.TypeOf((*ServiceBackendPort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ServicePort",
		reflect.TypeOf((*ServicePort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ServiceReference",
		reflect.TypeOf((*ServiceReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ServiceSpec",
		reflect.TypeOf((*ServiceSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SessionAffinityConfig",
		reflect.TypeOf((*SessionAffinityConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.StatefulSetOrdinals",
		reflect.TypeOf((*StatefulSetOrdinals)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.StatefulSetPersistentVolumeClaimRetentionPolicy",
		reflect.TypeOf((*StatefulSetPersistentVolumeClaimRetentionPolicy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.StatefulSetSpec",
		reflect.TypeOf((*StatefulSetSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.StatefulSetUpdateStrategy",
		reflect.TypeOf((*StatefulSetUpdateStrategy)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.StatusCause",
		reflect.TypeOf((*StatusCause)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.StatusDetails",
		reflect.TypeOf((*StatusDetails)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.StorageOsPersistentVolumeSource",
		reflect.TypeOf((*StorageOsPersistentVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.StorageOsVolumeSource",
		reflect.TypeOf((*StorageOsVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Subject",
		reflect.TypeOf((*Subject)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SubjectAccessReviewSpec",
		reflect.TypeOf((*SubjectAccessReviewSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SubjectV1Beta2",
		reflect.TypeOf((*SubjectV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.SubjectV1Beta3",
		reflect.TypeOf((*SubjectV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Sysctl",
		reflect.TypeOf((*Sysctl)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Taint",
		reflect.TypeOf((*Taint)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.TcpSocketAction",
		reflect.TypeOf((*TcpSocketAction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.TokenRequest",
		reflect.TypeOf((*TokenRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.TokenRequestSpec",
		reflect.TypeOf((*TokenRequestSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.TokenReviewSpec",
		reflect.TypeOf((*TokenReviewSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Toleration",
		reflect.TypeOf((*Toleration)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.TopologySelectorLabelRequirement",
		reflect.TypeOf((*TopologySelectorLabelRequirement)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.TopologySelectorTerm",
		reflect.TypeOf((*TopologySelectorTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.TopologySpreadConstraint",
		reflect.TypeOf((*TopologySpreadConstraint)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.TypedLocalObjectReference",
		reflect.TypeOf((*TypedLocalObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.TypedObjectReference",
		reflect.TypeOf((*TypedObjectReference)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.UserSubjectV1Beta2",
		reflect.TypeOf((*UserSubjectV1Beta2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.UserSubjectV1Beta3",
		reflect.TypeOf((*UserSubjectV1Beta3)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ValidatingAdmissionPolicyBindingSpecV1Alpha1",
		reflect.TypeOf((*ValidatingAdmissionPolicyBindingSpecV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ValidatingAdmissionPolicyBindingSpecV1Beta1",
		reflect.TypeOf((*ValidatingAdmissionPolicyBindingSpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ValidatingAdmissionPolicySpecV1Alpha1",
		reflect.TypeOf((*ValidatingAdmissionPolicySpecV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ValidatingAdmissionPolicySpecV1Beta1",
		reflect.TypeOf((*ValidatingAdmissionPolicySpecV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ValidatingWebhook",
		reflect.TypeOf((*ValidatingWebhook)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ValidationRule",
		reflect.TypeOf((*ValidationRule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ValidationV1Alpha1",
		reflect.TypeOf((*ValidationV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.ValidationV1Beta1",
		reflect.TypeOf((*ValidationV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.VariableV1Alpha1",
		reflect.TypeOf((*VariableV1Alpha1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.VariableV1Beta1",
		reflect.TypeOf((*VariableV1Beta1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.Volume",
		reflect.TypeOf((*Volume)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.VolumeAttachmentSource",
		reflect.TypeOf((*VolumeAttachmentSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.VolumeAttachmentSpec",
		reflect.TypeOf((*VolumeAttachmentSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.VolumeDevice",
		reflect.TypeOf((*VolumeDevice)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.VolumeMount",
		reflect.TypeOf((*VolumeMount)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.VolumeNodeAffinity",
		reflect.TypeOf((*VolumeNodeAffinity)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.VolumeNodeResources",
		reflect.TypeOf((*VolumeNodeResources)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.VolumeProjection",
		reflect.TypeOf((*VolumeProjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.VsphereVirtualDiskVolumeSource",
		reflect.TypeOf((*VsphereVirtualDiskVolumeSource)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.WebhookClientConfig",
		reflect.TypeOf((*WebhookClientConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.WebhookConversion",
		reflect.TypeOf((*WebhookConversion)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.WeightedPodAffinityTerm",
		reflect.TypeOf((*WeightedPodAffinityTerm)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"optio_k8s.WindowsSecurityContextOptions",
		reflect.TypeOf((*WindowsSecurityContextOptions)(nil)).Elem(),
	)
}
