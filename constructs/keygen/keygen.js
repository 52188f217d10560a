// Key generator of optio-cdk8s: run once per release by the Job R-keygen.
//
// It creates, only when they are absent, the Secrets that hold key material
// which must never appear in the synthesized manifests: a private CA and a
// server certificate per in-cluster TLS server (Secret type kubernetes.io/tls
// with tls.crt, tls.key and ca.crt), and random passwords. A Secret that
// exists is never changed, so running this twice, or on every sync, changes
// nothing: the material is made once and kept until someone deletes it.
//
// Needs Node.js 18 or newer and the openssl command (both are in the Optio
// API image). Talks to the Kubernetes API with the pod's service account.
//
// Environment:
//   KEYGEN_NAMESPACE     namespace of the Secrets (default: the service
//                        account's namespace)
//   KEYGEN_CERTIFICATES  JSON list of {secret, commonName, dnsNames,
//                        ipAddresses, days}
//   KEYGEN_PASSWORDS     JSON list of {secret, key, length}
//   KEYGEN_LABELS        JSON map of labels for the Secrets it creates
//   KEYGEN_ANNOTATIONS   JSON map of annotations for the Secrets it creates
//   KUBERNETES_SERVICE_HOST, KUBERNETES_SERVICE_PORT  set by the kubelet
//   SERVICE_ACCOUNT_DIR  folder of token, ca.crt and namespace (default: the
//                        standard mount point)
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const saDir = process.env.SERVICE_ACCOUNT_DIR || "/var/run/secrets/kubernetes.io/serviceaccount";
const tlsKeys = ["tls.crt", "tls.key", "ca.crt"];

function jsonEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new Error(`${name} is not JSON: ${e.message}`);
  }
}

function readSA(name) {
  return fs.readFileSync(path.join(saDir, name), "utf8").trim();
}

const namespace = process.env.KEYGEN_NAMESPACE || readSA("namespace");
const labels = jsonEnv("KEYGEN_LABELS", {});
const annotations = jsonEnv("KEYGEN_ANNOTATIONS", {});

// api sends one request to the API server and resolves to {status, body}.
function api(method, urlPath, body) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const options = {
    host: process.env.KUBERNETES_SERVICE_HOST,
    port: process.env.KUBERNETES_SERVICE_PORT || "443",
    path: urlPath,
    method,
    ca: fs.readFileSync(path.join(saDir, "ca.crt")),
    headers: {
      Authorization: "Bearer " + readSA("token"),
      Accept: "application/json",
    },
    timeout: 30000,
  };
  if (payload !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.headers["Content-Length"] = Buffer.byteLength(payload);
  }
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed = text;
        try {
          parsed = JSON.parse(text);
        } catch (_) {
          // keep the text
        }
        resolve({ status: res.statusCode, body: parsed });
      });
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${urlPath}: timed out`)));
    req.on("error", reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

function secretPath(name) {
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets` + (name ? "/" + encodeURIComponent(name) : "");
}

function failure(what, res) {
  const msg = res.body && res.body.message ? res.body.message : JSON.stringify(res.body);
  return new Error(`${what}: HTTP ${res.status}: ${msg}`);
}

// existing returns the Secret's data, or null when it does not exist.
async function existing(name) {
  const res = await api("GET", secretPath(name));
  if (res.status === 404) return null;
  if (res.status !== 200) throw failure(`reading Secret ${namespace}/${name}`, res);
  return res.body.data || {};
}

// keep checks that an existing Secret holds every key it must hold, and
// leaves it as it is.
function keep(name, data, keys) {
  const missing = keys.filter((k) => !data[k]);
  if (missing.length > 0) {
    throw new Error(`Secret ${namespace}/${name} exists but lacks ${missing.join(", ")}; ` +
      "it is left unchanged: add the keys, or delete the Secret to have new material generated");
  }
  console.log(`Secret ${namespace}/${name} exists: left unchanged`);
}

// create posts a new Secret; when another run created it in the meantime
// (409), that one is kept.
async function create(name, type, data, keys) {
  const body = {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name, namespace, labels, annotations },
    type,
    immutable: true,
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString("base64")])),
  };
  // The field manager names us in the Secret's managedFields, and in the
  // conflict a later server-side apply of the same name reports.
  const res = await api("POST", secretPath("") + "?fieldManager=optio-keygen", body);
  if (res.status === 409) {
    keep(name, (await existing(name)) || {}, keys);
    return;
  }
  if (res.status !== 201) throw failure(`creating Secret ${namespace}/${name}`, res);
  console.log(`Secret ${namespace}/${name} created`);
}

function openssl(args, dir) {
  execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, OPENSSL_CONF: path.join(dir, "openssl.cnf") } });
}

// certificate makes a private CA (its key is discarded) and a server
// certificate it signs, both EC P-256 with SHA-256.
function certificate(spec) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keygen-"));
  try {
    const days = String(spec.days || 3650);
    const san = [
      ...(spec.dnsNames || []).map((d) => "DNS:" + d),
      ...(spec.ipAddresses || []).map((ip) => "IP:" + ip),
    ].join(",");
    fs.writeFileSync(path.join(dir, "openssl.cnf"), [
      "[req]",
      "distinguished_name = dn",
      "prompt = no",
      "[dn]",
      "[ca]",
      "basicConstraints = critical, CA:TRUE, pathlen:0",
      "keyUsage = critical, keyCertSign, cRLSign",
      "subjectKeyIdentifier = hash",
      "[server]",
      "basicConstraints = critical, CA:FALSE",
      "keyUsage = critical, digitalSignature",
      "extendedKeyUsage = serverAuth",
      "subjectKeyIdentifier = hash",
      "authorityKeyIdentifier = keyid",
      "subjectAltName = " + san,
      "",
    ].join("\n"), { mode: 0o600 });
    const serial = () => "0x1" + crypto.randomBytes(15).toString("hex"); // positive, 121 random bits
    const keyArgs = ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"];
    openssl(["genpkey", ...keyArgs, "-out", "ca.key"], dir);
    openssl(["req", "-x509", "-new", "-key", "ca.key", "-sha256", "-days", days, "-set_serial", serial(),
      "-subj", "/CN=" + spec.commonName + "-ca", "-extensions", "ca", "-out", "ca.crt"], dir);
    openssl(["genpkey", ...keyArgs, "-out", "tls.key"], dir);
    openssl(["req", "-new", "-key", "tls.key", "-subj", "/CN=" + spec.commonName, "-out", "tls.csr"], dir);
    openssl(["x509", "-req", "-in", "tls.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-set_serial", serial(),
      "-sha256", "-days", days, "-extfile", "openssl.cnf", "-extensions", "server", "-out", "tls.crt"], dir);
    return Object.fromEntries(tlsKeys.map((k) => [k, fs.readFileSync(path.join(dir, k), "utf8")]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// password returns length characters of [A-Za-z0-9], uniformly random.
function password(length) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let out = "";
  while (out.length < length) {
    for (const b of crypto.randomBytes(length)) {
      if (b < 248 && out.length < length) out += alphabet[b % 62]; // 248 = 4 * 62: no bias
    }
  }
  return out;
}

async function main() {
  for (const spec of jsonEnv("KEYGEN_CERTIFICATES", [])) {
    const data = await existing(spec.secret);
    if (data) keep(spec.secret, data, tlsKeys);
    else await create(spec.secret, "kubernetes.io/tls", certificate(spec), tlsKeys);
  }
  for (const spec of jsonEnv("KEYGEN_PASSWORDS", [])) {
    const data = await existing(spec.secret);
    if (data) keep(spec.secret, data, [spec.key]);
    else await create(spec.secret, "Opaque", { [spec.key]: password(spec.length || 32) }, [spec.key]);
  }
}

main().catch((e) => {
  console.error("keygen: " + (e && e.message ? e.message : e));
  process.exit(1);
});
