import { describe, expect, it } from 'vitest';
import type { SuggestionKind } from '../src/api/contract';
import { draftToHtml, followUpDraft, greetingName } from '../src/format/followUpDraft';
import { kindTexts } from '../src/format/suggestionKinds';
import { cadenceLabel, daysBetween, isoDatePlusDays, relativeDays, rhythm } from '../src/format/time';
import { isDarkColor } from '../src/theme/themeColors';
import { initialsOf } from '../src/ui/parts/Initials';
import { isValidTag } from '../src/ui/people/goalRules';
import { formatChange, formatFigure } from '../src/ui/today/HealthPanel';

describe('time formatting', () => {
  it.each([
    [0, 'today'],
    [1, 'yesterday'],
    [5, '5 days ago'],
    [21, '3 weeks ago'],
    [61, '2 months ago'],
    [400, '13 months ago'],
    [800, '2 years ago'],
  ])('relativeDays_%i_Reads_%s', (days, text) => {
    expect(relativeDays(days)).toBe(text);
  });

  it('daysBetween_FutureInstant_IsZeroNotNegative', () => {
    expect(daysBetween('2025-07-02T00:00:00Z', Date.parse('2025-06-30T00:00:00Z'))).toBe(0);
  });

  it.each([
    [7, 'usually weekly'],
    [9, 'usually every 9 days'],
    [30, 'usually monthly'],
    [120, 'usually every 4 months'],
    [null, null],
    [0, null],
  ])('rhythm_MedianGap%s_Reads_%s', (gap, text) => {
    expect(rhythm(gap)).toBe(text);
  });

  it('isoDatePlusDays_AWeekFromSnapshotNow_IsNextMonday', () => {
    expect(isoDatePlusDays(Date.parse('2025-06-30T18:00:00Z'), 7)).toBe('2025-07-07');
  });

  it('cadenceLabel_KnownAndOddCadences_ReadAsWords', () => {
    expect(cadenceLabel(30)).toBe('monthly');
    expect(cadenceLabel(45)).toBe('every 45 days');
    expect(cadenceLabel(null)).toBe('no cadence');
  });
});

describe('follow-up drafts', () => {
  it('followUpDraft_FirstMeeting_ThanksByFirstName', () => {
    const draft = followUpDraft('firstMeetingFollowUp', 'Ben Okafor', 'Ava Patel');
    expect(draft.text.startsWith('Hi Ben,')).toBe(true);
    expect(draft.text).toContain('Thank you for taking the time to meet');
    expect(draft.text.endsWith('Ava')).toBe(true);
  });

  it('followUpDraft_NoSuggestion_AsksPlainly', () => {
    const draft = followUpDraft(null, 'Ben Okafor', null);
    expect(draft.subject).toBe('Following up');
    expect(draft.text).toBe('Hi Ben,\n\nI wanted to follow up with you.\n\nBest,');
  });

  it('kindTexts_OwedReply_IsOwedWithItsOwnDraft', () => {
    const texts = kindTexts('owedReply');
    expect(texts.label).toBe('You owe a reply');
    expect(texts.owed).toBe(true);
    expect(followUpDraft('owedReply', 'Ben Okafor', 'Ava Patel').subject).toBe('Re: your message');
  });

  it('kindTexts_KindNewerThanThisBuild_PlainLabelAndDraft', () => {
    // The API can be updated while a pane stays open in Outlook: a kind this build does not know still renders.
    const newer = 'introduction' as SuggestionKind;
    expect(kindTexts(newer)).toMatchObject({ label: 'Suggestion', owed: false });
    expect(followUpDraft(newer, 'Ben Okafor', 'Ava Patel').text).toBe('Hi Ben,\n\nI wanted to follow up with you.\n\nBest,\nAva');
  });

  it('greetingName_AddressOnly_SaysThere', () => {
    expect(greetingName('ben.okafor@contoso.example')).toBe('there');
  });

  it('draftToHtml_MarkupInName_IsEscaped', () => {
    const html = draftToHtml('Hi <b>Ben</b> & co,\n\nLine one\nLine two');
    expect(html).toBe('<p>Hi &lt;b&gt;Ben&lt;/b&gt; &amp; co,</p><p>Line one<br>Line two</p>');
  });
});

describe('small rules', () => {
  it.each([
    ['#1f1f1f', true],
    ['#292929', true],
    ['#ffffff', false],
    ['FAF9F8', false],
    ['', false],
  ])('isDarkColor_%s_Is_%s', (hex, dark) => {
    expect(isDarkColor(hex)).toBe(dark);
  });

  it.each([
    ['mentor', true],
    ['board member', true],
    ['co-founder', true],
    ['', false],
    ['x'.repeat(33), false],
    ['vip!', false],
  ])('isValidTag_%s_Is_%s', (tag, valid) => {
    expect(isValidTag(tag)).toBe(valid);
  });

  it('initialsOf_NamesAndAddresses_GiveOneOrTwoLetters', () => {
    expect(initialsOf('Ben Okafor')).toBe('BO');
    expect(initialsOf('lena.fischer@fabrikam.example')).toBe('LF');
    expect(initialsOf('Engineering')).toBe('E');
  });

  it('formatFigure_ShareAndCount_ReadAsPercentAndNumber', () => {
    expect(formatFigure(0.314, true)).toBe('31%');
    expect(formatFigure(24, false)).toBe('24');
    expect(formatChange({ value: 24, previous: 22, change: 2 }, false)).toBe('+2 in 30 days');
    expect(formatChange({ value: 0.7, previous: 0.74, change: -0.04 }, true)).toBe('−4 points in 30 days');
    expect(formatChange({ value: 7, previous: 7, change: 0 }, false)).toBe('no change in 30 days');
  });
});
