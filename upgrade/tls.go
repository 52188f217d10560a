package upgrade

import (
	"fmt"
	"slices"

	"github.com/optio-cdk8s/optio-cdk8s/manifest"
)

// serverSwitch is a setting of the in-cluster PostgreSQL or Redis that shows
// in its container's arguments (see constructs/tls.go): TLS and the Redis
// password. Turning one on or off on a running release is a plain apply
// (docs/security.md, "Moving between modes"), but it restarts the server
// and rolls the API, so it is worth a warning that says so.
type serverSwitch struct {
	component string // the workload's app.kubernetes.io/component
	arg       string // the argument present when the setting is on
	path      string // the value path that turns it on
	what      string // what the setting is, for the message
	offStep   string // what to do after turning it off ("" for nothing)
}

var serverSwitches = []serverSwitch{
	{component: "postgres", arg: "ssl=on", path: "postgresql.tls.enabled", what: "PostgreSQL's TLS",
		offStep: "delete PostgreSQL's TLS Secret once you will not turn TLS on again (it is never pruned)"},
	{component: "redis", arg: "--tls-port", path: "redis.tls.enabled", what: "Redis's TLS",
		offStep: "delete Redis's TLS Secret once you will not turn TLS on again (it is never pruned)"},
	{component: "redis", arg: "--requirepass", path: "redis.auth.enabled", what: "Redis's password",
		offStep: "delete the Redis password Secret once you will not turn auth on again (it is never pruned)"},
}

// containerArgs are the arguments of a workload's first container.
func containerArgs(o manifest.Object) []string {
	cs, _ := manifest.Object(o.PodSpec()).Get("containers").([]interface{})
	if len(cs) == 0 {
		return nil
	}
	args, _ := asMap(cs[0])["args"].([]interface{})
	out := make([]string, 0, len(args))
	for _, a := range args {
		out = append(out, str(a))
	}
	return out
}

// internalTLSMoves warns when TLS or the Redis password is switched on a
// running PostgreSQL or Redis, with what happens, and refuses a Redis
// password set in values over a generated one: the generated Secret is
// immutable, so the apply would fail on it (docs/security.md).
func internalTLSMoves(d *Diff) []Finding {
	var out []Finding
	for _, p := range d.Pairs("Deployment", "StatefulSet") {
		prevArgs, nextArgs := containerArgs(p.Prev), containerArgs(p.Next)
		for _, s := range serverSwitches {
			if component(p.Next) != s.component {
				continue
			}
			was, is := slices.Contains(prevArgs, s.arg), slices.Contains(nextArgs, s.arg)
			if was == is {
				continue
			}
			f := Finding{Path: s.path, Object: describe(p.Next)}
			if is {
				f.Message = fmt.Sprintf("%s is turned on: the server restarts with it and the API rolls to match (a plain apply)", s.what)
				f.Steps = []string{"apply the new output; with internalTLS.provider keygen the Job makes the Secret first, and the pods start once it exists"}
			} else {
				f.Message = fmt.Sprintf("%s is turned off: the server restarts without it and the API rolls to match (a plain apply)", s.what)
				f.Steps = []string{"apply the new output", s.offStep}
			}
			out = append(out, f)
		}
		if component(p.Next) == "redis" {
			out = append(out, redisPasswordOverGenerated(d, p)...)
		}
	}
	return out
}

// redisPasswordOverGenerated refuses a Redis password Secret that the new
// output renders where the previous one left it to the generator: the
// generated Secret is immutable (client-side apply fails) and held by the
// field manager optio-keygen (server-side apply conflicts).
func redisPasswordOverGenerated(d *Diff, p Pair) []Finding {
	if !slices.Contains(containerArgs(p.Prev), "--requirepass") {
		return nil
	}
	name := passwordSecret(p.Next)
	if name == "" {
		return nil
	}
	key := "/Secret " + p.Next.Namespace() + "/" + name
	if _, rendered := d.Next[key]; !rendered {
		return nil
	}
	if _, before := d.Prev[key]; before {
		return nil
	}
	ns := p.Next.Namespace()
	return []Finding{{
		Path: "redis.auth.password", Object: describe(p.Next), Refuse: true,
		Message: fmt.Sprintf("the Redis password is now set in values, but the running release uses the generated, immutable Secret %s: the apply would fail on it", name),
		Steps: []string{
			fmt.Sprintf("kubectl -n %s delete secret %s", ns, name),
			"apply the new output",
			fmt.Sprintf("kubectl -n %s rollout restart deployment %s, then the API's Deployment", ns, p.Next.Name()),
		},
	}}
}

// passwordSecret is the Secret the Redis container takes REDIS_PASSWORD
// from, or "".
func passwordSecret(o manifest.Object) string {
	cs, _ := manifest.Object(o.PodSpec()).Get("containers").([]interface{})
	if len(cs) == 0 {
		return ""
	}
	env, _ := asMap(cs[0])["env"].([]interface{})
	for _, e := range env {
		m := asMap(e)
		if str(m["name"]) == "REDIS_PASSWORD" {
			return str(manifest.Object(m).Get("valueFrom", "secretKeyRef", "name"))
		}
	}
	return ""
}
