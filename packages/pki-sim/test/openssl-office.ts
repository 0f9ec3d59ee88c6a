/**
 * A certification office run with the `openssl` command line, for tests
 * that prove the authenticator accepts (and refuses) what OpenSSL makes.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const OPENSSL = "openssl";

export function hasOpenssl(): boolean {
  return spawnSync(OPENSSL, ["version"], { stdio: "ignore" }).status === 0;
}

function openssl(args: readonly string[], cwd: string): void {
  execFileSync(OPENSSL, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

export type OpensslKeyKind = "rsa-pkcs1" | "rsa-pkcs8" | "ec-pkcs8" | "ec-sec1" | "ed25519";

const KEY_ARGS: Readonly<Record<OpensslKeyKind, readonly string[]>> = {
  "rsa-pkcs1": ["genrsa", "-traditional", "-out", "OUT", "2048"],
  "rsa-pkcs8": ["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "OUT"],
  "ec-pkcs8": ["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "OUT"],
  "ec-sec1": ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "OUT"],
  ed25519: ["genpkey", "-algorithm", "ed25519", "-out", "OUT"],
};

function generateKey(kind: OpensslKeyKind, out: string, cwd: string): void {
  openssl(
    KEY_ARGS[kind].map((arg) => (arg === "OUT" ? out : arg)),
    cwd,
  );
}

const CONFIG = `
[ ca ]
default_ca = CA_default
[ CA_default ]
dir = .
database = ./index.txt
new_certs_dir = ./newcerts
serial = ./serial
crlnumber = ./crlnumber
certificate = ./ca-cert.pem
private_key = ./ca-key.pem
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
default_crl_days = 30
default_days = 365
[ policy_any ]
organizationName = optional
commonName = supplied
[ req ]
distinguished_name = dn
[ dn ]
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ client ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ server ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
[ manager ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = codeSigning, serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
`;

/** `openssl ca`'s date form, YYYYMMDDHHMMSSZ. */
export function opensslDate(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;
}

export interface OpensslIssue {
  readonly pcId: string;
  readonly keyKind?: OpensslKeyKind;
  /** Config section of the extensions: client (default), server or manager. */
  readonly extensions?: "client" | "server" | "manager";
  readonly notBefore?: Date;
  readonly notAfter?: Date;
}

/** One CA run by `openssl ca` in its own directory. */
export class OpensslCa {
  readonly dir: string;
  readonly commonName: string;
  /** ca.crt for devices under this CA: its chain up to the root, root first. */
  readonly caPem: string;

  constructor(
    dir: string,
    commonName: string,
    options: { keyKind?: OpensslKeyKind; parent?: OpensslCa } = {},
  ) {
    this.dir = dir;
    this.commonName = commonName;
    mkdirSync(join(dir, "newcerts"), { recursive: true });
    writeFileSync(join(dir, "openssl.cnf"), CONFIG);
    writeFileSync(join(dir, "index.txt"), "");
    writeFileSync(join(dir, "serial"), "1000\n");
    writeFileSync(join(dir, "crlnumber"), "1000\n");
    generateKey(options.keyKind ?? "rsa-pkcs1", "ca-key.pem", dir);
    const subject = `/O=openssl test/CN=${commonName}`;
    if (options.parent) {
      openssl(
        [
          "req",
          "-new",
          "-config",
          "openssl.cnf",
          "-key",
          "ca-key.pem",
          "-subj",
          subject,
          "-out",
          "ca.csr",
        ],
        dir,
      );
      options.parent.sign(join(dir, "ca.csr"), join(dir, "ca-cert.pem"), "v3_ca", [
        "-days",
        "3650",
      ]);
      this.caPem = options.parent.caPem + readFileSync(join(dir, "ca-cert.pem"), "latin1");
    } else {
      openssl(
        [
          "req",
          "-x509",
          "-new",
          "-config",
          "openssl.cnf",
          "-extensions",
          "v3_ca",
          "-key",
          "ca-key.pem",
          "-subj",
          subject,
          "-days",
          "3650",
          "-out",
          "ca-cert.pem",
        ],
        dir,
      );
      this.caPem = readFileSync(join(dir, "ca-cert.pem"), "latin1");
    }
  }

  sign(csr: string, out: string, extensions: string, dates: readonly string[]): void {
    openssl(
      [
        "ca",
        "-batch",
        "-config",
        "openssl.cnf",
        "-extensions",
        extensions,
        "-notext",
        ...dates,
        "-in",
        csr,
        "-out",
        out,
      ],
      this.dir,
    );
  }

  /** Writes device.key and device.crt into `dir` (ca.crt is the caller's choice). */
  issue(dir: string, options: OpensslIssue): void {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    generateKey(options.keyKind ?? "ec-pkcs8", "device.key", dir);
    chmodSync(join(dir, "device.key"), 0o600);
    openssl(
      [
        "req",
        "-new",
        "-config",
        join(this.dir, "openssl.cnf"),
        "-key",
        "device.key",
        "-subj",
        `/CN=${options.pcId}`,
        "-out",
        "device.csr",
      ],
      dir,
    );
    const dates =
      options.notBefore && options.notAfter
        ? ["-startdate", opensslDate(options.notBefore), "-enddate", opensslDate(options.notAfter)]
        : ["-days", "365"];
    this.sign(
      join(dir, "device.csr"),
      join(dir, "device.crt"),
      options.extensions ?? "client",
      dates,
    );
  }

  /** Revokes the certificate in `certFile` and writes this CA's CRL to `crlFile`. */
  revoke(certFile: string, crlFile: string): void {
    openssl(["ca", "-config", "openssl.cnf", "-revoke", certFile], this.dir);
    openssl(["ca", "-config", "openssl.cnf", "-gencrl", "-out", crlFile], this.dir);
  }

  writeCa(dir: string): void {
    writeFileSync(join(dir, "ca.crt"), this.caPem);
  }
}
