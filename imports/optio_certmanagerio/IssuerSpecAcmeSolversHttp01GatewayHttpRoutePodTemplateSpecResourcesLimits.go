package optio_certmanagerio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/optio-cdk8s/optio-cdk8s/imports/optio_certmanagerio/jsii"
)

type IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits interface {
	Value() interface{}
}

// The jsii proxy struct for IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits
type jsiiProxy_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits struct {
	_ byte // padding
}

func (j *jsiiProxy_IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits_FromNumber(value *float64) IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits {
	_init_.Initialize()

	if err := validateIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits

	_jsii_.StaticInvoke(
		"optio_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits_FromString(value *string) IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits {
	_init_.Initialize()

	if err := validateIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits

	_jsii_.StaticInvoke(
		"optio_cert-managerio.IssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

