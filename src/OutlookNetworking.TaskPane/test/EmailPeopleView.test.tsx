import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeMailbox, ben, json, me, messageFromBen, messageFromLena, noContent, routedFetch, services, suggestion, unknownPerson } from './helpers/fakes';
import { renderPane } from './helpers/renderPane';

const problem = (status: number, body: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ title: 'Problem', status, ...body }), { status, headers: { 'Content-Type': 'application/problem+json' } });

function standardRoutes() {
  return routedFetch({
    'GET /api/me': () => json(me),
    'GET /api/people': (url) => {
      const emails = (url.searchParams.get('emails') ?? '').split(',');
      return json({ people: emails.map((e) => (e === 'ben.okafor@contoso.example' ? ben() : unknownPerson(e))) });
    },
    'POST /api/suggestions/s_ben_owed/done': noContent,
    'POST /api/suggestions/s_ben_owed/snooze': noContent,
    'POST /api/contacts/ben.okafor@contoso.example/mute': noContent,
    'PUT /api/contacts/ben.okafor@contoso.example/goal': noContent,
  });
}

async function readyCard(address: string): Promise<HTMLElement> {
  return waitFor(() => {
    const card = document.querySelector<HTMLElement>(`[data-testid="person-card"][data-address="${address}"]`);
    if (!card || card.dataset.state === 'loading') throw new Error('not ready');
    return card;
  });
}

describe('EmailPeopleView', () => {
  it('App_ReadMessage_ShowsPersonCardWithFiguresAndTheListAsAList', async () => {
    const { fetch } = standardRoutes();
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const card = await readyCard('ben.okafor@contoso.example');
    expect(within(card).getByText('Ben Okafor')).toBeTruthy();
    expect(within(card).getByTestId('last-contact').textContent).toBe('Last contact 5 days ago · usually weekly');
    expect(within(card).getByText(/52 sent · 54 received · 0 meetings · 104 contact days/)).toBeTruthy();
    expect(within(card).getByText('In touch since Jul 2024')).toBeTruthy();
    expect(within(card).getByTestId('strength').textContent).toBe('strong');
    expect(within(card).getByTestId('sparkline').getAttribute('aria-label')).toMatch(/^Contact days per month, last 12 months: Jul 8, .* Jun 6$/);
    expect(screen.getByTestId('distribution-list-card').textContent).toContain('Distribution list');
  });

  it('App_UserAndAlias_AreNeverShownOrQueried', async () => {
    const { fetch, calls } = standardRoutes();
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    await readyCard('ben.okafor@contoso.example');
    const addresses = [...document.querySelectorAll('[data-address]')].map((e) => e.getAttribute('data-address'));
    expect(addresses).toEqual(['ben.okafor@contoso.example', 'eng-all@contoso.example']);
    const people = calls.find((c) => c.path === '/api/people');
    expect(people?.url.searchParams.get('emails')).not.toContain('ava.patel@contoso.example');
    // The distribution list is not a person: it is not asked about either.
    expect(people?.url.searchParams.get('emails')).not.toContain('eng-all@contoso.example');
  });

  it('App_WhilePeopleLoad_CardShowsNameAndSkeleton', async () => {
    let release: (r: Response) => void = () => {};
    const { fetch } = routedFetch({ 'GET /api/me': () => json(me), 'GET /api/people': () => new Promise<Response>((r) => (release = r)) });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const card = await screen.findByTestId('person-card');
    expect(card.dataset.state).toBe('loading');
    expect(within(card).getByText('Ben Okafor')).toBeTruthy();
    expect(within(card).getByTestId('card-skeleton')).toBeTruthy();
    release(json({ people: [ben()] }));
    await readyCard('ben.okafor@contoso.example');
  });

  it('App_ItemChanged_ShowsThePeopleOfTheNewMessage', async () => {
    const { fetch, calls } = standardRoutes();
    const mailbox = new FakeMailbox(messageFromBen());
    renderPane(services(mailbox, fetch));
    await readyCard('ben.okafor@contoso.example');
    mailbox.select(messageFromLena());
    const lena = await readyCard('lena.fischer@fabrikam.example');
    expect(lena.dataset.state).toBe('unknown');
    expect(document.querySelector('[data-address="ben.okafor@contoso.example"]')).toBeNull();
    expect(calls.filter((c) => c.path === '/api/people')).toHaveLength(2);
  });

  it('App_PinnedPaneWithNothingSelected_AsksToSelectAMessage', async () => {
    const { fetch } = standardRoutes();
    const mailbox = new FakeMailbox(messageFromBen());
    renderPane(services(mailbox, fetch));
    await readyCard('ben.okafor@contoso.example');
    mailbox.select(null);
    expect((await screen.findByTestId('state-no-item')).textContent).toBe('Select a message to see the people on it.');
    expect(screen.queryByTestId('person-card')).toBeNull();
  });

  it('App_NewEmployeeWithNoHistory_CardSaysSoWithoutFigures', async () => {
    const { fetch } = standardRoutes();
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const card = await readyCard('lena.fischer@fabrikam.example');
    expect(within(card).getByTestId('unknown-note').textContent).toContain('No history with Lena Fischer yet');
    expect(within(card).queryByTestId('sparkline')).toBeNull();
  });

  it('App_MeetingWithThePersonTomorrow_CardShowsTheMeetingToPrepareFor', async () => {
    // Issue 16: meeting preparation shows on the person card, not only in Today.
    const prep = suggestion({
      id: 's_ben_prep',
      kind: 'meetingPrep',
      reason: 'You meet Ben Okafor tomorrow at 10:00; you were last in touch in October 2023, 616 days ago.',
      evidence: { ...suggestion().evidence, messageId: null, conversationId: null, meetingId: 'AAMkEvent01', anchorAt: '2025-07-01T17:00:00Z' },
      webLink: 'https://outlook.office.com/calendar/item/AAMkEvent01',
    });
    const { fetch } = routedFetch({
      'GET /api/me': () => json(me),
      'GET /api/people': () => json({ people: [ben({ suggestions: [prep, suggestion()] })] }),
    });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const card = await readyCard('ben.okafor@contoso.example');
    const rows = [...card.querySelectorAll<HTMLElement>('[data-testid="suggestion-row"]')];
    expect(rows.map((r) => r.dataset.kind)).toEqual(['meetingPrep', 'owedReply']);
    const [prepRow] = rows;
    if (prepRow === undefined) throw new Error('no suggestion row on the card');
    expect(prepRow.textContent).toContain('Before you meet');
    expect(prepRow.textContent).toContain('You meet Ben Okafor tomorrow at 10:00');
    expect(within(prepRow).getByTestId('suggestion-done')).toBeTruthy();
  });

  it('App_ColleagueMetOnListMailOnly_CardNamesTheListsInsteadOfNoHistory', async () => {
    const { fetch } = routedFetch({
      'GET /api/me': () => json(me),
      'GET /api/people': () =>
        json({ people: [{ ...unknownPerson('lena.fischer@fabrikam.example'), sharedLists: ['Operations 1'], sharedListCount: 1, lastListMail: '2025-06-27T09:00:00Z' }] }),
    });
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const card = await readyCard('lena.fischer@fabrikam.example');
    const note = within(card).getByTestId('list-only-note').textContent;
    expect(note).toContain('You are both on Operations 1 mail; no direct mail or meeting yet.');
    expect(note).toContain('27 June 2025');
    expect(within(card).queryByTestId('unknown-note')).toBeNull();
  });

  it('App_ListOnlyOnManyLists_NamesThreeAndCountsTheRest', async () => {
    const { fetch } = routedFetch({
      'GET /api/me': () => json(me),
      'GET /api/people': () =>
        json({ people: [{ ...unknownPerson('lena.fischer@fabrikam.example'), sharedLists: ['Ops', 'Staff', 'Berlin'], sharedListCount: 5, lastListMail: null }] }),
    });
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const card = await readyCard('lena.fischer@fabrikam.example');
    expect(within(card).getByTestId('list-only-note').textContent).toBe('You are both on Ops, Staff, Berlin and 2 more lists mail; no direct mail or meeting yet.');
  });

  it('App_OrganisationNotConsented_ExplainsAndLinksTheAdmin', async () => {
    const { fetch } = routedFetch({ 'GET /api/me': () => problem(403, { code: 'tenant_not_consented' }), 'GET /api/people': () => problem(403) });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const state = await screen.findByTestId('state-not-consented');
    expect(state.textContent).toContain('needs an administrator');
    expect(within(state).getByRole('link', { name: 'Approval page for administrators' }).getAttribute('href')).toBe('/admin/consent');
  });

  it('App_NotConsentedWithConsentUrl_LinksThePageTheApiNamed', async () => {
    const consentUrl = 'https://networking.contoso.com/admin/consent';
    const { fetch } = routedFetch({ 'GET /api/me': () => problem(403, { code: 'tenant_not_consented', consentUrl }) });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const state = await screen.findByTestId('state-not-consented');
    expect(within(state).getByRole('link', { name: 'Approval page for administrators' }).getAttribute('href')).toBe(consentUrl);
  });

  it('App_AccountForbidden_IsAnErrorNotAConsentRequest', async () => {
    const { fetch } = routedFetch({ 'GET /api/me': () => problem(403, { code: 'forbidden' }) });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    expect((await screen.findByTestId('state-error')).textContent).toContain('may not use OutlookNetworking');
    expect(screen.queryByTestId('state-not-consented')).toBeNull();
  });

  it('App_PeopleCallFails_RetryLoadsTheCards', async () => {
    let fail = true;
    const { fetch } = routedFetch({ 'GET /api/me': () => json(me), 'GET /api/people': () => (fail ? problem(503) : json({ people: [ben()] })) });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const error = await screen.findByTestId('state-error');
    fail = false;
    fireEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    await readyCard('ben.okafor@contoso.example');
    expect(screen.queryByTestId('state-error')).toBeNull();
  });

  it('App_NetworkDown_ShowsOfflineWithRetry', async () => {
    const fetch = async (input: string): Promise<Response> => {
      if (input.startsWith('/api/me')) return json(me);
      throw new TypeError('Failed to fetch');
    };
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const offline = await screen.findByTestId('state-offline');
    expect(within(offline).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('PersonCard_Done_PostsFeedbackAndRemovesTheSuggestion', async () => {
    const { fetch, calls } = standardRoutes();
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const card = await readyCard('ben.okafor@contoso.example');
    fireEvent.click(within(card).getByTestId('suggestion-done'));
    await waitFor(() => expect(within(card).queryByTestId('suggestion-row')).toBeNull());
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/suggestions/s_ben_owed/done')).toBe(true);
  });

  it('PersonCard_SnoozeAWeek_PostsTheDateAWeekAfterTheAnalysis', async () => {
    const { fetch, calls } = standardRoutes();
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const card = await readyCard('ben.okafor@contoso.example');
    fireEvent.click(within(card).getByTestId('suggestion-snooze'));
    fireEvent.click(within(card).getByTestId('suggestion-snooze-7'));
    await waitFor(() => expect(within(card).queryByTestId('suggestion-row')).toBeNull());
    expect(calls.find((c) => c.path.endsWith('/snooze'))?.body).toBe('{"until":"2025-07-07"}');
  });

  it('PersonCard_Mute_PostsMuteAndShowsTheMutedState', async () => {
    const { fetch, calls } = standardRoutes();
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const card = await readyCard('ben.okafor@contoso.example');
    fireEvent.click(within(card).getByTestId('person-mute'));
    await waitFor(() => expect(card.dataset.state).toBe('muted'));
    expect(within(card).getByTestId('muted-note').textContent).toContain('no suggestions about Ben Okafor');
    expect(within(card).queryByTestId('suggestion-row')).toBeNull();
    expect(within(card).getByTestId('person-unmute')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/contacts/ben.okafor@contoso.example/mute')).toBe(true);
  });

  it('PersonCard_TagAsMentorMonthly_PutsTheGoalAndShowsIt', async () => {
    const { fetch, calls } = standardRoutes();
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const card = await readyCard('ben.okafor@contoso.example');
    fireEvent.click(within(card).getByTestId('person-goal-edit'));
    fireEvent.change(within(card).getByTestId('goal-tag'), { target: { value: 'mentor' } });
    fireEvent.change(within(card).getByTestId('goal-cadence'), { target: { value: '30' } });
    fireEvent.click(within(card).getByTestId('goal-save'));
    expect((await within(card).findByTestId('person-goal')).textContent).toBe('Goal: mentor · monthly');
    expect(JSON.parse(calls.find((c) => c.method === 'PUT')?.body ?? '{}')).toEqual({ tag: 'mentor', cadenceDays: 30 });
  });

  it('PersonCard_WriteFollowUpToSender_OpensReplyFormNeverSends', async () => {
    const { fetch, calls } = standardRoutes();
    const item = messageFromBen();
    const replies: unknown[] = [];
    item.displayReplyForm = (form) => replies.push(form);
    const mailbox = new FakeMailbox(item);
    renderPane(services(mailbox, fetch));
    const card = await readyCard('ben.okafor@contoso.example');
    fireEvent.click(within(card).getByTestId('suggestion-follow-up'));
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0])).toContain('sorry for the slow reply');
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });
});

describe('App start', () => {
  it('App_ProfileCallOffline_ShowsOneOfflineMessageAndRetryLoadsThePane', async () => {
    let online = false;
    const { fetch } = routedFetch({
      'GET /api/me': () => {
        if (!online) throw new TypeError('Failed to fetch');
        return json(me);
      },
      'GET /api/people': () => json({ people: [ben()] }),
    });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const offline = await screen.findByTestId('state-offline');
    expect(screen.getAllByTestId('state-offline')).toHaveLength(1);
    online = true;
    fireEvent.click(within(offline).getByRole('button', { name: 'Retry' }));
    await readyCard('ben.okafor@contoso.example');
    expect(screen.queryByTestId('state-offline')).toBeNull();
  });
});

describe('App opt-out', () => {
  it('App_UserOptedOut_OffersOptInAndShowsNoPeople', async () => {
    let optedOut = true;
    const { fetch, calls } = routedFetch({
      'GET /api/me': () => json({ ...me, optedOut }),
      'POST /api/me/optin': () => {
        optedOut = false;
        return noContent();
      },
      'GET /api/people': () => json({ people: [ben()] }),
    });
    renderPane(services(new FakeMailbox(messageFromBen()), fetch));
    const notice = await screen.findByTestId('state-opted-out');
    expect(screen.queryByTestId('person-card')).toBeNull();
    fireEvent.click(within(notice).getByRole('button', { name: 'Opt in' }));
    await readyCard('ben.okafor@contoso.example');
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/me/optin')).toBe(true);
  });
});
