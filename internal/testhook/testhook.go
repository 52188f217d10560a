// Package testhook lets the process tests stop the program at a named point
// of a run, to send it a signal exactly there. It does nothing unless the
// environment variable OPTIO_CDK8S_TEST_PAUSE is set, which only tests do.
package testhook

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

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
