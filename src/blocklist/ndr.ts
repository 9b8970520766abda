// The rejection our mail servers send for a listed IP. The portal shows it so senders recognise
// it; the policy service will answer with it. SMTP protocol text: never translated.
export function ndrText(ip: string, publicUrl: string): string {
  return `550 5.7.606 Access denied, banned sending IP [${ip}]; To request removal from this list please visit ${publicUrl}/ and follow the directions.`;
}
