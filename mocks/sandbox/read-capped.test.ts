import { expect, it } from 'vitest'
import { readTextCapped } from './read-capped.ts'

it('reads an answer whole up to the limit, and stops reading past it with a note', async () => {
  expect(await readTextCapped(new Response('{"ok":true}'), 64)).toBe('{"ok":true}')
  let pulled = 0
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++
      controller.enqueue(new TextEncoder().encode('x'.repeat(1000)))
    },
  })
  const text = await readTextCapped(new Response(endless), 2500)
  expect(text).toBe(
    `${'x'.repeat(2500)}… [martech-sandbox: answer over 2500 bytes, the rest not read]`,
  )
  expect(pulled).toBeLessThan(6)
})
