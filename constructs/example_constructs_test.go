package optio_test

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/manifest"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// printObjects synthesizes app and prints each object's kind, namespace and
// name, then the values at the given paths of the first object.
func printObjects(app cdk8s.App, paths ...[]interface{}) {
	objs, err := manifest.Parse([]byte(*app.SynthYaml()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range objs {
		name := o.Name()
		if o.Kind() == "Job" && len(name) > 11 {
			name = name[:len(name)-10] + "<hash>" // follows the pod template
		}
		fmt.Printf("%s %s/%s\n", o.Kind(), o.Namespace(), name)
	}
	for _, p := range paths {
		fmt.Println(objs[0].Get(p...))
	}
}

// The API server alone, in a team's chart: the namespace comes from the
// chart, the values from the Helm chart's defaults with a pinned image.
func ExampleNewOptioApi() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("team"), &cdk8s.ChartProps{Namespace: jsii.String("agents")})
	props := optio.DefaultOptioApiProps()
	props.Values.Image = values.ImageValues{Repository: "ghcr.io/acme/optio-api", Tag: "0.1.0"}
	props.ExistingSecret = "optio-secrets"
	if _, err := optio.NewOptioApi(chart, "api", &props); err != nil {
		fmt.Println(err)
		return
	}
	printObjects(app, []interface{}{"spec", "template", "spec", "containers", 0, "image"})
	// Output:
	// Deployment agents/optio-api
	// Service agents/optio-api
	// ghcr.io/acme/optio-api:0.1.0
}

// The web UI alone, pointing at an API Service on port 4100.
func ExampleNewOptioWeb() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("team"), &cdk8s.ChartProps{Namespace: jsii.String("agents")})
	props := optio.DefaultOptioWebProps()
	props.APIPort = 4100
	if _, err := optio.NewOptioWeb(chart, "web", &props); err != nil {
		fmt.Println(err)
		return
	}
	printObjects(app, []interface{}{"spec", "template", "spec", "containers", 0, "env", 0, "value"})
	// Output:
	// Deployment agents/optio-web
	// Service agents/optio-web
	// http://optio-api:4100
}

// The development database alone: nil props are the defaults, with the
// password read from the Secret optio-config, and TLS on with its
// certificate made by the construct's own key generator (OwnSecrets).
func ExampleNewInClusterPostgres() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("team"), &cdk8s.ChartProps{Namespace: jsii.String("agents")})
	if _, err := optio.NewInClusterPostgres(chart, "postgres", nil); err != nil {
		fmt.Println(err)
		return
	}
	printObjects(app, []interface{}{"spec", "resources", "requests", "storage"})
	// Output:
	// PersistentVolumeClaim agents/optio-postgres-data
	// Deployment agents/optio-postgres
	// Service agents/optio-postgres
	// ServiceAccount agents/optio-postgres-keygen
	// Role agents/optio-postgres-keygen
	// RoleBinding agents/optio-postgres-keygen
	// ConfigMap agents/optio-postgres-keygen
	// Job agents/optio-postgres-keygen-<hash>
	// 5Gi
}

// Redis alone, for a second release named "lab": TLS and a password, both
// made in the cluster by the construct's own key generator (OwnSecrets).
func ExampleNewInClusterRedis() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("team"), nil)
	props := optio.DefaultInClusterRedisProps()
	props.Release = values.Release{Name: "lab", Namespace: "sandbox"}
	if _, err := optio.NewInClusterRedis(chart, "redis", &props); err != nil {
		fmt.Println(err)
		return
	}
	printObjects(app, []interface{}{"spec", "selector", "matchLabels", "app.kubernetes.io/instance"})
	// Output:
	// Deployment sandbox/lab-redis
	// Service sandbox/lab-redis
	// ServiceAccount sandbox/lab-redis-keygen
	// Role sandbox/lab-redis-keygen
	// RoleBinding sandbox/lab-redis-keygen
	// ConfigMap sandbox/lab-redis-keygen
	// Job sandbox/lab-redis-keygen-<hash>
	// lab
}

// The Ingress alone, with cert-manager issuing one certificate per host.
func ExampleNewOptioIngress() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("team"), &cdk8s.ChartProps{Namespace: jsii.String("agents")})
	props := optio.DefaultOptioIngressProps()
	props.Values.Hosts[0].Host = "optio.acme.dev"
	props.Values.CertManager.Enabled = true
	if _, err := optio.NewOptioIngress(chart, "ingress", &props); err != nil {
		fmt.Println(err)
		return
	}
	printObjects(app, []interface{}{"spec", "tls", 0, "secretName"}, []interface{}{"metadata", "annotations", values.CertManagerIssuerAnnotation})
	// Output:
	// Ingress agents/optio-ingress
	// Service agents/optio-internal-closed
	// optio-acme-dev-tls
	// letsencrypt-prod
}

// The API's RBAC alone: the ClusterRole is named from the release and the
// namespace, so another team's release "optio" keeps its own.
func ExampleNewAgentRbac() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("team"), &cdk8s.ChartProps{Namespace: jsii.String("agents")})
	if _, err := optio.NewAgentRbac(chart, "rbac", nil); err != nil {
		fmt.Println(err)
		return
	}
	printObjects(app)
	// Output:
	// ServiceAccount agents/optio
	// Role agents/optio-pod-manager
	// RoleBinding agents/optio-pod-manager
	// ClusterRole /optio-agents-node-reader
	// ClusterRoleBinding /optio-agents-node-reader
}

// Invalid props are refused with every error's path, and nothing is added.
func ExampleInvalidPropsError() {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("team"), nil)
	props := optio.DefaultOptioApiProps()
	props.Release.Name = ""
	props.Values.Service.Type = "Ingress"
	_, err := optio.NewOptioApi(chart, "api", &props)
	if ip, ok := err.(*optio.InvalidPropsError); ok {
		for _, e := range ip.Errors {
			fmt.Println(e.Field)
		}
	}
	fmt.Println(len(*chart.Node().Children()), "constructs added")
	// Output:
	// release.name
	// values.service.type
	// 0 constructs added
}
