//go:build !no_runtime_type_checking

package optio_certmanagerio

import (
	"fmt"
)

func validateClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromNumberParameters(value *float64) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

func validateClusterIssuerSpecAcmeSolversHttp01IngressPodTemplateSpecResourcesLimits_FromStringParameters(value *string) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

