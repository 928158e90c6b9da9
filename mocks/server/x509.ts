/**
 * Just enough X.509 to issue a local CA and a server certificate signed by it: node:crypto makes
 * keys and signatures and parses certificates (`X509Certificate`), but cannot build one, and no
 * pure-JS library for it is a dependency. A certificate is a DER SEQUENCE of the to-be-signed
 * part, the signature algorithm and the signature (RFC 5280 §4.1); this module writes the handful
 * of DER types that takes (ITU-T X.690 §8) and signs with ECDSA P-256 / SHA-256.
 *
 * @example
 * const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' })
 * const pem = createCertificate({ subject: 'Local CA', issuer: 'Local CA', publicKey: ca.publicKey,
 *   signingKey: ca.privateKey, days: 3650, ca: true })
 */
import { createHash, type KeyObject, randomBytes, sign } from 'node:crypto'
import { isIPv4, isIPv6 } from 'node:net'

// ---- DER (ITU-T X.690) ----

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let rest = n; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

const tlv = (tag: number, content: Buffer) =>
  Buffer.concat([Buffer.from([tag]), length(content.length), content])
const sequence = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items))
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items))
const explicit = (n: number, inner: Buffer) => tlv(0xa0 + n, inner)
const octets = (content: Buffer) => tlv(0x04, content)
const bitString = (content: Buffer, unusedBits = 0) =>
  tlv(0x03, Buffer.concat([Buffer.from([unusedBits]), content]))
const boolean = (value: boolean) => tlv(0x01, Buffer.from([value ? 0xff : 0x00]))
const utf8 = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'))

/** A non-negative INTEGER from big-endian bytes (a leading 0 keeps it positive). */
function integer(bytes: Buffer): Buffer {
  let start = 0
  while (start < bytes.length - 1 && bytes[start] === 0) start++
  const trimmed = bytes.subarray(start)
  return tlv(
    0x02,
    (trimmed[0] as number) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed,
  )
}

function oid(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number)
  const out = [40 * (arcs[0] as number) + (arcs[1] as number)]
  for (const arc of arcs.slice(2)) {
    const chunk = [arc & 0x7f]
    for (let rest = arc >> 7; rest > 0; rest >>= 7) chunk.unshift(0x80 | (rest & 0x7f))
    out.push(...chunk)
  }
  return tlv(0x06, Buffer.from(out))
}

/** UTCTime up to 2049, GeneralizedTime after, as RFC 5280 §4.1.2.5 requires. */
function time(at: Date): Buffer {
  const iso = at.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  return at.getUTCFullYear() < 2050
    ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`))
    : tlv(0x18, Buffer.from(`${iso}Z`))
}

// ---- X.509 (RFC 5280) ----

const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
}

const ORGANIZATION = 'martech-sandbox'

const name = (commonName: string) =>
  sequence(
    set(sequence(oid(OID.organization), utf8(ORGANIZATION))),
    set(sequence(oid(OID.commonName), utf8(commonName))),
  )

const extension = (id: string, critical: boolean, value: Buffer) =>
  sequence(oid(id), ...(critical ? [boolean(true)] : []), octets(value))

/** The key identifier RFC 5280 §4.2.1.2 suggests: SHA-1 of the public key's DER. */
const keyId = (spki: Buffer) => createHash('sha1').update(spki).digest()

export interface CertificateRequest {
  /** Common name of the subject (`martech-sandbox local CA`, `martech-sandbox`). */
  subject: string
  /** Common name of the issuer; the subject's own for a self-signed CA. */
  issuer: string
  publicKey: KeyObject
  /** The issuer's private key (P-256). */
  signingKey: KeyObject
  /** The issuer's public key, for the authority key identifier; the subject's own when omitted. */
  issuerPublicKey?: KeyObject
  /** Valid from a day ago (clock skew) for this many days. */
  days: number
  /** A CA that may sign server certificates, or a server certificate for `hosts`. */
  ca?: boolean
  /** DNS names and IP addresses the server certificate is for. */
  hosts?: string[]
}

/** Issues a certificate as PEM. */
export function createCertificate(request: CertificateRequest): string {
  const spki = request.publicKey.export({ type: 'spki', format: 'der' })
  const issuerSpki = (request.issuerPublicKey ?? request.publicKey).export({
    type: 'spki',
    format: 'der',
  })
  const now = Date.now()
  const notBefore = new Date(now - 86_400_000)
  const notAfter = new Date(now + request.days * 86_400_000)
  const serial = randomBytes(16)
  serial[0] = (serial[0] as number) & 0x7f
  const algorithm = sequence(oid(OID.ecdsaWithSha256))
  const extensions = request.ca
    ? [
        extension(OID.basicConstraints, true, sequence(boolean(true), integer(Buffer.from([0])))),
        // keyCertSign (bit 5) and cRLSign (bit 6): 0b00000110, one unused bit.
        extension(OID.keyUsage, true, bitString(Buffer.from([0x06]), 1)),
        extension(OID.subjectKeyIdentifier, false, octets(keyId(spki))),
      ]
    : [
        extension(OID.basicConstraints, true, sequence()),
        // digitalSignature (bit 0): 0b10000000, seven unused bits.
        extension(OID.keyUsage, true, bitString(Buffer.from([0x80]), 7)),
        extension(OID.extKeyUsage, false, sequence(oid(OID.serverAuth))),
        extension(OID.subjectAltName, false, sequence(...(request.hosts ?? []).map(altName))),
        extension(OID.subjectKeyIdentifier, false, octets(keyId(spki))),
        extension(OID.authorityKeyIdentifier, false, sequence(tlv(0x80, keyId(issuerSpki)))),
      ]
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))), // v3
    integer(serial),
    algorithm,
    name(request.issuer),
    sequence(time(notBefore), time(notAfter)),
    name(request.subject),
    spki,
    explicit(3, sequence(...extensions)),
  )
  const signature = sign('sha256', tbs, request.signingKey) // DER ECDSA-Sig-Value
  const der = sequence(tbs, algorithm, bitString(signature))
  const body = der.toString('base64').replace(/(.{64})/g, '$1\n')
  return `-----BEGIN CERTIFICATE-----\n${body.trimEnd()}\n-----END CERTIFICATE-----\n`
}

/** A subjectAltName entry: iPAddress [7] for an address, dNSName [2] otherwise. */
function altName(host: string): Buffer {
  if (isIPv4(host)) return tlv(0x87, Buffer.from(host.split('.').map(Number)))
  if (isIPv6(host)) return tlv(0x87, ipv6Bytes(host))
  return tlv(0x82, Buffer.from(host, 'ascii'))
}

function ipv6Bytes(address: string): Buffer {
  const [head = '', tail = ''] = address.split('::')
  const groups = (part: string) => (part ? part.split(':') : [])
  const missing = 8 - groups(head).length - groups(tail).length
  const all = [
    ...groups(head),
    ...Array(address.includes('::') ? missing : 0).fill('0'),
    ...groups(tail),
  ]
  return Buffer.from(all.flatMap((group) => [parseInt(group, 16) >> 8, parseInt(group, 16) & 0xff]))
}
