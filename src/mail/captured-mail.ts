// Reads the emails the capture transport wrote, for the development mailbox page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

/** The names the capture transport gives its files; nothing else is ever opened. */
export const CAPTURED_FILE = /^\d{8}T\d{9}Z-[0-9a-f]{8}\.eml$/;

export interface CapturedMail {
  file: string;
  to: string;
  subject: string;
  date: string;
  text: string;
  html: string | undefined;
}

export function listCapturedFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => CAPTURED_FILE.test(file))
      .sort()
      .reverse();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function readCapturedMail(dir: string, file: string): Promise<CapturedMail | undefined> {
  if (!CAPTURED_FILE.test(file)) return undefined;
  let source: Buffer;
  try {
    source = readFileSync(join(dir, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const mail = await simpleParser(source);
  const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
  return {
    file,
    to,
    subject: mail.subject ?? '',
    date: (mail.date ?? new Date(0)).toISOString(),
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : undefined,
  };
}
