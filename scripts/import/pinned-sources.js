// pinned-sources.js is preloaded into cdk8s-cli by `npm run import`
// (`node -r ./scripts/import/pinned-sources.js .../cdk8s import ...`) so that
// every source of the generated bindings comes from the Go module proxy,
// pinned and verified by the go.mod/go.sum beside this file, with no other
// network access:
//
//   - `k8s@X.Y.Z`: cdk8s-cli downloads the Kubernetes OpenAPI definitions the
//     cdk8s project publishes per version. This answers that download from the
//     Kubernetes source module k8s.io/kubernetes@vX.Y.Z instead, converting its
//     api/openapi-spec/swagger.json to the published shape with the cdk8s
//     project's own rules (the result is byte for byte the published v1.28.0
//     file):
//       - `kind` of every definition with x-kubernetes-group-version-kind gets
//         an enum of its kinds;
//       - Quantity becomes string or number, IntOrString string or integer;
//       - the text is {"definitions": ...}, indented by 2, non-ASCII escaped.
//   - `gomod:MODULE@VERSION/PATH`: a CRD source inside a pinned Go module
//     (PATH is a file, a folder of *.yaml files, or a folder/file-pattern with
//     * wildcards); VERSION must be the one go.mod requires, so the bindings
//     and the CRDs the tests install are the same.
//
// Environment:
//   OPTIO_K8S_PINS  folder of the go.mod/go.sum whose go.sum pins
//                   k8s.io/kubernetes at the imported version (default: this
//                   script's folder, which pins our own version; a platform
//                   app's import points it elsewhere). A module version without
//                   a go.sum line is refused, never trusted on first download.
//   OPTIO_K8S_OPENAPI_OUT  if set, the converted definitions are also written
//                   to this file.
'use strict';
const childProcess = require('child_process');
const fs = require('fs');
const path = require('path');

const SCHEMA_URL = /kubernetes-schemas\/v([0-9]+\.[0-9]+\.[0-9]+)\/_definitions\.json$/;

// definitionsFor returns the converted definitions of Kubernetes version v
// (e.g. "1.28.0") as the JSON text cdk8s import expects.
function definitionsFor(version) {
  const pins = path.resolve(process.env.OPTIO_K8S_PINS || __dirname);
  const dir = verifiedDownload(pins, 'k8s.io/kubernetes', 'v' + version);
  const swagger = JSON.parse(fs.readFileSync(path.join(dir, 'api', 'openapi-spec', 'swagger.json'), 'utf8'));
  return convert(swagger);
}

// verifiedDownload returns the module cache folder of mod@ver, downloaded by
// the go command in the folder pins, whose go.sum must hold mod@ver's line
// (the go command then checks the bytes against it).
function verifiedDownload(pins, mod, ver) {
  const sum = fs.readFileSync(path.join(pins, 'go.sum'), 'utf8');
  if (!sum.split('\n').some((l) => l.startsWith(`${mod} ${ver} h1:`))) {
    throw new Error(`pinned-sources: ${path.join(pins, 'go.sum')} has no line for ${mod} ${ver}; ` +
      `run \`go mod download -json ${mod}@${ver}\` in ${pins} to pin it`);
  }
  const out = childProcess.execFileSync('go', ['mod', 'download', '-json', `${mod}@${ver}`], {
    cwd: pins,
    env: { ...process.env, GOWORK: 'off' },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const dl = JSON.parse(out);
  if (dl.Error) throw new Error(`pinned-sources: go mod download ${mod}@${ver}: ${dl.Error}`);
  return dl.Dir;
}

// convert turns a Kubernetes swagger.json into cdk8s's _definitions.json text.
function convert(swagger) {
  const defs = swagger.definitions;
  for (const def of Object.values(defs)) {
    const gvks = def['x-kubernetes-group-version-kind'];
    const kind = def.properties && def.properties.kind;
    if (gvks && kind) {
      kind.enum = [...new Set(gvks.map((g) => g.kind))];
    }
  }
  defs['io.k8s.apimachinery.pkg.api.resource.Quantity'] = { oneOf: [{ type: 'string' }, { type: 'number' }] };
  defs['io.k8s.apimachinery.pkg.util.intstr.IntOrString'] = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  return JSON.stringify({ definitions: defs }, null, 2)
    .replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

// GOMOD matches an import source of the form gomod:MODULE@VERSION/PATH.
const GOMOD = /^gomod:([^@\s]+)@(v[^/\s]+)\/(.+)$/;

// pinnedSource returns the text of PATH (a file; a folder, whose *.yaml
// files are joined as one multi-document YAML stream in name order; or a
// folder/pattern with * wildcards in the file name, joined likewise) inside
// MODULE@VERSION, which must be the version required by the go.mod in this
// script's folder and have a go.sum line there.
function pinnedSource(source) {
  const m = GOMOD.exec(source);
  const [, mod, ver, rel] = m;
  const pins = __dirname;
  const gomod = JSON.parse(childProcess.execFileSync('go', ['mod', 'edit', '-json'], { cwd: pins, encoding: 'utf8' }));
  const req = (gomod.Require || []).find((r) => r.Path === mod);
  if (!req || req.Version !== ver) {
    throw new Error(`pinned-sources: ${source}: ${path.join(pins, 'go.mod')} pins ${mod} at ${req ? req.Version : 'no version'}; ` +
      'the imports and the tests must use the same version');
  }
  const dir = verifiedDownload(pins, mod, ver);
  let p = path.join(dir, ...rel.split('/'));
  let pattern = /\.yaml$/;
  if (path.basename(p).includes('*')) {
    const glob = path.basename(p).split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*');
    pattern = new RegExp(`^${glob}$`);
    p = path.dirname(p);
  } else if (!fs.statSync(p).isDirectory()) {
    return fs.readFileSync(p, 'utf8');
  }
  const files = fs.readdirSync(p).filter((f) => pattern.test(f)).sort();
  if (files.length === 0) throw new Error(`pinned-sources: ${source}: no file matches`);
  return files.map((f) => fs.readFileSync(path.join(p, f), 'utf8')).join('\n---\n');
}

// Answer cdk8s-cli's download of the published definitions and of gomod: sources.
// (by file: the package's exports hide lib/util, where the download lives)
const cli = require.resolve('cdk8s-cli/package.json', { paths: [process.cwd(), __dirname] });
const util = require(path.join(path.dirname(cli), 'lib', 'util.js'));
const download = util.download;
util.download = async function (url) {
  if (GOMOD.test(String(url))) return pinnedSource(String(url));
  const m = SCHEMA_URL.exec(String(url));
  if (!m) return download.apply(this, arguments);
  const text = definitionsFor(m[1]);
  if (process.env.OPTIO_K8S_OPENAPI_OUT) fs.writeFileSync(process.env.OPTIO_K8S_OPENAPI_OUT, text);
  return text;
};

module.exports = { convert, definitionsFor };
