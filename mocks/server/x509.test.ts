import { generateKeyPairSync, X509Certificate } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createCertificate } from './x509.ts'

const ca = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const caPem = createCertificate({
  subject: 'Test CA',
  issuer: 'Test CA',
  publicKey: ca.publicKey,
  signingKey: ca.privateKey,
  days: 3650,
  ca: true,
})

describe('createCertificate', () => {
  it('issues a self-signed CA that node:crypto reads as a CA and verifies', () => {
    const cert = new X509Certificate(caPem)
    expect(cert.ca).toBe(true)
    expect(cert.subject).toBe('O=martech-sandbox\nCN=Test CA')
    expect(cert.verify(cert.publicKey)).toBe(true)
    expect(Date.parse(cert.validTo) - Date.now()).toBeGreaterThan(3649 * 86_400_000)
  })

  it('issues a server certificate the CA signed, for DNS names, wildcards and IPv4/IPv6 addresses', () => {
    const server = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const cert = new X509Certificate(
      createCertificate({
        subject: 'server',
        issuer: 'Test CA',
        publicKey: server.publicKey,
        signingKey: ca.privateKey,
        issuerPublicKey: ca.publicKey,
        days: 397,
        hosts: ['api.example.test', '*.example.test', '127.0.0.1', '::1', 'fe80::1:2'],
      }),
    )
    const issuer = new X509Certificate(caPem)
    expect(cert.ca).toBe(false)
    expect(cert.checkIssued(issuer)).toBe(true)
    expect(cert.verify(issuer.publicKey)).toBe(true)
    expect(cert.checkHost('api.example.test')).toBe('api.example.test')
    expect(cert.checkHost('eu1-api.example.test')).toBe('*.example.test')
    expect(cert.checkHost('other.test')).toBeUndefined()
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1')
    expect(cert.checkIP('::1')).toBe('::1')
    expect(cert.checkIP('fe80::1:2')).toBe('fe80::1:2')
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1'])
  })
})
