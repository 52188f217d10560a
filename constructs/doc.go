// Package optio holds the cdk8s constructs of the Optio stack (the API
// server, the web UI, PostgreSQL, Redis, the Ingress and the RBAC of the
// agent pods) and OptioChart, which assembles one release the way `helm
// install` of the Optio Helm chart 0.1.0 does. The values that configure
// them are the values model of package values (values.Values, embedded in
// OptioChartProps; values.APIValues for OptioApi, and so on).
//
// # Conventions of every construct
//
//   - Constructors take (scope, id, props) and return (*Construct, error):
//     NewOptioChart, NewOptioApi, NewOptioWeb, NewInClusterPostgres,
//     NewInClusterRedis, NewOptioIngress and NewAgentRbac.
//   - nil props mean the defaults: DefaultProps for the chart (which still
//     needs its secrets), DefaultOptioApiProps, DefaultOptioWebProps, and so
//     on for each construct.
//   - Props are validated before anything is added to scope. Invalid props
//     give an *InvalidPropsError that lists every error at once, each
//     naming the field's path (e.g. values.service.nodePort); scope is then
//     left as it was. A fault of the cdk8s runtime (a JavaScript exception,
//     such as two constructs with one id) is returned as an error too.
//   - An empty namespace (values.Release.Namespace, OptioChartProps.Namespace)
//     means the namespace of the enclosing cdk8s Chart, as in cdk8s-plus;
//     the labels of that Chart reach the metadata of every object, as in
//     cdk8s (not the pod templates).
//   - Every object a construct emits is a typed field of it; fields of
//     optional objects are nil when the object is not emitted.
//   - A Go zero value is either invalid or means what an absent key means
//     in the Helm chart (the field is omitted, Kubernetes' default applies),
//     never a different setting.
package optio
