// Package testvalues holds the values the tests of several packages start
// from. It imports no cdk8s or jsii package, so that the tests of the
// values model, the loader and the schema generator run without Node.js.
package testvalues

import "github.com/optio-cdk8s/optio-cdk8s/values"

// Valid are the seed's defaults plus the least that makes them valid: an
// encryption key, a Postgres password, a GitHub OAuth application and the
// public URL its callbacks are built on.
func Valid() values.Values {
	v := values.Default()
	v.PublicURL = "https://optio.example.com"
	v.Encryption.Key = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	v.Postgresql.Auth.Password = "s3cret"
	v.Auth.Github = values.OAuthProviderValues{ClientID: "gh-id", ClientSecret: "gh-secret"}
	return v
}
