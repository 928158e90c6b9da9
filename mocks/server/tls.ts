/**
 * HTTPS for clients that hard-code the real hosts (`https://api.connectif.cloud`): a local CA,
 * made once under the data directory and trusted once by the developer, and a server certificate
 * it signs for every host the sandbox answers as, `localhost` and the loopback addresses. The
 * files are kept, so the trust survives restarts; a server certificate that no longer covers the
 * hosts (or is about to expire) is issued again by the same CA.
 *
 * @example
 * const tls = prepareLocalTls({ dataDir: '/home/ana/.martech-sandbox' })
 * await startServer({ tls })
 * console.log(trustInstructions(tls.caPath))
 */
import { createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { SERVICES } from '../services.ts'
import { createCertificate } from './x509.ts'

export interface LocalTls {
  /** The server's private key and certificate (PEM), what `startServer({ tls })` takes. */
  key: string
  cert: string
  /** The CA certificate to trust (PEM) and where it is on disk. */
  ca: string
  caPath: string
}

const CA_NAME = 'martech-sandbox local CA'
const CA_DAYS = 3650
/** The most a publicly trusted TLS certificate may last (browsers refuse longer ones). */
const SERVER_DAYS = 397
/** Issue the server certificate again when it has less left than this. */
const RENEW_BEFORE_MS = 30 * 86_400_000

/** The data directory when none is given: one per user, so the CA is trusted once. */
export const DEFAULT_DATA_DIR = join(homedir(), '.martech-sandbox')

/**
 * Every name the sandbox answers as: each service's hosts (a `*-api.connectif.cloud` pattern as
 * `*.connectif.cloud`, the wildcard a certificate can hold), `localhost` and the loopbacks.
 */
export function sandboxHosts(): string[] {
  const names = SERVICES.flatMap((service) =>
    service.hosts.map((host) => (host.includes('*') ? host.replace(/^[^.]*\*[^.]*/, '*') : host)),
  )
  return [...new Set([...names, 'localhost', '127.0.0.1', '::1'])]
}

/** The CA and server certificate under `<dataDir>/tls`, made the first time. */
export function prepareLocalTls(options: { dataDir?: string; hosts?: string[] } = {}): LocalTls {
  const dir = join(options.dataDir ?? DEFAULT_DATA_DIR, 'tls')
  const hosts = options.hosts ?? sandboxHosts()
  mkdirSync(dir, { recursive: true })
  const path = (file: string) => join(dir, file)
  const caPath = path('ca.pem')
  if (!existsSync(caPath) || !existsSync(path('ca-key.pem'))) {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    writeSecret(path('ca-key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
    writeFileSync(
      caPath,
      createCertificate({
        subject: CA_NAME,
        issuer: CA_NAME,
        publicKey,
        signingKey: privateKey,
        days: CA_DAYS,
        ca: true,
      }),
    )
  }
  const ca = readFileSync(caPath, 'utf8')
  const certPath = path('server.pem')
  if (
    !existsSync(certPath) ||
    !existsSync(path('server-key.pem')) ||
    !covers(readFileSync(certPath, 'utf8'), ca, hosts)
  ) {
    const caCert = new X509Certificate(ca)
    const caKey = readFileSync(path('ca-key.pem'), 'utf8')
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    writeSecret(
      path('server-key.pem'),
      privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    )
    writeFileSync(
      certPath,
      createCertificate({
        subject: 'martech-sandbox',
        issuer: CA_NAME,
        publicKey,
        signingKey: createPrivateKey(caKey),
        issuerPublicKey: caCert.publicKey,
        days: SERVER_DAYS,
        hosts,
      }),
    )
  }
  return {
    key: readFileSync(path('server-key.pem'), 'utf8'),
    cert: readFileSync(certPath, 'utf8'),
    ca,
    caPath,
  }
}

/** Whether the certificate is the CA's, lasts a while yet, and names every host. */
function covers(certPem: string, caPem: string, hosts: string[]): boolean {
  const cert = new X509Certificate(certPem)
  if (!cert.checkIssued(new X509Certificate(caPem))) return false
  if (Date.parse(cert.validTo) - Date.now() < RENEW_BEFORE_MS) return false
  const names = new Set(
    (cert.subjectAltName ?? '').split(', ').map((entry) => entry.replace(/^(DNS|IP Address):/, '')),
  )
  // Node writes IPv6 addresses in full (0:0:0:0:0:0:0:1).
  return hosts.every((host) => names.has(host) || (host === '::1' && names.has('0:0:0:0:0:0:0:1')))
}

/** A private key file only its owner reads. */
function writeSecret(file: string, pem: string): void {
  writeFileSync(file, pem, { mode: 0o600 })
  chmodSync(file, 0o600)
}

/** How to make clients trust the CA: Node, curl, and the system's store. */
export function trustInstructions(caPath: string): string {
  return [
    `HTTPS with a local CA: ${caPath}`,
    'Trust it once, for the client you use:',
    `  Node:    NODE_EXTRA_CA_CERTS=${caPath} node your-client.js`,
    `  curl:    curl --cacert ${caPath} https://api.connectif.cloud/…`,
    `  Debian/Ubuntu: sudo cp ${caPath} /usr/local/share/ca-certificates/martech-sandbox.crt && sudo update-ca-certificates`,
    `  macOS:   sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${caPath}`,
    `  Windows: certutil -addstore -f Root ${caPath}`,
    'Then point the real hosts at this server (/etc/hosts: 127.0.0.1 api.connectif.cloud api.hellotext.com app.reskyt.com) on port 443, or use a proxy.',
  ].join('\n')
}
