import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeMailbox, health, json, me, messageFromBen, noContent, routedFetch, services, suggestion } from './helpers/fakes';
import { renderPane } from './helpers/renderPane';

const ranked = [
  suggestion(),
  suggestion({ id: 's_lena_fading', kind: 'fadingTie', rank: 2, contact: { address: 'lena.fischer@fabrikam.example', displayName: 'Lena Fischer' }, reason: 'Usually every 9 days; last contact 61 days ago; 34 exchanges since 2024.', webLink: null }),
];

describe('TodayView', () => {
  it('Today_RankedSuggestions_ShowReasonsLinksAndHealth', async () => {
    const { fetch, calls } = routedFetch({
      'GET /api/me': () => json(me),
      'GET /api/people': () => json({ people: [] }),
      'GET /api/suggestions': () => json({ date: '2025-06-30', suggestions: ranked }),
      'GET /api/me/health': () => json(health),
    });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    fireEvent.click(screen.getByTestId('tab-today'));
    const rows = await screen.findAllByTestId('suggestion-row');
    expect(rows.map((r) => r.dataset.suggestionId)).toEqual(['s_ben_owed', 's_lena_fading']);
    expect(within(rows[1] as HTMLElement).getByText('Lena Fischer')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText(/61 days ago/)).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByTestId('suggestion-link').getAttribute('href')).toBe('https://outlook.office.com/mail/deeplink/read/AAMk000002');
    expect(within(rows[1] as HTMLElement).queryByTestId('suggestion-link')).toBeNull();
    expect(within(screen.getByTestId('health-activeTies')).getByText('24')).toBeTruthy();
    expect(within(screen.getByTestId('health-externalShare')).getByText('31%')).toBeTruthy();
    expect(calls.find((c) => c.path === '/api/suggestions')?.url.searchParams.get('top')).toBe('10');
  });

  it('Today_Dismiss_RemovesTheRow', async () => {
    const { fetch } = routedFetch({
      'GET /api/me': () => json(me),
      'GET /api/people': () => json({ people: [] }),
      'GET /api/suggestions': () => json({ date: '2025-06-30', suggestions: ranked }),
      'GET /api/me/health': () => json(health),
      'POST /api/suggestions/s_ben_owed/dismiss': noContent,
    });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    fireEvent.click(screen.getByTestId('tab-today'));
    const [first] = await screen.findAllByTestId('suggestion-row');
    fireEvent.click(within(first as HTMLElement).getByTestId('suggestion-dismiss'));
    await waitFor(() => expect(screen.getAllByTestId('suggestion-row').map((r) => r.dataset.suggestionId)).toEqual(['s_lena_fading']));
  });

  it('Today_NoSuggestionsForANewEmployee_ShowsTheEmptyState', async () => {
    const { fetch } = routedFetch({
      'GET /api/me': () => json({ ...me, lastAnalysedAt: null }),
      'GET /api/people': () => json({ people: [] }),
      'GET /api/suggestions': () => json({ date: '2025-06-30', suggestions: [] }),
      'GET /api/me/health': () => json(health),
    });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    await waitFor(() => expect(fetch).toHaveBeenCalledWith('/api/me', expect.anything()));
    fireEvent.click(screen.getByTestId('tab-today'));
    expect((await screen.findByTestId('state-empty')).textContent).toContain('not been analysed yet');
  });

  it('Tabs_ArrowRight_SelectsTodayAndMovesFocus', async () => {
    const { fetch } = routedFetch({ 'GET /api/me': () => json(me), 'GET /api/people': () => json({ people: [] }), 'GET /api/suggestions': () => json({ date: 'd', suggestions: [] }), 'GET /api/me/health': () => json(health) });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const email = screen.getByTestId('tab-email');
    email.focus();
    fireEvent.keyDown(email, { key: 'ArrowRight' });
    const today = screen.getByTestId('tab-today');
    expect(today.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(today);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-today');
  });
});
