import { describe, expect, it } from 'vitest'
import { NO_PAGE, TextPages, type TextPlace } from './text-pages.ts'

const placeFor = (): TextPlace => ({ page: NO_PAGE, start: 0, end: 0 })

describe('TextPages', () => {
  it('gives back every text kept, across page ends, in any script, a large one included', () => {
    const pages = new TextPages()
    const texts = Array.from(
      { length: 3000 },
      (_, i) => `{"id":${i},"name":"Lucía ${'ñ€😀'.repeat(i % 50)}","n":"${'x'.repeat(i % 300)}"}`,
    )
    texts.push(`{"large":"${'é'.repeat(100_000)}"}`, '', '{"after":"the large one"}')
    const places = texts.map((text) => {
      const place = placeFor()
      pages.keep(text, place)
      return place
    })
    expect(places.map((place) => pages.read(place))).toEqual(texts)
    // Several shared pages, each text in one of them, and the large text on a page of its own.
    const shared = new Set(places.slice(0, 3000).map((place) => place.page))
    expect(shared.size).toBeGreaterThan(1)
    expect(places[3000]?.page.byteLength).toBe(places[3000]?.end)
  })

  it('keeps a text the bytes it takes in UTF-8, no more', () => {
    const pages = new TextPages()
    const place = placeFor()
    pages.keep('Lucía', place)
    expect(place.end - place.start).toBe(6)
  })
})
