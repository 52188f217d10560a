package synth

import (
	"os"
	"testing"

	"github.com/aws/jsii-runtime-go"
)

// TestMain stops the jsii runtime after the tests, which removes the folder
// it extracted into TMPDIR (2.2 MB for every test binary otherwise).
func TestMain(m *testing.M) {
	code := m.Run()
	jsii.Close()
	os.Exit(code)
}
