/**
 * Custom object structures (the Objects API) and their instances, which tracked events create
 * inline through `object_type` + `object_parameters`. A structure's `name` is singular and unique,
 * and may not be a built-in structure's. Instances, like refunds, apps and forms, live in one
 * table of "other objects".
 *
 * @see shared/research/hellotext-reskyt.md A6 "Custom objects", "Refund", "App" [DOC: HELP objects; SDK: WP, IOS]
 */
import type { components } from '../../src/generated/hellotext.ts'
import { scopedKey } from '../sandbox/indexed-table.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { BUILT_IN_STRUCTURES } from './actions-model.ts'
import { MESSAGES, notUnique, parameterMissing } from './errors.ts'
import { newId, seconds } from './route-helpers.ts'
import { findIn, type HellotextState, type InstanceRecord, type StructureRecord } from './state.ts'

export type StructureInput = components['schemas']['ObjectStructureInput']

export function structureResource(structure: StructureRecord) {
  return {
    id: structure.id,
    ...(structure.title === undefined ? {} : { title: structure.title }),
    name: structure.name,
    properties: structure.properties,
  }
}

/** By id or by name: `object_type` takes either [DOC]. */
export function findStructure(state: HellotextState, accountId: string, idOrName: string) {
  return (
    findIn(state.structures, accountId, idOrName) ??
    state.structures.findBy('name', scopedKey(accountId, idOrName))
  )
}

function nameProblem(
  state: HellotextState,
  accountId: string,
  name: string,
  self?: string,
): RouteResult | undefined {
  const holder = state.structures.findBy('name', scopedKey(accountId, name))
  if (BUILT_IN_STRUCTURES.has(name) || (holder && holder.id !== self))
    return notUnique('name', MESSAGES.taken('object'))
  return undefined
}

export function createStructure(
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  input: StructureInput,
): StructureRecord | RouteResult {
  if (!input.name) return parameterMissing('name')
  const problem = nameProblem(state, accountId, input.name)
  if (problem) return problem
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
  state: HellotextState,
  structure: StructureRecord,
  input: StructureInput,
): StructureRecord | RouteResult {
  if (input.name !== undefined) {
    const problem = nameProblem(state, structure.accountId, input.name, structure.id)
    if (problem) return problem
  }
  return state.structures.update(structure, (s) => ({
    ...s,
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.properties === undefined ? {} : { properties: input.properties }),
  }))
}

export function findInstance(state: HellotextState, accountId: string, id: string) {
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
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  type: string,
  params: Record<string, unknown>,
  at: string,
  structure?: StructureRecord,
): InstanceRecord | RouteResult {
  const name = text(params.name)
  const reference = text(params.reference)
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
  // An app needs a name, and duplicates are not unique [SDK: IOS; DOC].
  if (type === 'app' && name === undefined) return parameterMissing(`${at}name`)
  for (const property of structure?.properties ?? []) {
    const value = params[property.name as string]
    if (property.required && (value === undefined || value === null || value === ''))
      return parameterMissing(`${at}${property.name}`)
    if (property.unique && value !== undefined) {
      const taken = state.instances.findFirst((q) =>
        q.where(
          (i) =>
            i.accountId === accountId &&
            i.type === type &&
            i.values[property.name as string] === value,
        ),
      )
      if (taken) return notUnique(`${at}${property.name}`, MESSAGES.taken(type))
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
    values: params,
    created_at: seconds(ctx.now),
  })
}
