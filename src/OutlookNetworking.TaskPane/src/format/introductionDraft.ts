import type { FollowUpDraft } from './followUpDraft';
import { greetingName } from './followUpDraft';

// Mail providers whose domain says nothing about where someone works ("at Gmail" would be wrong).
const consumerDomains = new Set([
  'gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'msn', 'yahoo', 'ymail', 'icloud', 'me', 'mac', 'aol', 'proton',
  'protonmail', 'gmx', 'web', 'mail', 'yandex', 'zoho', 'fastmail', 'hey', 'qq', '163', 'comcast', 'orange', 'free',
]);

/** "dana.kim@fabrikam.example" -> "Fabrikam"; null for a mail provider's domain or no domain. */
export function companyOf(address: string): string | null {
  const domain = (address.split('@')[1] ?? '').trim().toLowerCase();
  const labels = domain.split('.').filter((l) => l.length > 0);
  if (labels.length < 2) return null;
  // The label before the suffix ("fabrikam" in fabrikam.co.uk and fabrikam.example).
  const suffixLength = labels.length >= 3 && /^(co|com|org|net|ac|gov)$/.test(labels[labels.length - 2] ?? '') ? 2 : 1;
  const name = labels[labels.length - 1 - suffixLength];
  if (name === undefined || consumerDomains.has(name)) return null;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export interface IntroductionRequest {
  /** The colleague asked to introduce. */
  colleagueName: string;
  /** The person outside the organisation. */
  targetName: string;
  targetAddress: string;
  /** The asker (Outlook's user profile). */
  senderName: string | null;
  /** Set when the colleague knows people at the person's company rather than the person (the API's companyDomain). */
  companyDomain?: string | null;
}

/**
 * The editable request to a colleague: "Could you introduce me to Dana Kim at Fabrikam?". The pane only opens
 * Outlook's own form with it; nothing is ever sent by the pane.
 */
export function introductionDraft(request: IntroductionRequest): FollowUpDraft {
  const target = request.targetName.trim().length > 0 && !request.targetName.includes('@') ? request.targetName.trim() : request.targetAddress;
  const company = companyOf(request.targetAddress);
  const who = company ? `${target} at ${company}` : target;
  const signOff = request.senderName && request.senderName.trim().length > 0 ? `Thanks,\n${greetingName(request.senderName)}` : 'Thanks,';
  const middle = request.companyDomain
    ? `Could you introduce me to ${who}, or to someone there who could? I saw you know people at ${company ?? request.companyDomain}, and a word from you would mean a lot.`
    : `Could you introduce me to ${who}? I saw you know them, and a word from you would mean a lot.`;
  return { subject: `Introduction to ${target}`, text: `Hi ${greetingName(request.colleagueName)},\n\n${middle}\n\n${signOff}` };
}
