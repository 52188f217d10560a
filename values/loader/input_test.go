package loader_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	helmvalues "helm.sh/helm/v3/pkg/cli/values"
	"helm.sh/helm/v3/pkg/getter"

	"github.com/optio-cdk8s/optio-cdk8s/values/loader"
)

// loadErr runs Load in a goroutine, so that a read that blocks (a FIFO
// without a writer) fails the test instead of hanging it; the guard is not
// a speed measure.
func loadErr(t *testing.T, opts loader.Options) error {
	t.Helper()
	if opts.Getenv == nil {
		opts.Getenv = noEnv
	}
	done := make(chan error, 1)
	go func() { _, err := loader.Load(opts); done <- err }()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Minute):
		t.Fatal("Load blocked for a minute")
	}
	return nil
}

func TestOnlyRegularFilesAreRead(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for name, opts := range map[string]loader.Options{
		"-f /dev/zero":           {ValueFiles: []string{"/dev/zero"}},
		"-f FIFO without writer": {ValueFiles: []string{fifo}},
		"-f folder":              {ValueFiles: []string{t.TempDir()}},
		"--set-file /dev/zero":   {FileValues: []string{"encryption.key=/dev/zero"}},
		"--set-file FIFO":        {FileValues: []string{"encryption.key=" + fifo}},
	} {
		err := loadErr(t, opts)
		if err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("%s: err = %v, want 'not a regular file'", name, err)
		}
	}
}

func TestInputSizeLimits(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.yaml")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(loader.MaxFileSize + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	secretFile := write(t, "key.txt", strings.Repeat("k", loader.MaxValueSize+1))
	long := strings.Repeat("S", loader.MaxValueSize)
	cases := map[string]loader.Options{
		"-f over 4 MiB":                {ValueFiles: []string{big}},
		"standard input over 4 MiB":    {ValueFiles: []string{"-"}, Stdin: io.LimitReader(zeros{}, loader.MaxFileSize+1)},
		"--set-file over 1 MiB":        {FileValues: []string{"encryption.key=" + secretFile}},
		"--set over 1 MiB":             {Values: []string{"encryption.key=" + long}},
		"--set-literal over 1 MiB":     {LiteralValues: []string{"encryption.key=" + long}},
		"environment over 1 MiB":       {Getenv: func(k string) string { return map[string]string{"OPTIO_ENCRYPTION_KEY": long + "S"}[k] }},
		"standard input for two flags": {ValueFiles: []string{"-"}, FileValues: []string{"encryption.key=-"}, Stdin: strings.NewReader("{}")},
	}
	for name, opts := range cases {
		err := loadErr(t, opts)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if strings.Contains(err.Error(), "SSSS") {
			t.Errorf("%s: the value is printed", name)
		}
		if name != "standard input for two flags" && !strings.Contains(err.Error(), "too large") {
			t.Errorf("%s: err = %v, want 'too large'", name, err)
		}
	}
	// At the limit, past the loader: what remains is the size rule of the
	// object the value lands in (a Secret holds at most 1 MiB), which names
	// the value's path and never prints it.
	err = loadErr(t, loader.Options{ValueFiles: []string{write(t, "s.yaml", secrets)}, Values: []string{"webhook.githubSecret=" + long[:loader.MaxValueSize-len("webhook.githubSecret=")]}})
	if err == nil || strings.Contains(err.Error(), "too large") || !strings.Contains(err.Error(), "webhook.githubSecret: Invalid value: 1048555 bytes: the Secret optio-config would hold") || strings.Contains(err.Error(), "SSSS") {
		t.Errorf("a value at the input limit: err = %v, want it past the loader and refused by the Secret's size", err)
	}
}

type zeros struct{}

func (zeros) Read(b []byte) (int, error) { clear(b); return len(b), nil }

// aliasBomb is a values file of about 1 MB: one large string and 1000
// aliases to it (1 GB once expanded).
func aliasBomb() string {
	return "big: &big \"" + strings.Repeat("x", 1<<20) + "\"\nmany: [" + strings.Repeat("*big, ", 999) + "*big]\n"
}

func TestAliasExpansionIsBudgeted(t *testing.T) {
	laughs := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 'b'; i <= 'j'; i++ {
		laughs += fmt.Sprintf("%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	for name, doc := range map[string]string{"1000 aliases to 1 MB": aliasBomb(), "billion laughs": laughs} {
		err := loadErr(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", doc)}})
		if err == nil || !strings.Contains(err.Error(), "aliases (*name) expand it beyond 8 MiB") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	err := loadErr(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", "a: &a {b: *a}\n")}})
	if err == nil || !strings.Contains(err.Error(), "refers to a node that contains it") {
		t.Errorf("recursive alias: %v", err)
	}
	// Aliases within the budget work, merge keys included.
	p := mustLoad(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+"api:\n  resources: &res {limits: {cpu: \"2\", memory: 2Gi}, requests: {cpu: \"1\", memory: 1Gi}}\nweb: {resources: *res}\nredis:\n  resources:\n    <<: *res\n")}})
	if p.API.Resources.Limits["cpu"] != "2" || p.Web.Resources.Requests["memory"] != "1Gi" || p.Redis.Resources.Limits["memory"] != "2Gi" {
		t.Errorf("aliases: web %v redis %v", p.Web.Resources, p.Redis.Resources)
	}
}

// How long refusing the 1 MB file with 1000 aliases to one 1 MB string
// takes (it expands to 1 GB, which Helm's reader alone took 22 s and
// 4.8 GB to build).
func BenchmarkRefuseAliasBomb(b *testing.B) {
	file := filepath.Join(b.TempDir(), "v.yaml")
	if err := os.WriteFile(file, []byte(aliasBomb()), 0o600); err != nil {
		b.Fatal(err)
	}
	for range b.N {
		if _, err := loader.Load(loader.Options{ValueFiles: []string{file}, Getenv: noEnv}); err == nil {
			b.Fatal("accepted")
		}
	}
}

func TestDuplicateKeys(t *testing.T) {
	for doc, want := range map[string]string{
		"api:\n  replicas: 2\n  port: 1\n  replicas: 3\n":                  `line 4: key "replicas" is given twice in one map (first on line 2)`,
		"ingress:\n  annotations:\n    \"\\e[2J\": a\n    \"\\e[2J\": b\n": `key "\x1b[2J" is given twice`,
		"a: 1\n\"a\": 2\n": `key "a" is given twice`,
		"? [a, b]\n: c\n":  "a key must be a single value, not a list",
	} {
		err := loadErr(t, loader.Options{ValueFiles: []string{write(t, "v.yaml", doc)}})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v, want %q", doc, err, want)
		}
		if err != nil && strings.ContainsRune(err.Error(), 0x1b) {
			t.Errorf("%q: raw ESC in %q", doc, err)
		}
	}
}

// -f files are read once and merged with Helm's own reader and merge: the
// tree equals what helm's cli/values gives for the same files.
func TestFilesMergeAsHelm(t *testing.T) {
	files := []string{
		write(t, "a.yaml", "api: {replicas: 2, image: {tag: \"1\"}, nodeSelector: {a: b}}\nweb: {port: 1}\nlist: [1, 2]\nx: {y: 1}\n"),
		write(t, "b.yaml", "api: {replicas: null, image: {repository: r}}\nweb: 5\nlist: [3]\nx: null\nz: {k: v}\n"),
		write(t, "c.yaml", "web: {port: 2}\nz: 1\n"),
	}
	got, err := loader.Tree(loader.Options{ValueFiles: files, Getenv: noEnv})
	if err != nil {
		t.Fatal(err)
	}
	want, err := (&helmvalues.Options{ValueFiles: files}).MergeValues(getter.Providers{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tree\n got %v\nwant %v (Helm)", got, want)
	}
}

// `openssl rand -hex 32 > key.txt` writes 64 characters and a newline; the
// key must be the 64 characters. Other values keep the file's bytes.
func TestSetFileTrimsASecretsFinalNewline(t *testing.T) {
	hex := strings.Repeat("0123456789abcdef", 4)
	dir := t.TempDir()
	file := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	p := mustLoad(t, loader.Options{
		ValueFiles: []string{write(t, "s.yaml", secrets)},
		FileValues: []string{
			"encryption.key=" + file("key", hex+"\n"),
			"postgresql.auth.password=" + file("pw", "pw\r\n"),
			"webhook.githubSecret=" + file("hook", "two\nlines\n"),
			"auth.github.clientSecret=" + file("cs", "no-newline"),
			`ingress.annotations.example\.com/note=` + file("note", "kept\n"),
		},
	})
	for name, c := range map[string]struct{ got, want string }{
		"encryption.key":           {p.Encryption.Key, hex},
		"postgresql.auth.password": {p.Postgresql.Auth.Password, "pw"},
		"webhook.githubSecret":     {p.Webhook.GithubSecret, "two\nlines\n"},
		"auth.github.clientSecret": {p.Auth.Github.ClientSecret, "no-newline"},
		"an annotation":            {p.Ingress.Annotations["example.com/note"], "kept\n"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", name, c.got, c.want)
		}
	}
	// Standard input works as in Helm.
	p = mustLoad(t, loader.Options{ValueFiles: []string{write(t, "s.yaml", secrets)}, FileValues: []string{"encryption.key=-"}, Stdin: strings.NewReader(hex + "\n")})
	if p.Encryption.Key != hex {
		t.Errorf("from standard input: %q", p.Encryption.Key)
	}
	if got := loader.SingleLineSecrets(); len(got) != 15 || !got["externalRedis.url"] || !got["auth.gitlab.clientSecret"] || !got["redis.auth.password"] || !got["github.app.privateKey"] || !got["observability.otel.headers"] {
		t.Errorf("SingleLineSecrets = %v", got)
	}
	_, err := load(t, loader.Options{FileValues: []string{"encryption.key=" + filepath.Join(dir, "missing")}})
	if err == nil || !strings.Contains(err.Error(), "no such file") || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing --set-file: %v", err)
	}
}

func TestKeysQuotedInLoadErrors(t *testing.T) {
	for _, opts := range []loader.Options{
		{ValueFiles: []string{write(t, "v.yaml", secrets+"api:\n  \"\\e[2Jreplicas\": 3\n")}},
		{ValueFiles: []string{write(t, "s.yaml", secrets)}, Values: []string{"api.\x1bXreplicas=3"}},
	} {
		_, err := load(t, opts)
		if err == nil || strings.ContainsRune(err.Error(), 0x1b) || !strings.Contains(err.Error(), `": Forbidden: unknown key`) {
			t.Errorf("err = %q", err)
		}
	}
}

func TestLoadWithWarnings(t *testing.T) {
	file := write(t, "v.yaml", secrets+"api: {replicas: 3, autoscaling: {enabled: true, minReplicas: 2, maxReplicas: 6}}\n")
	_, w, err := loader.LoadWithWarnings(loader.Options{ValueFiles: []string{file}, Getenv: noEnv})
	if err != nil {
		t.Fatal(err)
	}
	want := "api.replicas: ignored: api.autoscaling.enabled is true, so the HorizontalPodAutoscaler sets the number of pods (from minReplicas 2 to maxReplicas 6)"
	if len(w) == 0 || w[0] != want {
		t.Errorf("warnings %q, want first %q", w, want)
	}
	// Not set by the user: no warning, though the default is 1.
	_, w, _ = loader.LoadWithWarnings(loader.Options{ValueFiles: []string{write(t, "v.yaml", secrets+"web: {autoscaling: {enabled: true}}\n")}, Getenv: noEnv})
	for _, line := range w {
		if strings.Contains(line, "replicas: ignored") {
			t.Errorf("warning for a default: %s", line)
		}
	}
	// A value from the environment is named by its variable.
	env := func(k string) string {
		return map[string]string{"OPTIO_EXTERNAL_DATABASE_URL": "postgres://u:pw@db/optio"}[k]
	}
	_, w, _ = loader.LoadWithWarnings(loader.Options{ValueFiles: []string{write(t, "s.yaml", secrets)}, Getenv: env})
	if !slicesHasPrefix(w, "externalDatabase.url (from OPTIO_EXTERNAL_DATABASE_URL): ignored: postgresql.enabled is true") {
		t.Errorf("warnings %q", w)
	}
	_, w, _ = loader.LoadWithWarnings(loader.Options{ValueFiles: []string{write(t, "s.yaml", secrets)}, Values: []string{"externalDatabase.url=postgres://db/x"}, Getenv: env})
	if !slicesHasPrefix(w, "externalDatabase.url: ignored") {
		t.Errorf("--set over the environment: %q", w)
	}
}

func slicesHasPrefix(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

// TestErrorsNameTheEnvironmentVariable: an error about a value that a
// secret environment variable set names the variable, since the user never
// wrote that path.
func TestErrorsNameTheEnvironmentVariable(t *testing.T) {
	err := loadErr(t, loader.Options{
		ValueFiles: []string{write(t, "s.yaml", secrets+"existingSecret: mine\n")},
		Getenv: func(k string) string {
			return map[string]string{"OPTIO_EXTERNAL_REDIS_URL": "redis://:pw@cache:6379"}[k]
		},
	})
	if err == nil || !strings.Contains(err.Error(), "externalRedis.url (from OPTIO_EXTERNAL_REDIS_URL): Forbidden") || strings.Contains(err.Error(), ":pw@") {
		t.Errorf("err = %v", err)
	}
}
