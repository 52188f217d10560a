package difftest

// chartTodayPoints are the mutation points of the values of Optio's chart
// of today (v0.4.0) that the March chart lacks (issue 18): the assistant's
// Deployment, the skills cache's claim, the agent runtime's settings, the
// login, GitHub App, push and telemetry settings of the API's environment,
// the web UI's public API URL and the listen addresses, the node reader
// switch.
func chartTodayPoints() []Point {
	pts := []Point{
		{Path: "optio.enabled", Forms: boolForms()},
		{Path: "optio.image.repository", Forms: repositoryForms("optio-optio")},
		{Path: "optio.image.tag", Forms: tagForms()},
		{Path: "optio.image.pullPolicy", Forms: enumForms([]string{"Always", "IfNotPresent", "Never"}, "", "always")},
		{Path: "optio.resources.requests[cpu]", Forms: cpuForms()},
		{Path: "optio.resources.requests[memory]", Forms: memoryForms()},
		{Path: "optio.resources.limits[cpu]", Forms: cpuForms()},
		{Path: "optio.resources.limits[memory]", Forms: memoryForms()},
		{Path: "optio.resources.requests[*]", KeyValue: "1", Forms: resourceNameForms()},
		{Path: "optio.resources.limits[*]", KeyValue: "1", Forms: resourceNameForms()},

		{Path: "installedSkillsCache.enabled", Forms: boolForms()},
		{Path: "installedSkillsCache.size", Forms: storageForms()},
		{Path: "installedSkillsCache.storageClass", Forms: append(objectNameForms("standard"), f("empty (cluster default)", Valid, ""))},
		{Path: "installedSkillsCache.accessModes", Forms: []Form{
			f("RWX", Valid, []any{"ReadWriteMany"}),
			f("RWO and RWOP", Borderline, []any{"ReadWriteOnce", "ReadWriteOncePod"}),
			f("twice the same", Borderline, []any{"ReadWriteOnce", "ReadWriteOnce"}),
			f("none", Invalid, []any{}),
		}},
		{Path: "installedSkillsCache.accessModes[0]", Forms: enumForms([]string{"ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"}, "RWO", "")},

		{Path: "agent.image.prefix", Forms: []Form{
			f("registry path", Valid, "ghcr.io/acme/optio-agent-"),
			f("registry with port", Valid, "registry.local:5000/optio-"),
			f("local", Valid, "optio-"),
			f("empty (local presets)", Borderline, ""),
			f("upper case", Invalid, "GHCR.io/Acme/agent-"),
			f("with a tag", Invalid, "ghcr.io/acme/agent:1-"),
		}},
		{Path: "agent.envoyProxy.image.repository", Forms: repositoryForms("envoyproxy/envoy")},
		{Path: "agent.envoyProxy.image.tag", Forms: tagForms()},
		{Path: "agent.envoyProxy.image.pullPolicy", Forms: enumForms([]string{"Always", "IfNotPresent", "Never"}, "", "always")},
		{Path: "agent.nodeSelector[*]", KeyValue: "v", Forms: qualifiedNameForms()},
		{Path: "agent.nodeSelector[pool]", Forms: labelValueForms()},
		{Path: "agent.tolerations[0].key", Forms: append(qualifiedNameForms()[:len(qualifiedNameForms())-1], f("empty", Borderline, ""))},
		{Path: "agent.tolerations[0].operator", Forms: enumForms([]string{"Equal", "Exists", ""}, "Gt", "equal")},
		{Path: "agent.tolerations[0].value", Forms: labelValueForms()},
		{Path: "agent.tolerations[0].effect", Forms: enumForms([]string{"NoSchedule", "PreferNoSchedule", "NoExecute", ""}, "noschedule")},
		{Path: "agent.tolerations[0].tolerationSeconds", Forms: []Form{
			f("300", Valid, 300), f("0", Borderline, 0), f("unset", Valid, Absent), f("above 2^53", Borderline, 9007199254740993),
		}},
		{Path: "agent.statefulSet.enabled", Forms: boolForms()},
		{Path: "agent.statefulSet.terminationGracePeriodSeconds", Forms: append(intForms(0, 1<<62, 0, 30, 300, 86400, -1), f("unset", Valid, nil))},
		{Path: "agent.cache.enabled", Forms: boolForms()},
		{Path: "agent.cache.storageClass", Forms: append(objectNameForms("standard"), f("empty (cluster default)", Valid, ""))},
		{Path: "agent.cache.maxSizePerDirectoryGi", Forms: append(intForms(1, 1<<62, 1, 100, 10000, 0, -5), f("unset", Valid, nil))},
		{Path: "agent.cache.maxSizeTotalGi", Forms: append(intForms(1, 1<<62, 1, 200, 0), f("unset", Valid, nil))},
		{Path: "agent.cache.defaultSizePerDirectoryGi", Forms: append(intForms(1, 1<<62, 1, 10, 0), f("unset", Valid, nil))},
		{Path: "agent.repoInitTimeoutMs", Forms: append(intForms(1, 1<<62, 1, 120000, 3600000, 0, -1), f("unset", Valid, nil))},

		{Path: "auth.oidc.issuerUrl", Forms: urlForms("https", "sso.example.com",
			f("realm path", Valid, "https://sso.example.com/realms/optio"),
			f("http", Valid, "http://keycloak.internal:8080/realms/optio"),
			f("query", Invalid, "https://sso.example.com/realms/x?tenant=a"), f("fragment", Invalid, "https://sso.example.com/#x"))},
		{Path: "auth.oidc.clientId", Forms: []Form{f("plain", Valid, "optio"), f("empty", Invalid, ""), f("newline", Invalid, "a\nb")}},
		{Path: "auth.oidc.clientSecret", Forms: secretForms("oidc-secret")},
		{Path: "auth.oidc.displayName", Forms: []Form{f("plain", Valid, "Corp SSO"), f("empty (API default)", Valid, ""), f("non-ASCII", Valid, "Anmeldung über SSO"), f("newline", Invalid, "a\nb")}},
		{Path: "auth.oidc.scopes", Forms: []Form{f("plain", Valid, "openid email profile groups"), f("empty (API default)", Valid, ""), f("tab", Invalid, "openid\temail")}},

		{Path: "github.app.id", Forms: []Form{
			f("digits", Valid, "123456"), f("YAML integer", Valid, 123456), f("empty", Valid, ""),
			f("not digits", Invalid, "12a"), f("YAML float", Invalid, 1.5),
		}},
		{Path: "github.app.clientId", Forms: []Form{f("plain", Valid, "Iv1.0123abcd"), f("empty", Borderline, "")}},
		{Path: "github.app.clientSecret", Forms: secretForms("app-secret")},
		{Path: "github.app.installationId", Forms: []Form{f("digits", Valid, "987654"), f("YAML integer", Valid, 987654), f("not digits", Invalid, "x1")}},
		{Path: "github.app.privateKey", Forms: secretForms("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n")},
		{Path: "github.app.botName", Forms: []Form{f("plain", Valid, "optio-app[bot]"), f("empty", Valid, ""), f("newline", Invalid, "a\nb")}},
		{Path: "github.app.botEmail", Forms: []Form{f("plain", Valid, "1+optio-app[bot]@users.noreply.github.com"), f("empty", Valid, ""), f("ESC", Invalid, "a\x1bb")}},
		{Path: "github.app.existingSecret", Forms: append(objectNameForms("optio-github-app"), f("empty (from the values)", Valid, ""))},

		{Path: "credentialSecret", Forms: secretForms("credential")},
		{Path: "notifications.vapid.publicKey", Forms: []Form{f("plain", Valid, "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM"), f("empty (push off)", Valid, ""), f("newline", Invalid, "BPub\n")}},
		{Path: "notifications.vapid.privateKey", Forms: secretForms("vapid-private")},
		{Path: "notifications.vapid.subject", Forms: []Form{
			f("mailto", Valid, "mailto:ops@example.com"), f("https", Valid, "https://example.com/contact"),
			f("bare address", Invalid, "ops@example.com"), f("http", Invalid, "http://example.com"), f("empty", Invalid, ""),
		}},

		{Path: "observability.otel.enabled", Forms: boolForms()},
		{Path: "observability.otel.endpoint", Forms: urlForms("http", "collector.observability:4318",
			f("https", Valid, "https://otlp.example.com"))},
		{Path: "observability.otel.protocol", Forms: enumForms([]string{"grpc", "http/protobuf", "http/json"}, "http", "")},
		{Path: "observability.otel.headers", Forms: append(secretForms("x-api-key=abc"), f("not key=value", Invalid, "token"))},
		{Path: "observability.otel.serviceName", Forms: []Form{f("plain", Valid, "optio-api-eu"), f("empty", Invalid, "")}},
		{Path: "observability.otel.resourceAttributes", Forms: []Form{f("pairs", Valid, "team=platform,region=eu-1"), f("empty", Valid, ""), f("no value", Invalid, "team")}},
		{Path: "observability.otel.samplingRatio", Forms: []Form{
			f("text", Valid, "0.1"), f("YAML float", Valid, 0.25), f("one", Borderline, 1), f("zero", Borderline, "0"),
			f("above one", Invalid, "1.5"), f("junk", Invalid, "half"),
			f("exponent", Borderline, "1e-3"), f("NaN", Invalid, "NaN"), f("hexadecimal", Invalid, "0x1p-1"),
		}},
		{Path: "observability.otel.metricsIntervalMs", Forms: []Form{
			f("text", Valid, "30000"), f("YAML integer", Valid, 10000), f("one", Borderline, "1"), f("zero", Invalid, "0"), f("unit", Invalid, "30s"),
			f("longest timer", Borderline, "2147483647"), f("beyond a timer", Invalid, "2147483648"),
		}},
		{Path: "observability.otel.logsEnabled", Forms: boolForms()},
		{Path: "observability.otel.debug", Forms: boolForms()},

		{Path: "rbac.clusterRole.create", Forms: boolForms()},
		{Path: "web.publicApiUrl", Forms: urlForms("https", "api.optio.example.com")},
	}
	// api.host is catalog.go's; the web UI's bind address is of this kind.
	pts = append(pts, Point{Path: "web.listenAddress", Forms: enumForms([]string{"0.0.0.0", "::"}, "", "localhost", "10.0.0.1")})
	for _, c := range []string{"api", "web"} {
		pts = append(pts,
			// The earlier names of the autoscaling targets.
			Point{Path: c + ".autoscaling.targetCPU", Forms: []Form{
				f("earlier name alone", Valid, 60, Set{c + ".autoscaling.targetCPUUtilizationPercentage", Absent}),
				f("earlier name, same value", Valid, 75, Set{c + ".autoscaling.targetCPUUtilizationPercentage", 75}),
				f("earlier name, other value", Invalid, 60, Set{c + ".autoscaling.targetCPUUtilizationPercentage", 75}),
			}},
			Point{Path: c + ".autoscaling.targetMemory", Forms: []Form{
				f("earlier name alone", Valid, 70, Set{c + ".autoscaling.targetMemoryUtilizationPercentage", Absent}),
				f("earlier name, other value", Invalid, 70, Set{c + ".autoscaling.targetMemoryUtilizationPercentage", 80}),
			}},
		)
	}
	return pts
}
