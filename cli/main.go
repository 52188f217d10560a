package cli

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/aws/jsii-runtime-go"

	"github.com/optio-cdk8s/optio-cdk8s/internal/tempdir"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testhook"
	"github.com/optio-cdk8s/optio-cdk8s/synth"
)

// tempPrefix names the private temporary folder of each process:
// $TMPDIR/optio-cdk8s-<pid>-<random>.
const tempPrefix = "optio-cdk8s-"

// stopTimeout bounds how long the jsii runtime may take to stop before its
// processes are killed.
const stopTimeout = 5 * time.Second

// Main runs the program as a process, with what Run leaves to its caller,
// and exits; it never returns. Run may be called many times in one process
// (tests do), while Main owns what belongs to the process:
//
//   - Every run writes its temporary files (the jsii runtime, the unpacked
//     cdk8s packages) into a private folder $TMPDIR/optio-cdk8s-<pid>-*,
//     which Main removes when it exits, after stopping the jsii runtime
//     (the Node.js child processes). It first removes such folders of
//     processes that no longer run (killed with SIGKILL).
//   - The jsii package cache is turned off when its location is unusable
//     (see usePackageCacheOrNone).
//   - SIGINT and SIGTERM stop the run: a swap of the output folder in
//     progress is completed (the output is either as it was or fully
//     replaced), the jsii runtime is stopped (SIGTERM to its processes),
//     the temporary folders are removed, nothing more is written to stdout
//     or stderr but one line, and the exit status is 130 (SIGINT) or 143
//     (SIGTERM). SIGHUP (the terminal closed) does the same, with 129. A
//     second signal does not wait for the jsii runtime: its processes are
//     killed.
//
// The exit status is otherwise Run's.
//
// Before Main runs, while Go initializes the cdk8s packages (about 70 ms),
// the jsii Go runtime already extracts its runtime into $TMPDIR and signals
// still have their default effect: a signal then ends the process at once
// and may leave that folder (jsii-runtime.*, 2.2 MB) behind.
func Main() {
	stdout := os.Stdout
	// The jsii runtime forwards what JavaScript code prints with
	// console.log (cdk8s, a module that NODE_OPTIONS preloads) to the
	// os.Stdout of the moment. Standard output carries the manifests
	// (--stdout) and the summary, nothing else: send those prints to
	// standard error.
	os.Stdout = os.Stderr
	p := &process{
		stdout: &gate{w: stdout},
		stderr: &gate{w: os.Stderr},
		force:  make(chan struct{}),
	}
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	// A write to a closed pipe (--stdout | a reader that stopped) would
	// otherwise end the process at once, with nothing cleaned up; this way
	// the write fails, and Run reports it.
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
	p.exitMu.Lock() // a signal during setup is handled after it
	go p.onSignal(sigs)
	p.setup()
	p.exitMu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			p.cleanup(true) // the stack trace of a bug still goes out
			panic(r)
		}
	}()
	testhook.Pause("start")
	p.exit(Run(os.Args[1:], p.stdout, p.stderr))
}

// process is the state Main keeps for the process.
type process struct {
	tmpdir         string // the private TMPDIR; "" when it could not be made
	stdout, stderr *gate
	exitMu         sync.Mutex // held by the first exit, for good
	cleanupOnce    sync.Once
	force          chan struct{} // closed by a second signal
}

// setup removes stale private folders, makes this process's own and points
// TMPDIR at it (for this process and the jsii runtime it starts), and
// checks the jsii package cache. Without a private folder (TMPDIR not
// writable, Windows) runs go on with the usual TMPDIR.
func (p *process) setup() {
	// The cdk8s packages' init functions have already prepared a jsii runtime
	// (not started yet) with the environment and TMPDIR of that moment:
	// discard it, so that the one the first run starts gets those below.
	jsii.Close()
	usePackageCacheOrNone()
	if runtime.GOOS == "windows" {
		return
	}
	base := os.TempDir()
	tempdir.RemoveStale(base, tempPrefix)
	dir, err := tempdir.Create(base, tempPrefix, 0o700)
	if err != nil {
		return
	}
	p.tmpdir = dir
	os.Setenv("TMPDIR", dir)
}

// onSignal handles the first signal and, if one comes, a second.
func (p *process) onSignal(sigs <-chan os.Signal) {
	sig := <-sigs
	p.stdout.close()
	p.stderr.close()
	go func() {
		<-sigs
		close(p.force)
	}()
	code := 128 + int(sig.(syscall.Signal))
	p.exitMu.Lock()
	stderr := quietStderr()
	// The run goes on until the process exits, and its next jsii call after
	// the runtime is stopped would start a new one: make that fail at once
	// (a jsii runtime command that exits), without writing anything.
	os.Setenv("JSII_RUNTIME", "exit 1")
	p.cleanup(true)
	fmt.Fprintf(stderr, "error: interrupted by %s\n", signalName(sig))
	os.Exit(code)
}

// exit cleans up and exits with code, unless a signal is being handled:
// then it waits for the handler to exit.
func (p *process) exit(code int) {
	p.exitMu.Lock()
	p.cleanup(false)
	os.Exit(code)
}

// cleanup stops output swaps, the jsii runtime, and removes the temporary
// folders, once. interrupted says that the run may be in the middle of a
// jsii call.
func (p *process) cleanup(interrupted bool) {
	p.cleanupOnce.Do(func() {
		synth.Stop()
		p.stopRuntime(interrupted)
		_ = synth.RemoveTemporary()
		if p.tmpdir != "" {
			_ = os.RemoveAll(p.tmpdir)
		}
	})
}

// stopRuntime stops the jsii runtime and waits for its processes to end.
// Interrupted, it first sends them SIGTERM: jsii.Close would wait for a
// request in progress, and the node process that runs cdk8s could then
// outlive the one jsii waits for. When they take longer than stopTimeout,
// or a second signal comes, they are killed.
func (p *process) stopRuntime(interrupted bool) {
	if interrupted {
		signalRuntime(p.tmpdir, syscall.SIGTERM)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		jsii.Close()
	}()
	select {
	case <-done:
		if !interrupted {
			return
		}
	case <-time.After(stopTimeout):
	case <-p.force:
	}
	signalRuntime(p.tmpdir, syscall.SIGKILL)
	waitRuntimeGone(p.tmpdir, time.Second)
	select {
	case <-done:
	case <-time.After(time.Second):
	}
}

// signalName is "SIGINT", "SIGTERM" or "SIGHUP".
func signalName(sig os.Signal) string {
	switch sig {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	case syscall.SIGHUP:
		return "SIGHUP"
	}
	return sig.String()
}

// gate passes writes on to w until it is closed, then drops them, so that
// after a signal nothing more of the run reaches the user.
type gate struct {
	w      io.Writer
	closed atomic.Bool
}

func (g *gate) Write(b []byte) (int, error) {
	if g.closed.Load() {
		return len(b), nil
	}
	return g.w.Write(b)
}

func (g *gate) close() { g.closed.Store(true) }
