/**
 * The emulated Connectif client script: what `https://cdn.connectif.cloud/{env}/client-script/{token}`
 * serves, written from the research on Connectif's script v1.3.0 (not a copy of it). The served
 * file is `installConnectif` as source text, then the account's configuration and the call that
 * starts it, the same tail the real file ends with.
 *
 * `installConnectif` runs in the page, so it is self-contained: it reads nothing from this module
 * and only uses what browsers have.
 *
 * @see shared/research/connectif-browser.md §1 (served file and config keys [CODE: S1]), §3
 * (`connectif.managed`, sendEvents rules, localStorage keys [CODE: S1]; isInitialized and
 * tracker_changed [INF]), §5 (HTML tags [CODE: S1]), §7 (wire protocol [CODE: S1, S6]), §8 (push)
 */

/** `window.connectifConfiguration`: the keys the real file carries, filled from the account's settings. */
export interface ClientScriptConfiguration {
  /** Where notifications go, ending in `/` (`https://eu1-api.connectif.cloud/`). */
  baseUrl: string
  /** The account's web client id. */
  token: string
  forms: unknown[]
  webEventPayloadDefinitions: unknown[]
  webTrackingEnabled: boolean
  vapidPublicKey?: string
  serviceWorkerUrl?: string
  autoInitialize: boolean
  autoSendEventsOnInit: boolean
  trackAllByDefault: boolean
  /** Regular expressions of URLs not tracked (with trackAllByDefault). */
  excludeTracking: string[]
  /** Regular expressions of the only URLs tracked (without trackAllByDefault). */
  includeTracking: string[]
  /** URL prefixes the script tracks on; empty tracks everywhere. */
  allowedDomains: string[]
  samplingTrackingPercent?: number
}

/** The version the emulated script reports as `connectif.version`. */
export const CLIENT_SCRIPT_VERSION = '1.3.0-sandbox'

/** The served file: the script, the account's configuration, and the call that starts it. */
export function renderClientScript(configuration: ClientScriptConfiguration): string {
  return [
    `/* martech-sandbox: emulated Connectif client script ${CLIENT_SCRIPT_VERSION} */`,
    `(${installConnectif.toString()})(window, ${JSON.stringify(CLIENT_SCRIPT_VERSION)});`,
    `window.connectifConfiguration=${JSON.stringify(configuration)};window.initializeConnectif(window.connectifConfiguration);`,
    '',
  ].join('\n')
}

type Json = Record<string, unknown>

/** An event of `connectif.managed.sendEvents`: `{ type: 'page-visit' }`, `{ type: 'search', searchText }`, … */
export interface ConnectifEvent {
  type: string
  [field: string]: unknown
}

export interface SendEventsOptions {
  entityInfo?: Json
  cart?: Json
  onResponded?: (result?: Json) => void
}

export interface ConnectifManaged {
  isInitialized(): boolean
  sendEvents(events: ConnectifEvent[], options?: SendEventsOptions): Promise<void>
  getAllEvents(): ConnectifEvent[]
  getAllEventsAsync(): Promise<ConnectifEvent[]>
  deepEquals(a: unknown, b: unknown): boolean
  isExcludedPage(): boolean
  isAllowedDomain(): boolean
  getSamplingValue(): number
}

export interface ConnectifWindow extends Window {
  connectif?: Json & { managed?: ConnectifManaged }
  connectifConfiguration?: ClientScriptConfiguration
  initializeConnectif?: (configuration: ClientScriptConfiguration) => void
}

/** Defines `window.connectif` and `window.initializeConnectif`; runs in the page. */
export function installConnectif(win: ConnectifWindow, version: string): void {
  if (win.connectif) return
  const doc = win.document
  const storage = win.localStorage
  let conf: ClientScriptConfiguration = {
    baseUrl: '',
    token: '',
    forms: [],
    webEventPayloadDefinitions: [],
    webTrackingEnabled: true,
    autoInitialize: true,
    autoSendEventsOnInit: true,
    trackAllByDefault: true,
    excludeTracking: [],
    includeTracking: [],
    allowedDomains: [],
  }
  let initialized = false
  let urlTracker: string | undefined
  let registration: Promise<ServiceWorkerRegistration | undefined> = Promise.resolve(undefined)
  // One notification at a time, so a second one carries the tracker id the first got back [INF].
  let queue: Promise<unknown> = Promise.resolve()

  const fire = (name: string, detail?: unknown) =>
    doc.dispatchEvent(new CustomEvent(name, { detail }))
  const get = (key: string): unknown => {
    const raw = storage.getItem(key)
    if (raw === null) return undefined
    try {
      return JSON.parse(raw)
    } catch {
      return raw
    }
  }
  const set = (key: string, value: unknown) => storage.setItem(key, JSON.stringify(value))
  const unset = (key: string) => storage.removeItem(key)

  // ---- HTML tags: hidden containers whose descendants' classes name the properties.
  const textOf = (el: Element | undefined): string | undefined =>
    el === undefined
      ? undefined
      : // biome-ignore lint/performance/useDomNodeTextContent: the real script reads innerText first
        ((el as HTMLElement).innerText || el.textContent || '').trim()
  const all = (className: string, root: Document | Element = doc) =>
    Array.from(root.getElementsByClassName(className))
  const first = (className: string, root: Document | Element = doc) =>
    root.getElementsByClassName(className)[0]
  const field = (root: Element, className: string) => {
    const value = textOf(first(className, root))
    return value === '' ? undefined : value
  }
  const float = (value: string | undefined) => {
    const n = value === undefined ? Number.NaN : Number.parseFloat(value)
    return Number.isNaN(n) ? undefined : n
  }
  const int = (value: string | undefined) => {
    const n = value === undefined ? Number.NaN : Number.parseInt(value, 10)
    return Number.isNaN(n) ? undefined : n
  }
  const compact = (record: Json): Json => {
    for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key]
    return record
  }

  const PRODUCT_TEXT: Record<string, string> = {
    name: 'name',
    url: 'productDetailUrl',
    product_id: 'productId',
    availability: 'availability',
    image_url: 'imageUrl',
    description: 'description',
    thumbnail_url: 'thumbnailUrl',
    brand: 'brand',
    custom_field_1: 'customField1',
    custom_field_2: 'customField2',
    custom_field_3: 'customField3',
    published_at: 'publishedAt',
  }
  const PRODUCT_NUMBERS: Record<string, string> = {
    unit_price: 'unitPrice',
    priority: 'priority',
    rating_value: 'rating',
    review_count: 'reviewCount',
    unit_price_original: 'unitPriceOriginal',
    unit_price_without_vat: 'unitPriceWithoutVAT',
    discounted_amount: 'discountedAmount',
    discounted_percentage: 'discountedPercentage',
    rating_count: 'ratingCount',
  }
  const PRODUCT_LISTS: Record<string, string> = {
    category: 'categories',
    tag: 'tags',
    related_external_product_id: 'relatedExternalProductIds',
  }

  /** A product, or undefined when name, url, product_id or a unit_price ≥ 0 is missing (dropped silently). */
  const productOf = (root: Element, inBasket: boolean): Json | undefined => {
    const product: Json = {}
    for (const [cls, key] of Object.entries(PRODUCT_TEXT)) product[key] = field(root, cls)
    for (const [cls, key] of Object.entries(PRODUCT_NUMBERS)) product[key] = float(field(root, cls))
    for (const [cls, key] of Object.entries(PRODUCT_LISTS))
      product[key] = all(cls, root)
        .map((el) => textOf(el))
        .filter(Boolean)
    if (inBasket) {
      product.quantity = int(field(root, 'quantity'))
      product.price = float(field(root, 'price'))
    }
    const unitPrice = product.unitPrice as number | undefined
    if (!product.name || !product.productDetailUrl || !product.productId) return undefined
    if (unitPrice === undefined || unitPrice < 0) return undefined
    return compact(product)
  }

  const cartFieldsOf = (root: Element): Json => ({
    cartId: field(root, 'cart_id'),
    totalQuantity: int(field(root, 'total_quantity')),
    totalPrice: float(field(root, 'total_price')),
    products: all('product_basket_item', root)
      .map((item) => productOf(item, true))
      .filter(Boolean),
  })
  const hasValidTotals = (cart: Json) =>
    (cart.totalQuantity as number) >= 0 && (cart.totalPrice as number) >= 0

  const getCartModel = (): Json | undefined => {
    const root = first('cn_cart')
    if (!root) return undefined
    const cart = cartFieldsOf(root)
    return cart.cartId && hasValidTotals(cart) ? compact(cart) : undefined
  }

  const getPurchaseEvents = (): ConnectifEvent[] =>
    all('cn_purchase').flatMap((root) => {
      const purchase = compact({
        ...cartFieldsOf(root),
        purchaseId: field(root, 'purchase_id'),
        paymentMethod: field(root, 'payment_method'),
        purchaseDate: field(root, 'purchase_date'),
      })
      return purchase.purchaseId && hasValidTotals(purchase) ? [{ type: 'purchase', purchase }] : []
    })

  const CLIENT_INFO_KEYS: Record<string, string> = {
    primary_key: 'primaryKey',
    tracker_id: 'trackerId',
    _email_status: '_emailStatus',
    _newsletter_subscription_status: '_newsletterSubscriptionStatus',
  }
  /** The first `cn_client_info`: each direct child's class is a contact field (custom ids verbatim). */
  const getClientInfo = (): Json => {
    const info: Json = {}
    const root = first('cn_client_info')
    if (!root) return info
    for (const child of Array.from(root.children)) {
      const key = child.className.trim()
      const value = textOf(child)
      if (key && value) info[CLIENT_INFO_KEYS[key] ?? key] = value
    }
    return info
  }

  const productEvents = (className: string, type: string): ConnectifEvent[] =>
    all(className).flatMap((root) => {
      const product = productOf(root, false)
      return product ? [{ type, product }] : []
    })
  const getLoginEvent = () => (first('cn_login') ? { type: 'login' } : undefined)
  const getRegisterEvent = () => (first('cn_register') ? { type: 'register' } : undefined)
  const getSearchEvent = () => {
    const root = first('cn_search')
    const searchText = root && field(root, 'search_text')
    return searchText ? { type: 'search', searchText } : undefined
  }
  const getNewsletterSubscribeEvent = () => {
    const root = first('cn_newsletter_subscribe')
    return root ? compact({ type: 'newsletter-subscribe', email: field(root, 'email') }) : undefined
  }
  const getProductsNotFoundEvents = () =>
    all('cn_product_not_found').flatMap((root) => {
      const productId = field(root, 'product_id')
      return productId ? [{ type: 'product-not-found', productId }] : []
    })

  /** Every tag on the page as events, in the script's order, `page-visit` always last. */
  const getAllEvents = (): ConnectifEvent[] =>
    [
      ...productEvents('cn_product_visited', 'product-visited'),
      ...productEvents('cn_product_searched', 'product-searched'),
      ...getProductsNotFoundEvents(),
      getLoginEvent(),
      getRegisterEvent(),
      getSearchEvent(),
      getNewsletterSubscribeEvent(),
      ...getPurchaseEvents(),
      { type: 'page-visit' },
    ].filter((event): event is ConnectifEvent => event !== undefined)

  const getPageInfo = () => {
    const keywords = doc.querySelector('meta[name="keywords"]')?.getAttribute('content') ?? ''
    return {
      categories: all('cn_page_category')
        .map((el) => textOf(el) as string)
        .filter(Boolean)
        .slice(0, 10),
      title: doc.title.substring(0, 50),
      keywords: keywords
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
      tags: all('cn_page_tag')
        .map((el) => (textOf(el) as string).substring(0, 25))
        .filter(Boolean)
        .slice(0, 10),
    }
  }
  const getEmbeddedBlockPlaceholderIds = () =>
    all('cn_banner_placeholder')
      .map((el) => el.id)
      .filter(Boolean)

  const getBrowserInfo = () => ({
    windowWidth: win.innerWidth,
    windowHeight: win.innerHeight,
    screenHeight: win.screen.height,
    screenWidth: win.screen.width,
    colorDepth: win.screen.colorDepth,
    cookieEnabled: win.navigator.cookieEnabled,
    language: win.navigator.language,
    platform: win.navigator.platform,
    url: encodeURIComponent(win.location.href),
    referer: doc.referrer,
    device: win.matchMedia('only screen and (max-width: 760px)').matches ? 'mobile' : 'desktop',
  })

  // ---- Rules from the account's web settings.
  const isAllowedDomain = () =>
    conf.allowedDomains.length === 0 ||
    conf.allowedDomains.some((domain) => win.location.href.indexOf(domain) === 0)
  const getSamplingValue = () => {
    let value = get('cn_sampling_value')
    if (typeof value !== 'number') {
      value = Math.floor(Math.random() * 100)
      set('cn_sampling_value', value)
    }
    return value as number
  }
  const sampledOut = () =>
    typeof conf.samplingTrackingPercent === 'number' &&
    getSamplingValue() > conf.samplingTrackingPercent
  const matchesAny = (patterns: string[]) =>
    patterns.some((pattern) => new RegExp(pattern).test(win.location.href))
  const isExcludedPage = () =>
    conf.trackAllByDefault
      ? matchesAny(conf.excludeTracking) || sampledOut()
      : !matchesAny(conf.includeTracking) || sampledOut()

  const deepEquals = (a: unknown, b: unknown): boolean => {
    if (a === b) return true
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
    const keysA = Object.keys(a).filter((k) => (a as Json)[k] !== undefined)
    const keysB = Object.keys(b).filter((k) => (b as Json)[k] !== undefined)
    return (
      keysA.length === keysB.length &&
      keysA.every((k) => deepEquals((a as Json)[k], (b as Json)[k]))
    )
  }
  /** Carts are the same when id, totals and each product's id, quantity and price are. */
  const sameCart = (a: Json, b: unknown) => {
    const shape = (cart: Json) => ({
      cartId: cart.cartId,
      totalPrice: cart.totalPrice,
      totalQuantity: cart.totalQuantity,
      products: ((cart.products as Json[] | undefined) ?? []).map((p) => ({
        productId: p.productId,
        quantity: p.quantity,
        price: p.price,
      })),
    })
    return typeof b === 'object' && b !== null && deepEquals(shape(a), shape(b as Json))
  }

  // ---- Web push: the subscription of the Service Worker the account's settings name.
  const urlB64ToUint8Array = (base64: string) => {
    const padded = (base64 + '='.repeat((4 - (base64.length % 4)) % 4))
      .replace(/-/g, '+')
      .replace(/_/g, '/')
    return Uint8Array.from(win.atob(padded), (c) => c.charCodeAt(0))
  }
  const whenActive = (reg: ServiceWorkerRegistration) =>
    new Promise<ServiceWorkerRegistration>((resolve) => {
      const worker = reg.installing ?? reg.waiting
      if (reg.active || !worker) return resolve(reg)
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') resolve(reg)
      })
    })
  const getPushSubscription = async (): Promise<Json | undefined> => {
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted')
      return undefined
    const reg = await registration
    if (!reg || !conf.vapidPublicKey) return undefined
    try {
      const active = await whenActive(reg)
      const subscription =
        (await active.pushManager.getSubscription()) ??
        (await active.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: urlB64ToUint8Array(conf.vapidPublicKey),
        }))
      const json = subscription.toJSON()
      return json.endpoint && json.keys?.p256dh && json.keys?.auth ? (json as Json) : undefined
    } catch {
      return undefined
    }
  }

  // ---- The wire: one text/plain POST per notification (a CORS simple request).
  const sendData = async (data: Json): Promise<Json> => {
    const response = await win.fetch(
      `${conf.baseUrl}integration-type/system/scrippet-notification/${conf.token}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ ...data, browserInfo: getBrowserInfo() }),
      },
    )
    if (!response.ok) throw new Error(`Connectif: notification answered ${response.status}`)
    return (await response.json()) as Json
  }

  const onResponse = (result: Json, request: Json) => {
    const previous = get('cn_tracker') as { id?: string } | undefined
    const trackerId = result.trackerId as string
    set('cn_tracker', { id: trackerId })
    if (previous?.id !== trackerId) fire('connectif.managed.tracker_changed', { trackerId })
    set('cn_previous_entity_info', { ...(request.entityInfo as Json), trackerId })
    if (request.cart) set('cn_previous_cart', request.cart)
    if (request.pushSubscription) set('cn_previous_push_subscription', request.pushSubscription)
    for (const banner of (result.banners as Json[] | undefined) ?? []) {
      const placeholder = doc.getElementById(String(banner.placeholderBannerId))
      if (placeholder && typeof banner.html === 'string') placeholder.innerHTML = banner.html
    }
  }

  const send = async (events: ConnectifEvent[], options: SendEventsOptions) => {
    const respond = (result?: Json) => options.onResponded?.(result)
    if (!isAllowedDomain() || isExcludedPage() || !conf.webTrackingEnabled) {
      setTimeout(respond, 0)
      return
    }
    const pushSubscription = await getPushSubscription()
    const entityInfo: Json = { ...(options.entityInfo ?? getClientInfo()) }
    const stored = get('cn_tracker') as { id?: string } | undefined
    const trackerId = String(entityInfo.trackerId ?? stored?.id ?? urlTracker ?? '').substring(
      0,
      24,
    )
    if (trackerId) entityInfo.trackerId = trackerId
    let cart = options.cart ?? getCartModel()
    if (cart && sameCart(cart, get('cn_previous_cart'))) cart = undefined
    const list = Array.isArray(events) ? events : []
    const previousPush = get('cn_previous_push_subscription') as { endpoint?: string } | undefined
    const changed =
      !deepEquals(entityInfo, get('cn_previous_entity_info')) ||
      cart !== undefined ||
      list.length > 0 ||
      (pushSubscription !== undefined && pushSubscription.endpoint !== previousPush?.endpoint)
    // Nothing new: the request is skipped, and the caller still hears back.
    if (!changed) return respond()
    const request = compact({
      entityInfo,
      cart,
      pushSubscription,
      events: list,
      bannerPlaceholders: getEmbeddedBlockPlaceholderIds(),
      pageInfo: getPageInfo(),
    })
    const result = await sendData(request)
    onResponse(result, request)
    respond(result)
  }

  const sendEvents = (events: ConnectifEvent[], options: SendEventsOptions = {}) => {
    const run = () => send(events, options)
    const result = queue.then(run, run)
    queue = result.catch(() => undefined)
    return result
  }

  /** `?__cn_tracker=<id>` on landing (email links): kept as the tracker and taken off the URL. */
  const takeUrlTracker = () => {
    const url = new URL(win.location.href)
    const id = url.searchParams.get('__cn_tracker')
    if (!id) return
    urlTracker = id.substring(0, 24)
    set('cn_tracker', { id: urlTracker })
    url.searchParams.delete('__cn_tracker')
    win.history.replaceState(win.history.state, '', url.toString())
  }

  const initialize = (configuration: ClientScriptConfiguration, onInitialized?: () => void) => {
    if (typeof configuration?.token !== 'string')
      throw new Error('Connectif: config.token must be provided on initialize')
    conf = { ...conf, ...configuration }
    takeUrlTracker()
    const nav = win.navigator
    if (
      conf.vapidPublicKey &&
      conf.serviceWorkerUrl &&
      'serviceWorker' in nav &&
      'PushManager' in win
    )
      registration = nav.serviceWorker.register(conf.serviceWorkerUrl).catch(() => undefined)
    return registration.then(() => {
      onInitialized?.()
      fire('connectif.initialized')
    })
  }

  win.connectif = {
    version,
    initialize,
    set,
    get: (key: string) => get(key),
    getAsync: (key: string) => Promise.resolve(get(key)),
    unset,
    getClientInfo,
    getPageVisitEvent: () => ({ type: 'page-visit' }),
    getVisitedProductEvents: () => productEvents('cn_product_visited', 'product-visited'),
    getSearchedProductEvents: () => productEvents('cn_product_searched', 'product-searched'),
    getProductsNotFoundEvents,
    getLoginEvent,
    getRegisterEvent,
    getSearchEvent,
    getNewsletterSubscribeEvent,
    getPurchaseEvents,
    getCartModel,
    getEmbeddedBlockPlaceholderIds,
    getPushSubscription,
    getPageInfo,
    sendData,
  }
  fire('connectif.loaded')

  win.initializeConnectif = (configuration) => {
    const managed: ConnectifManaged = {
      isInitialized: () => initialized,
      sendEvents,
      getAllEvents,
      getAllEventsAsync: () => Promise.resolve(getAllEvents()),
      deepEquals,
      isExcludedPage,
      isAllowedDomain,
      getSamplingValue,
    }
    ;(win.connectif as Json).managed = managed
    const start = () =>
      initialize(configuration).then(() => {
        initialized = true
        fire('connectif.managed.initialized')
        if (conf.autoSendEventsOnInit) return managed.getAllEventsAsync().then(sendEvents)
      })
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => start())
    else setTimeout(start, 0)
  }
}
