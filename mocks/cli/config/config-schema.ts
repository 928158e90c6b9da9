/**
 * The JSON Schema of `martech-sandbox.config.json`, in one place: the options `serve` takes, each
 * with its default and the flag that overrides it, and — copied from openapi/admin.yaml, never
 * restated — the shapes the admin API already defines (fault rules, retention limits, rate
 * limits, scopes, account settings). `npm run generate` writes it to the package root as
 * `martech-sandbox.schema.json`, which a config names in `$schema` for editor completion; `serve`
 * validates with the same object, and a test fails when the file is stale.
 *
 * @example
 * const schema = buildConfigSchema()
 * schema.properties.port.default // 4010
 */
import adminDocument from '../../../src/generated/admin.document.ts'
import type { OpenApiDocument } from '../../../src/openapi/openapi-document.ts'
import { DEFAULT_RETENTION } from '../../sandbox/retention.ts'

/** The file `serve` reads from the working directory when `--config` is not given. */
export const CONFIG_FILE_NAME = 'martech-sandbox.config.json'
/** Where the schema is published: the package root. */
export const SCHEMA_FILE_NAME = 'martech-sandbox.schema.json'
/** What a config's `$schema` says, from a project that installed the package. */
export const SCHEMA_REFERENCE = `./node_modules/martech-sandbox/${SCHEMA_FILE_NAME}`

/** The admin API's schemas the config reuses; whatever they reference comes along. */
const FROM_ADMIN = [
  'FaultRule',
  'RetentionChange',
  'RateLimits',
  'NewAccount',
  'AccountSettingsChanges',
]

type JsonSchema = Record<string, unknown>

/** The fixture account: `loadFixtures()`'s fields, then each service's data, checked at start by that service. */
const ACCOUNT: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description:
    'An account to start with: its name, keys, scopes, rate limits and settings, and per service the data it holds. The name "default" fills the default account.',
  properties: {
    name: { type: 'string', minLength: 1 },
    keys: {
      type: 'object',
      description:
        'Fixed keys per service, beside the minted ones (Connectif\'s are "keyId:keySecret"); one token, no spaces.',
      propertyNames: { $ref: '#/$defs/ServiceName' },
      additionalProperties: { type: 'string', pattern: '^\\S+$' },
    },
    scopes: { $ref: '#/$defs/NewAccount/properties/scopes' },
    rateLimits: { $ref: '#/$defs/RateLimits' },
    settings: { $ref: '#/$defs/AccountSettingsChanges' },
    connectif: serviceData(
      'Connectif',
      'store, allowedDomains, contactFields, contacts, products, couponSets, workflows, segments',
    ),
    hellotext: serviceData(
      'Hellotext',
      'businessId, generation, integrations, profiles, products, sessions, actions, webchats, forms, popups',
    ),
    reskyt: serviceData('Reskyt', 'devices, apiActivated'),
    jivochat: serviceData('JivoChat', 'users, contacts (the reference CRM)'),
  },
}

function serviceData(service: string, keys: string): JsonSchema {
  return {
    type: 'object',
    description: `${service} data the account starts with (${keys}); each record is checked at start against ${service}'s API.`,
  }
}

/** The options of the file, each with its default (what `init` writes) and the flag that overrides it. */
const OPTIONS: Record<string, JsonSchema> = {
  host: {
    type: 'string',
    minLength: 1,
    default: '127.0.0.1',
    description:
      'Address to bind (--host). Anything but loopback needs adminToken (or insecureAdmin).',
  },
  port: {
    type: 'integer',
    minimum: 0,
    maximum: 65535,
    default: 4010,
    description: 'Port to listen on; 0 picks a free one (--port).',
  },
  publicUrl: {
    type: ['string', 'null'],
    format: 'uri',
    default: null,
    description:
      'The URL clients use, for links, when a proxy does not say it (--public-url); its host is allowed.',
  },
  trustProxy: {
    enum: ['loopback', 'always', 'never'],
    default: 'loopback',
    description: 'Whose Forwarded / X-Forwarded-* headers set the origin of links (--trust-proxy).',
  },
  tls: {
    type: 'boolean',
    default: false,
    description: 'Serve HTTPS with a local CA made once under dataDir (--tls).',
  },
  dataDir: {
    type: ['string', 'null'],
    default: null,
    description:
      'Where the sandbox keeps its files, the --tls CA (--data-dir); null: ~/.martech-sandbox.',
  },
  data: {
    type: ['string', 'null'],
    default: null,
    description:
      'SQLite file that keeps all state across restarts (--data), relative to this file; null: in memory.',
  },
  adminToken: {
    anyOf: [
      { const: 'random' },
      { type: 'string', minLength: 16, pattern: '^\\S+$' },
      { type: 'null' },
    ],
    default: null,
    description:
      'Token the admin API, dashboard and docs require (--admin-token, or MARTECH_SANDBOX_ADMIN_TOKEN): Authorization: Bearer <token>, or open /?token=<token> in a browser. "random" makes one at each start, printed once. null: none, allowed on loopback only.',
  },
  insecureAdmin: {
    type: 'boolean',
    default: false,
    description:
      'Serve the admin API to the network with no token (--insecure-admin); warned at every start.',
  },
  allowedHosts: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    default: [],
    description:
      'Host names the sandbox answers to besides loopback, its own addresses, the services\' hosts and publicUrl\'s ("qa-sandbox.internal", "*.example.com"); any other Host gets 421 (--allowed-host).',
  },
  seed: {
    type: ['integer', 'null'],
    minimum: 0,
    maximum: 4294967295,
    default: null,
    description:
      'Seed of minted keys and ids: the same seed, the same keys (--seed-random). null: a random one, printed at start.',
  },
  fixtures: {
    oneOf: [
      { type: 'string', minLength: 1 },
      {
        type: 'object',
        additionalProperties: false,
        required: ['accounts'],
        properties: { accounts: { type: 'array', items: { $ref: '#/$defs/FixtureAccount' } } },
      },
      { type: 'null' },
    ],
    default: null,
    description:
      'A fixture file (path relative to this file) or its contents inline, loaded after accounts (--seed).',
  },
  accounts: {
    type: 'array',
    items: { $ref: '#/$defs/FixtureAccount' },
    default: [],
    description:
      'Accounts to start with, and to return to on POST /__admin/reset (with their keys, data and settings).',
  },
  hellotextGeneration: {
    $ref: '#/$defs/HellotextGeneration',
    default: '2022',
    description:
      "The Hellotext tracking API the default account and these accounts answer with, unless an account's settings say otherwise.",
  },
  faults: {
    type: 'array',
    items: { $ref: '#/$defs/FaultRule' },
    default: [],
    description:
      'Fault rules in force at start and after every reset, in the order they are tried (as POST /__admin/faults takes them).',
  },
  retention: {
    $ref: '#/$defs/RetentionChange',
    default: { ...DEFAULT_RETENTION },
    description:
      'How much is kept of what only accumulates (as PATCH /__admin/retention takes it).',
  },
}

/** `document` is openapi/admin.yaml, parsed: the generated copy unless `npm run generate` passes a fresher one. */
export function buildConfigSchema(
  document: OpenApiDocument = adminDocument,
): JsonSchema & { properties: Record<string, JsonSchema>; $defs: Record<string, JsonSchema> } {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'martech-sandbox.config.json',
    description:
      'Configuration of `martech-sandbox serve`, read from martech-sandbox.config.json in the working directory or from --config <file>. Flags override it. `martech-sandbox init` writes one with every option and its default.',
    type: 'object',
    additionalProperties: false,
    properties: { $schema: { type: 'string' }, ...OPTIONS },
    $defs: { FixtureAccount: ACCOUNT, ...adminSchemas(document) },
  }
}

/** The named admin schemas and everything they reference, with `$ref`s pointed at `$defs`. */
function adminSchemas(document: OpenApiDocument): Record<string, JsonSchema> {
  const all = (document.components?.schemas ?? {}) as Record<string, JsonSchema>
  const wanted = [...FROM_ADMIN, 'ServiceName', 'HellotextGeneration']
  const defs: Record<string, JsonSchema> = {}
  while (wanted.length > 0) {
    const name = wanted.shift() as string
    if (defs[name]) continue
    const schema = all[name]
    if (!schema) throw new Error(`openapi/admin.yaml has no schema "${name}"`)
    defs[name] = rewriteRefs(schema, (ref) => {
      const target = ref.replace('#/components/schemas/', '')
      wanted.push(target.split('/')[0] as string)
      return `#/$defs/${target}`
    }) as JsonSchema
  }
  return Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b)))
}

function rewriteRefs(value: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, rewrite))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      // OpenAPI's own keywords mean nothing to an editor's JSON Schema.
      .filter(([key]) => key !== 'example' && key !== 'examples' && !key.startsWith('x-'))
      .map(([key, inner]) => [
        key,
        key === '$ref' && typeof inner === 'string' ? rewrite(inner) : rewriteRefs(inner, rewrite),
      ]),
  )
}

/** The starter `init` writes: every option at its default, and `$schema` for completion. */
export function starterConfig(): Record<string, unknown> {
  return {
    $schema: SCHEMA_REFERENCE,
    ...Object.fromEntries(Object.entries(OPTIONS).map(([name, option]) => [name, option.default])),
  }
}
