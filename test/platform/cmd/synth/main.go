// Command synth is a platform team's cdk8s app, as `cdk8s init go-app` starts
// one: objects of its own, made with its own bindings (imports/k8s, from
// `cdk8s import k8s@1.37.2`), beside the Optio constructs, written to dist/.
package main

import (
	"log"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"example.com/platform/imports/k8s" // the app's own `cdk8s import k8s`, any version
	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	defer jsii.Close() // stops Node.js and removes its temporary files
	app := cdk8s.NewApp(nil)

	// The platform's own chart: a Namespace made with the app's bindings,
	// and one Optio construct alone in it.
	data := cdk8s.NewChart(app, jsii.String("data"), &cdk8s.ChartProps{Namespace: jsii.String("platform-data")})
	k8s.NewKubeNamespace(data, jsii.String("namespace"), &k8s.KubeNamespaceProps{
		Metadata: &k8s.ObjectMeta{Name: jsii.String("platform-data")},
	})
	// nil props would be the chart's defaults: TLS and a password, whose
	// Secrets the construct makes (OwnSecrets) for clients in this
	// namespace. The release below runs in another namespace, which cannot
	// mount them: plain redis:// on the cluster network.
	rp := optio.DefaultInClusterRedisProps()
	rp.Values.TLS.Enabled, rp.Values.Auth.Enabled = false, false
	redis, err := optio.NewInClusterRedis(data, "redis", &rp)
	if err != nil {
		return err
	}

	// A whole Optio release, in the namespace optio, using that Redis.
	props := optio.DefaultProps()
	props.ExistingSecret = "optio-secrets"
	props.Auth.Github.ClientID = "Iv1.0123456789abcdef"
	props.PublicURL = "https://optio.example.com"
	props.Redis.Enabled = false
	props.ExternalRedis.URL = "redis://" + *redis.Service.Name() + ".platform-data.svc:6379"
	chart, err := optio.NewOptioChart(app, "optio", &props) // validates first; adds nothing on error
	if err != nil {
		return err
	}
	for _, w := range chart.Warnings {
		log.Print("warning: ", w)
	}
	chart.AddDependency(data)

	app.Synth() // dist/0000-data.k8s.yaml, dist/0001-optio.k8s.yaml
	return nil
}
