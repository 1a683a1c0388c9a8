import { nodemailerAdapter } from '@payloadcms/email-nodemailer';
import nodemailer from 'nodemailer';
import type { EmailAdapter } from 'payload';

/**
 * Outgoing email over SMTP from the environment (README, "Configuration"). Without SMTP_HOST
 * Payload's console adapter only logs messages; notifications are still queued and their jobs
 * complete, so nothing waits for a server that was never configured.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined;
  const port = Number(env.SMTP_PORT) || 587;
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM || 'no-reply@portal.invalid',
    defaultFromName: env.EMAIL_FROM_NAME || '湘潭高新区招商局 Xiangtan Hi-tech Zone',
    // Never block start-up on a mail server that is down: jobs retry when it is back.
    skipVerify: true,
    transport: nodemailer.createTransport({
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    }),
  });
}
