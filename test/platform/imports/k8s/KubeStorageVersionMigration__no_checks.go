//go:build no_runtime_type_checking

package k8s

// Building without runtime type checking enabled, so all the below just return nil

func validateKubeStorageVersionMigration_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateKubeStorageVersionMigration_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKubeStorageVersionMigration_ManifestParameters(props *KubeStorageVersionMigrationProps) error {
	return nil
}

func validateKubeStorageVersionMigration_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewKubeStorageVersionMigrationParameters(scope constructs.Construct, id *string, props *KubeStorageVersionMigrationProps) error {
	return nil
}

