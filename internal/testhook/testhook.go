// Package testhook holds switches that only this module's own tests flip, to
// reach behaviour the public API deliberately does not offer. Being internal,
// it cannot be imported from outside the module.
package testhook

import "sync/atomic"

// SkipChartValidation, while true, makes optio.NewOptioChart build the chart
// even when its props fail Validate, so that the differential tester
// (test/difftest) can ask the real API server about values this program
// refuses. Default: false. Never set outside tests.
var SkipChartValidation atomic.Bool
