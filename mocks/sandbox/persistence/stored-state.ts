/**
 * From a store's text back to a SavedState: decoded values, collections by service and field,
 * and parts saved apart (an import's rows) put back into their records.
 */
import { decode } from './codec.ts'
import {
  type PersistentCore,
  SAVED_STATE_FORMAT,
  SAVED_STATE_VERSION,
  type SavedCore,
  type SavedService,
  type SavedState,
  savedFields,
} from './saved-state.ts'
import type { StoredState } from './state-store.ts'

/** A field saved apart is the collection `connectif.imports#pendingRows`. */
export const APART = '#'

/**
 * A SavedState from a store's rows: each collection back under its service and field, parts
 * saved apart put back into their records (`saw` is told of each, by its apart id).
 */
export function savedStateOf(
  core: PersistentCore,
  stored: StoredState,
  saw: (apartId: string, value: unknown) => void = () => {},
): SavedState {
  const values = new Map([...stored.values].map(([name, text]) => [name, decode(text)]))
  const registries = values.get('core') as Omit<SavedCore, 'ids' | 'clock' | 'journal'> | undefined
  const services: Record<string, SavedService> = {}
  for (const [service] of core.services) {
    services[service] = {
      collections: {},
      values: (values.get(`aux:${service}`) as Record<string, unknown> | undefined) ?? {},
    }
  }
  const apartParts = new Map<string, Map<string, unknown>>()
  for (const [collection, rows] of stored.collections) {
    const at = collection.indexOf(APART)
    if (at < 0) continue
    apartParts.set(collection, new Map(rows.map(([key, text]) => [key, decode(text)])))
  }
  for (const [collection, rows] of stored.collections) {
    if (collection.includes(APART)) continue
    const dot = collection.indexOf('.')
    const service = collection.slice(0, dot)
    const field = collection.slice(dot + 1)
    const target = services[service]
    if (!target) continue
    const runtime = core.services.get(service)
    const kind = savedFields(runtime?.definition as never, runtime?.state).find(
      ([name]) => name === field,
    )?.[1]
    const apart = runtime?.definition.persistence?.savedApart?.[field] ?? []
    target.collections[field] = rows.map(([key, text]) => {
      if (kind === 'map') return [key, decode(text)]
      if (kind === 'set') return key
      const record = decode(text) as Record<string, unknown>
      for (const part of apart) {
        const value = apartParts.get(`${collection}${APART}${part}`)?.get(key)
        if (value !== undefined) {
          record[part] = value
          saw(`${collection}\u0000${key}\u0000${part}`, value)
        }
      }
      return record
    })
  }
  return {
    format: SAVED_STATE_FORMAT,
    version: SAVED_STATE_VERSION,
    core: {
      ...(registries as Omit<SavedCore, 'ids' | 'clock' | 'journal'>),
      ids: values.get('ids') as SavedCore['ids'],
      clock: (values.get('clock') as SavedCore['clock'] | undefined) ?? null,
      journal: stored.journal.map((text) => decode(text) as SavedCore['journal'][number]),
    },
    services,
  }
}
