package values_test

import (
	"slices"
	"testing"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testvalues"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// TestRuleOrigins: each rule that is this program's own (values.Rules)
// marks its errors with its identity (field.Error.Origin), which the
// differential tester reads; every rule has a case here, named after it.
func TestRuleOrigins(t *testing.T) {
	cases := []struct {
		rule    string
		release string
		path    string
		mutate  func(v *values.Values)
	}{
		{values.RuleImageReference, "optio", "api.image.tag", func(v *values.Values) { v.API.Image.Tag = "-x" }},
		{values.RuleRedisTLSSecret, "optio", "redis.tls.existingSecret", func(v *values.Values) { v.Redis.TLS.AutoGenerateCert = false }},
		{values.RuleInternalPaths, "optio", "ingress.hosts[0].paths[1].path", func(v *values.Values) { v.Ingress.Hosts[0].Paths[1].Path = "/api/internal" }},
		{values.RuleGatewayOrIngress, "optio", "gatewayAPI.enabled", func(v *values.Values) {
			v.Ingress.Enabled, v.GatewayAPI.Enabled, v.GatewayAPI.GatewayClassName = true, true, "example"
		}},
		{values.RuleGatewayValues, "optio", "gatewayAPI.listeners[0].protocol", func(v *values.Values) { v.GatewayAPI.Listeners[0].Protocol = "TCP" }},
		{values.RuleInternalTLS, "optio", "internalTLS.provider", func(v *values.Values) { v.InternalTLS.Provider = "vault" }},
		{values.RuleEnums, "optio", "api.antiAffinity", func(v *values.Values) { v.API.AntiAffinity = "always" }},
		{values.RuleRequiredValues, "optio", "encryption.key", func(v *values.Values) { v.Encryption.Key = "" }},
		{values.RuleURLs, "optio", "publicUrl", func(v *values.Values) { v.PublicURL = "ftp://optio.example.com" }},
		{values.RuleAgentPVC, "optio", "agent.pvc.size", func(v *values.Values) { v.Agent.PVC.Size = "lots" }},
		{values.RuleQuotaFit, "optio", "resourceQuota.hard[pods]", func(v *values.Values) {
			v.ResourceQuota.Enabled, v.ResourceQuota.Hard = true, values.ResourceList{"pods": "2"}
		}},
		{values.RuleAPIHost, "optio", "api.host", func(v *values.Values) { v.API.Host = "localhost" }},
		{values.RulePostgresImage, "optio", "postgresql.image.repository", func(v *values.Values) { v.Postgresql.Image.Repository = "bitnami/postgresql" }},
		{values.RuleResourcesRequired, "optio", "web.resources.limits.memory", func(v *values.Values) { delete(v.Web.Resources.Limits, "memory") }},
		{values.RuleReleaseNameLength, "a123456789012345678901234567890123456789012345", "releaseName", func(v *values.Values) {}},
		{values.RuleReleaseNameLetter, "1optio", "releaseName", func(v *values.Values) {}},
		{values.RuleNodePort, "optio", "web.service.nodePort", func(v *values.Values) {
			v.Web.Service = values.ServiceValues{Type: "ClusterIP", NodePort: ptr(intstr.FromInt32(30400))}
		}},
		{values.RuleIngressDuplicatePath, "optio", "ingress.hosts[0].paths[1].path", func(v *values.Values) { v.Ingress.Hosts[0].Paths[1].Path = "/" }},
		{values.RuleIngressPathAbsolute, "optio", "ingress.hosts[0].paths[0].path", func(v *values.Values) {
			v.Ingress.Hosts[0].Paths[0] = values.IngressPath{Path: "api", PathType: "ImplementationSpecific", Service: "api"}
		}},
		{values.RuleIngressTLSHosts, "optio", "ingress.tls[0].hosts[0]", func(v *values.Values) {
			v.Ingress.TLS = []values.IngressTLS{{SecretName: "tls", Hosts: []string{"10.0.0.1"}}}
		}},
		{values.RuleIngressNginxPaths, "optio", "ingress.hosts[0].paths[1].path", func(v *values.Values) { v.Ingress.Hosts[0].Paths[1].Path = "/api(/|$)" }},
		{values.RuleCertManagerTLS, "optio", "ingress.hosts[1].host", func(v *values.Values) {
			v.Ingress.Enabled, v.Ingress.CertManager.Enabled = true, true
			v.Ingress.Hosts = append(v.Ingress.Hosts, values.IngressHost{Host: "optio-example.com", Paths: v.Ingress.Hosts[0].Paths})
		}},
		{values.RuleObjectNames, "optio", "imagePullSecrets[0].name", func(v *values.Values) {
			v.ImagePullSecrets = []values.LocalObjectReference{{Name: "Registry"}}
		}},
		{values.RuleObjectNames, "optio", "postgresql.tls.existingSecret", func(v *values.Values) { v.Postgresql.TLS.ExistingSecret = "a_b" }},
		{values.RuleNumberPrecision, "optio", "api.tolerations[0].tolerationSeconds", func(v *values.Values) {
			v.API.Tolerations = []values.Toleration{{Key: "k", Operator: "Exists", Effect: "NoExecute", TolerationSeconds: ptr[int64](1 << 53)}}
		}},
		{values.RuleTextControlCharacters, "optio", "postgresql.auth.database", func(v *values.Values) { v.Postgresql.Auth.Database = "optio\n" }},
		{values.RuleTextYAMLUnsafe, "optio", "serviceAccount.annotations[note]", func(v *values.Values) { v.ServiceAccount.Annotations = map[string]string{"note": "a\u2028b"} }},
		{values.RuleTextUTF8, "optio", "serviceAccount.annotations[note]", func(v *values.Values) { v.ServiceAccount.Annotations = map[string]string{"note": "\xff"} }},
		{values.RuleTextJSKey, "optio", "serviceAccount.annotations[constructor]", func(v *values.Values) {
			v.ServiceAccount.Annotations = map[string]string{"constructor": "x"}
		}},
		// Invalid as an annotation key too; the server never sees it.
		{values.RuleTextJSKey, "optio", "gatewayAPI.gatewayAnnotations", func(v *values.Values) {
			v.GatewayAPI.GatewayAnnotations = map[string]string{"__proto__": "x"}
		}},
		{values.RuleAPIEnvironment, "optio", "agent.repoInitTimeoutMs", func(v *values.Values) { v.Agent.RepoInitTimeoutMs = ptr[int64](0) }},
		{values.RuleAutoscalingRenamed, "optio", "web.autoscaling.targetCPU", func(v *values.Values) { v.Web.Autoscaling.TargetCPU = ptr[int32](50) }},
		{values.RuleLabelsReserved, "optio", "commonLabels[app.kubernetes.io/instance]", func(v *values.Values) {
			v.CommonLabels = map[string]string{"app.kubernetes.io/instance": "other"}
		}},
		{values.RuleLabelsReserved, "optio", "optio.podLabels[optio.pod-role]", func(v *values.Values) { v.Optio.PodLabels = map[string]string{"optio.pod-role": "x"} }},
		{values.RuleLabelsReserved, "optio", "api.podAnnotations[checksum/config]", func(v *values.Values) { v.API.PodAnnotations = map[string]string{"checksum/config": "0"} }},
		{values.RuleExtraEnv, "optio", "api.extraEnvVars[0].name", func(v *values.Values) { v.API.ExtraEnvVars = []corev1.EnvVar{{Name: "DATABASE_URL", Value: "x"}} }},
		{values.RuleExtraEnv, "optio", "web.extraEnvVars[1].name", func(v *values.Values) {
			v.Web.ExtraEnvVars = []corev1.EnvVar{{Name: "TZ", Value: "UTC"}, {Name: "PORT", Value: "1"}}
		}},
		{values.RuleExtraEnv, "optio", "redis.extraEnvVars[0].valueFrom.fileKeyRef", func(v *values.Values) {
			v.Redis.ExtraEnvVars = []corev1.EnvVar{{Name: "X", ValueFrom: &corev1.EnvVarSource{FileKeyRef: &corev1.FileKeySelector{VolumeName: "v", Path: "p", Key: "k"}}}}
		}},
		{values.RuleBindingFields, "optio", "web.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys", func(v *values.Values) {
			v.Web.Affinity = corev1.Affinity{PodAntiAffinity: &corev1.PodAntiAffinity{RequiredDuringSchedulingIgnoredDuringExecution: []corev1.PodAffinityTerm{{
				TopologyKey: "kubernetes.io/hostname", LabelSelector: &metav1.LabelSelector{}, MatchLabelKeys: []string{"pod-template-hash"},
			}}}}
		}},
		{values.RuleObjectNames, "optio", "postgresql.persistence.existingClaim", func(v *values.Values) { v.Postgresql.Persistence.ExistingClaim = "Data_1" }},
	}
	var covered []string
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			v := testvalues.Valid()
			c.mutate(&v)
			errs := v.Validate(c.release, "")
			for _, e := range errs {
				if e.Field == c.path {
					if e.Origin != c.rule {
						t.Errorf("%s: Origin %q, want %q", e, e.Origin, c.rule)
					}
					return
				}
			}
			t.Errorf("no error at %s; have %v", c.path, errs)
		})
		covered = append(covered, c.rule)
	}
	for _, r := range values.Rules() {
		if !slices.Contains(covered, r) {
			t.Errorf("rule %s has no case", r)
		}
	}
}

// TestServerRulesHaveNoOrigin: errors of the rules that mirror the API
// server carry no rule identity, so the differential tester reports any
// disagreement with the server about them.
func TestServerRulesHaveNoOrigin(t *testing.T) {
	for name, mutate := range map[string]func(v *values.Values){
		"nodePort out of range": func(v *values.Values) {
			v.API.Service = values.ServiceValues{Type: "NodePort", NodePort: ptr(intstr.FromInt32(29999))}
		},
		"toleration value": func(v *values.Values) {
			v.API.Tolerations = []values.Toleration{{Key: "k", Operator: "Equal", Value: "a b"}}
		},
		"rule host IP":   func(v *values.Values) { v.Ingress.Hosts[0].Host = "10.0.0.1" },
		"quota resource": func(v *values.Values) { v.ResourceQuota.Hard["pods"] = "1.5" },
		"port":           func(v *values.Values) { v.API.Port = 70000 },
	} {
		v := testvalues.Valid()
		mutate(&v)
		errs := v.Validate("optio", "")
		if len(errs) == 0 {
			t.Errorf("%s: no error", name)
		}
		for _, e := range errs {
			if e.Origin != "" {
				t.Errorf("%s: %s has Origin %q", name, e, e.Origin)
			}
		}
	}
}
