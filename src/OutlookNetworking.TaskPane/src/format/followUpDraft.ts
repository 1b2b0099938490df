import type { SuggestionKind } from '../api/contract';

export interface FollowUpDraft {
  subject: string;
  /** Plain text, shown to the user and editable in Outlook's form. */
  text: string;
}

/** First name for the greeting: "Ben Okafor" -> "Ben"; an address falls back to "there". */
export function greetingName(displayName: string | null | undefined): string {
  const name = (displayName ?? '').trim();
  if (name.length === 0 || name.includes('@')) return 'there';
  const first = name.split(/[\s,]+/)[0] ?? name;
  return first;
}

/**
 * A short, editable draft for a follow-up. The pane only opens Outlook's own form with it:
 * nothing is ever sent by the pane.
 */
export function followUpDraft(kind: SuggestionKind | null, contactName: string | null, senderName: string | null): FollowUpDraft {
  const hello = `Hi ${greetingName(contactName)},`;
  const signOff = senderName && senderName.trim().length > 0 ? `Best,\n${greetingName(senderName)}` : 'Best,';
  const body = (subject: string, middle: string): FollowUpDraft => ({ subject, text: `${hello}\n\n${middle}\n\n${signOff}` });
  switch (kind) {
    case 'firstMeetingFollowUp':
      return body('Thank you for meeting', 'Thank you for taking the time to meet. I enjoyed our conversation and would be glad to stay in touch.');
    case 'owedReply':
      return body('Re: your message', 'Thank you for your message, and sorry for the slow reply.');
    case 'awaitingReply':
      return body('Following up', 'I wanted to follow up on my earlier message. Is there anything you need from me?');
    case 'cadenceGoal':
      return body('Catching up', 'It would be good to catch up again. Would you have time for a short chat in the next week or two?');
    case 'fadingTie':
    case 'dormantTie':
      return body('Catching up', 'It has been a while since we last spoke. How are things with you? I would enjoy a quick catch-up if you have time in the coming weeks.');
    default:
      return body('Following up', 'I wanted to follow up with you.');
  }
}

/** The draft as HTML for Outlook's forms: escaped, one paragraph per blank-line block. */
export function draftToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
