package synth

import (
	"testing"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testutil"
)

// TestMain stops the jsii runtime after the tests (testutil.RunAndCloseJSII).
func TestMain(m *testing.M) { testutil.RunAndCloseJSII(m) }
