// Renders an email's text and HTML parts from views/emails/<name>.text.eta and .html.eta.
import { Eta } from 'eta';
import type { Translate } from '../i18n/index.js';
import { viewsDir } from '../paths.js';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function createEmailRenderer(views = viewsDir) {
  const eta = new Eta({ views, cache: true, autoEscape: true });
  return (
    name: string,
    subject: string,
    data: { t: Translate } & Record<string, unknown>,
  ): RenderedEmail => ({
    subject,
    text: eta.render(`emails/${name}.text.eta`, { ...data, subject }),
    html: eta.render(`emails/${name}.html.eta`, { ...data, subject }),
  });
}

export type EmailRendererFn = ReturnType<typeof createEmailRenderer>;
