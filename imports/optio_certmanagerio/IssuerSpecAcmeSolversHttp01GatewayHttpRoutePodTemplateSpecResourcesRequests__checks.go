//go:build !no_runtime_type_checking

package optio_certmanagerio

import (
	"fmt"
)

func validateIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests_FromNumberParameters(value *float64) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

func validateIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesRequests_FromStringParameters(value *string) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

