// Package kubeapi starts a real Kubernetes control plane (etcd and
// kube-apiserver, driven with kubectl) on loopback for end-to-end tests, so
// synthesized manifests can be applied to a real API server and read back.
//
// The binaries are built from the Go module proxy by test/controlplane/build.sh
// into a cache folder outside the repository (see [Binaries]). There is no
// scheduler, controller manager or kubelet: objects are validated, admitted
// and stored, but nothing runs.
package kubeapi

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

const (
	// KubernetesVersion is the version of kube-apiserver and kubectl that
	// test/controlplane/build.sh builds.
	KubernetesVersion = "v1.37.2"
	// EtcdVersion is the version of etcd that test/controlplane/build.sh builds.
	EtcdVersion = "v3.6.16"
	// DirEnv names the environment variable that overrides the cache folder
	// holding bin/{kube-apiserver,kubectl,etcd}.
	DirEnv = "OPTIO_CONTROLPLANE_DIR"
)

// binaryNames are the programs that must be present in the bin folder.
var binaryNames = []string{"kube-apiserver", "kubectl", "etcd"}

// DefaultDir returns the cache folder used when OPTIO_CONTROLPLANE_DIR is not
// set: $HOME/.cache/optio-cdk8s/controlplane-v1.37.2-etcd-v3.6.16.
func DefaultDir() (string, error) {
	if d := os.Getenv(DirEnv); d != "" {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("kubeapi: cannot find the control plane cache folder: $%s is unset and %w", DirEnv, err)
	}
	return filepath.Join(home, ".cache", "optio-cdk8s",
		"controlplane-"+KubernetesVersion+"-etcd-"+EtcdVersion), nil
}

var (
	binMu  sync.Mutex
	binDir string // set once the binaries are known to exist
)

// Binaries returns the folder holding kube-apiserver, kubectl and etcd. It
// looks in $OPTIO_CONTROLPLANE_DIR/bin (default: DefaultDir()/bin); if any
// binary is missing it runs test/controlplane/build.sh, found by walking up
// from the working directory, which takes about 11 minutes on 2 cores when
// cold (more than go test's default 10-minute timeout: run the script first,
// or pass -timeout 30m). Build progress is copied to stderr. The error says
// why the binaries are unavailable, with the tail of the build's output.
func Binaries() (dir string, err error) {
	binMu.Lock()
	defer binMu.Unlock()
	if binDir != "" {
		return binDir, nil
	}
	base, err := DefaultDir()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(base, "bin")
	if allPresent(bin) {
		binDir = bin
		return bin, nil
	}

	script, err := findBuildScript()
	if err != nil {
		return "", err
	}
	if _, err := exec.LookPath("go"); err != nil {
		return "", fmt.Errorf("kubeapi: control plane binaries missing in %s and no 'go' command on PATH to build them with %s", bin, script)
	}
	if _, err := exec.LookPath("bash"); err != nil {
		return "", fmt.Errorf("kubeapi: control plane binaries missing in %s and no 'bash' on PATH to run %s", bin, script)
	}

	fmt.Fprintf(os.Stderr, "kubeapi: control plane binaries missing in %s; running %s (cold build: ~11 min on 2 cores)\n", bin, script)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("bash", script)
	cmd.Env = append(os.Environ(), DirEnv+"="+base)
	cmd.Stdout = &stdout
	cmd.Stderr = io.MultiWriter(&stderr, os.Stderr)
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("kubeapi: %s failed (%v); is the Go module proxy reachable (GOPROXY=%q)? last output:\n%s",
			script, err, os.Getenv("GOPROXY"), tail(stderr.String()+stdout.String(), 40))
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	got := strings.TrimSpace(lines[len(lines)-1])
	if got == "" {
		got = bin
	}
	if !allPresent(got) {
		return "", fmt.Errorf("kubeapi: %s succeeded but %s lacks one of %v", script, got, binaryNames)
	}
	binDir = got
	return got, nil
}

// allPresent reports whether every binary exists in bin as an executable file.
func allPresent(bin string) bool {
	for _, n := range binaryNames {
		fi, err := os.Stat(filepath.Join(bin, n))
		if err != nil || !fi.Mode().IsRegular() || fi.Mode().Perm()&0o111 == 0 {
			return false
		}
	}
	return true
}

// findBuildScript walks up from the working directory to the folder holding
// test/controlplane/build.sh.
func findBuildScript() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("kubeapi: %w", err)
	}
	for d := wd; ; {
		p := filepath.Join(d, "test", "controlplane", "build.sh")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("kubeapi: %w", err)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("kubeapi: control plane binaries missing and no test/controlplane/build.sh found above %s", wd)
		}
		d = parent
	}
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	s = strings.TrimRight(s, "\n")
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// tailFile returns the last n lines of the file at path, or a note saying why
// it could not be read.
func tailFile(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Sprintf("(cannot read %s: %v)", path, err)
	}
	if len(b) == 0 {
		return "(empty)"
	}
	return tail(string(b), n)
}
