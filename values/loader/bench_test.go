package loader_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// BenchmarkLoadKeys loads a values file whose ingress.annotations map holds
// n keys. The time per key must stay flat as n doubles (linear loading):
//
//	go test -run '^$' -bench BenchmarkLoadKeys ./values/
func BenchmarkLoadKeys(b *testing.B) {
	for _, n := range []int{10_000, 20_000, 40_000, 80_000} {
		b.Run(fmt.Sprintf("keys=%d", n), func(b *testing.B) {
			var sb strings.Builder
			sb.WriteString(secrets + "ingress:\n  annotations:\n")
			for i := range n {
				fmt.Fprintf(&sb, "    example.com/key-%d: v\n", i)
			}
			file := filepath.Join(b.TempDir(), "values.yaml")
			if err := os.WriteFile(file, []byte(sb.String()), 0o600); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for range b.N {
				// The annotations exceed Kubernetes' 256 KiB total, so Load
				// reports that; the point is the time it takes.
				_, _ = loader.Load(loader.Options{ValueFiles: []string{file}, Getenv: noEnv})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/key")
		})
	}
}
