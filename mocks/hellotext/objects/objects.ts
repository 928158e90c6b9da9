/**
 * Custom object structures (the Objects API) and their instances, which tracked events create
 * inline through `object_type` + `object_parameters`. A structure's `name` is singular and unique,
 * and may not be a built-in structure's. Instances, like refunds, apps and forms, live in one
 * table of "other objects".
 *
 * @see shared/research/hellotext-reskyt.md A6 "Custom objects", "Refund", "App" [DOC: HELP objects; SDK: WP, IOS]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { BUILT_IN_STRUCTURES } from '../actions/actions.ts'
import { invalidEmpty, MESSAGES, notUnique, parameterMissing } from '../errors.ts'
import { findIn, newId, type Owned, type Schemas, type Sequence, seconds } from '../records.ts'

export type StructureInput = Schemas['ObjectStructureInput']

export interface StructureRecord extends Owned {
  title?: string
  name: string
  properties: Schemas['ObjectProperty'][]
}

/**
 * Objects tracked events refer to that have no CRUD route of their own: refunds, apps, forms and
 * custom-object instances (`type` is the structure's name).
 */
export interface InstanceRecord extends Owned {
  type: string
  source?: string
  reference?: string
  name?: string
  values: Record<string, unknown>
  created_at: number
}

export function createObjectTables() {
  return {
    structures: new IndexedTable<StructureRecord, 'name'>({
      name: 'object structures',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { name: (r) => scopedKey(r.accountId, r.name) },
    }),
    instances: new IndexedTable<InstanceRecord, 'natural'>({
      name: 'objects',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: {
        // Apps are found by name [SDK: IOS]; everything else by (source, reference) [DOC].
        natural: (r) =>
          r.type === 'app'
            ? r.name === undefined
              ? undefined
              : scopedKey(r.accountId, `app\u0000${r.name}`)
            : r.reference === undefined
              ? undefined
              : scopedKey(r.accountId, `${r.type}\u0000${r.source ?? ''}\u0000${r.reference}`),
      },
    }),
  }
}

export type ObjectTables = ReturnType<typeof createObjectTables>

export function structureResource(structure: StructureRecord): Schemas['ObjectStructure'] {
  return {
    id: structure.id,
    ...(structure.title === undefined ? {} : { title: structure.title }),
    name: structure.name,
    properties: structure.properties,
  }
}

/** By id or by name: `object_type` takes either [DOC]. */
export function findStructure(state: ObjectTables, accountId: string, idOrName: string) {
  return (
    findIn(state.structures, accountId, idOrName) ??
    state.structures.findBy('name', scopedKey(accountId, idOrName))
  )
}

/** A structure's name is singular, unique, and not a built-in structure's. */
function checkName(state: ObjectTables, accountId: string, name: string, self?: string): void {
  const holder = state.structures.findBy('name', scopedKey(accountId, name))
  if (BUILT_IN_STRUCTURES.has(name) || (holder && holder.id !== self))
    throw rejectWith(notUnique('name', MESSAGES.taken('object')))
}

export function createStructure(
  state: ObjectTables & Sequence,
  ctx: CallerContext,
  input: StructureInput,
): StructureRecord {
  const accountId = ctx.account.id
  if (!input.name) throw rejectWith(parameterMissing('name'))
  checkName(state, accountId, input.name)
  return state.structures.insert({
    accountId,
    id: newId(ctx, (id) => findIn(state.structures, accountId, id) !== undefined),
    seq: state.nextSeq(),
    ...(input.title === undefined ? {} : { title: input.title }),
    name: input.name,
    properties: input.properties ?? [],
  })
}

export function updateStructure(
  state: ObjectTables,
  structure: StructureRecord,
  input: StructureInput,
): StructureRecord {
  if (input.name !== undefined) checkName(state, structure.accountId, input.name, structure.id)
  return state.structures.update(structure, (s) => ({
    ...s,
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.properties === undefined ? {} : { properties: input.properties }),
  }))
}

export function findInstance(state: ObjectTables, accountId: string, id: string) {
  return findIn(state.instances, accountId, id)
}

export function instanceResource(instance: InstanceRecord) {
  return { id: instance.id, ...instance.values }
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * The object of `type` that `params` describe: found by its natural key (an app by `name`,
 * anything else by `source` + `reference`) or created. For a custom structure, required
 * properties must be present and unique ones unused [DOC: structure `required`, `unique`].
 */
export function findOrCreateInstance(
  state: ObjectTables & Sequence,
  ctx: CallerContext,
  type: string,
  params: Record<string, unknown>,
  at: string,
  structure?: StructureRecord,
): InstanceRecord {
  const accountId = ctx.account.id
  const name = text(params.name)
  // A reference is kept as text: WooCommerce sends its ids as integers [SDK: WP; INF].
  const reference =
    typeof params.reference === 'number' ? String(params.reference) : text(params.reference)
  const source = text(params.source)
  const natural =
    type === 'app'
      ? name === undefined
        ? undefined
        : `app\u0000${name}`
      : reference === undefined
        ? undefined
        : `${type}\u0000${source ?? ''}\u0000${reference}`
  const found = state.instances.findBy('natural', scopedKey(accountId, natural))
  if (found) return found
  // An app needs a name, and duplicates are not unique [SDK: IOS; DOC]; a null or empty one is
  // `parameter_invalid_empty`, as hellotext.js's docs show for `{ name: null }` [SDK: JS docs].
  if (type === 'app' && (params.name === null || params.name === ''))
    throw rejectWith(invalidEmpty(`${at}name`))
  if (type === 'app' && name === undefined) throw rejectWith(parameterMissing(`${at}name`))
  for (const property of structure?.properties ?? []) {
    const value = params[property.name as string]
    if (property.required && (value === undefined || value === null || value === ''))
      throw rejectWith(parameterMissing(`${at}${property.name}`))
    if (property.unique && value !== undefined) {
      const taken = state.instances.findFirst((q) =>
        q.where(
          (i) =>
            i.accountId === accountId &&
            i.type === type &&
            i.values[property.name as string] === value,
        ),
      )
      if (taken) throw rejectWith(notUnique(`${at}${property.name}`, MESSAGES.taken(type)))
    }
  }
  return state.instances.insert({
    accountId,
    id: newId(ctx, (id) => findInstance(state, accountId, id) !== undefined),
    seq: state.nextSeq(),
    type,
    ...(source === undefined ? {} : { source }),
    ...(reference === undefined ? {} : { reference }),
    ...(name === undefined ? {} : { name }),
    values: reference === undefined ? params : { ...params, reference },
    created_at: seconds(ctx.now),
  })
}
