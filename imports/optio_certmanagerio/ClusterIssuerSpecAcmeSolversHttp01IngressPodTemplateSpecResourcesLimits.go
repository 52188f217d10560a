package optio_certmanagerio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/optio-cdk8s/optio-cdk8s/imports/optio_certmanagerio/jsii"
)

type ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits interface {
	Value() interface{}
}

// The jsii proxy struct for ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits
type jsiiProxy_ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits struct {
	_ byte // padding
}

func (j *jsiiProxy_ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromNumber(value *float64) ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits {
	_init_.Initialize()

	if err := validateClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits

	_jsii_.StaticInvoke(
		"optio_cert-managerio.ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromString(value *string) ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits {
	_init_.Initialize()

	if err := validateClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits

	_jsii_.StaticInvoke(
		"optio_cert-managerio.ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

