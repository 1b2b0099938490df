/** Lower-cased and trimmed, or '' for nothing. */
export function normalizeAddress(address: string | null | undefined): string {
  return (address ?? '').trim().toLowerCase();
}

// A plain SMTP address: one '@', a dot in the domain, no spaces. Exchange's X500 form
// (/o=ExchangeLabs/...) and empty strings fail, and the API would reject them with a 400.
const smtp = /^[^\s@/]+@[^\s@]+\.[^\s@]+$/;

export function isSmtpAddress(address: string): boolean {
  return address.length <= 254 && smtp.test(address);
}
