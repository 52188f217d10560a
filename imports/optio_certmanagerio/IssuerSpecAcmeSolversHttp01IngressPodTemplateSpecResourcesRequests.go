package optio_certmanagerio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/optio-cdk8s/optio-cdk8s/imports/optio_certmanagerio/jsii"
)

type IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests interface {
	Value() interface{}
}

// The jsii proxy struct for IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests
type jsiiProxy_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests struct {
	_ byte // padding
}

func (j *jsiiProxy_IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests_FromNumber(value *float64) IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests {
	_init_.Initialize()

	if err := validateIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests

	_jsii_.StaticInvoke(
		"optio_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests_FromString(value *string) IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests {
	_init_.Initialize()

	if err := validateIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests

	_jsii_.StaticInvoke(
		"optio_cert-managerio.IssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesRequests",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

