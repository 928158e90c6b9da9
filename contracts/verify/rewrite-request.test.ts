import { describe, expect, it } from 'vitest'
import { type ProxiedRequest, type RequestRewrite, rewriteRequest } from './rewrite-request.ts'

const credentials = {
  connectif: 'sbx:secret',
  hellotext: 'ALK_sandbox',
  reskyt: 'rk_sandbox',
  accountName: 'contracts-verify',
}

const rewritten = (request: ProxiedRequest, rewrite: RequestRewrite = { credentials }) => {
  rewriteRequest(request, rewrite)
  return request
}

describe('rewriteRequest', () => {
  it.each([
    [
      'an apiKey Authorization becomes the Connectif key',
      { authorization: 'apiKey fake:fake' },
      { authorization: 'apiKey sbx:secret' },
    ],
    [
      'a Bearer Authorization becomes the Hellotext token',
      { authorization: 'Bearer ALK_fake' },
      { authorization: 'Bearer ALK_sandbox' },
    ],
    ['an x-api-key becomes the Reskyt key', { 'x-api-key': 'fake' }, { 'x-api-key': 'rk_sandbox' }],
    [
      'an Authorization of another scheme stays as it is',
      { authorization: 'Basic dXNlcjpwdw==' },
      { authorization: 'Basic dXNlcjpwdw==' },
    ],
    [
      'a request without credentials gets none',
      { accept: 'application/json' },
      { accept: 'application/json' },
    ],
  ])('%s', (_name, headers, want) => {
    expect(rewritten({ url: '/x', headers: { ...headers } }).headers).toEqual(want)
  })

  it('puts the account name and Reskyt key in a legacy form, sent as a form again with its real length', () => {
    const request = rewritten({
      url: '/api/push',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '61' },
      body: { user: 'my-shop', password: 'fake', titulo: 'Rebajas', tokens: 'a;b' },
    })
    const payload = (request.body as Buffer).toString()
    expect(Object.fromEntries(new URLSearchParams(payload))).toEqual({
      user: 'contracts-verify',
      password: 'rk_sandbox',
      titulo: 'Rebajas',
      tokens: 'a;b',
    })
    expect(request.headers['content-length']).toBe(String(Buffer.byteLength(payload)))
  })

  it('sends a parsed JSON body as JSON with its real length (non-ASCII included)', () => {
    const request = rewritten({
      url: '/v1/profiles',
      headers: { 'content-type': 'application/json', 'content-length': '999' },
      body: { first_name: 'Lucía' },
    })
    expect((request.body as Buffer).toString()).toBe('{"first_name":"Lucía"}')
    expect(request.headers['content-length']).toBe('23')
  })

  it('leaves a raw body (a multipart form) byte for byte', () => {
    const body = Buffer.from(
      '--b\r\nContent-Disposition: form-data; name="type"\r\n\r\ncontacts\r\n--b--',
    )
    const request = rewritten({
      url: '/imports/',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      body,
    })
    expect(request.body).toBe(body)
    expect(request.headers['content-length']).toBeUndefined()
  })

  it("replaces the path and query with the endpoint's own", () => {
    expect(rewritten({ url: '/', headers: {} }, { path: '/jivo/webhooks?secret=s' }).url).toBe(
      '/jivo/webhooks?secret=s',
    )
  })
})
