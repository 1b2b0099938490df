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

/**
 * True when the Outlook mailbox the pane sits in (userProfile.emailAddress) is one of the signed-in user's own
 * addresses (GET /api/me `addresses`: primary address and aliases). False in a shared or delegate mailbox opened as its
 * own mailbox (Outlook on the web's "Open another mailbox"), or when Outlook's account and the signed-in one differ.
 */
export function isOwnMailbox(profileAddress: string, myAddresses: readonly string[]): boolean {
  const profile = normalizeAddress(profileAddress);
  return profile.length === 0 || myAddresses.some((address) => normalizeAddress(address) === profile);
}
