package bench

import (
	"fmt"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
)

// BenchmarkRoundTrip is the cost of one jsii call from Go to Node.js, in
// this test process's own jsii runtime (started by the first call, outside
// the timing): the floor under the cost of every object a release builds.
//
//   - static: a call that does nothing in Node.js (cdk8s.Duration.millis):
//     the round trip alone (the JSON request through the pipe, the jsii
//     runtime's relay process, the kernel, and back).
//   - configmap: creating a ConfigMap with a name, a label and one data
//     key through imports/optio_k8s, as the constructs create their
//     objects (the kernel checks the props against the assembly).
//
// A release makes 50 to 90 such calls (JSII_DEBUG=1 lists them); see
// docs/development.md#performance.
func BenchmarkRoundTrip(b *testing.B) {
	app := cdk8s.NewApp(nil)
	chart := cdk8s.NewChart(app, jsii.String("roundtrip"), nil)
	k8s.NewKubeConfigMap(chart, jsii.String("warm-up"), nil)
	b.Run("static", func(b *testing.B) {
		i := 0
		for b.Loop() {
			cdk8s.Duration_Millis(jsii.Number(float64(i)))
			i++
		}
	})
	n := 0 // ids stay unique over the runs of the sub-benchmark
	b.Run("configmap", func(b *testing.B) {
		for b.Loop() {
			i := n
			n++
			k8s.NewKubeConfigMap(chart, jsii.String(fmt.Sprintf("cm-%d", i)), &k8s.KubeConfigMapProps{
				Metadata: &k8s.ObjectMeta{Name: jsii.String(fmt.Sprintf("cm-%d", i)), Labels: &map[string]*string{"app": jsii.String("optio")}},
				Data:     &map[string]*string{"key": jsii.String("value")},
			})
		}
	})
}
