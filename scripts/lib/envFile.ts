import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { parseEnv } from 'node:util';

/** Secrets `npm start` needs; generated once into the git-ignored .env when not set. */
const generated = {
  PAYLOAD_SECRET: () => randomBytes(32).toString('hex'),
  REVALIDATE_SECRET: () => randomBytes(24).toString('hex'),
  SITE_API_KEY: () => randomBytes(24).toString('hex'),
  PREVIEW_SECRET: () => randomBytes(32).toString('hex'),
} as const;

/**
 * Reads `file` into process.env (values already in the environment win) and appends any
 * missing secret with a random value. Returns the names it generated, so the caller can say so.
 */
export function ensureEnvFile(file: string): string[] {
  const existing = fs.existsSync(file) ? parseEnv(fs.readFileSync(file, 'utf8')) : {};
  for (const [key, value] of Object.entries(existing)) {
    if (process.env[key] === undefined && value !== undefined) process.env[key] = value;
  }
  const added: string[] = [];
  let text = '';
  for (const [key, make] of Object.entries(generated)) {
    if (process.env[key]) continue;
    const value = make();
    process.env[key] = value;
    text += `${key}=${value}\n`;
    added.push(key);
  }
  if (added.length > 0) {
    const header = fs.existsSync(file) ? '' : '# Written by `npm start`: secrets for this machine only. Never commit this file.\n';
    fs.appendFileSync(file, header + text, { mode: 0o600 });
  }
  return added;
}
