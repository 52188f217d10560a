//go:build no_runtime_type_checking

package optio_k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeMutatingWebhookConfigurationList_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeMutatingWebhookConfigurationList_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeMutatingWebhookConfigurationList_ManifestParameters(props *KubeMutatingWebhookConfigurationListProps) error {
	return nil
}

func validateKubeMutatingWebhookConfigurationList_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeMutatingWebhookConfigurationListParameters(scope constructs.Construct, id *string, props *KubeMutatingWebhookConfigurationListProps) error {
	return nil
}

