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

/** Sets `value` at `path`, creating objects (or arrays, where the next segment is an index) on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = parsePath(path)
  let node: Container = target
  for (const [index, segment] of segments.entries()) {
    const slot = node as Record<string | number, unknown>
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

/** Removes the field at `path`; a path that leads nowhere changes nothing. */
export function unsetPath(target: Record<string, unknown>, path: string): void {
  const segments = parsePath(path)
  let node: unknown = target
  for (const segment of segments.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return
    node = (node as Record<string | number, unknown>)[segment]
  }
  if (typeof node !== 'object' || node === null) return
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
