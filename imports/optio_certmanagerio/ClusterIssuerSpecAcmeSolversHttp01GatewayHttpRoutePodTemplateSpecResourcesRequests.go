package optio_certmanagerio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/optio-cdk8s/optio-cdk8s/imports/optio_certmanagerio/jsii"
)

type ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests interface {
	Value() interface{}
}

// The jsii proxy struct for ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests
type jsiiProxy_ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests struct {
	_ byte // padding
}

func (j *jsiiProxy_ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests_FromNumber(value *float64) ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests {
	_init_.Initialize()

	if err := validateClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests

	_jsii_.StaticInvoke(
		"optio_cert-managerio.ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests_FromString(value *string) ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests {
	_init_.Initialize()

	if err := validateClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests

	_jsii_.StaticInvoke(
		"optio_cert-managerio.ClusterIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

