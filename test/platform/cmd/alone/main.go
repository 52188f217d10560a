// Command alone puts two Optio constructs, without the OptioChart, into a
// team's chart of the namespace agents, written to dist/.
package main

import (
	"log"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

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
	team := cdk8s.NewChart(app, jsii.String("team"), &cdk8s.ChartProps{Namespace: jsii.String("agents")})

	pgProps := optio.DefaultInClusterPostgresProps() // reads POSTGRES_PASSWORD from the Secret optio-config
	pgProps.Values.Storage.Size = "20Gi"
	if _, err := optio.NewInClusterPostgres(team, "postgres", &pgProps); err != nil {
		return err // an *optio.InvalidPropsError, with every path
	}
	if _, err := optio.NewInClusterRedis(team, "redis", nil); err != nil { // nil props: the chart's defaults
		return err
	}

	app.Synth() // dist/team.k8s.yaml
	return nil
}
