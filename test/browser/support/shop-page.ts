/**
 * The shop page of the seed 003 flow, as a Reskyt app's web view shows it: Connectif's HTML tags
 * for the signed-in customer and the product, the generic loader snippet pointed at the sandbox,
 * and the seed's inline Reskyt script exactly as the seed prints it.
 */
import { readFileSync } from 'node:fs'

/** STEP 2 of the seed, byte for byte (`<script>…</script>`), kept in a fixture Biome never formats. */
export const SEED_003_INLINE_SCRIPT = readFileSync(
  new URL('../fixtures/seed-003-reskyt-inline-script.html', import.meta.url),
  'utf8',
).replace(/\n$/, '')

/** Connectif's generic loader (research §1), with the CDN base swapped for the sandbox's. */
export function loaderSnippet(cdnBase: string, env: string, token: string): string {
  return `<script async id="__cn_generic_script__${token}">!function(e){function t(){if(!e.querySelector("#__cn_client_script_${token}")){var t=e.createElement("script");t.setAttribute("src","${cdnBase}/${env}/client-script/${token}"),e.body.appendChild(t)}}"complete"===e.readyState||"interactive"===e.readyState?t():e.addEventListener("DOMContentLoaded",t)}(document);</script>`
}

export function shopPage(loader: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Trail running shoes · Shop</title><meta name="keywords" content="running, trail"></head>
<body style="font-family: sans-serif">
<h1>Trail running shoes</h1>
<p>89.90 € · in stock</p>
<div class="cn_client_info" style="display:none"><span class="primary_key">ana@example.com</span><span class="_name">Ana</span></div>
<div class="cn_product_visited" style="display:none"><span class="name">Trail running shoes</span><span class="url">https://shop.example.com/p/trs-42</span><span class="product_id">TRS-42</span><span class="unit_price">89.90</span><span class="category">/Shoes/Trail</span></div>
<span class="cn_page_category" style="display:none">/Shoes/Trail</span>
${loader}
${SEED_003_INLINE_SCRIPT}
</body>
</html>`
}

/** The push service Chromium cannot reach here: a subscription the page's PushManager hands out. */
export const FAKE_PUSH_ENDPOINT = 'https://fcm.googleapis.com/fcm/send/sandbox-subscription-1'

export function fakePushService(): string {
  return `(() => {
    const subscription = {
      endpoint: ${JSON.stringify(FAKE_PUSH_ENDPOINT)},
      expirationTime: null,
      toJSON() {
        return { endpoint: this.endpoint, expirationTime: null, keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' } }
      },
    }
    if (typeof PushManager !== 'undefined') {
      PushManager.prototype.getSubscription = async () => subscription
      PushManager.prototype.subscribe = async () => subscription
    }
  })()`
}
