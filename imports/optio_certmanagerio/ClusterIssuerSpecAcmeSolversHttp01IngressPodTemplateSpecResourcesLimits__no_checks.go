//go:build no_runtime_type_checking

package optio_certmanagerio

// Building without runtime type checking enabled, so all the below just return nil

func validateClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromNumberParameters(value *float64) error {
	return nil
}

func validateClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromStringParameters(value *string) error {
	return nil
}

