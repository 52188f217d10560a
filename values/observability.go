package values

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"k8s.io/apimachinery/pkg/util/validation/field"
)

// KeyOTelHeaders is the key of the OTLP exporter's headers in the API's
// environment: they usually carry an ingest token, so they are a secret.
const KeyOTelHeaders = "OTEL_EXPORTER_OTLP_HEADERS"

// OTLPProtocols are the OTLP transports of the OpenTelemetry SDK
// (OTEL_EXPORTER_OTLP_PROTOCOL).
var OTLPProtocols = []string{"grpc", "http/protobuf", "http/json"}

// ObservabilityValues configure telemetry (the `observability` key of
// Optio's chart of today).
type ObservabilityValues struct {
	// OTel configures OpenTelemetry.
	OTel OTelValues `json:"otel"`
}

// OTelValues configure the API's OpenTelemetry traces, metrics and logs
// (observability.otel); nothing reaches the API unless Enabled.
type OTelValues struct {
	// Enabled turns telemetry on (OPTIO_OTEL_ENABLED=true). Default: false.
	Enabled bool `json:"enabled"`
	// Endpoint of the OTLP receiver, an http(s) URL without credentials
	// (OTEL_EXPORTER_OTLP_ENDPOINT); "" leaves the SDK's default
	// (localhost). Default: "".
	Endpoint string `json:"endpoint"`
	// Protocol is grpc, http/protobuf or http/json
	// (OTEL_EXPORTER_OTLP_PROTOCOL). Default: http/protobuf.
	Protocol OTLPProtocol `json:"protocol" values:"empty"`
	// Headers sent with every export, key=value pairs separated by commas
	// (OTEL_EXPORTER_OTLP_HEADERS); usually an ingest token, so a secret.
	// Default: "".
	Headers string `json:"headers" values:"secret,opaque,env=OPTIO_OTEL_HEADERS,key=OTEL_EXPORTER_OTLP_HEADERS"`
	// ServiceName is the service.name resource attribute
	// (OTEL_SERVICE_NAME). Default: optio-api.
	ServiceName string `json:"serviceName"`
	// ResourceAttributes are extra resource attributes, key=value pairs
	// separated by commas (OTEL_RESOURCE_ATTRIBUTES). Default: "".
	ResourceAttributes string `json:"resourceAttributes"`
	// SamplingRatio is the share of traces kept, from 0 to 1
	// (OPTIO_OTEL_SAMPLING_RATIO); a number or its text. Default: "1.0".
	SamplingRatio string `json:"samplingRatio" values:"numeric"`
	// MetricsIntervalMs is how often metrics are exported, in milliseconds,
	// at least 1 (OPTIO_OTEL_METRICS_INTERVAL_MS); a number or its text.
	// Default: "60000".
	MetricsIntervalMs string `json:"metricsIntervalMs" values:"numeric"`
	// LogsEnabled exports the API's logs too (OPTIO_OTEL_LOGS_ENABLED).
	// Default: false.
	LogsEnabled bool `json:"logsEnabled"`
	// Debug logs the SDK's own diagnostics (OPTIO_OTEL_DEBUG).
	// Default: false.
	Debug bool `json:"debug"`
}

// MaxTimerMs is the longest delay Node.js's setTimeout and setInterval
// honour, 2^31-1 ms (about 24.8 days); a longer one runs after 1 ms.
const MaxTimerMs = math.MaxInt32

// plainDecimal is a number as JavaScript's parseFloat and Go's ParseFloat
// both read it alike: digits with an optional fraction and exponent.
var plainDecimal = regexp.MustCompile(`^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$`)

func defaultOTel() OTelValues {
	return OTelValues{Protocol: "http/protobuf", ServiceName: "optio-api", SamplingRatio: "1.0", MetricsIntervalMs: "60000"}
}

// Validate checks the telemetry values at path (e.g. "observability.otel"),
// whether or not telemetry is enabled.
func (v OTelValues) Validate(path *field.Path) field.ErrorList {
	errs := validateURL(path.Child("endpoint"), v.Endpoint, false, "http", "https")
	if what := urlCredentials(v.Endpoint); what != "" {
		errs = append(errs, field.Forbidden(path.Child("endpoint"), "holds credentials ("+what+"): put them in observability.otel.headers, which is kept secret"))
	}
	if v.Protocol != "" {
		errs = append(errs, validateEnum(path.Child("protocol"), v.Protocol, OTLPProtocols).WithOrigin(RuleEnums)...)
	}
	// The API reads both with JavaScript (parseFloat, parseInt): only a
	// plain decimal reads the same there as here (Go also reads NaN, Inf and
	// hexadecimal, which parseFloat takes for NaN or 0).
	if r := v.SamplingRatio; r != "" {
		if f, err := strconv.ParseFloat(r, 64); !plainDecimal.MatchString(r) || err != nil || f < 0 || f > 1 {
			errs = append(errs, field.Invalid(path.Child("samplingRatio"), r, "must be a decimal number from 0 to 1 (e.g. 0.25)"))
		}
	}
	if m := v.MetricsIntervalMs; m != "" {
		if n, err := strconv.ParseInt(m, 10, 64); err != nil || n < 1 || n > MaxTimerMs {
			errs = append(errs, field.Invalid(path.Child("metricsIntervalMs"), m, fmt.Sprintf("must be a whole number of milliseconds from 1 to %d (Node.js timers run a longer interval every millisecond)", MaxTimerMs)))
		}
	}
	if p := keyValueProblem(v.Headers); p != "" {
		errs = append(errs, field.Invalid(path.Child("headers"), field.OmitValueType{}, p))
	}
	if p := keyValueProblem(v.ResourceAttributes); p != "" {
		errs = append(errs, field.Invalid(path.Child("resourceAttributes"), v.ResourceAttributes, p))
	}
	if v.Enabled && v.ServiceName == "" {
		errs = append(errs, field.Required(path.Child("serviceName"), "required when observability.otel.enabled is true"))
	}
	return errs
}

// keyValueProblem describes what is wrong with a list of key=value pairs
// separated by commas (the W3C Baggage form the OpenTelemetry SDK reads for
// headers and resource attributes), or returns "". Values are never quoted
// in the message.
func keyValueProblem(s string) string {
	if s == "" {
		return ""
	}
	for i, pair := range strings.Split(s, ",") {
		k, _, ok := strings.Cut(pair, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return fmt.Sprintf("must be key=value pairs separated by commas; entry %d is not", i+1)
		}
	}
	return ""
}

// environment adds the telemetry settings and the headers secret when
// telemetry is on.
func (v OTelValues) environment(settings, secrets map[string]string) {
	if !v.Enabled {
		return
	}
	settings["OPTIO_OTEL_ENABLED"] = "true"
	set := func(k, val string) {
		if val != "" {
			settings[k] = val
		}
	}
	set("OTEL_EXPORTER_OTLP_ENDPOINT", v.Endpoint)
	set("OTEL_EXPORTER_OTLP_PROTOCOL", string(v.Protocol))
	set("OTEL_SERVICE_NAME", v.ServiceName)
	set("OTEL_RESOURCE_ATTRIBUTES", v.ResourceAttributes)
	set("OPTIO_OTEL_SAMPLING_RATIO", v.SamplingRatio)
	set("OPTIO_OTEL_METRICS_INTERVAL_MS", v.MetricsIntervalMs)
	if v.LogsEnabled {
		settings["OPTIO_OTEL_LOGS_ENABLED"] = "true"
	}
	if v.Debug {
		settings["OPTIO_OTEL_DEBUG"] = "true"
	}
	if v.Headers != "" {
		secrets[KeyOTelHeaders] = v.Headers
	}
}
