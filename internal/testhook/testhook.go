// Package testhook holds what only this module's own tests use to reach
// behaviour the public API deliberately does not offer: a pause at a named
// point of a run (to send a signal exactly there), and a switch that builds
// a chart from values that fail validation (to ask the API server about
// them). Being internal, it cannot be imported from outside the module, and
// it does nothing unless a test turns it on.
package testhook

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// SkipChartValidation, while true, makes the constructors of package optio
// build their objects even when their props fail validation, so that the
// differential tester (test/difftest) can ask the real API server about
// values this program refuses. Default: false. Never set outside tests.
var SkipChartValidation atomic.Bool

// Env names the environment variable: a comma-separated list of points at
// which Pause stops.
const Env = "OPTIO_CDK8S_TEST_PAUSE"

// Duration is how long Pause sleeps.
const Duration = 2 * time.Second

var points = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for p := range strings.SplitSeq(os.Getenv(Env), ",") {
		if p = strings.TrimSpace(p); p != "" {
			m[p] = true
		}
	}
	return m
})

// Pause does nothing unless point is listed in OPTIO_CDK8S_TEST_PAUSE. Then
// it writes "optio-cdk8s: paused at POINT" on standard error, for the test
// to see, and sleeps for Duration before the run goes on.
func Pause(point string) {
	if !points()[point] {
		return
	}
	fmt.Fprintf(os.Stderr, "optio-cdk8s: paused at %s\n", point)
	time.Sleep(Duration)
}
