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
      const text = new TextDecoder().decode(await joined(chunks))
      return `${text}… [martech-sandbox: answer over ${maxBytes} bytes, the rest not read]`
    }
    chunks.push(value)
    kept += value.byteLength
  }
  return new TextDecoder().decode(await joined(chunks))
}

/** The chunks as one array, by the platform's Blob (Node and browsers alike). */
async function joined(chunks: Uint8Array[]): Promise<Uint8Array> {
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer())
}
