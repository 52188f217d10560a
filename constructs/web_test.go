package optio_test

import "testing"

// TestOptioWebGolden: the objects of OptioWeb with its defaults
// (testdata/optio-web.yaml).
func TestOptioWebGolden(t *testing.T) { checkGolden(t, "OptioWeb", "optio-web.yaml") }
