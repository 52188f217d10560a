// Command floor is the jsii floor of this product, for BenchmarkFloor: a Go
// cdk8s App with one ApiObject, synthesized and closed. With -assemblies it
// also creates one object of imports/optio_k8s, so that every assembly the
// product loads is loaded too (it loads no cdk8s-plus).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
)

func main() {
	assemblies := flag.Bool("assemblies", false, "also load the imports/optio_k8s assembly")
	flag.Parse()
	defer jsii.Close()
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("floor"), nil)
	cdk8s.NewApiObject(chart, jsii.String("cm"), &cdk8s.ApiObjectProps{ApiVersion: jsii.String("v1"), Kind: jsii.String("ConfigMap")})
	if *assemblies {
		k8s.NewKubeConfigMap(chart, jsii.String("k8s"), nil)
	}
	if _, err := fmt.Fprint(os.Stdout, *app.SynthYaml()); err != nil {
		os.Exit(1)
	}
}
