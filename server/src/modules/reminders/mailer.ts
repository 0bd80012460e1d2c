import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one message; resolves when the mail server accepted it. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export const MAILER = Symbol('Mailer');

/** The SMTP mailer the settings describe, or null when SMTP_HOST is not set (emails are off). */
export function createMailer(config: AppConfig): Mailer | null {
  if (!config.SMTP_HOST) return null;
  const transport: Transporter = nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } : undefined,
    // A mail server that does not answer must not hold the digest for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    // Message content stays out of the logs (personal data): nodemailer logs nothing unless asked.
    logger: false,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: config.SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transport.close();
    },
  };
}
