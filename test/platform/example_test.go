package platform_test

import (
	"fmt"

	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"

	"example.com/platform"
)

// Two teams, each with its own Optio; beta's Redis runs in the platform's
// data namespace. The releases are reached through their typed fields.
func ExampleBuild() {
	app := cdk8s.NewApp(nil)
	pf, err := platform.Build(app, []platform.Team{
		{Name: "alpha", Namespace: "team-alpha", Host: "optio.alpha.acme.dev", GithubClientID: "Iv1.alpha"},
		{Name: "beta", Namespace: "team-beta", Host: "optio.beta.acme.dev", GithubClientID: "Iv1.beta", RedisInDataNamespace: true},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	// app.Synth() would write dist/0000-platform.k8s.yaml, 0001-data,
	// 0002-alpha and 0003-beta (cdk8s numbers the files in dependency order).
	for _, team := range []string{"alpha", "beta"} {
		rel := pf.Releases[team]
		fmt.Printf("%s: %s, ClusterRole %s, Redis %s\n", team, *rel.Namespace.Name(), *rel.RBAC.ClusterRole.Name(), rel.Props.RedisURL())
	}
	redis := pf.Redis["beta"].Service
	fmt.Printf("data: Service %s/%s\n", *redis.Metadata().Namespace(), *redis.Name())
	// Output:
	// alpha: team-alpha, ClusterRole optio-team-alpha-node-reader, Redis rediss://optio-redis:6379
	// beta: team-beta, ClusterRole optio-team-beta-node-reader, Redis redis://beta-redis.platform-data.svc:6379
	// data: Service platform-data/beta-redis
}
