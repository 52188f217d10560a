package optio

import (
	"fmt"
	"sync"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation/field"

	k8s "github.com/optio-cdk8s/optio-cdk8s/imports/optio_k8s"
	"github.com/optio-cdk8s/optio-cdk8s/internal/testhook"
	"github.com/optio-cdk8s/optio-cdk8s/values"
)

// InvalidPropsError is returned by every constructor of this package when
// its props fail validation: it carries every error at once, each naming the
// field's path. Nothing was added to the scope.
type InvalidPropsError struct {
	// Construct is the construct's type, e.g. "OptioApi".
	Construct string
	// ID is the id it was given in its scope.
	ID string
	// Errors are the findings of the props' Validate.
	Errors field.ErrorList
}

// Error names the construct and lists every finding on one line, as
// field.ErrorList.ToAggregate does, e.g.
// `OptioApi "api": invalid props: [release.name: Required value: ...]`.
func (e *InvalidPropsError) Error() string {
	return fmt.Sprintf("%s %q: invalid props: %s", e.Construct, e.ID, e.Errors.ToAggregate().Error())
}

// invalid returns errs as an *InvalidPropsError, or nil when there are none
// (or while the differential tester asks the API server about values that
// validation refuses: testhook.SkipChartValidation).
func invalid(construct, id string, errs field.ErrorList) error {
	if len(errs) == 0 || testhook.SkipChartValidation.Load() {
		return nil
	}
	return &InvalidPropsError{Construct: construct, ID: id, Errors: errs}
}

// prepare applies the conventions of every constructor of this package to
// its props: nil means the defaults, and props that fail their Validate
// give an *InvalidPropsError naming the construct and its id.
func prepare[P any, PP interface {
	*P
	Validate() field.ErrorList
}](construct, id string, props PP, defaults func() P) (PP, error) {
	if props == nil {
		d := defaults()
		props = &d
	}
	if err := invalid(construct, id, props.Validate()); err != nil {
		return nil, err
	}
	return props, nil
}

// catchFault turns a panic of the jsii runtime (a JavaScript exception while
// constructing, such as a duplicate construct id) into *err.
func catchFault(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("cdk8s: %v", r)
	}
}

func ptr[T any](v T) *T { return &v }

// jsiiValues caches the value objects the constructs pass to the jsii
// runtime (Quantity and IntOrString): each is a round trip to Node.js to
// make, immutable, and the same for every object that uses it, so one is
// made per distinct value per construct tree (an App of 100 releases makes
// "250m" once, not 200 times). The objects belong to the jsii runtime that
// made them, which outlives the tree they are keyed by.
type jsiiValues struct {
	mu         sync.Mutex
	quantities map[string]k8s.Quantity
	numbers    map[float64]k8s.IntOrString
	strings    map[string]k8s.IntOrString
}

// caches maps a scope (the App of an OptioChart, or the scope a construct
// was added to alone) to its jsiiValues.
var caches sync.Map

// begin makes the construct id under scope that a constructor adds its
// objects to, and returns it with the release (its namespace, when empty,
// the enclosing Chart's: see resolve) and the value objects to use: vals
// when the caller shares its own (OptioChart does), else those kept for
// scope (valuesFor).
func begin(scope constructs.Construct, id string, release values.Release, vals *jsiiValues) (constructs.Construct, values.Release, *jsiiValues) {
	if vals == nil {
		vals = valuesFor(scope)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	return c, resolve(release, c), vals
}

// valuesFor returns the cache of scope's tree.
func valuesFor(scope constructs.Construct) *jsiiValues {
	if v, ok := caches.Load(scope); ok {
		return v.(*jsiiValues)
	}
	v, _ := caches.LoadOrStore(scope, &jsiiValues{
		quantities: map[string]k8s.Quantity{},
		numbers:    map[float64]k8s.IntOrString{},
		strings:    map[string]k8s.IntOrString{},
	})
	return v.(*jsiiValues)
}

// quantity is k8s.Quantity_FromString of v written in the canonical form
// the API server stores (0.5 -> 500m, 1000m -> 1, 1024Mi -> 1Gi), so that
// what we write is what a GitOps tool reads back. A value that does not
// parse (validation refuses it first) is written as given.
func (c *jsiiValues) quantity(v string) k8s.Quantity {
	if q, err := resource.ParseQuantity(v); err == nil {
		v = q.String()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	q, ok := c.quantities[v]
	if !ok {
		q = k8s.Quantity_FromString(jsii.String(v))
		c.quantities[v] = q
	}
	return q
}

// quantityMap converts a resource list; an empty list gives nil.
func (c *jsiiValues) quantityMap(l values.ResourceList) *map[string]k8s.Quantity {
	if len(l) == 0 {
		return nil
	}
	out := make(map[string]k8s.Quantity, len(l))
	for k, v := range l {
		out[k] = c.quantity(v)
	}
	return &out
}

// number is k8s.IntOrString_FromNumber(n).
func (c *jsiiValues) number(n int32) k8s.IntOrString {
	c.mu.Lock()
	defer c.mu.Unlock()
	f := float64(n)
	v, ok := c.numbers[f]
	if !ok {
		v = k8s.IntOrString_FromNumber(jsii.Number(f))
		c.numbers[f] = v
	}
	return v
}

// intOrString converts an IntOrString value.
func (c *jsiiValues) intOrString(v intstr.IntOrString) k8s.IntOrString {
	if v.Type == intstr.Int {
		return c.number(v.IntVal)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.strings[v.StrVal]
	if !ok {
		s = k8s.IntOrString_FromString(jsii.String(v.StrVal))
		c.strings[v.StrVal] = s
	}
	return s
}
