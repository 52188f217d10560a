// Package optio synthesizes the Optio stack (API server, web UI, PostgreSQL,
// Redis, agent RBAC, Ingress) as cdk8s constructs.
//
// Import it as
//
//	import optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
//
// The package name is optio rather than constructs so that it never shadows
// github.com/aws/constructs-go/constructs/v10 in a file that uses both.
//
// Data flows one way: OptioChartProps (the Helm chart's values tree, with the
// seed's defaults from DefaultProps) → Validate → NewOptioChart → the
// component constructs → the cdk8s App's YAML. No construct reads files, flags
// or the environment.
package optio
