package kubeapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// crdModuleDir is the folder, relative to the repository root, of the module
// whose go.mod pins the third-party modules carrying CRDs and whose go.sum
// verifies them.
const crdModuleDir = "scripts/import"

// establishTimeout bounds how long InstallCRDs waits for every
// CustomResourceDefinition to be Established.
const establishTimeout = 60 * time.Second

// CRDSource is a folder of CustomResourceDefinition manifests inside a Go
// module pinned by scripts/import/go.mod (the version comes from there, nowhere
// else).
type CRDSource struct {
	// Module is the Go module path, e.g. "sigs.k8s.io/gateway-api".
	Module string
	// Dir is the folder of CRD files inside the module, slash-separated.
	Dir string
}

// The CRD sources the tests use, pinned by scripts/import/go.mod.
var (
	// GatewayAPICRDs is the Gateway API's standard channel
	// (gateway.networking.k8s.io_<plural>.yaml, plus its safe-upgrades
	// ValidatingAdmissionPolicy).
	GatewayAPICRDs = CRDSource{Module: "sigs.k8s.io/gateway-api", Dir: "config/crd/standard"}
	// CertManagerCRDs is cert-manager's CRDs (cert-manager.io_<plural>.yaml,
	// acme.cert-manager.io_<plural>.yaml).
	CertManagerCRDs = CRDSource{Module: "github.com/cert-manager/cert-manager", Dir: "deploy/crds"}
	// ArgoCDCRDs is Argo CD's CRDs (application-crd.yaml,
	// applicationset-crd.yaml, appproject-crd.yaml).
	ArgoCDCRDs = CRDSource{Module: "github.com/argoproj/argo-cd/v3", Dir: "manifests/crds"}
)

// Files returns the absolute paths of the named files of the source's
// folder (e.g. "gateway.networking.k8s.io_httproutes.yaml"), or, with no
// names, of every *.yaml file in it except kustomization.yaml, sorted. It
// downloads the module if needed (see [PinnedModuleDir]). A named file that
// does not exist is an error naming the module version.
func (c CRDSource) Files(names ...string) ([]string, error) {
	mod, version, err := PinnedModuleDir(c.Module)
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(mod, filepath.FromSlash(c.Dir))
	if len(names) == 0 {
		all, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
		if err != nil {
			return nil, fmt.Errorf("kubeapi: %w", err)
		}
		for _, p := range all {
			if filepath.Base(p) != "kustomization.yaml" {
				names = append(names, filepath.Base(p))
			}
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("kubeapi: no *.yaml files in %s of %s@%s", c.Dir, c.Module, version)
		}
		sort.Strings(names)
	}
	var paths []string
	for _, n := range names {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("kubeapi: %s@%s has no %s/%s: %w", c.Module, version, c.Dir, n, err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

var (
	pinMu    sync.Mutex
	pinCache = map[string][2]string{} // module -> {dir, version}
)

// PinnedModuleDir returns the folder of module's source in the module cache
// and its version, as pinned by scripts/import/go.mod (found by walking up from
// the working directory). It runs `go mod download -json module@version` in
// scripts/import, so the Go command verifies the bytes against its go.sum;
// a module whose go.sum line is missing is refused rather than trusted on
// first use. The first call for a module may download it from the Go module
// proxy (a few seconds); later calls are answered from memory.
func PinnedModuleDir(module string) (dir, version string, err error) {
	pinMu.Lock()
	defer pinMu.Unlock()
	if v, ok := pinCache[module]; ok {
		return v[0], v[1], nil
	}
	pins, err := findRepoPath(crdModuleDir)
	if err != nil {
		return "", "", err
	}
	version, err = pinnedVersion(pins, module)
	if err != nil {
		return "", "", err
	}
	sum, err := os.ReadFile(filepath.Join(pins, "go.sum"))
	if err != nil {
		return "", "", fmt.Errorf("kubeapi: %w", err)
	}
	var want string
	for _, line := range strings.Split(string(sum), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == module && f[1] == version {
			want = f[2]
		}
	}
	if want == "" {
		return "", "", fmt.Errorf("kubeapi: %s/go.sum has no line for %s %s; run `go mod download -json %s@%s` in %s and commit go.sum",
			crdModuleDir, module, version, module, version, crdModuleDir)
	}
	out, err := goCommand(pins, "mod", "download", "-json", module+"@"+version)
	if err != nil {
		return "", "", err
	}
	var dl struct{ Dir, Sum, Error string }
	if err := json.Unmarshal(out, &dl); err != nil {
		return "", "", fmt.Errorf("kubeapi: reading `go mod download -json` output: %w", err)
	}
	switch {
	case dl.Error != "":
		return "", "", fmt.Errorf("kubeapi: go mod download %s@%s: %s", module, version, dl.Error)
	case dl.Sum != want:
		return "", "", fmt.Errorf("kubeapi: %s@%s downloaded with checksum %s, %s/go.sum says %s", module, version, dl.Sum, crdModuleDir, want)
	case dl.Dir == "":
		return "", "", fmt.Errorf("kubeapi: go mod download %s@%s reported no folder", module, version)
	}
	pinCache[module] = [2]string{dl.Dir, version}
	return dl.Dir, version, nil
}

// pinnedVersion reads module's required version from the go.mod in dir
// without loading the module graph (`go mod edit -json`).
func pinnedVersion(dir, module string) (string, error) {
	out, err := goCommand(dir, "mod", "edit", "-json")
	if err != nil {
		return "", err
	}
	var mf struct {
		Require []struct{ Path, Version string }
	}
	if err := json.Unmarshal(out, &mf); err != nil {
		return "", fmt.Errorf("kubeapi: reading %s/go.mod: %w", crdModuleDir, err)
	}
	for _, r := range mf.Require {
		if r.Path == module {
			return r.Version, nil
		}
	}
	return "", fmt.Errorf("kubeapi: %s/go.mod does not require %s", crdModuleDir, module)
}

// goCommand runs the go command in dir, outside any workspace, and returns
// its standard output.
func goCommand(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		// go mod download -json reports its errors as JSON on stdout.
		return nil, fmt.Errorf("kubeapi: go %s (in %s): %w: %s", strings.Join(args, " "), dir, err,
			strings.TrimSpace(stderr.String()+" "+stdout.String()))
	}
	return stdout.Bytes(), nil
}

// findRepoPath walks up from the working directory to the first folder
// holding rel and returns the joined path.
func findRepoPath(rel string) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("kubeapi: %w", err)
	}
	for d := wd; ; {
		p := filepath.Join(d, filepath.FromSlash(rel))
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("kubeapi: %w", err)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("kubeapi: no %s found above %s", rel, wd)
		}
		d = parent
	}
}

// InstallCRDs applies the manifests at paths (files, or folders searched
// as [Server.Apply] does) to the server with server-side apply (some CRDs,
// Argo CD's ApplicationSet among them, are too large for client-side apply's
// last-applied annotation), then waits up to 60 s until every
// CustomResourceDefinition among them is Established, so objects of their
// kinds can be applied right after. Other documents in the files (e.g. the
// Gateway API's ValidatingAdmissionPolicy) are applied too. It returns the
// names of the CRDs, sorted. Any object the server refuses, or a CRD not
// Established in time, is an error.
func (s *Server) InstallCRDs(paths ...string) ([]string, error) {
	if len(paths) == 0 {
		return nil, errors.New("kubeapi: InstallCRDs: no files")
	}
	var names []string
	for _, p := range paths {
		res, err := s.Apply(p)
		if err != nil {
			return nil, err
		}
		if len(res.Rejections) > 0 {
			var msgs []string
			for _, r := range res.Rejections {
				msgs = append(msgs, r.Object.String()+": "+r.Message)
			}
			return nil, fmt.Errorf("kubeapi: the server refused %d object(s) of %s:\n%s", len(msgs), p, strings.Join(msgs, "\n"))
		}
		for _, o := range res.Objects {
			if o.Kind == "CustomResourceDefinition" {
				names = append(names, o.Name)
			}
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("kubeapi: InstallCRDs: no CustomResourceDefinition in %s", strings.Join(paths, ", "))
	}
	sort.Strings(names)
	if err := s.waitEstablished(names); err != nil {
		return nil, err
	}
	return names, nil
}

// waitEstablished polls the CRDs until each has the condition Established
// True, for up to 60 s. (`kubectl wait` fails at once on a CRD whose status
// has no conditions yet, so it cannot be used right after the apply.)
func (s *Server) waitEstablished(names []string) error {
	args := []string{"get", "-o", "json"}
	for _, n := range names {
		args = append(args, "customresourcedefinitions.apiextensions.k8s.io/"+n)
	}
	deadline := time.Now().Add(establishTimeout)
	for {
		out, _, err := s.Kubectl(args...)
		if err != nil {
			return err
		}
		var list struct {
			Items []struct {
				Metadata struct{ Name string }
				Status   struct {
					Conditions []struct{ Type, Status, Reason, Message string }
				}
			}
		}
		if err := json.Unmarshal([]byte(out), &list); err != nil {
			return fmt.Errorf("kubeapi: reading CRDs: %w", err)
		}
		var pending []string
		for _, it := range list.Items {
			established, why := false, "no conditions yet"
			for _, c := range it.Status.Conditions {
				if c.Type == "Established" {
					established, why = c.Status == "True", c.Reason+": "+c.Message
				}
				if c.Type == "NamesAccepted" && c.Status == "False" {
					why = "NamesAccepted False: " + c.Message
				}
			}
			if !established {
				pending = append(pending, it.Metadata.Name+" ("+why+")")
			}
		}
		if len(list.Items) == len(names) && len(pending) == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("kubeapi: CRDs not Established within %v: %s", establishTimeout, strings.Join(pending, "; "))
		}
		time.Sleep(200 * time.Millisecond)
	}
}
