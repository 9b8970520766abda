// Email addresses are personal data: pages show them masked and logs never hold them whole.

/** "alice@example.com" -> "a***@example.com". */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

const EMAIL_IN_TEXT = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g;

/** Masks every address inside free text, such as an SMTP server's error message. */
export function redactEmails(text: string): string {
  return text.replace(EMAIL_IN_TEXT, (address) => maskEmail(address));
}
