/** Tags offered first; any 1-32 letters, digits, spaces or '-' are accepted (docs/api.md). */
export const suggestedTags: readonly string[] = ['mentor', 'mentee', 'client', 'colleague', 'manager', 'partner', 'friend'];

/** Cadence choices in days; null = a tag without a cadence. */
export const cadenceChoices: ReadonlyArray<{ label: string; days: number | null }> = [
  { label: 'No cadence', days: null },
  { label: 'Weekly', days: 7 },
  { label: 'Every two weeks', days: 14 },
  { label: 'Monthly', days: 30 },
  { label: 'Quarterly', days: 91 },
  { label: 'Twice a year', days: 182 },
  { label: 'Yearly', days: 365 },
];

const tagPattern = /^[\p{L}\p{N} -]{1,32}$/u;

/** The API's rule for a tag: 1-32 letters, digits, space or '-', after trimming. */
export function isValidTag(tag: string): boolean {
  return tagPattern.test(tag.trim());
}
