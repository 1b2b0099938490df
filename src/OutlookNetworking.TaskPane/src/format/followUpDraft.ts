import type { SuggestionKind } from '../api/contract';
import { generalDraft, kindTexts } from './suggestionKinds';

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
  const { subject, middle } = kind === null ? generalDraft : kindTexts(kind).draft;
  return { subject, text: `${hello}\n\n${middle}\n\n${signOff}` };
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
