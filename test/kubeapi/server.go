package kubeapi

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	// readyTimeout bounds how long Start waits for etcd and then /readyz.
	readyTimeout = 60 * time.Second
	// stopGrace is how long a process gets after SIGTERM before SIGKILL.
	stopGrace = 5 * time.Second
	// logTailLines is how many log lines are shown when something fails.
	logTailLines = 40
	// kubectlTimeout bounds a single kubectl run.
	kubectlTimeout = 2 * time.Minute
)

// Server is a running etcd plus kube-apiserver pair on loopback, stopped
// automatically when the test that started it ends.
type Server struct {
	// URL is the apiserver's HTTPS address, e.g. https://127.0.0.1:41234.
	URL string
	// Token is the bearer token of the admin user (group system:masters).
	Token string
	// Kubeconfig is the path of a kubeconfig for URL with Token
	// (insecure-skip-tls-verify: the serving certificate is self-signed).
	Kubeconfig string
	// EtcdURL is etcd's client address, e.g. http://127.0.0.1:40001.
	EtcdURL string
	// Dir is the temporary folder holding keys, logs, data and the kubeconfig.
	Dir string
	// BinDir is the folder holding the kube-apiserver, kubectl and etcd binaries.
	BinDir string
	// APIServerLog and EtcdLog are the paths of the processes' combined output.
	APIServerLog, EtcdLog string
	// ReadyAfter is how long kube-apiserver took from launch to /readyz OK.
	ReadyAfter time.Duration

	cacheDir string
}

// Start builds (if needed) and starts etcd and kube-apiserver on free
// loopback ports, waits up to 60 s for /readyz, and registers t.Cleanup to
// stop both process groups (SIGTERM, then SIGKILL) and print the last 40 log
// lines of each if the test failed.
//
// A local `go test -short` run (CI unset) skips the test instead. If the
// binaries cannot be obtained (see [Binaries]) Start fails the test with the
// reason, loudly. If the control plane does not come up, Start calls t.Fatal
// with the tail of both logs.
func Start(t testing.TB) *Server {
	t.Helper()
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("kubeapi: -short: not starting a real kube-apiserver (CI never skips it)")
	}
	bin, err := Binaries()
	if err != nil {
		t.Fatalf("\n!!!!!!!!\n!!! kubeapi: the control plane binaries are unavailable, so manifests cannot be applied to a real kube-apiserver.\n!!! %v\n!!!!!!!!", err)
	}

	// Ports are picked by listening on :0 and closing; another process can
	// grab one in between, so retry a bind failure with fresh ports.
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		s, err := start(t, bin)
		if err == nil {
			t.Logf("kubeapi: kube-apiserver %s ready at %s after %v (logs in %s)", KubernetesVersion, s.URL, s.ReadyAfter.Round(time.Millisecond), s.Dir)
			return s
		}
		lastErr = err
		if !errors.Is(err, errPortInUse) {
			break
		}
		t.Logf("kubeapi: attempt %d: %v; retrying with new ports", attempt, err)
	}
	t.Fatalf("kubeapi: control plane did not start: %v", lastErr)
	return nil
}

var errPortInUse = errors.New("port already in use")

// start makes one attempt at launching etcd and kube-apiserver.
func start(t testing.TB, bin string) (_ *Server, err error) {
	var procs []*process
	defer func() {
		if err != nil { // do not leave a half-started pair running during a retry
			for _, p := range procs {
				p.stop()
			}
		}
	}()
	dir := t.TempDir() // removed after the process cleanups below (LIFO)
	ports, err := freePorts(3)
	if err != nil {
		return nil, err
	}
	etcdPort, peerPort, apiPort := ports[0], ports[1], ports[2]

	s := &Server{
		URL:          "https://127.0.0.1:" + strconv.Itoa(apiPort),
		EtcdURL:      "http://127.0.0.1:" + strconv.Itoa(etcdPort),
		Dir:          dir,
		BinDir:       bin,
		Kubeconfig:   filepath.Join(dir, "kubeconfig"),
		APIServerLog: filepath.Join(dir, "kube-apiserver.log"),
		EtcdLog:      filepath.Join(dir, "etcd.log"),
		cacheDir:     filepath.Join(dir, "kubectl-cache"),
	}
	tok := make([]byte, 16)
	if _, err := rand.Read(tok); err != nil {
		return nil, err
	}
	s.Token = hex.EncodeToString(tok)

	peerURL := "http://127.0.0.1:" + strconv.Itoa(peerPort)
	etcd, err := launch(t, filepath.Join(bin, "etcd"), s.EtcdLog,
		"--name=default",
		"--data-dir="+filepath.Join(dir, "etcd-data"),
		"--listen-client-urls="+s.EtcdURL,
		"--advertise-client-urls="+s.EtcdURL,
		"--listen-peer-urls="+peerURL,
		"--initial-advertise-peer-urls="+peerURL,
		"--initial-cluster=default="+peerURL,
		"--unsafe-no-fsync",
		"--log-level=warn",
	)
	if err != nil {
		return nil, err
	}
	procs = append(procs, etcd)
	deadline := time.Now().Add(readyTimeout)
	if err := waitHTTP(http.DefaultClient, s.EtcdURL+"/health", "", deadline, etcd); err != nil {
		return nil, s.startErr("etcd", err)
	}

	if err := s.writeFiles(); err != nil {
		return nil, err
	}
	launched := time.Now()
	api, err := launch(t, filepath.Join(bin, "kube-apiserver"), s.APIServerLog,
		"--bind-address=127.0.0.1",
		"--advertise-address=127.0.0.1",
		"--secure-port="+strconv.Itoa(apiPort),
		"--etcd-servers="+s.EtcdURL,
		"--service-cluster-ip-range=10.0.0.0/24",
		"--service-account-issuer=https://kubernetes.default.svc",
		"--service-account-key-file="+filepath.Join(dir, "sa.pub"),
		"--service-account-signing-key-file="+filepath.Join(dir, "sa.key"),
		"--token-auth-file="+filepath.Join(dir, "tokens.csv"),
		"--authorization-mode=RBAC",
		"--disable-admission-plugins=ServiceAccount",
		"--endpoint-reconciler-type=none",
		"--cert-dir="+filepath.Join(dir, "certs"),
	)
	if err != nil {
		return nil, err
	}
	procs = append(procs, api)
	client := &http.Client{
		Timeout:   5 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}},
	}
	defer client.CloseIdleConnections()
	if err := waitHTTP(client, s.URL+"/readyz", s.Token, time.Now().Add(readyTimeout), api); err != nil {
		return nil, s.startErr("kube-apiserver", err)
	}
	s.ReadyAfter = time.Since(launched)

	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("kubeapi: last %d lines of %s:\n%s", logTailLines, s.EtcdLog, tailFile(s.EtcdLog, logTailLines))
			t.Logf("kubeapi: last %d lines of %s:\n%s", logTailLines, s.APIServerLog, tailFile(s.APIServerLog, logTailLines))
		}
	})
	return s, nil
}

// startErr wraps a start failure with the tail of both logs.
func (s *Server) startErr(what string, err error) error {
	msg := fmt.Errorf("%s not ready: %w\n--- last %d lines of %s:\n%s\n--- last %d lines of %s:\n%s",
		what, err,
		logTailLines, s.EtcdLog, tailFile(s.EtcdLog, logTailLines),
		logTailLines, s.APIServerLog, tailFile(s.APIServerLog, logTailLines))
	for _, p := range []string{s.EtcdLog, s.APIServerLog} {
		if b, _ := os.ReadFile(p); strings.Contains(string(b), "address already in use") {
			return fmt.Errorf("%w: %w", errPortInUse, msg)
		}
	}
	return msg
}

// writeFiles writes the service account key pair, the token file and the
// kubeconfig into s.Dir.
func (s *Server) writeFiles() error {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return err
	}
	pub, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		return err
	}
	files := map[string][]byte{
		"sa.key":     pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}),
		"sa.pub":     pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub}),
		"tokens.csv": []byte(s.Token + `,admin,admin,"system:masters"` + "\n"),
		"kubeconfig": []byte(fmt.Sprintf(`apiVersion: v1
kind: Config
clusters:
- name: e2e
  cluster:
    server: %s
    insecure-skip-tls-verify: true
users:
- name: admin
  user:
    token: %s
contexts:
- name: e2e
  context:
    cluster: e2e
    user: admin
    namespace: default
current-context: e2e
`, s.URL, s.Token)),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(s.Dir, name), b, 0o600); err != nil {
			return err
		}
	}
	return nil
}

// process is a launched child whose exit is observed by a goroutine.
type process struct {
	name string
	cmd  *exec.Cmd
	done chan struct{} // closed when the process has exited
	err  error         // Wait's result, valid after done is closed
}

// launch starts path in its own process group with output to logPath and
// registers a cleanup that stops the group.
func launch(t testing.TB, path, logPath string, args ...string) (*process, error) {
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(path, args...)
	cmd.Stdout = logf
	cmd.Stderr = logf
	cmd.Dir = filepath.Dir(logPath)
	setProcAttr(cmd)
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("starting %s: %w", path, err)
	}
	p := &process{name: filepath.Base(path), cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		logf.Close()
		close(p.done)
	}()
	t.Cleanup(p.stop)
	return p, nil
}

// stop sends SIGTERM to the process group, then SIGKILL after stopGrace, and
// waits for the process to be reaped.
func (p *process) stop() {
	select {
	case <-p.done:
		killGroup(p.cmd, true) // reap any stray grandchildren
		return
	default:
	}
	killGroup(p.cmd, false)
	select {
	case <-p.done:
		return
	case <-time.After(stopGrace):
	}
	killGroup(p.cmd, true)
	select {
	case <-p.done:
	case <-time.After(stopGrace):
	}
}

// waitHTTP polls url until it answers 200, the deadline passes or p exits.
func waitHTTP(client *http.Client, url, token string, deadline time.Time, p *process) error {
	var last string
	for {
		req, err := http.NewRequest(http.MethodGet, url, nil)
		if err != nil {
			return err
		}
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := client.Do(req)
		if err == nil {
			body := make([]byte, 4096)
			n, _ := resp.Body.Read(body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			last = fmt.Sprintf("HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(body[:n])))
		} else {
			last = err.Error()
		}
		select {
		case <-p.done:
			return fmt.Errorf("%s exited (%v) before %s answered", p.name, p.err, url)
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s did not answer 200 within %v; last answer: %s", url, readyTimeout, last)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// freePorts returns n distinct loopback ports that were free a moment ago.
func freePorts(n int) ([]int, error) {
	var ports []int
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("picking a free port: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// Kubectl runs kubectl against the server (--kubeconfig=s.Kubeconfig) with
// args and returns its output. err is non-nil if kubectl exits non-zero or
// runs longer than two minutes.
func (s *Server) Kubectl(args ...string) (stdout, stderr string, err error) {
	return s.kubectl("", args...)
}

// kubectl runs kubectl with stdin as its standard input.
func (s *Server) kubectl(stdin string, args ...string) (stdout, stderr string, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), kubectlTimeout)
	defer cancel()
	full := append([]string{"--kubeconfig=" + s.Kubeconfig, "--cache-dir=" + s.cacheDir}, args...)
	cmd := exec.CommandContext(ctx, filepath.Join(s.BinDir, "kubectl"), full...)
	cmd.Env = append(os.Environ(), "KUBECONFIG="+s.Kubeconfig)
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	var out, errb strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = &errb
	err = cmd.Run()
	if err != nil {
		err = fmt.Errorf("kubectl %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(errb.String()))
	}
	return out.String(), errb.String(), err
}

// GetJSON reads one object back from the server with `kubectl get -o json`
// --show-managed-fields and returns it decoded. kind is anything kubectl accepts (e.g. "configmap",
// "service", "deployments.apps"). An empty namespace means the kubeconfig's
// namespace, "default", for namespaced kinds; leave it empty for
// cluster-scoped kinds.
func (s *Server) GetJSON(kind, namespace, name string) (map[string]any, error) {
	args := []string{"get", kind, name, "-o", "json", "--show-managed-fields"}
	if namespace != "" {
		args = append(args, "--namespace", namespace)
	}
	out, _, err := s.Kubectl(args...)
	if err != nil {
		return nil, err
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(out), &obj); err != nil {
		return nil, fmt.Errorf("kubectl get %s %s: decoding output: %w", kind, name, err)
	}
	return obj, nil
}
