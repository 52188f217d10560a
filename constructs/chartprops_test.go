package optio_test

import (
	"encoding/json"
	"testing"

	optio "github.com/optio-cdk8s/optio-cdk8s/constructs"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// TestDefaultProps: the chart's props are the values' defaults for the
// release "optio", and marshal to the values tree alone (the release name
// and the cdk8s chart props are not values).
func TestDefaultProps(t *testing.T) {
	p := optio.DefaultProps()
	if p.ReleaseName != "optio" {
		t.Errorf("release name = %q", p.ReleaseName)
	}
	got, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(values.Default())
	if string(got) != string(want) {
		t.Errorf("DefaultProps marshals to\n%s\nwant the values tree\n%s", got, want)
	}
}
