package upgrade

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

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
	// secret returns the name of the setting's Secret in a workload that
	// has the setting on ("" if none shows).
	secret func(o manifest.Object) string
	// maker says who makes the Secret when the setting is turned on.
	maker string
}

var serverSwitches = []serverSwitch{
	{component: "postgres", arg: "ssl=on", path: "postgresql.tls.enabled", what: "PostgreSQL's TLS", secret: tlsSecret,
		maker: "the key generator's Job (internalTLS.provider keygen) or cert-manager makes it first, unless postgresql.tls.existingSecret names yours, which must exist"},
	{component: "redis", arg: "--tls-port", path: "redis.tls.enabled", what: "Redis's TLS", secret: tlsSecret,
		maker: "the key generator's Job (internalTLS.provider keygen) or cert-manager makes it first, unless redis.tls.existingSecret names yours, which must exist"},
	{component: "redis", arg: "--requirepass", path: "redis.auth.enabled", what: "Redis's password", secret: passwordSecret,
		maker: "the key generator's Job makes it first, whatever internalTLS.provider is, unless redis.auth.password or redis.auth.existingSecret gives it"},
}

// tlsSecret is the Secret of a workload's volume "tls" (constructs/tls.go),
// or "".
func tlsSecret(o manifest.Object) string {
	vols, _ := manifest.Object(o.PodSpec()).Get("volumes").([]interface{})
	for _, v := range vols {
		if m := manifest.Object(asMap(v)); str(m.Get("name")) == "tls" {
			return str(m.Get("secret", "secretName"))
		}
	}
	return ""
}

// generatedSecrets are the Secrets the key generator's Jobs of an output
// make (their KEYGEN_CERTIFICATES and KEYGEN_PASSWORDS), by namespace/name.
func generatedSecrets(objs map[string]manifest.Object) map[string]bool {
	out := map[string]bool{}
	for _, k := range sortedKeys(objs) {
		o := objs[k]
		if o.Kind() != "Job" || component(o) != "keygen" {
			continue
		}
		cs, _ := manifest.Object(o.PodSpec()).Get("containers").([]interface{})
		for _, c := range cs {
			env, _ := asMap(c)["env"].([]interface{})
			for _, e := range env {
				m := asMap(e)
				if n := str(m["name"]); n != "KEYGEN_CERTIFICATES" && n != "KEYGEN_PASSWORDS" {
					continue
				}
				var specs []struct {
					Secret string `json:"secret"`
				}
				if json.Unmarshal([]byte(str(m["value"])), &specs) == nil {
					for _, s := range specs {
						out[o.Namespace()+"/"+s.Secret] = true
					}
				}
			}
		}
	}
	return out
}

// secretKey is the Diff key of the Secret ns/name (see Key).
func secretKey(ns, name string) string { return "/Secret " + ns + "/" + name }

// offStep is what to do with the Secret of a setting turned off: one this
// program rendered leaves the output (a prune deletes it); one the key
// generator or cert-manager made for the release (made, by namespace/name)
// stays (nothing prunes it: delete it); any other is the user's
// (existingSecret).
func offStep(d *Diff, made map[string]bool, ns, name string) string {
	switch {
	case name == "":
		return ""
	case d.Prev[secretKey(ns, name)] != nil && d.Next[secretKey(ns, name)] == nil:
		return fmt.Sprintf("the Secret %s leaves the output: a prune deletes it; after an apply without prune, delete it yourself: kubectl -n %s delete secret %s", name, ns, name)
	case made[ns+"/"+name]:
		return fmt.Sprintf("once you will not turn it on again, delete its Secret, which nothing prunes (the key generator or cert-manager made it): kubectl -n %s delete secret %s", ns, name)
	case d.Next[secretKey(ns, name)] != nil:
		return ""
	default:
		return fmt.Sprintf("the Secret %s is yours (existingSecret): keep it or delete it as you see fit", name)
	}
}

// certificateSecrets are the Secrets the cert-manager Certificates of an
// output name (spec.secretName), by namespace/name.
func certificateSecrets(objs map[string]manifest.Object) map[string]bool {
	out := map[string]bool{}
	for _, o := range objs {
		if o.Kind() == "Certificate" {
			out[o.Namespace()+"/"+str(o.Get("spec", "secretName"))] = true
		}
	}
	return out
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
	// Computed once: what the previous output's key generator and
	// Certificates made, and what the new key generator makes.
	generated, nextGenerated := generatedSecrets(d.Prev), generatedSecrets(d.Next)
	made := certificateSecrets(d.Prev)
	for k := range generated {
		made[k] = true
	}
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
			ns := p.Next.Namespace()
			if is {
				f.Message = fmt.Sprintf("%s is turned on: the server restarts with it and the API rolls to match (a plain apply)", s.what)
				f.Steps = []string{fmt.Sprintf("apply the new output: the pods read the Secret %s; %s; they start once it exists", s.secret(p.Next), s.maker)}
			} else {
				f.Message = fmt.Sprintf("%s is turned off: the server restarts without it and the API rolls to match (a plain apply)", s.what)
				f.Steps = []string{"apply the new output"}
				if step := offStep(d, made, ns, s.secret(p.Prev)); step != "" {
					f.Steps = append(f.Steps, step)
				}
			}
			out = append(out, f)
		}
		if component(p.Next) == "redis" {
			out = append(out, redisPasswordOverGenerated(d, p)...)
			out = append(out, redisPasswordToGenerated(d, p, nextGenerated)...)
		}
	}
	return append(out, certManagerOverGenerated(d, generated)...)
}

// certManagerOverGenerated warns when cert-manager is to write a Secret that
// the key generator made (internalTLS.provider keygen -> cert-manager): the
// generated Secret is immutable, so cert-manager cannot (docs/security.md,
// "Moving between modes").
func certManagerOverGenerated(d *Diff, generated map[string]bool) []Finding {
	var names []string
	ns := ""
	for _, k := range sortedKeys(d.Next) {
		c := d.Next[k]
		name := str(c.Get("spec", "secretName"))
		if c.Kind() != "Certificate" || d.Prev[k] != nil || !generated[c.Namespace()+"/"+name] {
			continue
		}
		names, ns = append(names, name), c.Namespace()
	}
	if len(names) == 0 {
		return nil
	}
	var workloads []string
	for _, p := range d.Pairs("Deployment", "StatefulSet") {
		if c := component(p.Next); c == "postgres" || c == "redis" || c == "api" {
			workloads = append(workloads, strings.ToLower(p.Next.Kind())+"/"+p.Next.Name())
		}
	}
	return []Finding{{
		Path: "internalTLS.provider", Object: "Secrets " + strings.Join(names, ", "),
		Message: fmt.Sprintf("cert-manager is to write %s, which the key generator made immutable: cert-manager cannot, and its Certificates stay not ready", strings.Join(names, ", ")),
		Steps: []string{
			"apply the new output",
			fmt.Sprintf("kubectl -n %s delete secret %s (cert-manager writes them anew)", ns, strings.Join(names, " ")),
			fmt.Sprintf("once the Certificates are ready: kubectl -n %s rollout restart %s", ns, strings.Join(workloads, " ")),
		},
	}}
}

// redisPasswordToGenerated warns when the Redis password moves from values
// (the Secret this program rendered) to the key generator: the rendered
// Secret leaves the output, and the generator makes one only if it is gone.
// nextGenerated are the Secrets the new output's key generator makes.
func redisPasswordToGenerated(d *Diff, p Pair, nextGenerated map[string]bool) []Finding {
	name := passwordSecret(p.Next)
	ns := p.Next.Namespace()
	key := secretKey(ns, name)
	if name == "" || d.Prev[key] == nil || d.Next[key] != nil || !nextGenerated[ns+"/"+name] {
		return nil
	}
	return []Finding{{
		Path: "redis.auth.password", Object: describe(p.Next),
		Message: fmt.Sprintf("the Redis password moves from values to the key generator: the Secret %s leaves the output, and the generator's Job makes a new one only where it is missing (if its pod ran before a prune deleted the old one, there would be none)", name),
		Steps: []string{
			fmt.Sprintf("first delete the Secret: kubectl -n %s delete secret %s (the running pods keep the password they read)", ns, name),
			"apply the new output: the key generator's Job, whose name changed, runs and makes a new password",
			fmt.Sprintf("kubectl -n %s rollout restart deployment %s, then the API's Deployment, so that both read the new password", ns, p.Next.Name()),
		},
	}}
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
	key := secretKey(p.Next.Namespace(), name)
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
