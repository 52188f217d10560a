// Package importfix makes the JSON converters that `cdk8s import` generates
// run in time linear in the size of the maps they convert.
//
// cdk8s import (json2jsii) writes every map-valued field's converter, and the
// filter of each struct's undefined fields, as
//
//	Object.entries(m).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: f(i[1]) }), {})
//
// which copies the accumulated object once per entry: O(n²) in the number of
// keys. A values file of 16,000 api.nodeSelector labels took 38 s to
// synthesize, almost all of it in this line (issue 16, point 4). Rewrite
// replaces each accumulator copy with one property definition:
//
//	Object.entries(m).reduce((r, i) => (i[1] === undefined) ? r : (Object.defineProperty(r, i[0], { value: f(i[1]), enumerable: true, writable: true, configurable: true })), {})
//
// which gives the same object (own, enumerable, writable, configurable data
// properties in the same order; "__proto__" stays an own key, as with the
// spread, where an assignment r[k] = v would set the prototype instead) in
// linear time.
package importfix

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
)

// spread opens the object literal that copies the accumulator.
const spread = "({ ...r, [i[0]]: "

// Count returns how many accumulator copies (quadratic converters) js holds.
func Count(js []byte) int {
	return bytes.Count(js, []byte(spread))
}

// Rewrite returns js with every accumulator copy replaced by a property
// definition, and how many it replaced. It returns an error when an object
// literal does not close as the generator writes it (a generator that changed
// its output); js is then not rewritten at all.
func Rewrite(js []byte) ([]byte, int, error) {
	src := string(js)
	var out strings.Builder
	out.Grow(len(src) + len(src)/8)
	n := 0
	for {
		at := strings.Index(src, spread)
		if at < 0 {
			out.WriteString(src)
			return []byte(out.String()), n, nil
		}
		out.WriteString(src[:at])
		value := src[at+len(spread):]
		end, err := valueEnd(value)
		if err != nil {
			return nil, 0, fmt.Errorf("converter %d: %w", n+1, err)
		}
		// The value may itself hold a map converter (a map of maps):
		// rewrite it too.
		inner, k, err := Rewrite([]byte(value[:end]))
		if err != nil {
			return nil, 0, err
		}
		out.WriteString("(Object.defineProperty(r, i[0], { value: ")
		out.Write(inner)
		out.WriteString(", enumerable: true, writable: true, configurable: true }))")
		n += 1 + k
		src = value[end+len(" })"):]
	}
}

// valueEnd returns the length of the value expression at the start of s, which
// the generator closes with " })" at bracket depth zero. The expressions hold
// no string literals (property accesses, calls, arrow functions), so brackets
// are counted as they come.
func valueEnd(s string) (int, error) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				if i > 0 && strings.HasPrefix(s[i-1:], " })") {
					return i - 1, nil
				}
				return 0, errors.New("the map value does not end with \" })\"")
			}
			depth--
		case ',':
			if depth == 0 {
				return 0, errors.New("a second property beside the map value")
			}
		case '\'', '"', '`', '\n':
			return 0, fmt.Errorf("unexpected %q in a map value", s[i])
		}
	}
	return 0, errors.New("the map value does not end")
}

// RewriteTarball rewrites every .js file of an npm package tarball (as
// `cdk8s import` embeds in imports/<name>/jsii) and returns the new tarball
// and the number of converters rewritten. Entries keep their order and
// headers (only sizes change); the gzip header carries no time or name, so
// the same input gives the same bytes.
func RewriteTarball(tgz []byte) ([]byte, int, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, 0, err
	}
	tr := tar.NewReader(zr)
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, 0, err
	}
	tw := tar.NewWriter(zw)
	total := 0
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, 0, err
		}
		body, err := io.ReadAll(tr)
		if err != nil {
			return nil, 0, err
		}
		if hdr.Typeflag == tar.TypeReg && strings.HasSuffix(hdr.Name, ".js") {
			var n int
			if body, n, err = Rewrite(body); err != nil {
				return nil, 0, fmt.Errorf("%s: %w", hdr.Name, err)
			}
			total += n
			hdr.Size = int64(len(body))
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, 0, err
		}
		if _, err := tw.Write(body); err != nil {
			return nil, 0, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, 0, err
	}
	if err := zw.Close(); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), total, nil
}

// CountTarball returns how many quadratic converters the .js files of an npm
// package tarball hold.
func CountTarball(tgz []byte) (int, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return 0, err
	}
	tr := tar.NewReader(zr)
	total := 0
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return total, nil
		}
		if err != nil {
			return 0, err
		}
		if hdr.Typeflag == tar.TypeReg && strings.HasSuffix(hdr.Name, ".js") {
			body, err := io.ReadAll(tr)
			if err != nil {
				return 0, err
			}
			total += Count(body)
		}
	}
}
