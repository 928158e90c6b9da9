/**
 * What the Hellotext behaviour suites share: the default account's credentials, raw calls, the
 * admin API, and the exact error bodies they expect.
 */
import type { Target } from '../support/targets.ts'

/** `{"errors":[…]}` with one error, `message` and `description` carrying the same text. */
export function hellotextErrors(type: string, message: string, parameter?: string) {
  return {
    errors: [{ type, message, description: message, ...(parameter ? { parameter } : {}) }],
  }
}

export const SESSION = 'da834c54-97fa-44ef-bafd-2bd4fec60636'
export const OTHER_SESSION = '0b6f1e3a-2c4d-4e5f-8a7b-9c0d1e2f3a4b'

export function hellotextHelpers(target: () => Target) {
  const token = () => target().sandbox.defaultAccount.keys.hellotext as string
  const businessId = () =>
    (target().sandbox.defaultAccount.account.settings.hellotext as { businessId: string })
      .businessId
  // Admin bodies are JSON, and say so: over HTTP a text/plain one is refused as cross-site.
  const admin = async (path: string, init?: RequestInit) =>
    fetch(
      `${target()
        .serviceUrl('hellotext')
        .replace(/\/hellotext$/, '')}/__admin/hellotext${path}`,
      init?.body === undefined
        ? init
        : { ...init, headers: { 'content-type': 'application/json' } },
    )
  const adminJson = async (path: string, init?: RequestInit) => (await admin(path, init)).json()
  /** The account's Hellotext settings, changed first when `changes` are given (`PATCH /__admin/accounts/{id}/settings`). */
  const settings = async (accountId: string, changes?: Record<string, unknown>) =>
    fetch(
      `${target()
        .serviceUrl('hellotext')
        .replace(/\/hellotext$/, '')}/__admin/accounts/${accountId}/settings`,
      changes
        ? {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ hellotext: changes }),
          }
        : { method: 'GET' },
    )
  /** A raw JSON call with a bearer (the private token unless told). */
  const call = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    bearer = token(),
  ) =>
    target().fetchHellotext(path, {
      method,
      headers: {
        Authorization: `Bearer ${bearer}`,
        'Content-Type': 'application/json',
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const track = (body: unknown, headers?: Record<string, string>) =>
    call('POST', '/v1/attribution/events', body, headers)
  const createProfile = async (body: Record<string, unknown> = {}) => {
    const { data, response } = await target().hellotext().POST('/v1/profiles', { body })
    if (response.status !== 201 || !data)
      throw new Error(`createProfile answered ${response.status}`)
    return data
  }
  const createProduct = async (body: Record<string, unknown> = { name: 'Trail running shoes' }) => {
    const response = await call('POST', '/v1/attribution/products', body)
    if (response.status !== 201) throw new Error(`createProduct answered ${response.status}`)
    return (await response.json()) as { id: string; [key: string]: unknown }
  }
  /** Makes a session known the way a browser does: hellotext.js tracks a page view with it. */
  const browse = async (session = SESSION, extra: Record<string, unknown> = {}) => {
    const response = await call(
      'POST',
      '/v1/track/events',
      { session, action: 'page.viewed', url: 'https://shop.example.com/', ...extra },
      {},
      businessId(),
    )
    if (response.status !== 200) throw new Error(`browse answered ${response.status}`)
  }
  const events = async (path = '/events') =>
    (await adminJson(path)).events as Array<Record<string, unknown>>
  return {
    token,
    businessId,
    admin,
    adminJson,
    settings,
    call,
    track,
    createProfile,
    createProduct,
    browse,
    events,
  }
}
