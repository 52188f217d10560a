// Package values is the values model of the Optio stack: the values tree of
// the Optio Helm chart 0.1.0 and the knobs this project adds (Values, one
// type per group of values), its defaults (Default), its validation
// (Values.Validate: every finding at once, each with the value's path, as
// a field.ErrorList), its warnings (Values.Warnings) and the settings
// derived from it (object names and labels of a Release, the API's
// environment, DATABASE_URL, the configuration checksum).
//
// It imports no cdk8s, cdk8s-plus, constructs or jsii package, so that the
// loader (package values/loader), the schema generator and their tests run
// without Node.js; TestNoJSIIDependency keeps it so. The constructs (package
// optio in constructs/) build on it: optio.OptioChartProps embeds Values.
//
// A group of values lives in one file with its type, its defaults and every
// rule that checks it (image.go, resources.go, quota.go, scheduling.go,
// ingress.go, ...); the root Values (values.go), Default, Validate
// (validate.go) and Warnings (warnings.go) hold one line per group. A rule
// that mirrors the Kubernetes API server (v1.37, default configuration) on
// the objects built from the values says so in its doc comment; most were
// found by the differential tester (test/difftest), which sends the
// synthesized objects to a real kube-apiserver. Each error names the value's
// path, not the object field.
package values
