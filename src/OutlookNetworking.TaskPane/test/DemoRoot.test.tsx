import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../src/api/ApiClient';
import type { DemoMessage } from '../src/api/demoContract';
import { DemoRoot, demoReferenceTime } from '../src/demo/DemoRoot';
import { ben, json, me, routedFetch, unknownPerson } from './helpers/fakes';

const users = [
  { id: 'u1', upn: 'ava.patel@contoso.example', displayName: 'Ava Patel', mail: 'ava.patel@contoso.example' },
  { id: 'u2', upn: 'ben.okafor@contoso.example', displayName: 'Ben Okafor', mail: 'ben.okafor@contoso.example' },
];
const messages: DemoMessage[] = [
  { id: 'm1', subject: 'Sprint notes', from: { name: 'Ben Okafor', address: 'ben.okafor@contoso.example' }, to: [{ name: 'Ava Patel', address: 'ava.patel@contoso.example' }], cc: [], receivedDateTime: '2025-06-25T16:00:00Z', conversationId: 'conv-ben' },
  { id: 'm2', subject: 'Proposal', from: { name: 'Lena Fischer', address: 'lena.fischer@fabrikam.example' }, to: [{ name: 'Ava Patel', address: 'ava@contoso.example' }], cc: [], receivedDateTime: '2025-06-20T10:00:00Z', conversationId: 'conv-lena' },
];

function demoRoutes() {
  return routedFetch({
    'GET /demo/users': () => json(users),
    'GET /demo/token': (url) => json({ accessToken: `token-for-${url.searchParams.get('upn')}`, expiresOn: '2025-06-30T19:00:00Z' }),
    'GET /demo/messages': (url) => json(url.searchParams.get('upn') === 'ava.patel@contoso.example' ? messages : []),
    // /api/me of the token's user, as the API answers (the pane compares it with the mailbox it shows).
    'GET /api/me': (_url, init) => {
      const upn = String((init?.headers as Record<string, string> | undefined)?.Authorization ?? '').replace('Bearer token-for-', '');
      return json(upn === 'ava.patel@contoso.example' ? me : { ...me, displayName: upn, mail: upn, addresses: [upn] });
    },
    'GET /api/people': (url) => json({ people: (url.searchParams.get('emails') ?? '').split(',').map((e) => (e === 'ben.okafor@contoso.example' ? ben() : unknownPerson(e))) }),
  });
}

async function cardAddresses(): Promise<string[]> {
  return waitFor(() => {
    const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="person-card"]')];
    if (cards.length === 0 || cards.some((c) => c.dataset.state === 'loading')) throw new Error('loading');
    return cards.map((c) => c.dataset.address ?? '');
  });
}

describe('DemoRoot', () => {
  beforeEach(() => window.history.replaceState(null, '', '/taskpane/?demo'));

  it('Demo_FirstUser_ShowsTheirFirstMessageWithRealApiCallsAndDemoToken', async () => {
    const { fetch, calls } = demoRoutes();
    render(<DemoRoot api={new ApiClient(null, fetch)} prefersDark={false} />);
    expect(await cardAddresses()).toEqual(['ben.okafor@contoso.example']);
    const picker = screen.getByTestId<HTMLSelectElement>('demo-user-picker');
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Ava Patel', 'Ben Okafor']);
    const peopleCall = fetch.mock.calls.find((c) => String(c[0]).startsWith('/api/people'));
    expect(((peopleCall?.[1] as RequestInit).headers as Record<string, string>).Authorization).toBe('Bearer token-for-ava.patel@contoso.example');
    expect(calls.filter((c) => c.path === '/demo/token')).toHaveLength(1);
  });

  it('Demo_NewestMessageFromAStranger_OpensOnTheMessageFromSomeoneWithHistory', async () => {
    const stranger: DemoMessage = { ...messages[1]!, id: 'm0', from: { name: 'No Reply', address: 'noreply@contoso.example' }, receivedDateTime: '2025-06-26T08:00:00Z' };
    const routes = demoRoutes();
    const fetch = async (input: string, init?: RequestInit) =>
      String(input).startsWith('/demo/messages') ? json([stranger, ...messages]) : routes.fetch(input, init);
    render(<DemoRoot api={new ApiClient(null, fetch)} prefersDark={false} />);
    expect(await cardAddresses()).toEqual(['ben.okafor@contoso.example']);
    expect(screen.getByTestId<HTMLSelectElement>('demo-message-picker').value).toBe('m1');
    expect(window.location.search).toContain('message=m1');
  });

  it('Demo_PickAnotherMessage_PaneFollowsAsOnItemChanged', async () => {
    const { fetch } = demoRoutes();
    render(<DemoRoot api={new ApiClient(null, fetch)} prefersDark={false} />);
    await cardAddresses();
    fireEvent.change(screen.getByTestId('demo-message-picker'), { target: { value: 'm2' } });
    expect(await cardAddresses()).toEqual(['lena.fischer@fabrikam.example']);
    expect(window.location.search).toContain('message=m2');
  });

  it('Demo_NoMessageSelected_ShowsSelectPrompt', async () => {
    const { fetch } = demoRoutes();
    render(<DemoRoot api={new ApiClient(null, fetch)} prefersDark={false} />);
    await cardAddresses();
    fireEvent.change(screen.getByTestId('demo-message-picker'), { target: { value: '' } });
    expect(await screen.findByTestId('state-no-item')).toBeTruthy();
  });

  it('Demo_SwitchUser_LoadsTheirMailboxWithTheirToken', async () => {
    const { fetch, calls } = demoRoutes();
    render(<DemoRoot api={new ApiClient(null, fetch)} prefersDark={false} />);
    await cardAddresses();
    fireEvent.change(screen.getByTestId('demo-user-picker'), { target: { value: 'ben.okafor@contoso.example' } });
    expect(await screen.findByTestId('state-no-item')).toBeTruthy();
    expect(calls.some((c) => c.path === '/demo/messages' && c.url.searchParams.get('upn') === 'ben.okafor@contoso.example')).toBe(true);
    expect(calls.some((c) => c.path === '/demo/token' && c.url.searchParams.get('upn') === 'ben.okafor@contoso.example')).toBe(true);
  });

  it('Demo_ThemeToggle_SwitchesBetweenLightAndDark', async () => {
    const { fetch } = demoRoutes();
    const { container } = render(<DemoRoot api={new ApiClient(null, fetch)} prefersDark={false} />);
    await cardAddresses();
    const shell = () => container.querySelector('[data-theme]')?.getAttribute('data-theme');
    expect(shell()).toBe('light');
    fireEvent.click(screen.getByTestId('theme-toggle'));
    expect(shell()).toBe('dark');
    expect(screen.getByTestId('theme-toggle').getAttribute('aria-pressed')).toBe('true');
  });

  it('Demo_WriteFollowUp_ShowsAnEditableDraftAndSendsNothing', async () => {
    const { fetch, calls } = demoRoutes();
    render(<DemoRoot api={new ApiClient(null, fetch)} prefersDark={false} />);
    await cardAddresses();
    fireEvent.click(screen.getByTestId('suggestion-follow-up'));
    const dialog = await screen.findByTestId('draft-dialog');
    expect(within(dialog).getByTestId<HTMLInputElement>('draft-to').value).toBe('ben.okafor@contoso.example');
    expect(within(dialog).getByTestId<HTMLInputElement>('draft-subject').value).toBe('RE: Sprint notes');
    expect(within(dialog).getByTestId<HTMLTextAreaElement>('draft-body').value).toMatch(/^Hi Ben,\n\nThank you for your message/);
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('Demo_HostUnavailable_SaysHowToStartIt', async () => {
    const fetch = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    render(<DemoRoot api={new ApiClient(null, fetch)} prefersDark={false} />);
    expect((await screen.findByTestId('demo-unavailable')).textContent).toContain('dotnet run');
  });
});

describe('demoReferenceTime', () => {
  it('demoReferenceTime_Analysed_IsTheAnalysisTime', () => {
    expect(demoReferenceTime('2025-06-30T18:00:00Z', messages)).toBe(Date.parse('2025-06-30T18:00:00Z'));
  });

  it('demoReferenceTime_NotAnalysedYet_IsTheNewestMessage', () => {
    expect(demoReferenceTime(null, messages)).toBe(Date.parse('2025-06-25T16:00:00Z'));
  });

  it('demoReferenceTime_NothingKnown_IsNull', () => {
    expect(demoReferenceTime(null, [])).toBeNull();
  });
});

describe('DemoRoot with an empty tenant', () => {
  it('Demo_NoUsers_SaysSoInsteadOfLoadingForever', async () => {
    const { fetch } = routedFetch({ 'GET /demo/users': () => json([]) });
    render(<DemoRoot api={new ApiClient(null, fetch)} prefersDark={false} />);
    expect((await screen.findByTestId('demo-unavailable')).textContent).toBe('The demo tenant has no users.');
  });
});
