/**
 * Schema violations as readable issues (`$.visitor.email` is required). Kept apart from the ajv
 * compiler so that code running precompiled validators (the package's root entry) never loads ajv.
 */
import type { ErrorObject } from 'ajv'

/** One schema violation, located by a JSONPath-like string (`$.visitor.email`). */
export interface SchemaIssue {
  path: string
  message: string
}

/** `/visitor/email` → `$.visitor.email`; `/custom_data/3` → `$.custom_data[3]`. */
export function toJsonPath(instancePath: string): string {
  if (instancePath === '') return '$'
  return `$${instancePath
    .split('/')
    .slice(1)
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((key) =>
      /^\d+$/.test(key)
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `.${key}`
          : `[${JSON.stringify(key)}]`,
    )
    .join('')}`
}

/**
 * Keeps, for each failed anyOf/oneOf, only the errors of the branch the value was most likely
 * meant for: branches that failed on a `const` or `enum` (a discriminating field such as
 * `exportType`) are
 * set aside, then the branch with the fewest errors wins. Without this a body that picks one
 * variant is told about every other variant too.
 */
export function pruneCompositionErrors(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors
  const compositions = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length)
  for (const composition of compositions) {
    const prefix = `${composition.schemaPath}/`
    const branches = new Map<string, ErrorObject[]>()
    for (const error of kept) {
      if (!error.schemaPath.startsWith(prefix)) continue
      const branch = error.schemaPath.slice(prefix.length).split('/')[0] as string
      branches.set(branch, [...(branches.get(branch) ?? []), error])
    }
    // No branch errors to choose from (both branches matched a oneOf, or they sit behind a $ref).
    if (branches.size === 0) continue
    const all = [...branches.values()]
    const applicable = all.filter(
      (branch) => !branch.some((e) => e.keyword === 'const' || e.keyword === 'enum'),
    )
    const best = (applicable.length ? applicable : all).reduce((a, b) =>
      b.length < a.length ? b : a,
    )
    kept = kept.filter(
      (e) => e !== composition && (!e.schemaPath.startsWith(prefix) || best.includes(e)),
    )
  }
  return kept
}

/** One schema violation with where and why it failed, for renderers that need more than text. */
export interface LocatedSchemaIssue extends SchemaIssue {
  /** JSON pointer to the value (`/filters/segmentId`), or to the missing or extra property. */
  pointer: string
}

/**
 * Turns ajv's errors into located issues, naming the missing property where ajv names it apart.
 * The same failure reached twice (a constraint repeated in two `allOf` branches) is listed once.
 */
export function locateIssues(errors: ErrorObject[] | null | undefined): LocatedSchemaIssue[] {
  const seen = new Set<string>()
  const issues: LocatedSchemaIssue[] = []
  for (const error of pruneCompositionErrors(errors ?? [])) {
    const issue = locate(error)
    const key = `${issue.pointer}\u0000${issue.message}`
    if (seen.has(key)) continue
    seen.add(key)
    issues.push(issue)
  }
  return issues
}

/** Turns ajv's errors into readable issues (`$.visitor.email` is required), each listed once. */
export function formatIssues(errors: ErrorObject[] | null | undefined): SchemaIssue[] {
  return locateIssues(errors).map(({ path, message }) => ({ path, message }))
}

function locate(error: ErrorObject): LocatedSchemaIssue {
  const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1')
  if (error.keyword === 'required' || error.keyword === 'additionalProperties') {
    const key =
      error.keyword === 'required'
        ? (error.params as { missingProperty: string }).missingProperty
        : (error.params as { additionalProperty: string }).additionalProperty
    const pointer = `${error.instancePath}/${escapeKey(key)}`
    const message = error.keyword === 'required' ? 'is required' : 'is not allowed'
    return { path: toJsonPath(pointer), message, pointer }
  }
  return {
    path: toJsonPath(error.instancePath),
    message: error.message ?? error.keyword,
    pointer: error.instancePath,
  }
}
