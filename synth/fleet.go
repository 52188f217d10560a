package synth

import (
	"bufio"
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
)

// FleetRelease is one release of a fleet: its props (ReleaseName set) and
// where its values came from, for errors (e.g. "releases/team-a.yaml").
type FleetRelease struct {
	// Props are the release's validated values.
	Props optio.OptioChartProps
	// Source names the release's own values file.
	Source string
}

// PlanFleet orders the releases by the names of their files and makes each shared namespace's
// Namespace object appear once: in the first release (by name) of that
// namespace that has createNamespace, the others emit none. It returns the
// releases to synthesize and one note per shared namespace.
func PlanFleet(releases []FleetRelease) ([]FleetRelease, []string) {
	out := slices.Clone(releases)
	// In the order of their files (a-b.data.k8s.yaml before a.data.k8s.yaml),
	// so that the DataFile holding a shared Namespace comes before every file
	// of that namespace and one `kubectl apply -f` creates it first.
	slices.SortFunc(out, func(a, b FleetRelease) int {
		return strings.Compare(DataFile(a.Props.ReleaseName), DataFile(b.Props.ReleaseName))
	})
	byNamespace := map[string][]string{}
	owner := map[string]string{}
	for i := range out {
		p := &out[i].Props
		byNamespace[p.Namespace] = append(byNamespace[p.Namespace], p.ReleaseName)
		if !p.CreateNamespace {
			continue
		}
		if _, taken := owner[p.Namespace]; taken {
			p.CreateNamespace = false
			continue
		}
		owner[p.Namespace] = p.ReleaseName
	}
	var notes []string
	for _, ns := range slices.Sorted(maps.Keys(byNamespace)) {
		names := byNamespace[ns]
		if len(names) < 2 {
			continue
		}
		where := "no release emits it (createNamespace: false in all)"
		if o, ok := owner[ns]; ok {
			where = "its Namespace object is in " + DataFile(o) + " only"
		}
		notes = append(notes, fmt.Sprintf("namespace %q is shared by releases %s: %s; `kubectl delete -f` of that file would delete the others' namespace (uninstall a release as docs/operations.md says, or set createNamespace: false in each and create the namespace yourself)",
			ns, strings.Join(names, ", "), where))
	}
	secrets := map[[2]string][]string{} // namespace, existingSecret -> releases
	for _, r := range out {
		if p := r.Props; p.ExistingSecret != "" {
			k := [2]string{p.Namespace, p.ExistingSecret}
			secrets[k] = append(secrets[k], p.ReleaseName)
		}
	}
	for _, k := range slices.SortedFunc(maps.Keys(secrets), func(a, b [2]string) int { return strings.Compare(a[0]+"/"+a[1], b[0]+"/"+b[1]) }) {
		if names := secrets[k]; len(names) > 1 {
			notes = append(notes, fmt.Sprintf("releases %s all read the Secret %q in namespace %q (existingSecret): they share its DATABASE_URL and OPTIO_ENCRYPTION_KEY, so one database; give each release a Secret of its own",
				strings.Join(names, ", "), k[1], k[0]))
		}
	}
	return out, notes
}

// FleetToDir synthesizes the releases (in PlanFleet's order) in one cdk8s
// App, under one jsii runtime, into outdir/<release>.k8s.yaml (and each
// release's retained objects into its DataFile), atomically as a whole, as
// ToDir does for one release. Two releases that make the same cluster-wide
// claim (an Ingress host and path, a node port) are refused with a
// *ClaimError before anything is synthesized; two that emit the same object
// (kind, namespace, name) with a *CollisionError. outdir is then left as it
// was.
func FleetToDir(releases []FleetRelease, outdir string) ([]string, error) {
	return FleetToDirChecked(releases, outdir, nil)
}

// FleetToDirChecked is FleetToDir with check run on the complete new output
// before the swap, as ToDirChecked does.
func FleetToDirChecked(releases []FleetRelease, outdir string, check func(newDir string) error) ([]string, error) {
	if err := checkClaims(releases); err != nil {
		return nil, err
	}
	return toDir(propsOf(releases), outdir, func(dir string) error { return checkCollisions(releases, dir) }, check)
}

// FleetYAML is FleetToDir onto a YAML stream: the releases' files one after
// the other, in PlanFleet's order, writing nothing.
func FleetYAML(releases []FleetRelease) (string, error) {
	if err := checkClaims(releases); err != nil {
		return "", err
	}
	return stream(propsOf(releases), func(dir string) error { return checkCollisions(releases, dir) })
}

// propsOf lists the releases' props, in order.
func propsOf(releases []FleetRelease) []optio.OptioChartProps {
	props := make([]optio.OptioChartProps, len(releases))
	for i, r := range releases {
		props[i] = r.Props
	}
	return props
}

// CollisionError lists objects that two or more releases of a fleet emit.
type CollisionError struct {
	// Collisions are one line each: the object and the releases' sources.
	Collisions []string
}

func (e *CollisionError) Error() string {
	what := fmt.Sprintf("%d objects are", len(e.Collisions))
	if len(e.Collisions) == 1 {
		what = "1 object is"
	}
	return fmt.Sprintf("%s emitted by more than one release (each would overwrite the other's; give each release names of its own, e.g. serviceAccount.name):\n  %s",
		what, strings.Join(e.Collisions, "\n  "))
}

// checkCollisions reads each release's file in dir and refuses objects that
// two releases emit.
func checkCollisions(releases []FleetRelease, dir string) error {
	c := collisions{seen: map[string]string{}}
	for _, r := range releases {
		data, err := os.ReadFile(filepath.Join(dir, r.Props.ReleaseName+".k8s.yaml"))
		if err != nil {
			return err
		}
		for _, o := range objectIDs(data) {
			c.add(o.id, r.Source)
		}
	}
	return c.err()
}

// collisions gathers objects seen twice, with the sources of both.
type collisions struct {
	seen  map[string]string
	found []string
}

func (c *collisions) add(id, source string) {
	if first, dup := c.seen[id]; dup {
		c.found = append(c.found, fmt.Sprintf("%s: %s and %s", id, first, source))
		return
	}
	c.seen[id] = source
}

func (c *collisions) err() error {
	if len(c.found) > 0 {
		return &CollisionError{Collisions: c.found}
	}
	return nil
}

// object is what checkCollisions needs of an object.
type object struct {
	// id is "Kind namespace/name", or "Kind name" when cluster-scoped.
	id string
}

// objectIDs reads the objects of a cdk8s YAML stream. It reads only the
// header lines, in the layout cdk8s writes (top-level kind, metadata's keys
// indented by two), which is all a collision check needs.
func objectIDs(stream []byte) []object {
	var objs []object
	var kind, name, ns string
	inMeta := false
	flush := func() {
		if kind != "" {
			id := kind + " " + name
			if ns != "" {
				id = kind + " " + ns + "/" + name
			}
			objs = append(objs, object{id: id})
		}
		kind, name, ns, inMeta = "", "", "", false
	}
	sc := bufio.NewScanner(bytes.NewReader(stream))
	sc.Buffer(make([]byte, 0, 64*1024), len(stream)+1)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "---":
			flush()
		case strings.HasPrefix(line, "kind: "):
			kind = scalar(line[len("kind: "):])
		case line == "metadata:":
			inMeta = true
		case inMeta && strings.HasPrefix(line, "  name: "):
			name = scalar(line[len("  name: "):])
		case inMeta && strings.HasPrefix(line, "  namespace: "):
			ns = scalar(line[len("  namespace: "):])
		case line != "" && line[0] != ' ' && line[0] != '-':
			inMeta = false
		}
	}
	flush()
	return objs
}

// scalar reads a plain or double-quoted YAML scalar.
func scalar(s string) string {
	if u, err := strconv.Unquote(s); err == nil && strings.HasPrefix(s, `"`) {
		return u
	}
	return strings.Trim(s, "'")
}
