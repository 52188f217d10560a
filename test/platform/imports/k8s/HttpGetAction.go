package k8s


// HTTPGetAction describes an action based on HTTP Get requests.
type HttpGetAction struct {
	// Name or number of the port to access on the container.
	//
	// Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.
	Port IntOrString `field:"required" json:"port" yaml:"port"`
	// Host name to connect to, defaults to the pod IP.
	//
	// You probably want to set "Host" in httpHeaders instead.
	Host *string `field:"optional" json:"host" yaml:"host"`
	// Custom headers to set in the request.
	//
	// HTTP allows repeated headers.
	HttpHeaders *[]*HttpHeader `field:"optional" json:"httpHeaders" yaml:"httpHeaders"`
	// Path to access on the HTTP server.
	Path *string `field:"optional" json:"path" yaml:"path"`
	// Protocol selects the wire protocol for the probe connection.
	//
	// Nil defaults to HTTP/1.1.
	Protocol *string `field:"optional" json:"protocol" yaml:"protocol"`
	// Scheme to use for connecting to the host.
	//
	// Defaults to HTTP.
	// Default: HTTP.
	//
	Scheme *string `field:"optional" json:"scheme" yaml:"scheme"`
}

