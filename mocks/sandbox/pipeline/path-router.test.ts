import { describe, expect, it } from 'vitest'
import { MAX_PARAM_LENGTH, PathRouter } from './path-router.ts'

function router() {
  const r = new PathRouter<string>()
  r.add('GET', '/contacts/{email}', 'getContact')
  r.add('GET', '/contacts/email/{email}', 'getContactByEmail')
  r.add('PATCH', '/contacts/email/{email}', 'patchContactByEmail')
  r.add('GET', '/purchases/', 'listPurchases')
  r.add('GET', '/{env}/client-script/{token}', 'getClientScript')
  return r
}

describe('PathRouter', () => {
  it.each([
    [
      'a static segment wins',
      'GET',
      '/contacts/email/a%40b.co',
      'getContactByEmail',
      { email: 'a@b.co' },
    ],
    [
      'a parameter takes any other segment',
      'GET',
      '/contacts/a%40b.co',
      'getContact',
      { email: 'a@b.co' },
    ],
    [
      'it backtracks when the static branch lacks the method',
      'GET',
      '/contacts/email',
      'getContact',
      { email: 'email' },
    ],
    ['a trailing slash is ignored', 'GET', '/purchases', 'listPurchases', {}],
    ['the template’s own trailing slash too', 'GET', '/purchases/', 'listPurchases', {}],
    [
      'a leading parameter',
      'GET',
      '/eu1/client-script/abc',
      'getClientScript',
      { env: 'eu1', token: 'abc' },
    ],
  ])('%s', (_name, method, path, value, params) => {
    expect(router().find(method, path)).toEqual({ value, params })
  })

  it.each([
    ['an unknown method', 'DELETE', '/contacts/email/a'],
    ['an unknown path', 'GET', '/nothing/here/at/all'],
    ['an empty parameter', 'GET', '/contacts//'],
    ['a malformed escape', 'GET', '/contacts/%E0%A4%A'],
    ['an overlong parameter', 'GET', `/contacts/${'x'.repeat(MAX_PARAM_LENGTH + 1)}`],
  ])('does not match %s', (_name, method, path) => {
    expect(router().find(method, path)).toBeUndefined()
  })

  it('names parameters per route', () => {
    const r = router()
    r.add('GET', '/contacts/{id}/fields', 'listFields')
    expect(r.find('GET', '/contacts/7/fields')).toEqual({
      value: 'listFields',
      params: { id: '7' },
    })
    expect(r.find('GET', '/contacts/7')).toEqual({ value: 'getContact', params: { email: '7' } })
  })

  it('refuses the same route twice', () => {
    expect(() => router().add('GET', '/purchases', 'again')).toThrow(
      'Route GET /purchases is added twice',
    )
  })
})
