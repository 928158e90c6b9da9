/** A data file the sandbox will not use, or cannot: one line that says why; the file is left as it was. */
export class StoreFileError extends Error {
  override name = 'StoreFileError'
}
