package optio

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/util/validation/field"

	certmanager "github.com/optio-cdk8s/optio-cdk8s/imports/optio_certmanagerio"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// CertManagerServer is one server certificate of InternalCertificates.
type CertManagerServer struct {
	// Secret cert-manager fills (tls.crt, tls.key, ca.crt). Required.
	Secret string
	// CommonName of the certificate. Required.
	CommonName string
	// DNSNames and IPAddresses are its names. At least one.
	DNSNames    []string
	IPAddresses []string
}

// InternalCertificatesProps configure InternalCertificates.
type InternalCertificatesProps struct {
	// Release names the objects and holds the namespace ("" is the
	// enclosing Chart's). Release.Name is required.
	Release values.Release
	// IssuerRef signs the server certificates. An empty Name makes the
	// release's own CA (Issuer R-selfsigned, Certificate and Secret R-ca,
	// Issuer R-ca) and uses it.
	IssuerRef values.IssuerRefValues
	// Servers are the certificates to request. At least one.
	Servers []CertManagerServer
}

// Validate checks the props; each error names its path.
func (p *InternalCertificatesProps) Validate() field.ErrorList {
	errs := p.Release.Validate(field.NewPath("release"))
	if len(p.Servers) == 0 {
		errs = append(errs, field.Required(field.NewPath("servers"), "at least one server certificate"))
	}
	for i, s := range p.Servers {
		sp := field.NewPath("servers").Index(i)
		errs = append(errs, values.ValidateObjectName(sp.Child("secret"), s.Secret)...)
		if s.CommonName == "" {
			errs = append(errs, field.Required(sp.Child("commonName"), ""))
		}
		if len(s.DNSNames)+len(s.IPAddresses) == 0 {
			errs = append(errs, field.Required(sp.Child("dnsNames"), "a certificate needs at least one name"))
		}
	}
	if p.IssuerRef.Name != "" {
		errs = append(errs, values.ValidateObjectName(field.NewPath("issuerRef", "name"), p.IssuerRef.Name)...)
	}
	return errs
}

// InternalCertificates are cert-manager's objects for the in-cluster
// servers' certificates (cert-manager.io/v1, typed from the v1.21.1 CRDs).
type InternalCertificates struct {
	constructs.Construct
	// SelfSignedIssuer, CA and CAIssuer are the release's own CA; nil with
	// an IssuerRef.
	SelfSignedIssuer certmanager.Issuer
	CA               certmanager.Certificate
	CAIssuer         certmanager.Issuer
	// Certificates are the server certificates, in the order of Servers.
	Certificates []certmanager.Certificate
}

// caDuration and serverDuration are the lifetimes of the release's CA (the
// chart's 3650 days) and of a server certificate (cert-manager renews it
// at two thirds; restart the server before the old one expires).
const (
	caDuration     = "87600h"
	serverDuration = "8760h"
)

// NewInternalCertificates emits, into scope, a Certificate per server
// (ECDSA P-256, usages server auth and digital signature) signed by
// IssuerRef or by the release's own CA: a self-signed Issuer that signs the
// CA Certificate R-ca (its key never rotates, so certificates it signed
// stay valid when cert-manager renews it) and the CA Issuer R-ca. Invalid
// props give an *InvalidPropsError and add nothing.
func NewInternalCertificates(scope constructs.Construct, id string, props *InternalCertificatesProps) (_ *InternalCertificates, err error) {
	if props, err = prepare("InternalCertificates", id, props, func() InternalCertificatesProps { return InternalCertificatesProps{} }); err != nil {
		return nil, err
	}
	defer catchFault(&err)
	c := constructs.NewConstruct(scope, jsii.String(id))
	r := resolve(props.Release, c)
	ic := &InternalCertificates{Construct: c}
	ecdsa := func(rotation certmanager.CertificateSpecPrivateKeyRotationPolicy) *certmanager.CertificateSpecPrivateKey {
		return &certmanager.CertificateSpecPrivateKey{Algorithm: certmanager.CertificateSpecPrivateKeyAlgorithm_ECDSA, Size: jsii.Number(256), RotationPolicy: rotation}
	}
	ref := &certmanager.CertificateSpecIssuerRef{Name: optString(props.IssuerRef.Name), Kind: optString(props.IssuerRef.Kind), Group: optString(props.IssuerRef.Group)}
	if props.IssuerRef.Name == "" {
		selfSigned, ca := r.ObjectName("selfsigned"), r.ObjectName("ca")
		ic.SelfSignedIssuer = certmanager.NewIssuer(c, jsii.String("selfsigned"), &certmanager.IssuerProps{
			Metadata: crdMetadata(r, selfSigned, "tls"),
			Spec:     &certmanager.IssuerSpec{SelfSigned: &certmanager.IssuerSpecSelfSigned{}},
		})
		ic.CA = certmanager.NewCertificate(c, jsii.String("ca"), &certmanager.CertificateProps{
			Metadata: crdMetadata(r, ca, "tls"),
			Spec: &certmanager.CertificateSpec{
				IsCa: jsii.Bool(true), CommonName: jsii.String(ca), SecretName: jsii.String(ca),
				Duration:   jsii.String(caDuration),
				PrivateKey: ecdsa(certmanager.CertificateSpecPrivateKeyRotationPolicy_NEVER),
				IssuerRef:  &certmanager.CertificateSpecIssuerRef{Name: jsii.String(selfSigned), Kind: jsii.String("Issuer"), Group: jsii.String("cert-manager.io")},
			},
		})
		ic.CAIssuer = certmanager.NewIssuer(c, jsii.String("ca-issuer"), &certmanager.IssuerProps{
			Metadata: crdMetadata(r, ca, "tls"),
			Spec:     &certmanager.IssuerSpec{Ca: &certmanager.IssuerSpecCa{SecretName: jsii.String(ca)}},
		})
		ref = &certmanager.CertificateSpecIssuerRef{Name: jsii.String(ca), Kind: jsii.String("Issuer"), Group: jsii.String("cert-manager.io")}
	}
	for _, s := range props.Servers {
		ic.Certificates = append(ic.Certificates, certmanager.NewCertificate(c, jsii.String(s.Secret), &certmanager.CertificateProps{
			Metadata: crdMetadata(r, s.Secret, "tls"),
			Spec: &certmanager.CertificateSpec{
				SecretName:  jsii.String(s.Secret),
				CommonName:  jsii.String(s.CommonName),
				DnsNames:    optStrings(s.DNSNames),
				IpAddresses: optStrings(s.IPAddresses),
				Duration:    jsii.String(serverDuration),
				PrivateKey:  ecdsa(certmanager.CertificateSpecPrivateKeyRotationPolicy_ALWAYS),
				Usages:      &[]certmanager.CertificateSpecUsages{certmanager.CertificateSpecUsages_SERVER_AUTH, certmanager.CertificateSpecUsages_DIGITAL_SIGNATURE},
				IssuerRef:   ref,
			},
		}))
	}
	return ic, nil
}
