/**
 * Field-by-field changes to a generated payload, by dotted path: `visitor.email`,
 * `chat.messages[0].message` (or `chat.messages.0.message`). The CLI writes them as `--set
 * path=value` (a string) or `--set path:=json` (a number, boolean, null, object or array, as in
 * HTTPie), and `--unset path` removes a field.
 *
 * @example
 * applyOverrides(payload, { 'visitor.email': 'a@b.c', 'visitor.number': 1217 }, ['visitor.phone'])
 */
import { SimulatorInputError } from './simulator-input-error.ts'

type Container = Record<string, unknown> | unknown[]

/** `chat.messages[0].message` → `['chat', 'messages', 0, 'message']`. */
export function parsePath(path: string): Array<string | number> {
  const segments: Array<string | number> = []
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part)
    if (!match || (match[1] === '' && match[2] === '')) {
      throw new SimulatorInputError(
        `"${path}" is not a field path; write it like visitor.email or chat.messages[0].message`,
      )
    }
    if (match[1] !== '')
      segments.push(/^\d+$/.test(match[1] as string) ? Number(match[1]) : (match[1] as string))
    for (const index of (match[2] as string).matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]))
  }
  return segments
}

/**
 * Sets `value` at `path`, creating objects (or arrays, where the next segment is an index) on the
 * way. An array index may be at most the array's length (which appends): a gap would send nulls
 * nobody asked for, so it is a usage error.
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = parsePath(path)
  let node: Container = target
  for (const [index, segment] of segments.entries()) {
    const slot = node as Record<string | number, unknown>
    if (Array.isArray(node) && typeof segment === 'number' && segment > node.length)
      throw new SimulatorInputError(
        `--set "${path}": index ${segment} is past the end of an array of ${node.length}; use at most ${node.length} (which appends)`,
      )
    if (index === segments.length - 1) {
      slot[segment] = value
      return
    }
    const next = slot[segment]
    if (typeof next === 'object' && next !== null) node = next as Container
    else {
      const child: Container = typeof segments[index + 1] === 'number' ? [] : {}
      slot[segment] = child
      node = child
    }
  }
}

/** Whether the payload has a field at `path`. */
export function hasPath(target: Record<string, unknown>, path: string): boolean {
  let node: unknown = target
  for (const segment of parsePath(path)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return false
    node = (node as Record<string | number, unknown>)[segment]
  }
  return true
}

/**
 * Removes the field at `path`. A path the payload does not have is a usage error: a typo
 * (`visitor.phon`) would otherwise send the field the caller meant to remove.
 */
export function unsetPath(target: Record<string, unknown>, path: string): void {
  if (!hasPath(target, path))
    throw new SimulatorInputError(`--unset "${path}": the payload has no such field`)
  const segments = parsePath(path)
  let node: unknown = target
  for (const segment of segments.slice(0, -1))
    node = (node as Record<string | number, unknown>)[segment]
  const last = segments.at(-1) as string | number
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1)
  else delete (node as Record<string | number, unknown>)[last]
}

/** Whether the payload already has the path's first segment (`visitor` for `visitor.email`). */
export function hasTopLevel(target: Record<string, unknown>, path: string): boolean {
  return Object.hasOwn(target, parsePath(path)[0] as string)
}

export function applyOverrides(
  target: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
  unset: string[] = [],
): void {
  for (const path of unset) unsetPath(target, path)
  for (const [path, value] of Object.entries(overrides)) setPath(target, path, value)
}

/**
 * Reads one CLI assignment: `path=text` gives the string `text`; `path:=json` parses the JSON
 * (`visitor.number:=1217`, `user_token:=null`, `tags:=[]`).
 */
export function parseAssignment(assignment: string): [path: string, value: unknown] {
  const at = assignment.indexOf('=')
  if (at <= 0) {
    throw new SimulatorInputError(
      `--set "${assignment}" needs the form path=value (a string) or path:=json (any JSON value)`,
    )
  }
  const isJson = assignment[at - 1] === ':'
  const path = assignment.slice(0, isJson ? at - 1 : at)
  parsePath(path)
  const raw = assignment.slice(at + 1)
  if (!isJson) return [path, raw]
  try {
    return [path, JSON.parse(raw)]
  } catch (error) {
    throw new SimulatorInputError(
      `--set "${assignment}": the value after := must be JSON (${(error as Error).message})`,
    )
  }
}
