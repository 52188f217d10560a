//go:build no_runtime_type_checking

package optio_k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeClusterTrustBundleV1Alpha1_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeClusterTrustBundleV1Alpha1_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeClusterTrustBundleV1Alpha1_ManifestParameters(props *KubeClusterTrustBundleV1Alpha1Props) error {
	return nil
}

func validateKubeClusterTrustBundleV1Alpha1_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeClusterTrustBundleV1Alpha1Parameters(scope constructs.Construct, id *string, props *KubeClusterTrustBundleV1Alpha1Props) error {
	return nil
}

