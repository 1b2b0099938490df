import { fireEvent, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { FakeMailbox, ben, health, json, me, messageFromBen, messageFromLena, routedFetch, services, suggestion } from './helpers/fakes';
import { renderPane } from './helpers/renderPane';

/** Serious and critical axe violations (colour contrast needs layout, which a DOM emulator lacks). */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function routes() {
  return routedFetch({
    'GET /api/me': () => json(me),
    'GET /api/people': () => json({ people: [ben({ goal: { tag: 'mentor', cadenceDays: 30 } })] }),
    'GET /api/suggestions': () => json({ date: '2025-06-30', suggestions: [suggestion()] }),
    'GET /api/me/health': () => json(health),
  });
}

describe('accessibility (axe-core)', () => {
  it.each([false, true])('PeopleView_DarkTheme%s_HasNoSeriousViolations', async (dark) => {
    renderPane(services(new FakeMailbox(messageFromBen()), routes().fetch), { dark });
    await waitFor(() => expect(document.querySelector('[data-testid="person-card"][data-state="ready"]')).not.toBeNull());
    expect(await seriousViolations()).toEqual([]);
  });

  it('TodayView_HasNoSeriousViolations', async () => {
    renderPane(services(new FakeMailbox(messageFromBen()), routes().fetch));
    fireEvent.click(screen.getByTestId('tab-today'));
    await screen.findByTestId('network-health');
    expect(await seriousViolations()).toEqual([]);
  });

  it('GoalEditor_HasNoSeriousViolations', async () => {
    renderPane(services(new FakeMailbox(messageFromBen()), routes().fetch));
    await waitFor(() => expect(document.querySelector('[data-testid="person-card"][data-state="ready"]')).not.toBeNull());
    fireEvent.click(screen.getByTestId('person-goal-edit'));
    await screen.findByTestId('goal-editor');
    expect(await seriousViolations()).toEqual([]);
  });

  it('SkeletonWhileLoading_HasNoSeriousViolations', async () => {
    const { fetch } = routedFetch({ 'GET /api/me': () => json(me), 'GET /api/people': () => new Promise<Response>(() => {}) });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    await screen.findByTestId('card-skeleton');
    expect(await seriousViolations()).toEqual([]);
  });

  it.each([
    ['Colleagues', () => json({ introductions: [{ address: 'lena.fischer@fabrikam.example', companyDomain: null, colleagues: [{ displayName: 'Carla Diaz', mail: 'carla.diaz@contoso.example', strengthLabel: 'strong', lastContactLabel: 'in touch last month' }] }] }), 'ready'],
    ['Invitation', () => new Response(JSON.stringify({ status: 403, code: 'introductions_opt_in_required' }), { status: 403 }), 'invite'],
  ])('Introductions%s_HasNoSeriousViolations', async (_, answer, state) => {
    const lena = { ...ben(), address: 'lena.fischer@fabrikam.example', displayName: 'Lena Fischer', isInternal: false, suggestions: [] };
    const { fetch } = routedFetch({ 'GET /api/me': () => json(me), 'GET /api/people': () => json({ people: [lena] }), 'GET /api/introductions': answer });
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    await waitFor(() => expect(document.querySelector(`[data-testid="introductions"][data-state="${state}"]`)).not.toBeNull());
    expect(await seriousViolations()).toEqual([]);
  });

  it('SettingsView_HasNoSeriousViolations', async () => {
    const { fetch } = routedFetch({ 'GET /api/me': () => json(me), 'GET /api/people': () => json({ people: [] }), 'GET /api/me/introductions': () => json({ discoverable: false, organisationEnabled: true }) });
    renderPane(services(new FakeMailbox(null), fetch));
    fireEvent.click(screen.getByTestId('tab-settings'));
    await screen.findByRole('switch');
    expect(await seriousViolations()).toEqual([]);
  });
});
