// A form sent back with errors: focus goes to the summary of what to fix, so a screen reader reads
// it and a keyboard user starts there; each of its links puts focus in its field (a bare #fragment
// cannot focus the bot-check box inside its widget) and shows the field's label too.
const summary = document.getElementById('error-summary');
if (summary) {
  summary.focus();
  summary.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const target = link && document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    const control = target.matches('input, select, textarea')
      ? target
      : target.querySelector('input:not([type="hidden"])');
    if (!control) return;
    event.preventDefault();
    (control.closest('.field') ?? control).scrollIntoView();
    control.focus({ preventScroll: true });
  });
}
