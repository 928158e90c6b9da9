/**
 * The people and the visit behind one simulated conversation: visitor, agents, channel, chat and
 * client ids, session and page, all drawn from one seed. Every event of a conversation is built
 * from the same persona, so `chat_id`, `widget_id`, the visitor, the agent and `user_token` agree
 * across events, and the same seed always gives the same conversation.
 *
 * @see shared/research/jivochat.md §3 (envelope fields and their observed types [C:S1]), §5 (examples)
 * @example
 * createPersona(7).visitor.email // the same address every time for seed 7
 */
import type { components } from '../../../src/generated/jivochat.ts'
import { createIdGenerator, type IdGenerator } from '../../sandbox/records/ids.ts'

type Schemas = components['schemas']

export type Locale = 'es' | 'ru' | 'en'

export interface Persona {
  seed: number
  locale: Locale
  /** A numeric string, as in Jivo's examples (`"3948"`) [C:S1]. */
  widget_id: string
  chat_id: number
  /** Jivo's client id; the visitor's sequential number, as in the `client_updated` example [C:S1]. */
  client_id: number
  /** Set through `jivo_api.setUserToken` and passed through untouched [C:S3]. */
  user_token: string
  /** Full contacts, phone included, as in Jivo's `chat_accepted` example [C:S1]. */
  visitor: Schemas['Visitor'] & { name: string; email: string; phone: string; number: string }
  /** The agent who accepts the chat; `id` is a string in `agent`, a number in `assigned_agent` [C:S1]. */
  agent: Schemas['Agent'] & { id: string; name: string; email: string }
  /** The agent a transfer hands the chat to, when `transferred` is true. */
  secondAgent: Schemas['Agent'] & { id: string; name: string; email: string }
  transferred: boolean
  assigned_agent: Schemas['NullableAssignedAgent']
  organization: Schemas['NullableOrganization']
  status: Schemas['NullableClientStatus']
  tags: Schemas['Tags']
  topic: Schemas['Topic'] & { title: string }
  department: Schemas['Department']
  session: Schemas['Session']
  page: Schemas['Page']
  analytics: Schemas['NullableAnalytics']
  /** When the agent accepted the chat, Unix seconds. */
  startedAt: number
  /** What the visitor writes, in the persona's language. */
  lines: LocaleLines
}

interface LocaleLines {
  greeting: string
  question: string
  agentHello: string
  agentTransfer: string
  agentAnswer: string
  thanks: string
  invitation: string
  offline: string
  description: string
  updatedDescription: string
}

interface LocaleData {
  first: string[]
  last: string[]
  phone: (ids: IdGenerator) => string
  geo: Array<Schemas['GeoIp']>
  ip: (ids: IdGenerator) => string
  lines: (topic: string) => LocaleLines
}

const digits = (ids: IdGenerator, count: number) =>
  Array.from({ length: count }, () => Math.floor(ids.random() * 10)).join('')

const LOCALES: Record<Locale, LocaleData> = {
  es: {
    first: ['Ana', 'Lucía', 'Javier', 'Marta', 'Pablo', 'Carmen', 'Diego', 'Elena'],
    last: ['López', 'García', 'Martínez', 'Ruiz', 'Fernández', 'Sánchez', 'Muñoz', 'Ortega'],
    phone: (ids) => `+346${digits(ids, 8)}`,
    geo: [
      geo('MD', 'Spain', 'ES', 'Madrid', 'Madrid', '40.4165', '-3.7026'),
      geo('CT', 'Spain', 'ES', 'Catalonia', 'Barcelona', '41.3888', '2.1590'),
      geo('VC', 'Spain', 'ES', 'Valencia', 'Valencia', '39.4699', '-0.3763'),
    ],
    ip: (ids) => `203.0.113.${1 + Math.floor(ids.random() * 254)}`,
    lines: (topic) => ({
      greeting: 'Hola, ¿me podéis ayudar?',
      question: `Tengo una duda sobre ${topic.toLowerCase()}.`,
      agentHello: '¡Hola! Claro, dime.',
      agentTransfer: 'Te paso con un compañero que lo lleva.',
      agentAnswer: 'Ya lo he revisado: queda resuelto hoy mismo.',
      thanks: '¡Gracias!',
      invitation: '¿Puedo ayudarte en algo?',
      offline: 'Por favor, llamadme mañana a partir de las 10:00.',
      description: 'Cliente web',
      updatedDescription: 'Dejó su teléfono en el formulario del chat',
    }),
  },
  ru: {
    first: ['Анна', 'Иван', 'Ольга', 'Борис', 'Мария', 'Дмитрий', 'Елена', 'Сергей'],
    last: ['Петрова', 'Сидоров', 'Смирнова', 'Кузнецов', 'Попова', 'Волков', 'Лебедева', 'Козлов'],
    phone: (ids) => `+79${digits(ids, 9)}`,
    geo: [
      geo('MOW', 'Russia', 'RU', 'Moscow', 'Moscow', '55.7522', '37.6156'),
      geo('SPE', 'Russia', 'RU', 'St.-Petersburg', 'Saint Petersburg', '59.9386', '30.3141'),
    ],
    ip: (ids) => `198.51.100.${1 + Math.floor(ids.random() * 254)}`,
    lines: (topic) => ({
      greeting: 'Здравствуйте, подскажите, пожалуйста.',
      question: `У меня вопрос: ${topic.toLowerCase()}.`,
      agentHello: 'Здравствуйте! Конечно, слушаю вас.',
      agentTransfer: 'Передаю вас коллеге, он этим занимается.',
      agentAnswer: 'Проверил: всё будет готово сегодня.',
      thanks: 'Спасибо!',
      invitation: 'Могу я вам помочь?',
      offline: 'Перезвоните мне, пожалуйста, после 18:00.',
      description: 'Клиент с сайта',
      updatedDescription: 'Оставил телефон в форме чата',
    }),
  },
  en: {
    first: ['Thomas', 'Emily', 'James', 'Olivia', 'John', 'Sophie', 'Daniel', 'Grace'],
    last: ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Walker', 'Hughes'],
    phone: (ids) => `+4477009${digits(ids, 5)}`,
    geo: [
      geo('ENG', 'United Kingdom', 'GB', 'England', 'London', '51.5085', '-0.1257'),
      geo('CA', 'United States', 'US', 'California', 'San Francisco', '37.7898', '-122.3942'),
    ],
    ip: (ids) => `192.0.2.${1 + Math.floor(ids.random() * 254)}`,
    lines: (topic) => ({
      greeting: 'Hi, can you help me?',
      question: `I have a question about ${topic.toLowerCase()}.`,
      agentHello: 'Hello! Sure, go ahead.',
      agentTransfer: 'Let me transfer you to a colleague who handles this.',
      agentAnswer: 'I checked: it will be sorted out today.',
      thanks: 'Thanks!',
      invitation: 'Can I help you?',
      offline: 'Please call me back after 6 pm.',
      description: 'Website visitor',
      updatedDescription: 'Left a phone number in the chat form',
    }),
  },
}

const AGENTS = [
  { name: 'Ivan Sidorov', email: 'ivan@shop.example' },
  { name: 'Marta Ruiz', email: 'marta@shop.example' },
  { name: 'Olga Smirnova', email: 'olga@shop.example' },
  { name: 'Tom Baker', email: 'tom@shop.example' },
]
const TOPICS = ['Delivery', 'Returns', 'Payment', 'Discounts']
const DEPARTMENTS = ['Sales', 'Support']
const PAGES = [
  { url: 'https://shop.example/cart', title: 'Cart' },
  { url: 'https://shop.example/checkout', title: 'Checkout' },
  { url: 'https://shop.example/products/42', title: 'Trail running shoes' },
  { url: 'https://shop.example/', title: 'Home' },
]
/** Every key Jivo's `utm_json` documents (`source`, `medium`, `campaign`, `content`, `term`) [C:S1]. */
const UTMS = [
  { source: 'google', medium: 'cpc', campaign: 'spring', content: 'banner', term: 'running shoes' },
  {
    source: 'newsletter',
    medium: 'email',
    campaign: 'weekly',
    content: 'header-link',
    term: 'sale',
  },
  { source: 'yandex', medium: 'organic', campaign: 'brand', content: 'snippet', term: 'trail' },
]
const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
]
const STATUSES = [
  { id: '4', title: 'contact_later' },
  { id: '2', title: 'customer' },
]
const TAGS = [
  { id: '17', title: 'VIP' },
  { id: '7', title: 'Discount' },
]

/** 2026-01-05T09:00:00Z: conversations happen at fixed, seed-derived times, not at the wall clock. */
const EPOCH_SECONDS = 1_767_603_600

function geo(
  region_code: string,
  country: string,
  country_code: string,
  region: string,
  city: string,
  latitude: string,
  longitude: string,
): Schemas['GeoIp'] {
  return {
    region_code,
    country,
    country_code,
    region,
    city,
    latitude,
    longitude,
    organization: 'Example ISP',
  }
}

/** Cyrillic letters and their Latin spelling, for e-mail local parts (`ъ` and `ь` drop). */
const CYRILLIC = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:sch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
)

/** Lower-case ASCII for e-mail local parts: `López` → `lopez`, `Петрова` → `petrova`. */
function asciiSlug(text: string): string {
  return [
    ...text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, ''),
  ]
    .map((char) => CYRILLIC[char] ?? char)
    .join('')
    .replace(/[^a-z0-9]/g, '')
}

export function createPersona(seed: number): Persona {
  const ids = createIdGenerator(seed)
  const int = (min: number, max: number) => min + Math.floor(ids.random() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(ids.random() * list.length)] as T
  const locale = pick(['es', 'ru', 'en'] as const)
  const data = LOCALES[locale]
  const first = pick(data.first)
  const last = pick(data.last)
  const name = `${first} ${last}`
  const number = int(1000, 9999)
  const agentIndex = int(0, AGENTS.length - 1)
  const agentA = AGENTS[agentIndex] as (typeof AGENTS)[number]
  // A different agent for transfers: the one `1..n-1` places further round the team.
  const agentB = AGENTS[(agentIndex + int(1, AGENTS.length - 1)) % AGENTS.length] as typeof agentA
  const agentId = int(2000, 2999)
  const agent = { id: String(agentId), ...agentA, phone: `+3491${digits(ids, 7)}` }
  const secondAgent = { id: String(agentId + int(1, 50)), ...agentB }
  const topic = { topic_id: int(1, 9), title: pick(TOPICS), parent_id: 1 }
  const utm = pick(UTMS)
  const hasOrganization = ids.random() < 0.5
  const lines = data.lines(topic.title)
  return {
    seed,
    locale,
    widget_id: String(int(1000, 99999)),
    chat_id: int(1000, 999999),
    client_id: number,
    user_token: `u_${ids.objectId().slice(0, 10)}`,
    visitor: {
      name,
      email: `${asciiSlug(first)}.${asciiSlug(last)}${int(1, 99)}@example.${pick(['com', 'org', 'net'])}`,
      phone: data.phone(ids),
      description: lines.description,
      number: String(number),
      social: {},
      chats_count: int(1, 5),
    },
    agent,
    secondAgent,
    transferred: ids.random() < 0.5,
    assigned_agent:
      ids.random() < 0.5 ? { id: agentId, email: agentA.email, name: agentA.name } : null,
    organization: hasOrganization ? { id: String(int(1, 99)), name: `${last} Trading` } : null,
    status: hasOrganization ? pick(STATUSES) : null,
    tags: ids.random() < 0.5 ? [pick(TAGS)] : [],
    topic,
    department: { id: int(100, 399), name: pick(DEPARTMENTS) },
    session: {
      geoip: pick(data.geo),
      utm: Object.entries(utm)
        .map(([key, value]) => `${key}=${value}`)
        .join('|'),
      utm_json: { ...utm },
      ip_addr: data.ip(ids),
      user_agent: pick(USER_AGENTS),
    },
    page: { ...pick(PAGES) },
    analytics: {},
    startedAt: EPOCH_SECONDS + int(0, 180 * 86_400),
    lines,
  }
}
