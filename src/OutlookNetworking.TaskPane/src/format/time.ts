const DayMs = 86_400_000;

/** Whole days from `from` to `now` (never negative). */
export function daysBetween(fromIso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(fromIso)) / DayMs));
}

/** "today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago", "2 years ago". */
export function relativeDays(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  if (days < 365 * 2) return `${Math.round(days / 30.44)} months ago`;
  return `${Math.floor(days / 365.25)} years ago`;
}

/** "last contact 3 weeks ago" from an ISO instant. */
export function relativeFrom(iso: string, now: number): string {
  return relativeDays(daysBetween(iso, now));
}

/** "usually every 9 days" / "usually weekly" / "usually monthly" from the median gap in days. */
export function rhythm(medianGapDays: number | null): string | null {
  if (medianGapDays === null || !Number.isFinite(medianGapDays) || medianGapDays <= 0) return null;
  const days = Math.round(medianGapDays);
  if (days <= 1) return 'usually daily';
  if (days >= 6 && days <= 8) return 'usually weekly';
  if (days >= 13 && days <= 15) return 'usually every two weeks';
  if (days >= 28 && days <= 32) return 'usually monthly';
  if (days >= 85 && days <= 95) return 'usually quarterly';
  if (days < 60) return `usually every ${days} days`;
  return `usually every ${Math.round(days / 30.44)} months`;
}

const monthYear = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Jul 2024" */
export function formatMonthYear(iso: string): string {
  return monthYear.format(new Date(iso));
}

/** yyyy-MM-dd of `now` plus `days` (UTC), as POST /api/suggestions/{id}/snooze takes it. */
export function isoDatePlusDays(now: number, days: number): string {
  return new Date(now + days * DayMs).toISOString().slice(0, 10);
}

/** Cadence in words: 7 -> "weekly", 30 -> "monthly", 45 -> "every 45 days". */
export function cadenceLabel(days: number | null): string {
  if (days === null) return 'no cadence';
  const known: Record<number, string> = { 7: 'weekly', 14: 'every two weeks', 30: 'monthly', 91: 'quarterly', 182: 'twice a year', 365: 'yearly' };
  return known[days] ?? `every ${days} days`;
}
