package loader

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// Input limits. Values files are a few kilobytes; these bounds only stop
// input that would exhaust memory or time (a file such as /dev/zero, a YAML
// file whose aliases expand to gigabytes).
const (
	// MaxFileSize is the largest values file (-f, or standard input with
	// "-") that is read: 4 MiB.
	MaxFileSize = 4 << 20
	// MaxExpandedSize bounds a values file after YAML alias expansion: the
	// characters of its scalars plus one per node, counting each alias as a
	// copy of what it refers to: 8 MiB.
	MaxExpandedSize = 8 << 20
	// MaxValueSize is the largest --set, --set-string, --set-json,
	// --set-literal entry, --set-file content or secret environment
	// variable: 1 MiB, the most a Kubernetes Secret or ConfigMap holds.
	MaxValueSize = 1 << 20
)

// errTooLarge is wrapped by the errors of input over a limit.
var errTooLarge = errors.New("too large")

// source reads the files and standard input of one Load, each within its
// limit. Standard input is read at most once.
type source struct {
	stdin     io.Reader
	stdinUsed string // the flag that read standard input, "" if none
}

// stdinRead reads standard input for flag, once.
func (s *source) stdinRead(flag string, limit int64) ([]byte, error) {
	if s.stdinUsed != "" {
		return nil, fmt.Errorf("%s -: standard input was already read by %s -; it can be read once", flag, s.stdinUsed)
	}
	s.stdinUsed = flag
	in := s.stdin
	if in == nil {
		in = os.Stdin
	}
	b, err := io.ReadAll(io.LimitReader(in, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s -: reading standard input: %w", flag, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s -: standard input is %w: more than %s", flag, errTooLarge, sizeText(limit))
	}
	return b, nil
}

// readFile reads the regular file name for flag, at most limit bytes.
// Anything but a regular file (a FIFO, a device such as /dev/zero, a
// folder, a socket) is refused before it is opened, so that nothing blocks
// or reads without end; "-" is standard input.
func (s *source) readFile(flag, name string, limit int64) ([]byte, error) {
	if name == "-" {
		return s.stdinRead(flag, limit)
	}
	info, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("%s %q: %w", flag, name, unwrapPath(err))
	}
	if err := regular(flag, name, info, limit); err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s %q: %w", flag, name, unwrapPath(err))
	}
	defer f.Close()
	// The path may have been replaced between Stat and Open.
	if info, err = f.Stat(); err != nil {
		return nil, fmt.Errorf("%s %q: %w", flag, name, unwrapPath(err))
	}
	if err := regular(flag, name, info, limit); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s %q: %w", flag, name, unwrapPath(err))
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s %q: file is %w: more than %s", flag, name, errTooLarge, sizeText(limit))
	}
	return b, nil
}

// regular refuses what is not a regular file, or one over limit.
func regular(flag, name string, info fs.FileInfo, limit int64) error {
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s %q: not a regular file (%s); give a file, or \"-\" for standard input", flag, name, fileKind(info.Mode()))
	}
	if info.Size() > limit {
		return fmt.Errorf("%s %q: file is %w: %s, more than %s", flag, name, errTooLarge, sizeText(info.Size()), sizeText(limit))
	}
	return nil
}

func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// unwrapPath drops the *fs.PathError wrapper, whose message repeats the path
// unquoted; the callers quote it.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// sizeText renders a byte count the way the limits are documented.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// checkEntrySize refuses a flag entry over MaxValueSize. Only the key is
// shown: the value may be secret.
func checkEntrySize(flag, entry string) error {
	if len(entry) <= MaxValueSize {
		return nil
	}
	key, _, _ := strings.Cut(entry, "=")
	if len(key) > 64 {
		key = key[:64] + "..."
	}
	return fmt.Errorf("%s entry for %q is %w: more than %s", flag, key, errTooLarge, sizeText(MaxValueSize))
}

// LimitsHelp describes the input limits and the --set-file newline rule,
// for --help.
func LimitsHelp() string {
	return fmt.Sprintf(`
Input limits:
  -f files and standard input: regular files only (no FIFO or device), at
  most %s each, and at most %s once YAML aliases are expanded.
  Each --set, --set-string, --set-json, --set-literal entry, --set-file
  content and secret environment variable: at most %s.
  --set-file on a secret (encryption.key, passwords, client secrets,
  webhook.githubSecret, external URLs) drops the newline that ends a
  one-line file; other values keep the file's bytes exactly.
`, sizeText(MaxFileSize), sizeText(MaxExpandedSize), sizeText(MaxValueSize))
}
