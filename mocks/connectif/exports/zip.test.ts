import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { concatInSlices } from '../../sandbox/slices.ts'
import { crc32, type ZipEntryParts, zipPieces } from './zip.ts'

const encode = (text: string) => new TextEncoder().encode(text)
const dir = mkdtempSync(join(tmpdir(), 'zip-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function writeZip(name: string, bytes: Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

describe('crc32', () => {
  it.each([
    ['empty input', '', 0],
    ['the check value of CRC-32/ISO-HDLC', '123456789', 0xcbf43926],
    ['a pangram', 'The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('computes %s', (_, given, want) => {
    expect(crc32(encode(given))).toBe(want)
  })

  it('continues over data that arrives in parts', () => {
    expect(crc32(encode('56789'), crc32(encode('1234')))).toBe(0xcbf43926)
  })
})

/** An archive as exports build it: pieces joined in slices, each entry's CRC carried over its parts. */
function zip(entries: Array<Omit<ZipEntryParts, 'crc'>>): Promise<Uint8Array> {
  return concatInSlices(
    zipPieces(
      entries.map((entry) => ({
        ...entry,
        crc: entry.parts.reduce((crc, part) => crc32(part, crc), 0),
      })),
    ),
  )
}

describe('zipPieces', () => {
  const csv = 'id;name\r\n1;Ana\r\n2;"Luis; el de ""Madrid"""\r\n'
  const entries = [
    {
      name: 'export-contacts-1.csv',
      // In two parts, as an export's CSV arrives batch by batch.
      parts: [encode(csv.slice(0, 10)), encode(csv.slice(10))],
      modifiedAt: new Date('2026-03-01T10:20:30Z'),
    },
    { name: 'carpeta/niño.txt', parts: [encode('ñ')] },
    { name: 'empty.csv', parts: [] },
  ]

  it('writes an archive that unzip tests and lists, with sizes, dates and names', async () => {
    const path = writeZip('a.zip', await zip(entries))
    expect(execFileSync('unzip', ['-tq', path], { encoding: 'utf8' })).toContain('No errors')
    const listing = execFileSync('unzip', ['-l', path], { encoding: 'utf8' })
    expect(listing).toMatch(/\s44\s+2026-03-01 10:20\s+export-contacts-1\.csv/)
    expect(listing).toMatch(/\s2\s+1980-01-01 00:00\s+carpeta\//)
    expect(listing).toMatch(/3 files/)
  })

  it('stores the bytes exactly, as Python zipfile reads them back', async () => {
    const path = writeZip('b.zip', await zip(entries))
    const script = [
      'import json, sys, zipfile',
      'z = zipfile.ZipFile(sys.argv[1])',
      'assert z.testzip() is None',
      'print(json.dumps({i.filename: [i.compress_type, z.read(i).decode()] for i in z.infolist()}))',
    ].join('\n')
    const read = JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }))
    expect(read).toEqual({
      'export-contacts-1.csv': [0, csv],
      'carpeta/niño.txt': [0, 'ñ'],
      'empty.csv': [0, ''],
    })
  })

  it('writes an empty archive as a lone end-of-central-directory record', async () => {
    const bytes = await zip([])
    expect([...bytes]).toEqual([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])
  })
})
