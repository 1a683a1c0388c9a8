// Lead-desk load, fault and hostile-input runs against a running portal, shared by
// `npm run bench` (bench/leads.ts, full size) and the end-to-end suite (tests/e2e/leads-load.spec.ts,
// small size, no timing assertions).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { isRequiredProspectField, requiredProspectFields } from '#common/inquiryOptions.ts';
import { root } from '../../scripts/lib/portal.ts';
import { waitForUrl } from '../../scripts/lib/processes.ts';

export interface Submission {
  key: string;
  email: string;
  status: number;
  reference?: string;
  ms: number;
  attempts: number;
  /** The start of the answer when it was not an acknowledgement. */
  detail?: string;
}

/**
 * A valid inquiry as the form posts it, unique by email and idempotency key. `tag` marks the
 * run in the name, email, company and message, so a run can count its own inquiries.
 */
export function inquiryFields(n: number, lang: 'zh' | 'en' = 'en', key = randomUUID(), tag = 'run'): Record<string, string> {
  return {
    name: `Load Tester ${tag} ${n}`,
    jobTitle: 'Investment manager',
    email: `load-${n}-${key.slice(0, 8)}@${tag}.example.com`,
    company: `Load Test Company ${tag} ${n}`,
    country: ['DE', 'SG', 'JP', 'CN'][n % 4],
    companySize: '250-999',
    inquiryType: 'new-investment',
    industry: ['motors-electric-drive', 'clean-energy', 'fine-steel-new-materials', 'medical-devices-biomedicine', 'other'][n % 5],
    investmentBand: '10m-50m',
    jobsBand: '200-499',
    timeline: '1-2-years',
    message: `Load test inquiry ${tag} number ${n}.`,
    preferredLanguage: lang,
    contactChannel: 'email',
    consent: 'on',
    locale: lang,
    idempotencyKey: key,
  };
}

/**
 * Sends one inquiry the way the hydrated form does (`POST /_actions/sendInquiry`, form data),
 * retrying a refused-for-outage send with the same idempotency key, as a prospect clicking
 * "Send" again would. `reference` is set only when the site acknowledged the inquiry.
 */
export async function submitInquiry(siteUrl: string, fields: Record<string, string>, retries = 0, retryDelayMs = 500): Promise<Submission> {
  const started = performance.now();
  let attempts = 0;
  for (;;) {
    attempts += 1;
    let status: number;
    let reference: string | undefined;
    let detail: string | undefined;
    try {
      const response = await fetch(`${siteUrl}/_actions/sendInquiry`, {
        method: 'POST',
        headers: { origin: siteUrl, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams(fields),
        // Longer than the site's own wait for the CMS (60 s), so the site's answer is what counts.
        signal: AbortSignal.timeout(90_000),
      });
      status = response.status;
      const text = await response.text();
      if (status === 200) reference = /XT-\d{4}-\d{6,}/.exec(text)?.[0];
      else detail = text.slice(0, 300);
    } catch (error) {
      status = 0;
      detail = String(error);
    }
    const outage = status === 0 || status === 503;
    if (!outage || attempts > retries) {
      return { key: fields.idempotencyKey, email: fields.email, status, reference, ms: performance.now() - started, attempts, detail };
    }
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
  }
}

/** `total` submissions from `clients` concurrent clients, each sending one after another. */
export async function runLoad(
  siteUrl: string,
  options: { total: number; clients: number; tag: string; retries?: number; onProgress?: (done: number) => void },
) {
  const results: Submission[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (next < options.total) {
        const n = next++;
        results.push(await submitInquiry(siteUrl, inquiryFields(n, n % 2 ? 'zh' : 'en', randomUUID(), options.tag), options.retries ?? 0));
        options.onProgress?.(results.length);
      }
    }),
  );
  return { results, seconds: (performance.now() - started) / 1000 };
}

export interface HostileCase {
  name: string;
  /** Expected to name the offending field in a field error (false for e.g. cross-origin or too large). */
  fieldError: boolean;
  request: () => Promise<Response>;
}

const requiredFields: readonly string[] = requiredProspectFields;
const selectFields = [
  'country',
  'companySize',
  'inquiryType',
  'industry',
  'investmentBand',
  'jobsBand',
  'timeline',
  'preferredLanguage',
  'contactChannel',
];
const textFields = ['name', 'jobTitle', 'company', 'country', 'message'];
// Refused in one-line text fields (markup, control characters, too long).
const refusedText = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<!-- x -->',
  '\u0000\u0001',
  'line\u0007bell',
  'x'.repeat(300),
];
// SQL- and Mongo-operator-like strings, aimed at fields with a fixed format, where they are refused.
const injections = [
  "' OR '1'='1' --",
  '1; DROP TABLE inquiries; --',
  '{"$gt": ""}',
  '{"$where": "sleep(1000)"}',
  '$ne',
  '../../etc/passwd',
];

/**
 * Malformed and hostile requests to the site's two inquiry doors (the JSON action the island
 * uses and the no-JavaScript form POST), none of which may be stored or answered with a 5xx.
 * `scale` repeats the generated set with fresh keys.
 */
export function hostileCases(siteUrl: string, tag: string, scale = 1): HostileCase[] {
  const cases: HostileCase[] = [];
  const doors = [
    { name: 'action', url: `${siteUrl}/_actions/sendInquiry` },
    { name: 'form', url: `${siteUrl}/en/contact?_action=sendInquiry` },
  ];
  const post =
    (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
    () =>
      fetch(url, {
        method: 'POST',
        headers: { origin: siteUrl, 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
        signal: AbortSignal.timeout(30_000),
      });
  for (let round = 0; round < scale; round += 1) {
    for (const door of doors) {
      const valid = () => inquiryFields(100_000 + round, 'en', randomUUID(), tag);
      const add = (name: string, fields: Record<string, string>, fieldError = true) =>
        cases.push({ name: `${door.name}: ${name}`, fieldError, request: post(door.url, new URLSearchParams(fields)) });
      for (const field of requiredFields) {
        const fields = valid();
        delete fields[field];
        add(`missing ${field}`, fields);
      }
      // An empty optional choice is an answer not given, not an error.
      for (const field of selectFields)
        for (const value of ['', 'nonsense', '{"$ne":null}'])
          if (value !== '' || isRequiredProspectField(field)) add(`${field}=${value}`, { ...valid(), [field]: value });
      for (const field of textFields)
        for (const value of refusedText)
          if (field !== 'message') add(`${field}=${JSON.stringify(value.slice(0, 30))}`, { ...valid(), [field]: value });
      add('message with a NUL', { ...valid(), message: 'hello\u0000' });
      for (const field of ['email', 'phone', 'website', 'park', 'idempotencyKey', 'industry']) {
        for (const value of injections) add(`${field}=${value}`, { ...valid(), [field]: value });
      }
      for (const value of ['not-an-email', '<a@b.c>', 'a@b.c\r\nBcc: x@y.z'])
        add(`email=${JSON.stringify(value)}`, { ...valid(), email: value });
      for (const value of ['maybe', 'false', '', 'off']) add(`consent=${value}`, { ...valid(), consent: value });
      for (const [field, value] of [
        ['stage', 'landed'],
        ['status', 'closed'],
        ['owner', '1'],
        ['reference', 'XT-2000-000001'],
        ['notes', 'vip'],
      ]) {
        add(`forged ${field}`, { ...valid(), [field]: value });
      }
      add('honeypot filled', { ...valid(), fax: 'http://spam.example' });
      add('message over 5000 characters', { ...valid(), message: 'x'.repeat(5001) });
      // A megabyte in one field: refused by the body-size limit before it is parsed.
      for (const field of ['name', 'message', 'company']) {
        cases.push({
          name: `${door.name}: 1 MB ${field}`,
          fieldError: false,
          request: post(door.url, new URLSearchParams({ ...valid(), [field]: 'x'.repeat(1_100_000) })),
        });
      }
      // Invalid UTF-8: raw bytes that decode to U+FFFD.
      for (const [field, bytes] of [
        ['name', [0xff, 0xfe]],
        ['company', [0xc3, 0x28]],
        ['message', [0xe2, 0x28, 0xa1]],
        ['country', [0xf0, 0x28, 0x8c, 0x28]],
      ] as const) {
        const fields = valid();
        delete fields[field];
        // Raw bytes that are not UTF-8, sent both unencoded and percent-encoded.
        const raw = Buffer.concat([Buffer.from(`${new URLSearchParams(fields)}&${field}=abc`), Buffer.from(bytes)]);
        const encoded = `${new URLSearchParams(fields)}&${field}=abc${bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('')}`;
        cases.push({ name: `${door.name}: invalid UTF-8 ${field} (raw)`, fieldError: true, request: post(door.url, raw) });
        cases.push({ name: `${door.name}: invalid UTF-8 ${field} (percent-encoded)`, fieldError: true, request: post(door.url, encoded) });
      }
      // Operator-shaped keys instead of fields.
      const opKeys = valid();
      delete opKeys.email;
      cases.push({
        name: `${door.name}: email[$ne]`,
        fieldError: true,
        request: post(door.url, new URLSearchParams({ ...opKeys, 'email[$ne]': 'x' })),
      });
      // Cross-origin posts.
      cases.push({
        name: `${door.name}: cross-origin`,
        fieldError: false,
        request: post(door.url, new URLSearchParams(valid()), { origin: 'http://attacker.example' }),
      });
      cases.push({
        name: `${door.name}: cross-origin, no origin header, form`,
        fieldError: false,
        request: () =>
          fetch(door.url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
            body: new URLSearchParams(valid()),
          }),
      });
      // An empty body and a JSON body where a form is expected.
      cases.push({ name: `${door.name}: empty body`, fieldError: true, request: post(door.url, '') });
    }
  }
  return cases;
}

export interface HostileResult {
  name: string;
  status: number;
  fieldError: boolean;
  expectedFieldError: boolean;
}

/** Runs the cases a few at a time; `fieldError` says whether the answer named a field. */
export async function runHostile(cases: HostileCase[], concurrency = 8): Promise<HostileResult[]> {
  const results: HostileResult[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < cases.length) {
        const item = cases[next++];
        let status: number;
        let body = '';
        try {
          const response = await item.request();
          status = response.status;
          body = await response.text();
        } catch {
          status = 0;
        }
        // The JSON action answers {"fields": {...}}; the form page marks fields aria-invalid, or
        // lists errors of fields it does not show (data-field).
        const fieldError = /"fields"|aria-invalid="true"|data-field="/.test(body);
        results.push({ name: item.name, status, fieldError, expectedFieldError: item.fieldError });
      }
    }),
  );
  return results;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Query parameters that find a run's inquiries by its tag (see `inquiryFields`). */
export function taggedWhere(tag: string): Record<string, string> {
  const params: Record<string, string> = {};
  ['name', 'email', 'company', 'message'].forEach((field, i) => (params[`where[or][${i}][${field}][contains]`] = tag));
  return params;
}

export interface Cms {
  child: ChildProcess;
  url: string;
}

/** The built CMS (`next start`) in its own process group, so that `killHard` takes all of it. */
export async function startCms(env: NodeJS.ProcessEnv, port: number, siteUrl: string): Promise<Cms> {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    detached: true,
    stdio: process.env.PORTAL_DEBUG ? 'inherit' : 'ignore',
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SITE_URL: siteUrl },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/api/globals/site`, child);
  return { child, url };
}

/** `kill -9` of the CMS's whole process group; resolves when it is gone. */
export function killHard(cms: Cms): Promise<void> {
  return new Promise((resolve) => {
    if (cms.child.exitCode !== null || cms.child.signalCode !== null) return resolve();
    cms.child.once('exit', () => resolve());
    process.kill(-cms.child.pid!, 'SIGKILL');
  });
}
