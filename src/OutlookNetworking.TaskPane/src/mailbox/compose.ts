import type { SuggestionKind } from '../api/contract';
import { draftToHtml, followUpDraft } from '../format/followUpDraft';
import { introductionDraft } from '../format/introductionDraft';
import type { MailboxPort } from './MailboxPort';
import { normalizeAddress } from './addresses';

export interface FollowUpTarget {
  address: string;
  displayName: string | null;
  kind: SuggestionKind | null;
  /** The thread the suggestion is about, when there is one. */
  conversationId?: string | null;
}

export type ComposeMode = 'reply' | 'new';

/**
 * Opens Outlook's reply form (when the open message is from this person, or is the thread the
 * suggestion is about) or a new-message form, prefilled with a short draft. Never sends.
 */
export function writeFollowUp(mailbox: MailboxPort, target: FollowUpTarget): ComposeMode {
  const draft = followUpDraft(target.kind, target.displayName, mailbox.userProfile.displayName);
  const htmlBody = draftToHtml(draft.text);
  const item = mailbox.item;
  const from = item?.from as { emailAddress?: string | null } | undefined;
  const sameSender = normalizeAddress(from?.emailAddress) === normalizeAddress(target.address);
  const sameThread = !!target.conversationId && target.conversationId === item?.conversationId;
  if (item?.displayReplyForm && (sameSender || sameThread)) {
    item.displayReplyForm({ htmlBody });
    return 'reply';
  }
  mailbox.displayNewMessageForm({ toRecipients: [target.address], subject: draft.subject, htmlBody, plainBody: draft.text });
  return 'new';
}

export interface IntroductionAsk {
  colleague: { displayName: string; mail: string };
  target: { displayName: string; address: string };
  /** The person's company domain when the colleague knows people there rather than the person. */
  companyDomain?: string | null;
}

/**
 * "Ask for an introduction": Outlook's new-message form addressed to the colleague, with an editable request.
 * Never sends.
 */
export function askForIntroduction(mailbox: MailboxPort, ask: IntroductionAsk): void {
  const draft = introductionDraft({
    colleagueName: ask.colleague.displayName,
    targetName: ask.target.displayName,
    targetAddress: ask.target.address,
    senderName: mailbox.userProfile.displayName,
    companyDomain: ask.companyDomain ?? null,
  });
  mailbox.displayNewMessageForm({ toRecipients: [ask.colleague.mail], subject: draft.subject, htmlBody: draftToHtml(draft.text), plainBody: draft.text });
}
