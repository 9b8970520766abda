// An error that knows the page to show for it: its status and the catalogue keys of its heading
// and text. Plugins throw these; the problem-pages handler renders them.
import type { MessageKey } from '../i18n/index.js';

export class PageError extends Error {
  constructor(
    readonly statusCode: number,
    readonly title: MessageKey,
    readonly body: MessageKey,
    readonly code = 'PAGE_ERROR',
  ) {
    super(title);
  }
}
