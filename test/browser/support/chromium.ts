/**
 * Real Chromium for the browser suites: Debian's `/usr/bin/chromium` driven by playwright-core,
 * never a downloaded browser. One launch per test file (`useChromium()`), one fresh context per
 * test; screenshots of each flow go to `test/artifacts/` (ignored by git).
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

export const CHROMIUM_PATH = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
]

const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url))

/** Launches Chromium once for the file and closes it after; the getter gives the running browser. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser)
      throw new Error('Chromium is not running: call useChromium() at the top of the file')
    return browser
  }
}

/** Saves a full-page screenshot as `test/artifacts/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true })
}

/** Uncaught errors of the page and its scripts, to assert there are none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

export type { Browser, BrowserContext, Page }
