/**
 * The route table's router: a trie of path segments from method + OpenAPI path template
 * (`/contacts/email/{email}`) to a value. A static segment wins over a parameter, with
 * backtracking, so `/contacts/email/x` and `/contacts/{email}` coexist. Trailing slashes are
 * ignored, parameters are percent-decoded, and an empty or overlong parameter never matches.
 * Lookups cost the path's segment count, not the number of routes.
 *
 * Why not find-my-way (the router before): it requires `node:assert`, so the sandbox could not
 * run in a browser; OpenAPI paths need only whole-segment parameters, which this covers.
 *
 * @example
 * const router = new PathRouter<string>()
 * router.add('GET', '/things/{id}', 'getThing')
 * router.find('GET', '/things/a%40b') // { value: 'getThing', params: { id: 'a@b' } }
 */

/** Longest parameter value matched, as find-my-way's `maxParamLength` was set. */
export const MAX_PARAM_LENGTH = 2048

interface TrieNode<T> {
  statics: Map<string, TrieNode<T>>
  /** Any one segment; routes may name it differently (`{id}`, `{product_id}`). */
  param?: TrieNode<T>
  /** Per method: the value and the names of the route's parameters, in path order. */
  values: Map<string, { value: T; names: string[] }>
}

export interface PathMatch<T> {
  value: T
  params: Record<string, string>
}

const createNode = <T>(): TrieNode<T> => ({ statics: new Map(), values: new Map() })

/** `/a/b/` → ['a', 'b']: the leading slash and any trailing ones carry no segment. */
function segmentsOf(path: string): string[] {
  // Index arithmetic rather than two regex replaces: this runs on every request.
  let start = 0
  let end = path.length
  while (start < end && path.charCodeAt(start) === SLASH) start++
  while (end > start && path.charCodeAt(end - 1) === SLASH) end--
  return start === end ? [] : path.slice(start, end).split('/')
}

const SLASH = 0x2f
/** The params of a route without any: one frozen object shared by every match. */
const NO_PARAMS: Record<string, string> = Object.freeze({}) as Record<string, string>

export class PathRouter<T> {
  readonly #root: TrieNode<T> = createNode()

  /** Adds `value` for `method` at `template`; a second value at the same place is a bug. */
  add(method: string, template: string, value: T): void {
    let node = this.#root
    const names: string[] = []
    for (const segment of segmentsOf(template)) {
      const param = /^\{([^}]+)\}$/.exec(segment)
      if (param) {
        names.push(param[1] as string)
        node.param ??= createNode()
        node = node.param
      } else {
        let next = node.statics.get(segment)
        if (!next) {
          next = createNode()
          node.statics.set(segment, next)
        }
        node = next
      }
    }
    const verb = method.toUpperCase()
    if (node.values.has(verb)) throw new Error(`Route ${verb} ${template} is added twice`)
    node.values.set(verb, { value, names })
  }

  find(method: string, path: string): PathMatch<T> | undefined {
    const values: string[] = []
    const found = this.#match(this.#root, segmentsOf(path), 0, method.toUpperCase(), values)
    if (!found) return undefined
    const { names } = found
    if (names.length === 0) return { value: found.value, params: NO_PARAMS }
    const params: Record<string, string> = {}
    for (let i = 0; i < names.length; i++) params[names[i] as string] = values[i] as string
    return { value: found.value, params }
  }

  #match(
    node: TrieNode<T>,
    segments: string[],
    at: number,
    method: string,
    values: string[],
  ): { value: T; names: string[] } | undefined {
    if (at === segments.length) return node.values.get(method)
    const segment = segments[at] as string
    const byStatic = node.statics.get(segment)
    if (byStatic) {
      const found = this.#match(byStatic, segments, at + 1, method, values)
      if (found) return found
    }
    if (!node.param || segment === '' || segment.length > MAX_PARAM_LENGTH) return undefined
    const decoded = decodeSegment(segment)
    if (decoded === undefined) return undefined
    values.push(decoded)
    const found = this.#match(node.param, segments, at + 1, method, values)
    if (!found) values.pop()
    return found
  }
}

/** Percent-decoded, or undefined for a malformed escape (no route matches it). */
function decodeSegment(segment: string): string | undefined {
  if (!segment.includes('%')) return segment
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}
