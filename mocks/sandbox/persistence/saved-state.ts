/**
 * The whole state of a sandbox as one value, and back: what a store writes in full (a first
 * save, a reset), what it loads at start, and the JSON document of `data export|import`. Each
 * service's state is read by the kind of each field: an IndexedTable is a list of records, a
 * TrackedMap a list of entries, a TrackedSet a list of values, and everything else but functions
 * and the fields the service marks `notSaved` is a plain value saved whole.
 *
 * @example
 * const saved = captureState(core)
 * restoreState(otherCore, structuredClone(saved)) // otherCore now answers as core did
 */
import type { SavedAccounts } from '../accounts.ts'
import { formatMessage } from '../format-message.ts'
import type { StoredFaultRule } from '../pipeline/faults.ts'
import type { IdPosition } from '../records/ids.ts'
import { IndexedTable } from '../records/indexed-table.ts'
import { TrackedMap, TrackedSet } from '../records/tracked-collections.ts'
import type { JournalEntry } from '../request-journal.ts'
import type { RetentionLimits } from '../retention.ts'
import type { SandboxCore } from '../sandbox.ts'
import type { ServiceDefinition } from '../service-definition.ts'
import type { ClockSetting } from '../time/clock.ts'

export const SAVED_STATE_FORMAT = 'martech-sandbox/state'
/** The version of the SavedState layout; a store's own schema has its own version. */
export const SAVED_STATE_VERSION = 1

export interface SavedState {
  format: typeof SAVED_STATE_FORMAT
  version: number
  core: SavedCore
  /** Each service's state by service name. */
  services: Record<string, SavedService>
}

export interface SavedCore {
  ids: IdPosition
  /** Null for a clock the sandbox was given that cannot say its setting. */
  clock: ClockSetting | null
  accounts: SavedAccounts
  defaultAccountId: string
  faults: { rules: StoredFaultRule[]; lastId: number }
  retention: RetentionLimits
  /** Oldest first. */
  journal: JournalEntry[]
}

export interface SavedService {
  /** Each table's records, TrackedMap's entries or TrackedSet's values, in order. */
  collections: Record<string, unknown[]>
  /** The rest of the state, by field. */
  values: Record<string, unknown>
}

/** What the store needs of a sandbox: the core, and a way to make a restored account the default. */
export type PersistentCore = Pick<
  SandboxCore,
  | 'clock'
  | 'ids'
  | 'accounts'
  | 'faults'
  | 'journal'
  | 'retention'
  | 'setRetention'
  | 'services'
  | 'defaultAccount'
  | 'adoptDefaultAccount'
  | 'observer'
>

export type FieldKind = 'table' | 'map' | 'set' | 'value'

/** The saved fields of a service's state, each with its kind. */
export function savedFields(
  definition: ServiceDefinition<unknown>,
  state: unknown,
): Array<[name: string, kind: FieldKind, value: unknown]> {
  const notSaved = new Set(definition.persistence?.notSaved ?? [])
  const fields: Array<[string, FieldKind, unknown]> = []
  for (const [name, value] of Object.entries(state as Record<string, unknown>)) {
    if (typeof value === 'function' || notSaved.has(name)) continue
    fields.push([name, kindOf(value), value])
  }
  return fields
}

function kindOf(value: unknown): FieldKind {
  if (value instanceof IndexedTable) return 'table'
  if (value instanceof TrackedMap) return 'map'
  if (value instanceof TrackedSet) return 'set'
  return 'value'
}

export function captureState(core: PersistentCore): SavedState {
  const services: Record<string, SavedService> = {}
  for (const [name, runtime] of core.services) {
    const saved: SavedService = { collections: {}, values: {} }
    for (const [field, kind, value] of savedFields(runtime.definition, runtime.state)) {
      if (kind === 'table') saved.collections[field] = [...(value as IndexedTable<object>).all()]
      else if (kind === 'value') saved.values[field] = value
      else saved.collections[field] = [...(value as Map<string, unknown> | Set<string>)]
    }
    services[name] = saved
  }
  return {
    format: SAVED_STATE_FORMAT,
    version: SAVED_STATE_VERSION,
    core: captureCore(core),
    services,
  }
}

export function captureCore(core: PersistentCore): SavedCore {
  return {
    ids: core.ids.position(),
    clock: core.clock.setting?.() ?? null,
    ...captureRegistries(core),
    journal: core.journal.list().reverse(),
  }
}

/** The core's registries: what changes only through the admin API (and a fault rule's hits). */
export function captureRegistries(
  core: PersistentCore,
): Pick<SavedCore, 'accounts' | 'defaultAccountId' | 'faults' | 'retention'> {
  return {
    accounts: core.accounts.saved(),
    defaultAccountId: core.defaultAccount.account.id,
    faults: core.faults.saved(),
    retention: { ...core.retention },
  }
}

/**
 * Replaces the sandbox's state with a saved one: fresh service states filled from it, indexes
 * rebuilt. Throws a TypeError naming the problem for a value that is not a SavedState of this
 * version (migrations bring older ones up first).
 */
export function restoreState(core: PersistentCore, saved: SavedState): void {
  checkSavedState(saved)
  const { core: savedCore } = saved
  core.ids.restore(savedCore.ids)
  if (savedCore.clock) core.clock.restore?.(savedCore.clock)
  core.accounts.restore(savedCore.accounts)
  core.faults.restore(savedCore.faults)
  core.setRetention(savedCore.retention)
  core.journal.restore(savedCore.journal)
  core.adoptDefaultAccount(savedCore.defaultAccountId)
  for (const [name, runtime] of core.services) {
    const state = runtime.definition.createState() as Record<string, unknown>
    const savedService = saved.services[name]
    if (savedService) fill(runtime.definition, state, savedService)
    runtime.definition.persistence?.rebuild?.(state)
    runtime.state = state
  }
}

function fill(
  definition: ServiceDefinition<unknown>,
  state: Record<string, unknown>,
  saved: SavedService,
): void {
  for (const [field, kind, value] of savedFields(definition, state)) {
    if (kind === 'value') {
      if (Object.hasOwn(saved.values, field)) state[field] = mergeInto(value, saved.values[field])
      continue
    }
    const items = saved.collections[field] ?? []
    if (kind === 'table')
      for (const record of items) (value as IndexedTable<object>).insert(record as object)
    else if (kind === 'map')
      for (const [key, item] of items as Array<[string, unknown]>)
        (value as Map<string, unknown>).set(key, item)
    else for (const item of items as string[]) (value as Set<string>).add(item)
  }
}

/**
 * A saved plain object goes into the fresh one field by field, so what the fresh one has and
 * JSON cannot keep (the CRM's `nextId()` method) stays.
 */
function mergeInto(fresh: unknown, saved: unknown): unknown {
  if (!isPlainObject(fresh) || !isPlainObject(saved)) return saved
  for (const [key, value] of Object.entries(saved)) fresh[key] = mergeInto(fresh[key], value)
  return fresh
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

export function checkSavedState(saved: unknown): asserts saved is SavedState {
  const fail = (reason: string): never => {
    throw new TypeError(formatMessage('load', 'saved state', reason))
  }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved))
    fail('it is not an object')
  const value = saved as Partial<SavedState>
  if (value.format !== SAVED_STATE_FORMAT)
    fail(`its "format" is ${JSON.stringify(value.format)}, not "${SAVED_STATE_FORMAT}"`)
  if (value.version !== SAVED_STATE_VERSION)
    fail(
      `it is version ${JSON.stringify(value.version)}; this martech-sandbox reads version ${SAVED_STATE_VERSION}`,
    )
  const core = value.core as Partial<SavedCore> | undefined
  if (
    typeof core !== 'object' ||
    core === null ||
    typeof core.defaultAccountId !== 'string' ||
    !Array.isArray(core.accounts?.accounts) ||
    !Array.isArray(core.accounts?.keys) ||
    !Array.isArray(core.journal) ||
    !Array.isArray(core.faults?.rules) ||
    typeof core.ids?.state !== 'number'
  )
    fail('its "core" lacks accounts, keys, faults, ids or the journal')
  if (typeof value.services !== 'object' || value.services === null) fail('it has no "services"')
}
