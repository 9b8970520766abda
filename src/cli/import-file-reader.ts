// Reads an import file (or standard input) line by line: one IP or CIDR per line, an optional
// ";reason", "#" comments. Good lines go to `onEntries` in batches; bad ones come back with their
// numbers. It splits the text itself rather than through readline, which costs more per line than
// the parsing does, and it says how many bytes it has read, for the progress bar.
import { createReadStream } from 'node:fs';
import type { ImportEntry } from '../blocklist/bulk-import.js';
import { parseNetwork } from '../blocklist/index.js';
import { networkProblemText } from './network-argument.js';

const ENTRIES_PER_CALL = 25_000;

export interface BadLine {
  line: number;
  text: string;
  problem: string;
}

export interface ReadProgress {
  bytes: number;
  lines: number;
}

export async function readImportFile(
  path: string,
  defaultReason: string,
  onEntries: (entries: ImportEntry[]) => void,
  onProgress: (progress: ReadProgress) => void = () => {},
): Promise<{ lines: number; bad: BadLine[] }> {
  const input = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  input.setEncoding('utf8');
  const bad: BadLine[] = [];
  let entries: ImportEntry[] = [];
  let lines = 0;
  let bytes = 0;
  let rest = '';

  const readLine = (raw: string) => {
    lines++;
    const hash = raw.indexOf('#');
    const text = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (!text) return;
    const semicolon = text.indexOf(';');
    const networkText = semicolon === -1 ? text : text.slice(0, semicolon).trim();
    const reason = semicolon === -1 ? defaultReason : text.slice(semicolon + 1).trim() || defaultReason;
    const parsed = parseNetwork(networkText);
    if (!parsed.ok) {
      bad.push({ line: lines, text: raw.slice(0, 80), problem: networkProblemText(parsed.problem) });
      return;
    }
    entries.push({ network: parsed.value.cidr, reason: reason.slice(0, 500) });
    if (entries.length >= ENTRIES_PER_CALL) {
      onEntries(entries);
      entries = [];
    }
  };

  for await (const chunk of input as AsyncIterable<string>) {
    bytes += Buffer.byteLength(chunk);
    let text = rest + chunk;
    // A "\r" at the end may be the first half of "\r\n": keep it for the next chunk.
    const held = text.endsWith('\r') ? 1 : 0;
    if (held) text = text.slice(0, -1);
    const parts = text.split(/\r\n|\r|\n/);
    rest = (parts.pop() ?? '') + (held ? '\r' : '');
    for (const part of parts) readLine(part);
    onProgress({ bytes, lines });
  }
  if (rest.endsWith('\r')) rest = rest.slice(0, -1);
  if (rest !== '') readLine(rest);
  if (entries.length > 0) onEntries(entries);
  onProgress({ bytes, lines });
  return { lines, bad };
}
