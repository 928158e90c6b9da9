/**
 * Building the page without a framework: `h()` makes an element from props and children, and
 * `renderInto()` replaces a region only when its data changed, putting keyboard focus back on the
 * element with the same `data-key`, so a live refresh never throws the user's focus away.
 */

type Child = Node | string | number | null | undefined | false
type Props = Record<string, string | number | boolean | EventListener | undefined>

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value)
    else if (name === 'class') element.className = String(value)
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  append(element, children)
  return element
}

function append(parent: Node, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)))
  }
}

const SVG = 'http://www.w3.org/2000/svg'

export function svg(
  tag: string,
  attributes: Record<string, string | number>,
  ...children: Child[]
) {
  const element = document.createElementNS(SVG, tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value))
  append(element, children)
  return element
}

const rendered = new WeakMap<Element, string>()

/** Replaces `region`'s content with `build()` when `data` differs from last time; focus survives. */
export function renderInto(
  region: Element,
  data: unknown,
  build: () => Child | Array<Child | Child[]>,
): void {
  const signature = JSON.stringify(data)
  if (rendered.get(region) === signature) return
  rendered.set(region, signature)
  const active = document.activeElement
  const key = active && region.contains(active) ? active.getAttribute('data-key') : null
  // What the user is typing survives the redraw, as does where the caret is.
  const typing = active instanceof HTMLInputElement ? active : undefined
  region.replaceChildren()
  const built = build()
  append(region, Array.isArray(built) ? built : [built])
  if (key === null) return
  const again = region.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)
  if (again instanceof HTMLInputElement && typing) again.value = typing.value
  again?.focus({ preventScroll: true })
}

/** Forgets what `region` shows, so the next renderInto draws it again. */
export function invalidate(region: Element): void {
  rendered.delete(region)
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`[martech-sandbox] the dashboard page has no #${id}`)
  return element as T
}

/** `12:04:05` in the browser's time zone; the date too when it is not today. */
export function formatTime(time: number | string): string {
  const date = new Date(time)
  const today = new Date().toDateString() === date.toDateString()
  return today ? date.toLocaleTimeString() : date.toLocaleString()
}

/** A JSON value, indented, for a `<pre>`. */
export function pretty(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value, null, 2)
}
