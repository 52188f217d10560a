package optio_certmanagerio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/optio-cdk8s/optio-cdk8s/imports/optio_certmanagerio/jsii"
)

type ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests interface {
	Value() interface{}
}

// The jsii proxy struct for ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests
type jsiiProxy_ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests struct {
	_ byte // padding
}

func (j *jsiiProxy_ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests_FromNumber(value *float64) ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests {
	_init_.Initialize()

	if err := validateClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests

	_jsii_.StaticInvoke(
		"optio_cert-managerio.ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests_FromString(value *string) ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests {
	_init_.Initialize()

	if err := validateClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests

	_jsii_.StaticInvoke(
		"optio_cert-managerio.ClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

