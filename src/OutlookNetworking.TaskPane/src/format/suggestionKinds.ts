import type { SuggestionKind } from '../api/contract';

/** What the pane shows and drafts for one kind of suggestion. */
export interface KindTexts {
  /** The short label on the suggestion's pill (and in its accessible name). */
  label: string;
  /** Something the user owes someone (the pill is red), rather than an opportunity. */
  owed: boolean;
  /** The follow-up draft: its subject, and the paragraph between the greeting and the sign-off. */
  draft: { subject: string; middle: string };
}

const catchUpDraft = {
  subject: 'Catching up',
  middle: 'It has been a while since we last spoke. How are things with you? I would enjoy a quick catch-up if you have time in the coming weeks.',
};

/** The draft when there is no suggestion (a person's own "Write follow-up"), or its kind is newer than this build. */
export const generalDraft = { subject: 'Following up', middle: 'I wanted to follow up with you.' };

/**
 * Everything the pane says per kind of suggestion, in one place: nothing else in the pane names a kind. A Record over
 * the OpenAPI document's SuggestionKind enum, so a kind added to the API fails the build here ("Property … is missing")
 * until it has its texts.
 */
const kinds: Record<SuggestionKind, KindTexts> = {
  firstMeetingFollowUp: {
    label: 'First meeting',
    owed: false,
    draft: { subject: 'Thank you for meeting', middle: 'Thank you for taking the time to meet. I enjoyed our conversation and would be glad to stay in touch.' },
  },
  owedReply: { label: 'You owe a reply', owed: true, draft: { subject: 'Re: your message', middle: 'Thank you for your message, and sorry for the slow reply.' } },
  awaitingReply: {
    label: 'Awaiting reply',
    owed: false,
    draft: { subject: 'Following up', middle: 'I wanted to follow up on my earlier message. Is there anything you need from me?' },
  },
  fadingTie: { label: 'Fading', owed: false, draft: catchUpDraft },
  dormantTie: { label: 'Dormant tie', owed: false, draft: catchUpDraft },
  cadenceGoal: {
    label: 'Your goal',
    owed: false,
    draft: { subject: 'Catching up', middle: 'It would be good to catch up again. Would you have time for a short chat in the next week or two?' },
  },
  meetingPrep: {
    label: 'Before you meet',
    owed: false,
    draft: { subject: 'Before we meet', middle: 'I am looking forward to our meeting. Is there anything you would like me to prepare or read beforehand?' },
  },
};

/** A kind newer than this build (the API can be updated while a pane stays open in Outlook): plain texts. */
const newerKind: KindTexts = { label: 'Suggestion', owed: false, draft: generalDraft };

export function kindTexts(kind: SuggestionKind): KindTexts {
  return Object.hasOwn(kinds, kind) ? kinds[kind] : newerKind;
}
