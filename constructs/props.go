package optio

import (
	"fmt"

	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/optio-cdk8s/optio-cdk8s/internal/testhook"
)

// InvalidPropsError is returned by every constructor of this package when
// its props fail validation: it carries every error at once, each naming the
// field's path. Nothing was added to the scope.
type InvalidPropsError struct {
	// Errors are the findings of the props' Validate.
	Errors field.ErrorList
}

// Error lists every finding on one line, as field.ErrorList.ToAggregate does.
func (e *InvalidPropsError) Error() string {
	return "invalid values: " + e.Errors.ToAggregate().Error()
}

// invalid returns errs as an *InvalidPropsError, or nil when there are none
// (or while the differential tester asks the API server about values that
// validation refuses: testhook.SkipChartValidation).
func invalid(errs field.ErrorList) error {
	if len(errs) == 0 || testhook.SkipChartValidation.Load() {
		return nil
	}
	return &InvalidPropsError{Errors: errs}
}

// catchFault turns a panic of the jsii runtime (a JavaScript exception while
// constructing, such as a duplicate construct id) into *err.
func catchFault(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("cdk8s: %v", r)
	}
}

func ptr[T any](v T) *T { return &v }
