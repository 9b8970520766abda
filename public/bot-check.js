// Sets up the bot-check widget. Its strict-CSP build registers no proof-of-work worker by itself,
// so the SHA-256 worker is registered here, and the widget's own text comes translated from the
// page (data-strings), in the page's language.
import '/vendor/altcha/external/altcha.js';

const registry = globalThis.$altcha;
registry.algorithms.set('SHA-256', () => new Worker('/vendor/altcha/workers/sha.js'));
// The widget looks its language up in lower case ("zh-tw" for zh-TW), so that is the key it gets.
const language = (document.documentElement.lang || 'en').toLowerCase();
for (const widget of document.querySelectorAll('altcha-widget[data-strings]')) {
  registry.i18n.set(language, JSON.parse(widget.getAttribute('data-strings')));
}
