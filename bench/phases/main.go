// Command phases prints where one run's time goes, phase by phase, in a
// new process: loading the values, starting the jsii runtime with the cdk8s
// assembly, loading the imports/optio_k8s assembly, building the
// OptioChart, synthesizing, and stopping the runtime. It profiles what
// BenchmarkSynth measures as a whole:
//
//	go run ./bench/phases test/testdata/values/defaults-with-secrets.yaml
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: phases VALUES.yaml")
		os.Exit(2)
	}
	defer jsii.Close()
	t0 := time.Now()
	lap := func(what string) {
		fmt.Printf("%-28s %6.1f ms\n", what, float64(time.Since(t0).Microseconds())/1000)
		t0 = time.Now()
	}
	vals, err := loader.Load(loader.Options{ValueFiles: []string{os.Args[1]}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	lap("load values")
	app := cdk8s.NewApp(nil)
	lap("start runtime, cdk8s")
	scratch := cdk8s.NewChart(app, jsii.String("scratch"), nil)
	k8s.NewKubeConfigMap(scratch, jsii.String("k8s"), nil)
	lap("load imports/optio_k8s")
	if _, err := optio.NewOptioChart(app, "optio", &optio.OptioChartProps{ReleaseName: "optio", Values: vals}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	lap("build OptioChart")
	_ = app.SynthYaml()
	lap("synth")
	jsii.Close()
	lap("stop runtime")
}
