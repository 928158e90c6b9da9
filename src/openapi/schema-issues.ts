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

/** Turns ajv's errors into readable issues, naming the missing property where ajv names it apart. */
export function formatIssues(errors: ErrorObject[] | null | undefined): SchemaIssue[] {
  return pruneCompositionErrors(errors ?? []).map((error) => {
    const base = toJsonPath(error.instancePath)
    if (error.keyword === 'required') {
      const missing = (error.params as { missingProperty: string }).missingProperty
      return { path: toJsonPath(`${error.instancePath}/${missing}`), message: 'is required' }
    }
    if (error.keyword === 'additionalProperties') {
      const extra = (error.params as { additionalProperty: string }).additionalProperty
      return { path: toJsonPath(`${error.instancePath}/${extra}`), message: 'is not allowed' }
    }
    return { path: base, message: error.message ?? error.keyword }
  })
}
