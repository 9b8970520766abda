// The rejection our mail servers send for a listed IP (NDR_TEMPLATE). The portal shows it so
// senders recognise it; the policy service will answer with it. SMTP protocol text: never
// translated. {ip} and {url} are filled in.
export const DEFAULT_NDR_TEMPLATE =
  '550 5.7.606 Access denied, banned sending IP [{ip}]; To request removal from this list please visit {url} and follow the directions.';

export function ndrText(template: string, ip: string, publicUrl: string): string {
  return template.replaceAll('{ip}', ip).replaceAll('{url}', `${publicUrl}/`);
}

/** The TXT text of a DNSBL answer; "$" stands for the address, as rbldnsd writes it. */
export function dnsblText(ip: string, publicUrl: string): string {
  return `Banned sending IP ${ip}; to request removal visit ${publicUrl}/?ip=${ip}`;
}
