/**
 * The README's runnable examples. Each TypeScript (or Jest config) block is preceded by a marker
 * naming the file it becomes in a consumer project — `<!-- example: connectif-client.ts -->` —
 * and the file name says how it runs: `*.test.ts` under Vitest, `*.jest.test.ts` under Jest (with
 * the `jest.config.js` block as its config), anything else as a script with the sandbox's MSW
 * handlers listening. A `ts` block without a marker is an error, so no example escapes the test.
 */
import { readFile } from 'node:fs/promises'

export interface ReadmeExample {
  file: string
  code: string
  runner: 'vitest' | 'jest' | 'script'
  /** For Jest: the README's `jest.config.js`. */
  config?: string
}

const BLOCK = /(?:<!-- example: (?<file>[\w.-]+) -->\n)?```(?<lang>\w+)\n(?<code>[\s\S]*?)```/g

export async function readmeExamples(readmePath: string): Promise<ReadmeExample[]> {
  const text = await readFile(readmePath, 'utf8')
  const blocks = [...text.matchAll(BLOCK)].map((match) => match.groups as Record<string, string>)
  const unmarked = blocks.filter((block) => block.lang === 'ts' && !block.file)
  if (unmarked.length > 0)
    throw new Error(
      `README.md has ${unmarked.length} ts block(s) without an "<!-- example: file.ts -->" marker: ${unmarked.map((b) => b.code?.split('\n')[0]).join(' | ')}`,
    )
  const jestConfig = blocks.find((block) => block.file === 'jest.config.js')?.code
  return blocks
    .filter((block) => block.file && block.file !== 'jest.config.js')
    .map(({ file, code }) => {
      const name = file as string
      const runner = name.endsWith('.jest.test.ts')
        ? 'jest'
        : name.endsWith('.test.ts')
          ? 'vitest'
          : 'script'
      return { file: name, code: code as string, runner, config: jestConfig }
    })
}
