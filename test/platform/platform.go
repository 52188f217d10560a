// Package platform is the cdk8s app of a platform team that runs one Optio
// per product team beside objects of its own. It uses the constructs of
// github.com/optio-cdk8s/optio-cdk8s only through their public API, the way
// any module importing them would:
//
//   - one OptioChart per team, in the team's namespace, with the platform's
//     labels on every object (OptioChartProps.ChartProps);
//   - one construct alone: the Redis of a team that keeps its data services
//     in the platform's data namespace, an InClusterRedis placed in a
//     namespaced chart of the platform, whose namespace it inherits;
//   - escape hatches on an object reached through a typed field: a cdk8s
//     JSON patch and an annotation on each team's API Deployment, for what
//     the values do not offer (a PriorityClass, and Stakater Reloader
//     restarting the API when the team's Secret changes);
//   - the platform's own chart: the data namespace and the PriorityClass.
package platform

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"example.com/platform/imports/k8s" // the platform's own `cdk8s import k8s@1.37.2`
	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

const (
	// ReleaseName is the release name of every team's Optio: the teams are
	// told apart by their namespaces, so the names of cluster-scoped
	// objects must carry the namespace.
	ReleaseName = "optio"
	// DataNamespace holds the data services the platform runs for teams
	// (Redis of the teams with RedisInDataNamespace).
	DataNamespace = "platform-data"
	// PriorityClass is the PriorityClass of every team's API pods.
	PriorityClass = "optio-critical"
	// PriorityValue is the value of PriorityClass.
	PriorityValue = 100000
	// SecretName is the Secret each team creates in its namespace (with its
	// secret manager) holding the secret keys of Optio's environment.
	SecretName = "optio-secrets"
	// ReloaderAnnotation makes Stakater Reloader restart a Deployment when
	// the named Secret changes: Optio's checksum/config annotation covers
	// the values, not a Secret made elsewhere.
	ReloaderAnnotation = "secret.reloader.stakater.com/reload"
	// OwnerLabel is on every object of the platform's app.
	OwnerLabel = "acme.dev/owner"
	// TeamLabel names the team on every object of its release.
	TeamLabel = "acme.dev/team"
	// TierLabel is "data" on every object of the data chart.
	TierLabel = "acme.dev/tier"
	// Owner is the value of OwnerLabel.
	Owner = "platform"
)

// Image tags every team runs.
const (
	ImageTag = "0.1.0"
	RedisTag = "7.4-alpine"
)

// Team is one product team with its own Optio.
type Team struct {
	// Name is the team's name: the id of its chart (and so of its file,
	// NNNN-<Name>.k8s.yaml, numbered by cdk8s in dependency order) and the
	// value of TeamLabel. Required.
	Name string
	// Namespace holds the team's release. Required.
	Namespace string
	// Host is the public host of the team's Optio: an Ingress with a
	// certificate from cert-manager. Required.
	Host string
	// GithubClientID is the ID of the team's GitHub OAuth application; its
	// secret is in the team's Secret SecretName. Required.
	GithubClientID string
	// RedisInDataNamespace runs the team's Redis in DataNamespace, in the
	// platform's data chart, instead of in the team's release.
	RedisInDataNamespace bool
}

// Platform is what Build adds to an app.
type Platform struct {
	// Base is the platform's own chart (no namespace): the Namespace
	// DataNamespace and the PriorityClass.
	Base cdk8s.Chart
	// Data is the chart of DataNamespace: the Redis of the teams with
	// RedisInDataNamespace. Its id is "data".
	Data cdk8s.Chart
	// Releases are the teams' Optio releases, by team name.
	Releases map[string]*optio.OptioChart
	// Redis are the Redis run in DataNamespace, by team name.
	Redis map[string]*optio.InClusterRedis
	// Warnings are the warnings of every release, each prefixed with
	// "<team>: ".
	Warnings []string
}

// Build adds the platform for teams to app: the charts "platform" and
// "data", and one chart per team named after it. Everything is checked
// first, and on an error nothing is added to app. The error joins every
// finding: per team, "team <name>: " and the *optio.InvalidPropsError of
// its props (each error with its field path); and a team name or namespace
// used twice (teams[i].name, teams[i].namespace).
func Build(app constructs.Construct, teams []Team) (*Platform, error) {
	type plan struct {
		team  Team
		redis *optio.InClusterRedisProps
		optio optio.OptioChartProps
	}
	var plans []plan
	var errs []error
	var dups field.ErrorList
	names := map[string]bool{"platform": true, "data": true} // the platform's charts
	namespaces := map[string]bool{DataNamespace: true}
	for i, t := range teams {
		path := field.NewPath("teams").Index(i)
		if names[t.Name] {
			dups = append(dups, field.Duplicate(path.Child("name"), t.Name))
		}
		if namespaces[t.Namespace] {
			// Every team's release is named ReleaseName: two in one
			// namespace would emit the same objects.
			dups = append(dups, field.Duplicate(path.Child("namespace"), t.Namespace))
		}
		names[t.Name], namespaces[t.Namespace] = true, true
		p := plan{team: t}
		if t.RedisInDataNamespace {
			r := optio.DefaultInClusterRedisProps()
			// Release.Namespace stays empty: the data chart's namespace.
			r.Release = values.Release{Name: t.Name}
			r.Values.Image.Tag = RedisTag
			// The team's API, in its own namespace, cannot mount this
			// namespace's Secrets (the CA and the password): plain
			// redis:// on the cluster network, as before the chart 0.4.0.
			r.Values.TLS.Enabled, r.Values.Auth.Enabled = false, false
			p.redis = &r
			if err := r.Validate(); len(err) > 0 {
				errs = append(errs, fmt.Errorf("team %s: redis: %w", t.Name, &optio.InvalidPropsError{Errors: err}))
			}
		}
		p.optio = teamProps(t)
		if err := p.optio.Validate(); len(err) > 0 {
			errs = append(errs, fmt.Errorf("team %s: %w", t.Name, &optio.InvalidPropsError{Errors: err}))
		}
		plans = append(plans, p)
	}
	if len(dups) > 0 {
		errs = append(errs, dups.ToAggregate())
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	pf := &Platform{Releases: map[string]*optio.OptioChart{}, Redis: map[string]*optio.InClusterRedis{}}
	pf.Base = cdk8s.NewChart(app, jsii.String("platform"), &cdk8s.ChartProps{
		Labels: &map[string]*string{OwnerLabel: jsii.String(Owner)},
	})
	k8s.NewKubeNamespace(pf.Base, jsii.String("data-namespace"), &k8s.KubeNamespaceProps{
		Metadata: &k8s.ObjectMeta{Name: jsii.String(DataNamespace)},
	})
	k8s.NewKubePriorityClass(pf.Base, jsii.String("priority"), &k8s.KubePriorityClassProps{
		Metadata:    &k8s.ObjectMeta{Name: jsii.String(PriorityClass)},
		Value:       jsii.Number(PriorityValue),
		Description: jsii.String("Optio's API: it schedules the agent pods of a team"),
	})
	pf.Data = cdk8s.NewChart(app, jsii.String("data"), &cdk8s.ChartProps{
		Namespace: jsii.String(DataNamespace),
		Labels:    &map[string]*string{OwnerLabel: jsii.String(Owner), TierLabel: jsii.String("data")},
	})
	pf.Data.AddDependency(pf.Base) // the namespace first

	for _, p := range plans {
		t := p.team
		if p.redis != nil {
			rd, err := optio.NewInClusterRedis(pf.Data, t.Name+"-redis", p.redis)
			if err != nil {
				return nil, fmt.Errorf("team %s: redis: %w", t.Name, err)
			}
			pf.Redis[t.Name] = rd
		}
		rel, err := optio.NewOptioChart(app, t.Name, &p.optio)
		if err != nil {
			return nil, fmt.Errorf("team %s: %w", t.Name, err)
		}
		// Escape hatches on the API Deployment, for what the values lack.
		rel.API.Deployment.AddJsonPatch(cdk8s.JsonPatch_Add(
			jsii.String("/spec/template/spec/priorityClassName"), jsii.String(PriorityClass)))
		rel.API.Deployment.Metadata().AddAnnotation(jsii.String(ReloaderAnnotation), jsii.String(SecretName))
		rel.AddDependency(pf.Base) // the PriorityClass first
		pf.Releases[t.Name] = rel
		for _, w := range rel.Warnings {
			pf.Warnings = append(pf.Warnings, t.Name+": "+w)
		}
	}
	return pf, nil
}

// DataRedisURL is the URL of the Redis that Build runs in DataNamespace for
// the team: the Service the construct names from its release (the team's
// name), in the data chart's namespace.
func DataRedisURL(team string) string {
	svc := values.Release{Name: team}.ObjectName(values.ComponentRedis)
	return "redis://" + svc + "." + DataNamespace + ".svc:" + strconv.Itoa(values.RedisPort)
}

// teamProps are the values of a team's Optio.
func teamProps(t Team) optio.OptioChartProps {
	p := optio.DefaultProps()
	p.ReleaseName = ReleaseName
	// The team's chart is a namespaced cdk8s chart, like the data chart.
	// DefaultProps sets the namespace value to "optio", which would
	// contradict it: clear it so the chart's namespace applies.
	p.Namespace = ""
	p.ChartProps.Namespace = jsii.String(t.Namespace)
	p.ChartProps.Labels = &map[string]*string{OwnerLabel: jsii.String(Owner), TeamLabel: jsii.String(t.Name)}
	p.ExistingSecret = SecretName
	p.Auth.Github.ClientID = t.GithubClientID
	p.API.Image = values.ImageValues{Repository: "ghcr.io/acme/optio-api", Tag: ImageTag, PullPolicy: "IfNotPresent"}
	p.Web.Image = values.ImageValues{Repository: "ghcr.io/acme/optio-web", Tag: ImageTag, PullPolicy: "IfNotPresent"}
	p.Optio.Image = values.ImageValues{Repository: "ghcr.io/acme/optio-optio", Tag: ImageTag, PullPolicy: "IfNotPresent"}
	p.Agent.Image.ImageValues = values.ImageValues{Repository: "ghcr.io/acme/optio-agent", Tag: ImageTag}
	p.Agent.ImagePullPolicy = "IfNotPresent"
	p.Redis.Image.Tag = RedisTag
	p.Postgresql.Image.Tag = "16.4"
	p.Ingress.Enabled = true
	p.Ingress.CertManager.Enabled = true
	p.Ingress.Hosts[0].Host = t.Host
	if t.RedisInDataNamespace {
		p.Redis.Enabled = false
		p.ExternalRedis.URL = DataRedisURL(t.Name)
	}
	return p
}
