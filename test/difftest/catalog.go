package difftest

// ReleaseNamePath is the Point.Path of the --release-name flag, which is
// not a key of the values file.
const ReleaseNamePath = "--release-name"

// Point is one value that reaches a Kubernetes field, with the forms the
// generator writes there.
type Point struct {
	// Path is where the value goes, in the syntax of the errors' paths:
	// keys joined by ".", list items as [0], map keys in brackets
	// (api.nodeSelector[kubernetes.io/os]). A map path ending in "[*]"
	// adds a key: the form's Value is the key and KeyValue its value.
	// ReleaseNamePath stands for the --release-name flag.
	Path string
	// KeyValue is the value given to a new key ("[*]" points).
	KeyValue any
	// Forms are the values the point takes.
	Forms []Form
}

// components are the values sections that hold a Deployment's pods.
var components = []string{"api", "web", "postgresql", "redis", "optio"}

// Catalog returns every mutation point: the one table of what the
// generator varies, reviewed for coverage by TestCatalogCoversEveryLeaf.
func Catalog() []Point {
	pts := []Point{
		{Path: ReleaseNamePath, Forms: []Form{
			f("plain", Valid, "optio"),
			f("one character", Borderline, "a"),
			f("44 characters", Borderline, label(44)),
			f("45 characters", Borderline, label(45)),
			f("54 characters", Borderline, label(54)),
			f("55 characters", Invalid, label(55)),
			f("60 characters", Invalid, label(60)),
			f("upper case", Invalid, "Optio"),
			f("leading digit", Invalid, "1optio"),
			f("dot", Invalid, "optio.x"),
			f("trailing dash", Invalid, "optio-"),
			f("underscore", Invalid, "optio_x"),
		}},
		{Path: "namespace", Forms: []Form{
			f("plain", Valid, "optio-dt2"),
			f("one character", Borderline, "a"),
			f("63 characters", Borderline, label(63)),
			f("existing default", Borderline, "default"),
			f("leading digit", Valid, "1optio"),
			f("64 characters", Invalid, label(64)),
			f("upper case", Invalid, "Optio"),
			f("trailing dash", Invalid, "optio-"),
			f("dot", Invalid, "optio.dt"),
			f("underscore", Invalid, "optio_dt"),
			f("empty", Invalid, ""),
		}},
		{Path: "existingSecret", Forms: objectNameForms("optio-secrets")},
		{Path: "commonLabels[*]", KeyValue: "v", Forms: append(qualifiedNameForms(),
			f("the release's namespace label", Borderline, "optio-cdk8s.io/release-namespace"), f("a recommended label", Borderline, "app.kubernetes.io/part-of"))},
		{Path: "commonLabels[example.com/team]", Forms: labelValueForms()},
		{Path: "publicUrl", Forms: urlForms("https", "optio.example.com",
			f("trailing slash", Valid, "https://optio.example.com/"),
			f("http with port", Valid, "http://localhost:3000"),
			f("path", Valid, "https://example.com/optio"),
		)},
		{Path: "imagePullSecrets[0].name", Forms: objectNameForms("regcred")},
		{Path: "imagePullSecrets", Forms: []Form{
			f("none", Valid, []any{}),
			f("two", Valid, []any{map[string]any{"name": "a"}, map[string]any{"name": "b"}}),
			f("twice the same", Invalid, []any{map[string]any{"name": "a"}, map[string]any{"name": "a"}}),
		}},
		{Path: "networkPolicy.enabled", Forms: boolForms()},
		// TLS and the Redis password (chart 0.4.0; docs/security.md).
		{Path: "postgresql.tls.enabled", Forms: boolForms()},
		{Path: "postgresql.tls.existingSecret", Forms: append(objectNameForms("pg-tls"), f("empty (generated)", Valid, ""))},
		{Path: "redis.tls.enabled", Forms: boolForms()},
		{Path: "redis.tls.autoGenerateCert", Forms: boolForms()},
		{Path: "redis.tls.existingSecret", Forms: append(objectNameForms("redis-tls"), f("empty (generated)", Valid, ""))},
		{Path: "redis.auth.enabled", Forms: boolForms()},
		{Path: "redis.auth.password", Forms: append(secretForms("redis-pass"), f("empty (generated)", Valid, ""))},
		{Path: "redis.auth.existingSecret", Forms: append(objectNameForms("redis-auth"), f("empty", Valid, ""))},
		{Path: "internalTLS.provider", Forms: enumForms([]string{"keygen", "cert-manager"}, "", "certManager", "vault")},
		{Path: "internalTLS.certManager.issuerRef.name", Forms: append(objectNameForms("platform-ca"), f("empty (own CA)", Valid, ""))},
		{Path: "internalTLS.certManager.issuerRef.kind", Forms: enumForms([]string{"Issuer", "ClusterIssuer"}, "", "issuer", "Certificate")},
		{Path: "internalTLS.certManager.issuerRef.group", Forms: []Form{f("cert-manager", Valid, "cert-manager.io"), f("other group", Valid, "awspca.cert-manager.io"), f("empty", Invalid, "")}},
		{Path: "keygen.image.repository", Forms: append(repositoryForms("registry.example.com/tools/node-openssl"), f("empty (the API's)", Valid, ""))},
		{Path: "keygen.image.tag", Forms: tagForms()},
		{Path: "keygen.image.pullPolicy", Forms: enumForms([]string{"Always", "IfNotPresent", "Never", ""}, "always")},
		// The Gateway API (variant "gateway").
		{Path: "gatewayAPI.enabled", Forms: boolForms()},
		{Path: "gatewayAPI.gatewayClassName", Forms: objectNameForms("cilium")},
		{Path: "gatewayAPI.hostname", Forms: hostForms()},
		{Path: "gatewayAPI.gatewayAnnotations[*]", KeyValue: "v", Forms: qualifiedNameForms()},
		{Path: "gatewayAPI.httpRouteAnnotations[*]", KeyValue: "v", Forms: qualifiedNameForms()},
		{Path: "gatewayAPI.gatewayAnnotations[example.com/note]", Forms: annotationValueForms()},
		{Path: "gatewayAPI.httpRouteAnnotations[example.com/note]", Forms: annotationValueForms()},
		{Path: "gatewayAPI.listeners[0].name", Forms: append(objectNameForms("web"), f("empty (http)", Valid, ""))},
		{Path: "gatewayAPI.listeners[0].port", Forms: []Form{f("80", Valid, 80), f("8080", Valid, 8080), f("65535", Borderline, 65535), f("0 (80)", Valid, 0), f("65536", Invalid, 65536), f("negative", Invalid, -1)}},
		{Path: "gatewayAPI.listeners[0].protocol", Forms: enumForms([]string{"HTTP", ""}, "http", "TCP")},
		{Path: "gatewayAPI.listeners[1]", Forms: []Form{
			f("https", Valid, map[string]any{"name": "https2", "port": 8443, "protocol": "HTTPS", "tls": map[string]any{"mode": "Terminate", "certificateRefs": []any{map[string]any{"name": "optio-tls"}}}}),
			f("https without certificate", Invalid, map[string]any{"name": "https2", "port": 8443, "protocol": "HTTPS"}),
			f("port and protocol of another", Invalid, map[string]any{"name": "http2", "port": 80, "protocol": "HTTP"}),
			f("https passthrough", Invalid, map[string]any{"name": "https2", "port": 8443, "protocol": "HTTPS", "tls": map[string]any{"mode": "Passthrough", "certificateRefs": []any{map[string]any{"name": "optio-tls"}}}}),
		}},
		{Path: "gatewayAPI.listeners[1].tls.mode", Forms: enumForms([]string{"Terminate"}, "terminate")},
		{Path: "gatewayAPI.listeners[1].tls.certificateRefs[0].name", Forms: objectNameForms("optio-tls")},
		{Path: "gatewayAPI.listeners[1].tls.certificateRefs[0].namespace", Forms: []Form{f("same", Valid, ""), f("other", Valid, "certs"), f("upper case", Invalid, "Certs")}},
		{Path: "gatewayAPI.parentRefs", Forms: []Form{
			f("none", Valid, []any{}),
			f("platform gateway", Valid, []any{map[string]any{"name": "platform", "namespace": "gateways", "sectionName": "https"}}),
			f("two gateways", Borderline, []any{map[string]any{"name": "a"}, map[string]any{"name": "b", "namespace": "gateways"}}),
			f("no name", Invalid, []any{map[string]any{"namespace": "gateways"}}),
		}},
		{Path: "gatewayAPI.parentRefs[0].name", Forms: objectNameForms("platform")},
		{Path: "gatewayAPI.parentRefs[0].namespace", Forms: []Form{f("same", Valid, ""), f("other", Valid, "gateways"), f("upper case", Invalid, "Gateways")}},
		{Path: "gatewayAPI.parentRefs[0].sectionName", Forms: []Form{f("none", Valid, ""), f("https", Valid, "https"), f("upper case", Invalid, "HTTPS")}},
		{Path: "gatewayAPI.parentRefs[0].port", Forms: []Form{f("none", Valid, 0), f("443", Valid, 443), f("65536", Invalid, 65536)}},
		{Path: "gatewayAPI.parentRefs[0].group", Forms: enumForms([]string{"gateway.networking.k8s.io", ""}, "networking.k8s.io")},
		{Path: "gatewayAPI.parentRefs[0].kind", Forms: enumForms([]string{"Gateway", ""}, "Service")},
		{Path: "createNamespace", Forms: boolForms()},
		{Path: "helmChartSelectors", Forms: boolForms()},

		{Path: "agent.image.repository", Forms: repositoryForms("optio-agent-base")},
		{Path: "agent.image.tag", Forms: tagForms()},
		{Path: "agent.image.pullPolicy", Forms: enumForms([]string{"Always", "IfNotPresent", "Never", ""}, "always")},
		{Path: "agent.imagePullPolicy", Forms: enumForms([]string{"Always", "IfNotPresent", "Never"}, "", "never")},
		{Path: "agent.pvc.storageClass", Forms: append(objectNameForms("standard"), f("empty (cluster default)", Valid, ""), f("dash (no class)", Invalid, "-"))},
		{Path: "agent.pvc.size", Forms: storageForms()},
		{Path: "agent.pvc.accessModes", Forms: []Form{
			f("RWO", Valid, []any{"ReadWriteOnce"}),
			f("RWX and ROX", Valid, []any{"ReadWriteMany", "ReadOnlyMany"}),
			f("RWOP", Valid, []any{"ReadWriteOncePod"}),
			f("twice the same", Borderline, []any{"ReadWriteOnce", "ReadWriteOnce"}),
			f("100000 entries", Invalid, repeatList("ReadWriteOnce", 100000)),
			f("none", Invalid, []any{}),
		}},
		{Path: "agent.pvc.accessModes[0]", Forms: enumForms([]string{"ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"}, "ReadWriteonce", "RWO", "")},

		{Path: "postgresql.enabled", Forms: boolForms()},
		{Path: "postgresql.storage.size", Forms: storageForms()},
		{Path: "postgresql.persistence.existingClaim", Forms: append(objectNameForms("optio-data"), f("empty (the release's PVC)", Valid, ""))},
		{Path: "postgresql.storage.storageClass", Forms: append(objectNameForms("standard"), f("empty (cluster default)", Valid, ""), f("dash (no class)", Valid, "-"))},
		{Path: "api.host", Forms: []Form{f("IPv4", Valid, "0.0.0.0"), f("dual-stack", Valid, "::"),
			f("loopback", Invalid, "127.0.0.1"), f("host name", Invalid, "localhost"), f("empty", Invalid, "")}},
		{Path: "postgresql.auth.database", Forms: dbNameForms("agents")},
		{Path: "postgresql.auth.username", Forms: dbNameForms("agents")},
		{Path: "postgresql.auth.password", Forms: secretForms("pg-pass")},
		{Path: "redis.enabled", Forms: boolForms()},

		{Path: "externalDatabase.url", Forms: urlForms("postgres", "db.example.com",
			f("postgresql scheme", Valid, "postgresql://db.example.com/optio"))},
		{Path: "externalRedis.url", Forms: urlForms("redis", "cache.example.com",
			f("rediss scheme", Valid, "rediss://cache.example.com:6380"),
			f("password only", Valid, "redis://:secret@cache.example.com:6379"))},
		{Path: "auth.disabled", Forms: boolForms()},
		{Path: "auth.github.clientId", Forms: secretForms("Iv1.0123")},
		{Path: "auth.github.clientSecret", Forms: secretForms("gh-secret2")},
		{Path: "auth.google.clientId", Forms: secretForms("123.apps.googleusercontent.com")},
		{Path: "auth.google.clientSecret", Forms: secretForms("google-secret2")},
		{Path: "auth.gitlab.clientId", Forms: secretForms("gitlab-app")},
		{Path: "auth.gitlab.clientSecret", Forms: secretForms("gitlab-secret2")},
		{Path: "auth.gitlab.baseUrl", Forms: urlForms("https", "gitlab.example.com",
			f("http", Valid, "http://gitlab.internal:8080"))},
		{Path: "encryption.key", Forms: append(secretForms(hex[:32]), f("64 hex", Valid, hex))},
		{Path: "webhook.githubSecret", Forms: secretForms("hook")},

		{Path: "ingress.enabled", Forms: boolForms()},
		{Path: "ingress.className", Forms: append(objectNameForms("traefik"),
			f("empty (cluster default)", Valid, ""),
			f("domain/name", Invalid, "example.com/nginx"))},
		{Path: "ingress.annotations[*]", KeyValue: "v", Forms: qualifiedNameForms()},
		{Path: "ingress.annotations[nginx.ingress.kubernetes.io/proxy-body-size]", Forms: annotationValueForms()},
		{Path: "ingress.annotations", Forms: []Form{
			f("ingress class annotation", Borderline, map[string]any{"kubernetes.io/ingress.class": "nginx"}),
			f("use-regex", Valid, map[string]any{"nginx.ingress.kubernetes.io/use-regex": "true"}),
			f("own cert-manager issuer", Borderline, map[string]any{"cert-manager.io/cluster-issuer": "other"}),
			f("many of 200 KiB", Invalid, map[string]any{"a": big(200 * kib), "b": big(100 * kib)}),
		}},
		{Path: "ingress.certManager.enabled", Forms: boolForms()},
		{Path: "ingress.certManager.clusterIssuer", Forms: []Form{
			f("plain", Valid, "letsencrypt-staging"),
			f("empty", Invalid, ""),
			f("upper case", Borderline, "LetsEncrypt"),
			f("space", Borderline, "lets encrypt"),
			f("253 characters", Borderline, dnsName(253)),
			f("300 KiB", Invalid, big(300*kib)),
			f("newline", Invalid, "lets\nencrypt"),
		}},
		{Path: "ingress.hosts[0].host", Forms: hostForms()},
		{Path: "ingress.hosts[1].host", Forms: hostForms()},
		{Path: "ingress.hosts[0].paths[1].path", Forms: pathForms("ingress.hosts[0].paths[1].pathType")},
		{Path: "ingress.hosts[0].paths[1].pathType", Forms: enumForms([]string{"Prefix", "Exact", "ImplementationSpecific"}, "", "prefix", "Regex")},
		{Path: "ingress.hosts[0].paths[1].service", Forms: enumForms([]string{"api", "web"}, "", "API", "redis")},
		{Path: "ingress.hosts[0].paths", Forms: []Form{
			f("one path", Valid, []any{hostPath("/", "Prefix", "web")}),
			f("same path twice", Invalid, []any{hostPath("/", "Prefix", "web"), hostPath("/", "Prefix", "api")}),
			f("same path, other types", Borderline, []any{hostPath("/x", "Prefix", "web"), hostPath("/x", "Exact", "api")}),
			f("none", Invalid, []any{}),
		}},
		{Path: "ingress.hosts", Forms: []Form{
			f("one host", Valid, []any{ingressHost("optio.example.com")}),
			f("same host twice", Borderline, []any{ingressHost("optio.example.com"), ingressHost("optio.example.com")}),
			f("dashed names coincide", Invalid, []any{ingressHost("optio.example.com"), ingressHost("optio-example.com")}),
			f("wildcard and its dashed twin", Invalid, []any{ingressHost("*.example.com"), ingressHost("wildcard.example.com")}),
			f("no host", Borderline, []any{map[string]any{"paths": []any{hostPath("/", "Prefix", "web")}}}),
			f("none", Invalid, []any{}),
			f("200 hosts", Borderline, manyHosts(200)),
		}},
		{Path: "ingress.tls[0].secretName", Forms: objectNameForms("optio-tls")},
		{Path: "ingress.tls[0].hosts[0]", Forms: hostForms()},
		{Path: "ingress.tls", Forms: []Form{
			f("none", Valid, []any{}),
			f("no hosts", Borderline, []any{map[string]any{"secretName": "a-tls"}}),
			f("same secret twice", Invalid, []any{tls("a-tls", "optio.example.com"), tls("a-tls", "*.apps.example.com")}),
			f("host in two entries", Borderline, []any{tls("a-tls", "optio.example.com"), tls("b-tls", "optio.example.com")}),
		}},

		{Path: "resourceQuota.enabled", Forms: boolForms()},
		{Path: "resourceQuota.hard[*]", KeyValue: "10", Forms: quotaNameForms()},
		{Path: "resourceQuota.hard[pods]", Forms: countForms()},
		{Path: "resourceQuota.hard[requests.memory]", Forms: memoryForms()},
		{Path: "resourceQuota.hard[limits.cpu]", Forms: cpuForms()},
		{Path: "resourceQuota.hard", Forms: []Form{
			f("none", Invalid, map[string]any{}),
			f("count of objects", Valid, map[string]any{"count/deployments.apps": "10"}),
		}},
		{Path: "serviceAccount.create", Forms: boolForms()},
		{Path: "serviceAccount.name", Forms: objectNameForms("optio-agents")},
		{Path: "serviceAccount.annotations[*]", KeyValue: "v", Forms: qualifiedNameForms()},
		{Path: "serviceAccount.annotations[eks.amazonaws.com/role-arn]", Forms: annotationValueForms()},
	}
	for _, c := range []string{"api", "web"} {
		port := map[string]int64{"api": 4000, "web": 3000}[c]
		pts = append(pts,
			Point{Path: c + ".image.repository", Forms: repositoryForms("optio-" + c)},
			Point{Path: c + ".image.tag", Forms: tagForms()},
			Point{Path: c + ".image.pullPolicy", Forms: enumForms([]string{"Always", "IfNotPresent", "Never"}, "", "always")},
			Point{Path: c + ".replicas", Forms: append(intForms(0, 2147483647, 0, 1, 3, 2147483647, -1), f("unset", Valid, nil))},
			Point{Path: c + ".port", Forms: intForms(1, 65535, 1, 80, 1023, port+1, 5432, 65535, 0, 65536, -1)},
			Point{Path: c + ".service.type", Forms: enumForms([]string{"ClusterIP", "NodePort", "LoadBalancer"}, "ExternalName", "", "nodeport")},
			Point{Path: c + ".service.nodePort", Forms: []Form{
				f("lowest", Borderline, 30000), f("highest", Borderline, 32767), f("other", Valid, 31000),
				f("string of digits", Valid, "31001"), f("unset", Valid, ""),
				f("the other component's", Invalid, 30300+100*boolInt(c == "web")),
				f("below the range", Invalid, 29999), f("above the range", Invalid, 32768),
				f("zero", Invalid, 0), f("negative", Invalid, -1), f("above 65535", Invalid, 65536),
				f("not a number", Invalid, "abc"), f("number and text", Invalid, "31000a"),
			}},
			Point{Path: c + ".antiAffinity", Forms: enumForms([]string{"soft", "hard", ""}, "Soft", "required")},
			Point{Path: c + ".pdb.enabled", Forms: boolForms()},
			Point{Path: c + ".pdb.minAvailable", Forms: pdbValueForms()},
			Point{Path: c + ".pdb.maxUnavailable", Forms: pdbValueForms()},
			Point{Path: c + ".pdb", Forms: []Form{
				f("neither", Valid, map[string]any{"enabled": true}),
				f("only minAvailable 0", Borderline, map[string]any{"enabled": true, "minAvailable": 0}),
				f("only maxUnavailable 100%", Borderline, map[string]any{"enabled": true, "maxUnavailable": "100%"}),
				f("both (minAvailable wins)", Valid, map[string]any{"enabled": true, "minAvailable": 1, "maxUnavailable": 1}),
				f("the chart's unset minAvailable", Valid, map[string]any{"enabled": true, "minAvailable": "", "maxUnavailable": 1}),
				f("disabled with both", Borderline, map[string]any{"enabled": false, "minAvailable": 1, "maxUnavailable": "x"}),
			}},
			Point{Path: c + ".autoscaling.enabled", Forms: boolForms()},
			Point{Path: c + ".autoscaling.minReplicas", Forms: append(intForms(1, 2147483647, 1, 2, 5, 100, 0, -1), f("unset", Valid, nil))},
			Point{Path: c + ".autoscaling.maxReplicas", Forms: intForms(1, 2147483647, 1, 3, 5, 1000, 0, -1)},
			Point{Path: c + ".autoscaling.targetCPUUtilizationPercentage", Forms: append(intForms(1, 2147483647, 1, 50, 100, 101, 1000, 0, -1), f("unset", Valid, nil), f("empty (unset)", Valid, ""))},
			Point{Path: c + ".autoscaling.targetMemoryUtilizationPercentage", Forms: append(intForms(1, 2147483647, 1, 80, 500, 0, -1), f("unset", Valid, nil), f("empty (unset)", Valid, ""))},
			Point{Path: c + ".autoscaling", Forms: []Form{
				f("min = max", Valid, map[string]any{"enabled": true, "minReplicas": 3, "maxReplicas": 3, "targetCPUUtilizationPercentage": 50}),
				f("min > max", Invalid, map[string]any{"enabled": true, "minReplicas": 4, "maxReplicas": 2, "targetCPUUtilizationPercentage": 50}),
				f("min 0", Invalid, map[string]any{"enabled": true, "minReplicas": 0, "maxReplicas": 2, "targetCPUUtilizationPercentage": 50}),
				f("disabled with nonsense", Borderline, map[string]any{"enabled": false, "minReplicas": -1, "maxReplicas": -5, "targetCPUUtilizationPercentage": 0}),
			}},
			Point{Path: c + ".resources.requests[cpu]", Forms: cpuForms()},
			Point{Path: c + ".resources.requests[memory]", Forms: memoryForms()},
			Point{Path: c + ".resources.limits[cpu]", Forms: cpuForms()},
			Point{Path: c + ".resources.limits[memory]", Forms: memoryForms()},
			Point{Path: c + ".resources.requests[*]", KeyValue: "1", Forms: resourceNameForms()},
			Point{Path: c + ".resources.limits[*]", KeyValue: "1", Forms: resourceNameForms()},
			Point{Path: c + ".resources", Forms: []Form{
				f("no limits", Invalid, map[string]any{"requests": map[string]any{"cpu": "1", "memory": "1Gi"}, "limits": nil}),
				f("extended resource", Valid, map[string]any{"requests": map[string]any{"example.com/gpu": "1"}, "limits": map[string]any{"example.com/gpu": "1"}}),
				f("extended resource request above limit", Invalid, map[string]any{"requests": map[string]any{"example.com/gpu": "2"}, "limits": map[string]any{"example.com/gpu": "1"}}),
				f("extended resource without limit", Invalid, map[string]any{"requests": map[string]any{"example.com/gpu": "1"}}),
				f("hugepages", Valid, map[string]any{"requests": map[string]any{"hugepages-2Mi": "4Mi"}, "limits": map[string]any{"hugepages-2Mi": "4Mi"}}),
				f("hugepages fraction", Invalid, map[string]any{"requests": map[string]any{"hugepages-2Mi": "1"}, "limits": map[string]any{"hugepages-2Mi": "1"}}),
				f("ephemeral storage", Valid, map[string]any{"requests": map[string]any{"ephemeral-storage": "1Gi"}, "limits": map[string]any{"ephemeral-storage": "2Gi"}}),
			}},
		)
	}
	pts = append(pts, Point{Path: "api.env.LOG_LEVEL", Forms: enumForms([]string{"debug", "info", "warn", "error"}, "", "INFO", "trace")})
	for _, c := range components {
		pts = append(pts, schedulingPoints(c)...)
	}
	for _, c := range []string{"postgresql", "redis"} {
		pts = append(pts,
			Point{Path: c + ".image.repository", Forms: repositoryForms(c)},
			Point{Path: c + ".image.tag", Forms: tagForms()},
			Point{Path: c + ".image.pullPolicy", Forms: enumForms([]string{"Always", "IfNotPresent", "Never"}, "", "always")},
			Point{Path: c + ".resources.requests[cpu]", Forms: cpuForms()},
			Point{Path: c + ".resources.requests[memory]", Forms: memoryForms()},
			Point{Path: c + ".resources.limits[cpu]", Forms: cpuForms()},
			Point{Path: c + ".resources.limits[memory]", Forms: memoryForms()},
			Point{Path: c + ".resources.requests[*]", KeyValue: "1", Forms: resourceNameForms()},
			Point{Path: c + ".resources.limits[*]", KeyValue: "1", Forms: resourceNameForms()},
		)
	}
	pts = append(pts, chartTodayPoints()...) // catalog_today.go
	return pts
}

// schedulingPoints are the pod knobs every component has.
func schedulingPoints(c string) []Point {
	psc := c + ".podSecurityContext."
	csc := c + ".containerSecurityContext."
	return []Point{
		{Path: c + ".nodeSelector[*]", KeyValue: "v", Forms: qualifiedNameForms()},
		{Path: c + ".nodeSelector[kubernetes.io/os]", Forms: labelValueForms()},
		{Path: c + ".podAnnotations[*]", KeyValue: "v", Forms: append(qualifiedNameForms(), f("the API's checksum", Borderline, "checksum/config"))},
		{Path: c + ".podAnnotations[example.com/note]", Forms: annotationValueForms()},
		{Path: c + ".podLabels[*]", KeyValue: "v", Forms: append(qualifiedNameForms(),
			f("the release's namespace label", Borderline, "optio-cdk8s.io/release-namespace"), f("app", Borderline, "app"), f("the assistant's role", Borderline, "optio.pod-role"))},
		{Path: c + ".podLabels[example.com/team]", Forms: labelValueForms()},
		{Path: c + ".priorityClassName", Forms: append(objectNameForms("high-priority"), f("empty (none)", Valid, ""))},
		{Path: c + ".affinity", Forms: affinityForms(c)},
		{Path: c + ".topologySpreadConstraints", Forms: topologySpreadForms()},
		{Path: c + ".extraEnvVars", Forms: extraEnvForms(c)},
		{Path: c + ".tolerations[0].key", Forms: append(qualifiedNameForms()[:len(qualifiedNameForms())-1], f("empty", Borderline, ""))},
		{Path: c + ".tolerations[0].operator", Forms: enumForms([]string{"Equal", "Exists", ""}, "Gt", "Lt", "equal")},
		{Path: c + ".tolerations[0].value", Forms: labelValueForms()},
		{Path: c + ".tolerations[0].effect", Forms: enumForms([]string{"NoSchedule", "PreferNoSchedule", "NoExecute", ""}, "noschedule", "NoExecution")},
		{Path: c + ".tolerations[0].tolerationSeconds", Forms: []Form{
			f("0", Borderline, 0), f("300", Valid, 300), f("negative", Borderline, -1),
			f("above 2^53", Borderline, 9007199254740993), f("unset", Valid, Absent),
		}},
		{Path: c + ".tolerations", Forms: []Form{
			f("tolerate everything", Valid, []any{map[string]any{"operator": "Exists"}}),
			f("empty entry", Invalid, []any{map[string]any{}}),
			f("no key with Equal", Invalid, []any{map[string]any{"operator": "Equal", "value": "x"}}),
			f("Exists with value", Invalid, []any{map[string]any{"key": "k", "operator": "Exists", "value": "v"}}),
			f("seconds without NoExecute", Invalid, []any{map[string]any{"key": "k", "effect": "NoSchedule", "tolerationSeconds": 5}}),
			f("none", Valid, []any{}),
		}},
		{Path: psc + "enabled", Forms: boolForms()},
		{Path: psc + "runAsUser", Forms: idForms()},
		{Path: psc + "runAsGroup", Forms: idForms()},
		{Path: psc + "fsGroup", Forms: idForms()},
		{Path: psc + "runAsNonRoot", Forms: append(boolForms(), f("unset", Valid, Absent))},
		{Path: psc + "fsGroupChangePolicy", Forms: enumForms([]string{"OnRootMismatch", "Always", ""}, "Never", "onRootMismatch")},
		{Path: psc + "supplementalGroups", Forms: []Form{
			f("none", Valid, []any{}), f("root", Borderline, []any{0}), f("highest", Borderline, []any{2147483647}),
			f("twice the same", Borderline, []any{5, 5}), f("too high", Invalid, []any{2147483648}), f("negative", Invalid, []any{-1}),
		}},
		{Path: psc + "supplementalGroups[0]", Forms: idForms()[:7]},
		{Path: psc + "seccompProfile.type", Forms: seccompTypeForms(psc + "seccompProfile.localhostProfile")},
		{Path: psc + "seccompProfile.localhostProfile", Forms: localhostProfileForms(psc + "seccompProfile.type")},
		{Path: csc + "enabled", Forms: boolForms()},
		{Path: csc + "runAsUser", Forms: idForms()},
		{Path: csc + "runAsGroup", Forms: idForms()},
		{Path: csc + "runAsNonRoot", Forms: append(boolForms(), f("unset", Valid, Absent))},
		{Path: csc + "privileged", Forms: []Form{
			f("true", Valid, true), f("false", Valid, false), f("unset", Valid, Absent),
			f("privileged without escalation", Invalid, true, Set{csc + "allowPrivilegeEscalation", false}),
			f("privileged with escalation", Valid, true, Set{csc + "allowPrivilegeEscalation", true}),
		}},
		{Path: csc + "allowPrivilegeEscalation", Forms: append(boolForms(), f("unset", Valid, Absent))},
		{Path: csc + "readOnlyRootFilesystem", Forms: append(boolForms(), f("unset", Valid, Absent))},
		{Path: csc + "capabilities.add", Forms: capabilityForms()},
		{Path: csc + "capabilities.add[0]", Forms: capabilityNameForms()},
		{Path: csc + "capabilities.drop", Forms: capabilityForms()},
		{Path: csc + "capabilities.drop[0]", Forms: capabilityNameForms()},
		{Path: csc + "seccompProfile.type", Forms: seccompTypeForms(csc + "seccompProfile.localhostProfile")},
		{Path: csc + "seccompProfile.localhostProfile", Forms: localhostProfileForms(csc + "seccompProfile.type")},
	}
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func repeatList(v any, n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func hostPath(path, pathType, service string) map[string]any {
	return map[string]any{"path": path, "pathType": pathType, "service": service}
}

func ingressHost(host string) map[string]any {
	return map[string]any{"host": host, "paths": []any{hostPath("/", "Prefix", "web")}}
}

func manyHosts(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = ingressHost(label(20) + "-" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + ".example.com")
	}
	return out
}

func tls(secret string, hosts ...string) map[string]any {
	hs := make([]any, len(hosts))
	for i, h := range hosts {
		hs[i] = h
	}
	return map[string]any{"secretName": secret, "hosts": hs}
}

// dbNameForms are Postgres database and user names: they reach environment
// variables and the pg_isready probe's arguments.
func dbNameForms(plain string) []Form {
	return []Form{
		f("plain", Valid, plain),
		f("upper case", Valid, "Agents"),
		f("63 characters", Borderline, label(63)),
		f("64 characters", Borderline, label(64)),
		f("space", Borderline, "my db"),
		f("dash", Valid, "my-db"),
		f("quote", Borderline, `a"b`),
		f("newline", Invalid, "a\nb"),
		f("NUL", Invalid, "a\x00b"),
		f("ESC", Invalid, "a\x1bb"),
		f("empty", Invalid, ""),
	}
}

// pdbValueForms are minAvailable/maxUnavailable values.
func pdbValueForms() []Form {
	return []Form{
		f("count", Valid, 1), f("zero", Borderline, 0), f("many", Valid, 100),
		f("percent", Valid, "50%"), f("0%", Borderline, "0%"), f("100%", Borderline, "100%"),
		f("unset", Valid, Absent),
		f("101%", Invalid, "101%"), f("negative", Invalid, -1), f("negative percent", Invalid, "-1%"),
		f("digits as a string", Invalid, "50"), f("fraction", Invalid, "5.5%"), f("junk", Invalid, "abc"),
		f("empty (unset, as in the chart)", Valid, ""),
	}
}

// resourceNameForms are keys of a container's requests or limits.
func resourceNameForms() []Form {
	return []Form{
		f("ephemeral storage", Valid, "ephemeral-storage"),
		f("extended", Valid, "example.com/gpu"),
		f("hugepages", Borderline, "hugepages-2Mi"),
		f("no domain", Invalid, "gpu"),
		f("kubernetes.io domain", Invalid, "kubernetes.io/gpu"),
		f("quota name", Invalid, "requests.cpu"),
		f("pods", Invalid, "pods"),
		f("storage", Invalid, "storage"),
		f("upper case", Invalid, "CPU"),
		f("empty", Invalid, ""),
	}
}

// quotaNameForms are keys of resourceQuota.hard.
func quotaNameForms() []Form {
	return []Form{
		f("services", Valid, "services"),
		f("node ports", Valid, "services.nodeports"),
		f("object count", Valid, "count/deployments.apps"),
		f("core object count", Valid, "count/secrets"),
		f("extended request", Valid, "requests.example.com/gpu"),
		f("storage class", Valid, "fast.storageclass.storage.k8s.io/requests.storage"),
		f("hugepages", Valid, "requests.hugepages-2Mi"),
		f("bare hugepages", Borderline, "hugepages-2Mi"),
		f("ephemeral storage", Valid, "requests.ephemeral-storage"),
		f("extended without requests.", Invalid, "example.com/gpu"),
		f("limits of extended", Invalid, "limits.example.com/gpu"),
		f("limits.storage", Invalid, "limits.storage"),
		f("no domain", Invalid, "gpu"),
		f("upper case", Invalid, "Pods"),
		f("two slashes", Invalid, "a/b/c"),
		f("empty", Invalid, ""),
	}
}

func capabilityForms() []Form {
	return []Form{
		f("none", Valid, []any{}),
		f("NET_ADMIN", Valid, []any{"NET_ADMIN"}),
		f("SYS_ADMIN", Borderline, []any{"SYS_ADMIN"}),
		f("CAP_SYS_ADMIN", Borderline, []any{"CAP_SYS_ADMIN"}),
		f("ALL", Borderline, []any{"ALL"}),
		f("twice the same", Borderline, []any{"CHOWN", "CHOWN"}),
	}
}

func capabilityNameForms() []Form {
	return []Form{
		f("NET_RAW", Valid, "NET_RAW"),
		f("lower case", Borderline, "net_raw"),
		f("CAP_ prefix", Borderline, "CAP_NET_RAW"),
		f("unknown", Invalid, "NOT_A_CAPABILITY"),
		f("space", Invalid, "NET RAW"),
		f("empty", Invalid, ""),
	}
}

func seccompTypeForms(profilePath string) []Form {
	return []Form{
		f("RuntimeDefault", Valid, "RuntimeDefault"),
		f("Unconfined", Valid, "Unconfined"),
		f("Localhost with profile", Valid, "Localhost", Set{profilePath, "profiles/optio.json"}),
		f("Localhost without profile", Invalid, "Localhost"),
		f("empty", Borderline, ""),
		f("lower case", Invalid, "runtimedefault"),
		f("annotation spelling", Invalid, "runtime/default"),
	}
}

func localhostProfileForms(typePath string) []Form {
	return []Form{
		f("relative", Valid, "profiles/a.json", Set{typePath, "Localhost"}),
		f("without Localhost", Invalid, "profiles/a.json"),
		f("absolute", Invalid, "/var/lib/a.json", Set{typePath, "Localhost"}),
		f("dot-dot", Invalid, "../a.json", Set{typePath, "Localhost"}),
		f("empty", Borderline, "", Set{typePath, "Localhost"}),
		f("space", Borderline, "a b.json", Set{typePath, "Localhost"}),
	}
}

// m is a map of a values tree.
type m = map[string]any

// l is a list of a values tree.
type l = []any

// affinityForms are whole affinity values of the component at c.
func affinityForms(c string) []Form {
	term := func(key string) m {
		return m{"topologyKey": key, "labelSelector": m{"matchLabels": m{"app.kubernetes.io/component": c}}}
	}
	nodeReq := func(r m) m {
		return m{"nodeAffinity": m{"requiredDuringSchedulingIgnoredDuringExecution": m{"nodeSelectorTerms": l{m{"matchExpressions": l{r}}}}}}
	}
	return []Form{
		f("none", Valid, m{}),
		f("node affinity", Valid, nodeReq(m{"key": "kubernetes.io/os", "operator": "In", "values": l{"linux"}})),
		f("preferred pod anti-affinity", Valid, m{"podAntiAffinity": m{"preferredDuringSchedulingIgnoredDuringExecution": l{m{"weight": 100, "podAffinityTerm": term("kubernetes.io/hostname")}}}}),
		f("required pod affinity with namespaces", Valid, m{"podAffinity": m{"requiredDuringSchedulingIgnoredDuringExecution": l{
			m{"topologyKey": "topology.kubernetes.io/zone", "namespaces": l{"optio"}, "namespaceSelector": m{}, "labelSelector": m{"matchExpressions": l{m{"key": "a", "operator": "Exists"}}}}}}}),
		f("match fields", Borderline, m{"nodeAffinity": m{"requiredDuringSchedulingIgnoredDuringExecution": m{"nodeSelectorTerms": l{m{"matchFields": l{m{"key": "metadata.name", "operator": "In", "values": l{"node-1"}}}}}}}}),
		f("Gt with one value", Borderline, nodeReq(m{"key": "cores", "operator": "Gt", "values": l{"4"}})),
		f("weight 0", Invalid, m{"podAntiAffinity": m{"preferredDuringSchedulingIgnoredDuringExecution": l{m{"weight": 0, "podAffinityTerm": term("kubernetes.io/hostname")}}}}),
		f("no terms", Invalid, m{"nodeAffinity": m{"requiredDuringSchedulingIgnoredDuringExecution": m{"nodeSelectorTerms": l{}}}}),
		f("In without values", Invalid, nodeReq(m{"key": "k", "operator": "In"})),
		f("Exists with values", Invalid, nodeReq(m{"key": "k", "operator": "Exists", "values": l{"v"}})),
		f("bad label value", Invalid, nodeReq(m{"key": "k", "operator": "In", "values": l{"a b"}})),
		f("unknown operator", Invalid, nodeReq(m{"key": "k", "operator": "Is", "values": l{"v"}})),
		f("empty topology key", Invalid, m{"podAffinity": m{"requiredDuringSchedulingIgnoredDuringExecution": l{term("")}}}),
		f("bad namespace", Invalid, m{"podAffinity": m{"requiredDuringSchedulingIgnoredDuringExecution": l{m{"topologyKey": "zone", "namespaces": l{"Optio"}}}}}),
		f("matchLabelKeys (1.29)", Invalid, m{"podAntiAffinity": m{"requiredDuringSchedulingIgnoredDuringExecution": l{
			m{"topologyKey": "zone", "labelSelector": m{}, "matchLabelKeys": l{"pod-template-hash"}}}}}),
	}
}

// topologySpreadForms are whole topologySpreadConstraints values.
func topologySpreadForms() []Form {
	c := func(extra m) m {
		out := m{"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "ScheduleAnyway",
			"labelSelector": m{"matchLabels": m{"app.kubernetes.io/name": "optio"}}}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
	return []Form{
		f("none", Valid, l{}),
		f("zone", Valid, l{c(nil)}),
		f("every field", Borderline, l{c(m{"whenUnsatisfiable": "DoNotSchedule", "minDomains": 2, "nodeAffinityPolicy": "Honor", "nodeTaintsPolicy": "Ignore", "matchLabelKeys": l{"pod-template-hash"}})}),
		f("two keys", Valid, l{c(nil), c(m{"topologyKey": "kubernetes.io/hostname"})}),
		f("maxSkew 0", Invalid, l{c(m{"maxSkew": 0})}),
		f("no topology key", Invalid, l{c(m{"topologyKey": ""})}),
		f("unknown action", Invalid, l{c(m{"whenUnsatisfiable": "Never"})}),
		f("twice the same", Invalid, l{c(nil), c(nil)}),
		f("minDomains with ScheduleAnyway", Invalid, l{c(m{"minDomains": 2})}),
		f("bad policy", Invalid, l{c(m{"nodeTaintsPolicy": "honor"})}),
		f("matchLabelKeys also in matchLabels", Borderline, l{c(m{"matchLabelKeys": l{"app.kubernetes.io/name"}})}),
		f("matchLabelKeys twice in the selector", Invalid, l{c(m{"matchLabelKeys": l{"app.kubernetes.io/name"},
			"labelSelector": m{"matchLabels": m{"app.kubernetes.io/name": "optio"}, "matchExpressions": l{m{"key": "app.kubernetes.io/name", "operator": "Exists"}}}})}),
		f("bad selector", Invalid, l{c(m{"labelSelector": m{"matchExpressions": l{m{"key": "a", "operator": "In"}}}})}),
	}
}

// extraEnvForms are whole extraEnvVars values of the component at c.
func extraEnvForms(c string) []Form {
	reserved := map[string]string{"api": "DATABASE_URL", "web": "PORT", "optio": "OPTIO_API_URL", "postgresql": "PGDATA", "redis": "REDIS_PASSWORD"}[c]
	return []Form{
		f("none", Valid, l{}),
		f("value", Valid, l{m{"name": "TZ", "value": "UTC"}}),
		f("every source", Valid, l{
			m{"name": "A", "valueFrom": m{"secretKeyRef": m{"name": "tokens", "key": "a", "optional": true}}},
			m{"name": "B", "valueFrom": m{"configMapKeyRef": m{"name": "settings", "key": "b.txt"}}},
			m{"name": "C", "valueFrom": m{"fieldRef": m{"fieldPath": "metadata.labels['app.kubernetes.io/name']"}}},
			m{"name": "D", "valueFrom": m{"resourceFieldRef": m{"resource": "limits.memory", "divisor": "1Mi"}}},
		}),
		f("relaxed name", Borderline, l{m{"name": "1.odd name", "value": "x"}}),
		f("multi-line value", Borderline, l{m{"name": "PEM", "value": "-----BEGIN-----\nabc\n-----END-----\n"}}),
		f("empty value", Borderline, l{m{"name": "EMPTY"}}),
		f("twice the same", Invalid, l{m{"name": "X", "value": "1"}, m{"name": "X", "value": "2"}}),
		f("a name we set", Invalid, l{m{"name": reserved, "value": "x"}}),
		f("no name", Invalid, l{m{"value": "x"}}),
		f("equals sign", Invalid, l{m{"name": "A=B", "value": "x"}}),
		f("value and valueFrom", Invalid, l{m{"name": "X", "value": "x", "valueFrom": m{"fieldRef": m{"fieldPath": "metadata.name"}}}}),
		f("empty valueFrom", Invalid, l{m{"name": "X", "valueFrom": m{}}}),
		f("unknown field path", Invalid, l{m{"name": "X", "valueFrom": m{"fieldRef": m{"fieldPath": "spec.restartPolicy"}}}}),
		f("cpu in Mi", Invalid, l{m{"name": "X", "valueFrom": m{"resourceFieldRef": m{"resource": "limits.cpu", "divisor": "1Mi"}}}}),
		f("secret without key", Invalid, l{m{"name": "X", "valueFrom": m{"secretKeyRef": m{"name": "s"}}}}),
		f("bad secret name", Invalid, l{m{"name": "X", "valueFrom": m{"secretKeyRef": m{"name": "S_1", "key": "k"}}}}),
		f("fileKeyRef", Invalid, l{m{"name": "X", "valueFrom": m{"fileKeyRef": m{"volumeName": "v", "path": "p", "key": "k"}}}}),
	}
}
