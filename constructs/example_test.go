package optio_test

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// A platform team adds Optio to its own cdk8s app, beside its own charts:
// values are plain Go, secrets come from a Secret the team manages, and the
// constructs expose their objects for further wiring.
func ExampleNewOptioChart() {
	app := cdk8s.NewApp(nil)

	// The team's own chart.
	platform := cdk8s.NewChart(app, jsii.String("platform"), nil)
	k8s.NewKubeConfigMap(platform, jsii.String("settings"), &k8s.KubeConfigMapProps{
		Metadata: &k8s.ObjectMeta{Name: jsii.String("platform-settings"), Namespace: jsii.String("platform")},
		Data:     &map[string]*string{"team": jsii.String("agents")},
	})

	// Optio, configured like a values file.
	props := optio.DefaultProps()
	props.ReleaseName = "agents"
	props.Namespace = "optio"
	props.ExistingSecret = "optio-secrets" // created by the team's secret manager
	props.Auth.Github.ClientID = "Iv1.0123456789abcdef"
	props.API.Image = values.ImageValues{Repository: "ghcr.io/acme/optio-api", Tag: "0.1.0", PullPolicy: "IfNotPresent"}
	props.Postgresql.Enabled = false // DATABASE_URL comes from optio-secrets
	props.Ingress.Enabled = true
	props.Ingress.CertManager.Enabled = true
	props.Ingress.Hosts[0].Host = "optio.acme.dev"
	chart, err := optio.NewOptioChart(app, "optio", &props)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("API service:", *chart.API.Service.Name())

	objs, _ := manifest.Parse([]byte(*app.SynthYaml()))
	for _, id := range manifest.IDs(objs) {
		fmt.Println(id)
	}
	// Output:
	// API service: agents-api
	// ClusterRole/agents-optio-node-reader
	// ClusterRoleBinding/agents-optio-node-reader
	// ConfigMap/agents-agent-pvc-template
	// ConfigMap/agents-config
	// ConfigMap/agents-keygen
	// ConfigMap/platform-settings
	// Deployment/agents-api
	// Deployment/agents-optio
	// Deployment/agents-redis
	// Deployment/agents-web
	// Ingress/agents-ingress
	// Job/agents-keygen-2c3fa076d4
	// Namespace/optio
	// Role/agents-keygen
	// Role/agents-pod-manager
	// RoleBinding/agents-keygen
	// RoleBinding/agents-pod-manager
	// Service/agents-api
	// Service/agents-internal-closed
	// Service/agents-redis
	// Service/agents-web
	// ServiceAccount/agents-keygen
	// ServiceAccount/optio
}
