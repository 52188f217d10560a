package loader

import (
	"strings"
	"sync"

	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// fileContent is a --set-file value in the tree until settleFileContents
// knows the path it landed on.
type fileContent string

// readError carries a --set-file read failure through Helm's parser, so
// that it is reported as such and not as a syntax error.
type readError struct{ err error }

func (e *readError) Error() string { return e.err.Error() }

// SingleLineSecrets returns the paths of the secret values (encryption.key,
// postgresql.auth.password, the OAuth client secrets, webhook.githubSecret,
// externalDatabase.url, externalRedis.url): the fields of
// values.Values tagged `values:"secret"`. Each is one line, so a
// --set-file value for one of them loses the newline that ends its file
// (`openssl rand -hex 32 > key.txt` writes 64 characters and a newline).
func SingleLineSecrets() map[string]bool { return singleLineSecrets() }

var singleLineSecrets = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, f := range values.SecretFields() {
		out[f.Path] = true
	}
	return out
})

// settleFileContents replaces each fileContent in v (found at path) by its
// text: exactly the file's bytes, except that a single-line secret loses one
// final "\n" or "\r\n" when no other line break precedes it.
func settleFileContents(path []string, v interface{}) interface{} {
	switch t := v.(type) {
	case map[string]interface{}:
		for k, e := range t {
			t[k] = settleFileContents(append(path, k), e)
		}
	case []interface{}:
		for i, e := range t {
			t[i] = settleFileContents(nil, e) // no secret lies in a list
		}
	case fileContent:
		s := string(t)
		if path != nil && singleLineSecrets()[strings.Join(path, ".")] {
			s = trimFinalNewline(s)
		}
		return s
	}
	return v
}

// trimFinalNewline drops one final "\n" or "\r\n" from a one-line text; a
// text of several lines is kept as it is.
func trimFinalNewline(s string) string {
	line, ok := strings.CutSuffix(s, "\n")
	if !ok {
		return s
	}
	line = strings.TrimSuffix(line, "\r")
	if strings.ContainsAny(line, "\r\n") {
		return s
	}
	return line
}

// printable is a file name as errors show it: quoted when it holds a
// character that is not printable (a terminal escape sequence is shown, not
// run).
func printable(name string) string { return values.QuoteKey(name) }
