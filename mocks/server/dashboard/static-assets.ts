/**
 * The dashboard's built files, kept in memory and compressed on first use (each encoding once):
 * each answer picks brotli, gzip or none from the client's Accept-Encoding, carries an ETag, and a
 * matching If-None-Match gets 304. `no-cache` makes the browser revalidate (one cheap 304) instead
 * of running a stale page after an upgrade, since the file names carry no hash.
 */
import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { RouteResult } from '../../sandbox/route-result.ts'

type Encoding = 'br' | 'gzip' | 'identity'

export interface StaticAsset {
  readonly type: string
  readonly etag: string
  /** Whether a codec is worth it: text under 1 KB is sent as is. */
  readonly compressible: boolean
  bytes(encoding: Encoding): Uint8Array
}

/**
 * Brotli's best quality takes seconds on the 4.9 MB API reference bundle; quality 5 takes a tenth
 * of that for a few percent more bytes, so large files use it.
 */
const LARGE_BYTES = 256 * 1024

export function prepareAsset(type: string, identity: Uint8Array): StaticAsset {
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`
  const encoded = new Map<Encoding, Uint8Array>([['identity', identity]])
  const large = identity.byteLength > LARGE_BYTES
  return {
    type,
    etag,
    compressible: identity.byteLength >= 1024,
    bytes(encoding) {
      let bytes = encoded.get(encoding)
      if (!bytes) {
        bytes =
          encoding === 'gzip'
            ? gzipSync(identity, { level: large ? 6 : 9 })
            : brotliCompressSync(identity, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: large ? 5 : 11,
                  [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength,
                },
              })
        encoded.set(encoding, bytes)
      }
      return bytes
    },
  }
}

/** The answer for `asset` to a GET or HEAD with these request headers. */
export function answerAsset(
  asset: StaticAsset,
  method: string,
  headers: Record<string, string>,
): RouteResult {
  const common = {
    'content-type': asset.type,
    etag: asset.etag,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
  }
  if (headers['if-none-match'] === asset.etag) return { status: 304, headers: common }
  const encoding = asset.compressible ? pickEncoding(headers['accept-encoding'] ?? '') : 'identity'
  const body = asset.bytes(encoding)
  return {
    status: 200,
    headers: {
      ...common,
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      ...(method === 'HEAD' ? { 'content-length': String(body.byteLength) } : {}),
    },
    body: method === 'HEAD' ? undefined : body,
  }
}

/** Brotli, else gzip, else none: what the client accepts (a `;q=0` refuses). */
function pickEncoding(accept: string): Encoding {
  const accepted = new Set(
    accept
      .toLowerCase()
      .split(',')
      .map((part) => part.trim())
      .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]?.trim()),
  )
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return 'identity'
}
