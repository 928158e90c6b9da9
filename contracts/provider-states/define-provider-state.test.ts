import { describe, expect, it } from 'vitest'
import { compileStateName } from './define-provider-state.ts'

describe('compileStateName', () => {
  it.each([
    ['contact {email} exists', 'contact ana@example.com exists', { email: 'ana@example.com' }],
    ['profile {id} does not exist', 'profile Zz9Zz9Zz does not exist', { id: 'Zz9Zz9Zz' }],
    ['account is at its rate limit', 'account is at its rate limit', {}],
    [
      'the CRM has a user with login {login}',
      'the CRM has a user with login a.b+c@d.e',
      { login: 'a.b+c@d.e' },
    ],
  ])('%s matches "%s"', (name, state, params) => {
    expect(compileStateName(name).exec(state)?.groups ?? {}).toEqual(params)
  })

  it.each([
    ['contact {email} exists', 'contact ana@example.com exists already'],
    ['contact {email} exists', 'a contact ana@example.com exists'],
    ['product {productId} exists', 'product  exists'],
    ['a (literal) state.', 'a Xliteral) stateX'],
  ])('%s does not match "%s"', (name, state) => {
    expect(compileStateName(name).test(state)).toBe(false)
  })
})
