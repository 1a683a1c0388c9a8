import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../scripts/lib/processes.ts';

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it accepts. `stop()` and `start()`
 * take it down and bring it back on the same port, as a mail server outage would.
 */
export class TestSmtpServer {
  readonly messages: ParsedMail[] = [];
  private server?: SMTPServer;

  constructor(readonly port: number) {}

  start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      hideSTARTTLS: true,
      disableReverseLookup: true,
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

/**
 * A started test SMTP server, with the CMS's mail settings pointed at it for the lead desk's
 * suites: the bureau's sender and inbox, the CMS's own job runner every second and retries
 * soon, so a test need not wait minutes. `env` adds or overrides settings (e.g. SITE_PUBLIC_URL).
 */
export async function startLeadMailServer(env: Record<string, string> = {}): Promise<TestSmtpServer> {
  const smtp = new TestSmtpServer(await freePort());
  await smtp.start();
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'leads@portal.invalid',
    BUREAU_INBOX: 'bureau@portal.invalid',
    JOBS_AUTORUN_CRON: '* * * * * *',
    EMAIL_RETRY_DELAY_MS: '250',
    ...env,
  });
  return smtp;
}
