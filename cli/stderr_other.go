//go:build !unix

package cli

import "os"

// quietStderr cannot silence the jsii runtime here.
func quietStderr() *os.File { return os.Stderr }
