import type { SuggestionKind } from '../api/contract';

/** Short labels of the suggestion kinds, as the pane shows them. */
export const suggestionKindLabel: Record<SuggestionKind, string> = {
  firstMeetingFollowUp: 'First meeting',
  owedReply: 'You owe a reply',
  awaitingReply: 'Awaiting reply',
  fadingTie: 'Fading',
  dormantTie: 'Dormant tie',
  cadenceGoal: 'Your goal',
};

export function kindLabel(kind: string): string {
  return (suggestionKindLabel as Record<string, string | undefined>)[kind] ?? 'Suggestion';
}
