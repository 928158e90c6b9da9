/**
 * The one grammar of every message martech-sandbox prints or throws:
 * `[martech-sandbox] Failed to <verb> "<subject>": <reason>. <what to do>.`
 *
 * @example
 * formatMessage('parse', 'fixtures.json', 'unexpected token', 'Fix the JSON and try again')
 */
export function formatMessage(
  verb: string,
  subject: string,
  reason: string,
  advice?: string,
): string {
  const message = `[martech-sandbox] Failed to ${verb} "${subject}": ${reason}.`
  return advice ? `${message} ${advice}.` : message
}

/** Throws a TypeError with a formatted message when `condition` is false: for programmer misuse only. */
export function invariant(
  condition: unknown,
  verb: string,
  subject: string,
  reason: string,
  advice?: string,
): asserts condition {
  if (!condition) throw new TypeError(formatMessage(verb, subject, reason, advice))
}
