// Shows a scheduled time in the reader's own time zone as well as in UTC. The sentence comes
// translated from the server in data-text; only the time is formatted here.
for (const element of document.querySelectorAll('[data-local-time]')) {
  const when = new Date(element.getAttribute('data-local-time'));
  if (Number.isNaN(when.getTime())) continue;
  const local = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    dateStyle: 'medium',
    // "long" includes the time zone's name; timeZoneName itself cannot be combined with dateStyle.
    timeStyle: 'long',
  }).format(when);
  element.textContent = element.getAttribute('data-text').replace('{time}', local);
  element.hidden = false;
}
