/**
 * The text of a response the sandbox received (a receiver's answer to a delivery), at most
 * `maxBytes` of it: the rest is not read, and the connection is let go. A receiver that answers
 * without end must not grow the sandbox.
 *
 * @example
 * const text = await readTextCapped(await fetch(url), 64 * 1024)
 */
export async function readTextCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let kept = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (kept + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - kept))
      await reader.cancel()
      const text = new TextDecoder().decode(concat(chunks))
      return `${text}… [martech-sandbox: answer over ${maxBytes} bytes, the rest not read]`
    }
    chunks.push(value)
    kept += value.byteLength
  }
  return new TextDecoder().decode(concat(chunks))
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}
