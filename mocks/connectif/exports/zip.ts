/**
 * A tiny ZIP writer: entries are stored (method 0, no compression), so the whole format is three
 * fixed headers and a CRC-32 per file. Enough for export downloads, which Connectif serves as a
 * ZIP of CSV files; pure JS, so it runs wherever the sandbox runs (Node, browsers, workers).
 *
 * @see shared/research/connectif.md §10 — "The file is a ZIP containing CSV(s)" [CODE: C2GCS]
 * @see PKWARE APPNOTE.TXT 6.3 — local file header (4.3.7), central directory (4.3.12), end of
 * central directory (4.3.16)
 *
 * @example
 * const data = new TextEncoder().encode('a,b\r\n1,2\r\n')
 * const pieces = zipPieces([{ name: 'export.csv', parts: [data], crc: crc32(data) }])
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/**
 * CRC-32 (IEEE 802.3, the polynomial ZIP uses) of `data`; pass the CRC of what came before to
 * continue it over data that arrives in parts: `crc32(b, crc32(a))` is the CRC of `a` then `b`.
 */
export function crc32(data: Uint8Array, previous = 0): number {
  let crc = (previous ^ 0xffffffff) >>> 0
  for (let i = 0; i < data.length; i++)
    crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** General purpose flag bit 11: the file name is UTF-8. */
const UTF8_NAMES = 0x0800
const VERSION = 20 // 2.0: the minimum for stored entries and directories

/** An entry whose data arrives in parts, with its CRC-32 already computed over them. */
export interface ZipEntryParts {
  /** Path inside the archive, `/`-separated; written as UTF-8. */
  name: string
  parts: Uint8Array[]
  crc: number
  /** Modification time written in the entry (DOS time, UTC fields). @default 1980-01-01 */
  modifiedAt?: Date
}

/**
 * The archive as its pieces in order (headers, then each entry's own parts, none copied), for
 * callers that join them without one big copy (see concatInSlices).
 */
export function zipPieces(entries: ZipEntryParts[]): Uint8Array[] {
  const encoder = new TextEncoder()
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = encoder.encode(entry.name)
    const { crc } = entry
    const size = entry.parts.reduce((sum, part) => sum + part.length, 0)
    const { time, date } = dosDateTime(entry.modifiedAt)
    const local = new Uint8Array(30 + name.length)
    const l = new DataView(local.buffer)
    l.setUint32(0, 0x04034b50, true) // local file header signature
    l.setUint16(4, VERSION, true)
    l.setUint16(6, UTF8_NAMES, true)
    l.setUint16(8, 0, true) // method: stored
    l.setUint16(10, time, true)
    l.setUint16(12, date, true)
    l.setUint32(14, crc, true)
    l.setUint32(18, size, true) // compressed size
    l.setUint32(22, size, true) // uncompressed size
    l.setUint16(26, name.length, true)
    l.setUint16(28, 0, true) // extra field length
    local.set(name, 30)

    const central = new Uint8Array(46 + name.length)
    const c = new DataView(central.buffer)
    c.setUint32(0, 0x02014b50, true) // central directory header signature
    c.setUint16(4, VERSION, true) // version made by (MS-DOS, 2.0)
    c.setUint16(6, VERSION, true) // version needed
    c.setUint16(8, UTF8_NAMES, true)
    c.setUint16(10, 0, true)
    c.setUint16(12, time, true)
    c.setUint16(14, date, true)
    c.setUint32(16, crc, true)
    c.setUint32(20, size, true)
    c.setUint32(24, size, true)
    c.setUint16(28, name.length, true)
    // 30 extra length, 32 comment length, 34 disk number, 36 internal attrs, 38 external attrs: 0
    c.setUint32(42, offset, true) // offset of the local header
    central.set(name, 46)

    locals.push(local, ...entry.parts)
    centrals.push(central)
    offset += local.length + size
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0)
  const end = new Uint8Array(22)
  const e = new DataView(end.buffer)
  e.setUint32(0, 0x06054b50, true) // end of central directory signature
  e.setUint16(8, entries.length, true) // entries on this disk
  e.setUint16(10, entries.length, true) // entries in total
  e.setUint32(12, centralSize, true)
  e.setUint32(16, offset, true) // offset of the central directory
  return [...locals, ...centrals, end]
}

/** MS-DOS time and date fields (2-second resolution, years 1980–2107). */
function dosDateTime(at: Date = new Date(Date.UTC(1980, 0, 1))): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107)
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  }
}
