import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntroductionColleague, Person } from '../src/api/contract';
import { outlookMailbox } from '../src/host/outlookMailbox';
import { FakeMailbox, ben, json, me, messageFromLena, noContent, routedFetch, services, unknownPerson } from './helpers/fakes';
import { installOutlookMock, uninstallOfficeMock } from './helpers/officeMock';
import { renderPane } from './helpers/renderPane';

const problem = (status: number, code?: string) =>
  new Response(JSON.stringify({ title: 'Problem', status, ...(code ? { code } : {}) }), { status, headers: { 'Content-Type': 'application/problem+json' } });

const lena = (): Person => ({ ...ben(), address: 'lena.fischer@fabrikam.example', displayName: 'Lena Fischer', isInternal: false, strengthLabel: 'fading', suggestions: [] });
const nia = (): Person => ({ ...unknownPerson('nia.brooks@contoso.example'), displayName: 'Nia Brooks' });

const carla: IntroductionColleague = { displayName: 'Carla Diaz', mail: 'carla.diaz@contoso.example', strengthLabel: 'strong', lastContactLabel: 'in touch last month' };
const colleague = (i: number): IntroductionColleague => ({ displayName: `Colleague ${i}`, mail: `c${i}@contoso.example`, strengthLabel: 'light', lastContactLabel: 'in touch this year' });

type Handler = Parameters<typeof routedFetch>[0][string];

function routes(introductions: Handler, extra: Record<string, Handler> = {}) {
  return routedFetch({
    'GET /api/me': () => json(me),
    'GET /api/people': () => json({ people: [lena(), nia()] }),
    'GET /api/introductions': introductions,
    ...extra,
  });
}

const answer = (colleagues: IntroductionColleague[]) => () => json({ introductions: [{ address: 'lena.fischer@fabrikam.example', companyDomain: null, colleagues }] });

async function lenaCard(): Promise<HTMLElement> {
  return waitFor(() => {
    const card = document.querySelector<HTMLElement>('[data-testid="person-card"][data-address="lena.fischer@fabrikam.example"]');
    if (!card || card.dataset.state === 'loading') throw new Error('not ready');
    return card;
  });
}

async function section(state: string): Promise<HTMLElement> {
  const card = await lenaCard();
  return waitFor(() => {
    const found = within(card).getByTestId('introductions');
    expect(found.dataset.state).toBe(state);
    return found;
  });
}

describe('Introductions on the person card', () => {
  afterEach(uninstallOfficeMock);

  it('Card_ColleaguesKnowTheExternalPerson_ListsThemWithPlainLabels_OnlyExternalAddressesAsked', async () => {
    const { fetch, calls } = routes(answer([carla, colleague(2)]));
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const shown = await section('ready');
    const rows = within(shown).getAllByTestId('introduction-colleague');
    expect(rows.map((r) => r.dataset.mail)).toEqual(['carla.diaz@contoso.example', 'c2@contoso.example']);
    expect(rows[0]?.textContent).toContain('Carla Diaz');
    expect(rows[0]?.textContent).toContain('strong');
    expect(rows[0]?.textContent).toContain('in touch last month');
    expect(within(shown).getByText('Who can introduce you')).toBeTruthy();
    // Nia is a colleague: introductions are for people outside, so her card has no section and she is not asked about.
    const niaCard = document.querySelector<HTMLElement>('[data-address="nia.brooks@contoso.example"]') as HTMLElement;
    expect(within(niaCard).queryByTestId('introductions')).toBeNull();
    const asked = calls.filter((c) => c.path === '/api/introductions');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.url.searchParams.get('emails')).toBe('lena.fischer@fabrikam.example');
  });

  it('Card_MoreThanFiveColleagues_ShowsFive', async () => {
    const { fetch } = routes(answer([1, 2, 3, 4, 5, 6, 7].map(colleague)));
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const shown = await section('ready');
    expect(within(shown).getAllByTestId('introduction-colleague').map((r) => r.dataset.mail)).toEqual(['c1@contoso.example', 'c2@contoso.example', 'c3@contoso.example', 'c4@contoso.example', 'c5@contoso.example']);
  });

  it('AskForAnIntroduction_OpensOutlooksNewMessageFormToTheColleague_NeverSends', async () => {
    const outlook = installOutlookMock({ item: { from: { emailAddress: 'lena.fischer@fabrikam.example', displayName: 'Lena Fischer', recipientType: 'externalUser' } } });
    const { fetch, calls } = routes(answer([carla]));
    renderPane(services(outlookMailbox(outlook.mailbox as unknown as Office.Mailbox), fetch));
    const shown = await section('ready');
    fireEvent.click(within(shown).getByRole('button', { name: 'Ask Carla Diaz for an introduction to Lena Fischer' }));
    expect(outlook.displayNewMessageForm).toHaveBeenCalledTimes(1);
    const form = outlook.displayNewMessageForm.mock.calls[0]?.[0] as { toRecipients: string[]; subject: string; htmlBody: string };
    expect(form.toRecipients).toEqual(['carla.diaz@contoso.example']);
    expect(form.subject).toBe('Introduction to Lena Fischer');
    expect(form.htmlBody).toContain('<p>Hi Carla,</p>');
    expect(form.htmlBody).toContain('Could you introduce me to Lena Fischer at Fabrikam?');
    expect(form.htmlBody).toContain('Ava');
    expect(outlook.displayReplyForm).not.toHaveBeenCalled();
    // Only reads: the pane posts nothing when asking.
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('Card_ColleaguesKnowPeopleAtTheCompanyOnly_SaysSoAndAsksForAnIntroductionThere', async () => {
    const { fetch } = routes(() => json({ introductions: [{ address: 'lena.fischer@fabrikam.example', companyDomain: 'fabrikam.example', colleagues: [carla] }] }));
    const mailbox = new FakeMailbox(messageFromLena());
    renderPane(services(mailbox, fetch));
    const shown = await section('ready');
    expect(shown.dataset.company).toBe('fabrikam.example');
    expect(within(shown).getByTestId('introductions-company').textContent).toBe('No colleague knows Lena Fischer yet; these know people at Fabrikam.');
    fireEvent.click(within(shown).getByTestId('introduction-ask'));
    expect(mailbox.forms).toHaveLength(1);
    expect(mailbox.forms[0]?.toRecipients).toEqual(['carla.diaz@contoso.example']);
    expect(mailbox.forms[0]?.plainBody).toContain('Could you introduce me to Lena Fischer at Fabrikam, or to someone there who could? I saw you know people at Fabrikam');
  });

  it('Card_NobodyCanIntroduce_SaysSoBriefly', async () => {
    const { fetch } = routes(answer([]));
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const shown = await section('none');
    expect(shown.textContent).toContain('No colleague who shares introductions knows Lena Fischer yet.');
    expect(within(shown).queryByTestId('introduction-ask')).toBeNull();
  });

  it('Card_OrganisationSettingOff_NoSection', async () => {
    const { fetch, calls } = routes(() => problem(403, 'introductions_disabled'));
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const card = await lenaCard();
    await waitFor(() => expect(calls.some((c) => c.path === '/api/introductions')).toBe(true));
    await waitFor(() => expect(within(card).queryByTestId('introductions')).toBeNull());
    expect(screen.queryByTestId('state-error')).toBeNull();
    expect(within(card).getByTestId('strength').textContent).toBe('fading');
  });

  it('Card_ServerWithoutIntroductions404_NoSectionAndNoError', async () => {
    const { fetch, calls } = routes(() => problem(404));
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const card = await lenaCard();
    await waitFor(() => expect(calls.some((c) => c.path === '/api/introductions')).toBe(true));
    await waitFor(() => expect(within(card).queryByTestId('introductions')).toBeNull());
    expect(within(card).queryByRole('alert')).toBeNull();
  });

  it('Card_WhileLoading_SaysItIsLooking', async () => {
    let release: (r: Response) => void = () => {};
    const { fetch } = routes(() => new Promise<Response>((r) => (release = r)));
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const shown = await section('loading');
    expect(shown.getAttribute('aria-busy')).toBe('true');
    expect(shown.textContent).toContain('Looking for colleagues who know Lena Fischer');
    release(answer([carla])());
    await section('ready');
  });

  it('Card_IntroductionsFail_ShowsRetryThatLoadsAgain', async () => {
    let failures = 1;
    const { fetch, calls } = routes(() => (failures-- > 0 ? problem(500) : answer([carla])()));
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const shown = await section('failed');
    expect(shown.textContent).toContain('Could not check who knows Lena Fischer.');
    // The rest of the card still works.
    expect(within(await lenaCard()).getByTestId('strength').textContent).toBe('fading');
    fireEvent.click(within(shown).getByTestId('introductions-retry'));
    await section('ready');
    expect(calls.filter((c) => c.path === '/api/introductions')).toHaveLength(2);
  });

  it('Card_AskerNotOptedIn_InvitesWithAToggleThatOptsInAndShowsColleagues', async () => {
    let optedIn = false;
    const { fetch, calls } = routes(() => (optedIn ? answer([carla])() : problem(403, 'introductions_opt_in_required')), {
      'PUT /api/me/introductions': (_, init) => {
        optedIn = (JSON.parse(init.body as string) as { discoverable: boolean }).discoverable;
        return noContent();
      },
    });
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const invite = await section('invite');
    expect(invite.textContent).toContain('share yours to see theirs');
    expect(invite.textContent).toContain('never your messages, subjects or other contacts');
    fireEvent.click(within(invite).getByRole('switch', { name: 'Share who I know with colleagues' }));
    await section('ready');
    const put = calls.find((c) => c.method === 'PUT' && c.path === '/api/me/introductions');
    expect(JSON.parse(put?.body ?? 'null')).toEqual({ discoverable: true });
  });

  it('Card_AskerNotOptedIn_NotNow_HidesTheInvitationWithoutOptingIn', async () => {
    const { fetch, calls } = routes(() => problem(403, 'introductions_opt_in_required'));
    renderPane(services(new FakeMailbox(messageFromLena()), fetch));
    const invite = await section('invite');
    fireEvent.click(within(invite).getByTestId('introductions-not-now'));
    await waitFor(() => expect(screen.queryByTestId('introductions')).toBeNull());
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });
});

describe('Settings: sharing who I know', () => {
  it('Settings_Sharing_TurnsOffWithPut', async () => {
    const { fetch, calls } = routedFetch({
      'GET /api/me': () => json(me),
      'GET /api/people': () => json({ people: [] }),
      'GET /api/me/introductions': () => json({ discoverable: true, organisationEnabled: true }),
      'PUT /api/me/introductions': noContent,
    });
    renderPane(services(new FakeMailbox(null), fetch));
    fireEvent.click(screen.getByTestId('tab-settings'));
    const toggle = await screen.findByRole('switch', { name: 'Share who I know with colleagues' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(screen.getByTestId('introductions-setting').dataset.state).toBe('not-sharing'));
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Share who I know with colleagues' }).checked).toBe(false);
    const put = calls.find((c) => c.method === 'PUT' && c.path === '/api/me/introductions');
    expect(JSON.parse(put?.body ?? 'null')).toEqual({ discoverable: false });
  });

  it('Settings_OrganisationSettingOff_SaysSoWithoutAToggle', async () => {
    const { fetch } = routedFetch({
      'GET /api/me': () => json(me),
      'GET /api/me/introductions': () => problem(403, 'introductions_disabled'),
    });
    renderPane(services(new FakeMailbox(null), fetch));
    fireEvent.click(screen.getByTestId('tab-settings'));
    await waitFor(() => expect(screen.getByTestId('introductions-setting').dataset.state).toBe('off'));
    expect(screen.getByTestId('introductions-setting').textContent).toContain('Your organisation has not turned on warm introductions.');
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('Settings_OrganisationSwitchOffInTheAnswer_SaysSoWithoutAToggle', async () => {
    const { fetch } = routedFetch({
      'GET /api/me': () => json(me),
      'GET /api/me/introductions': () => json({ discoverable: false, organisationEnabled: false }),
    });
    renderPane(services(new FakeMailbox(null), fetch));
    fireEvent.click(screen.getByTestId('tab-settings'));
    await waitFor(() => expect(screen.getByTestId('introductions-setting').dataset.state).toBe('off'));
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('Settings_SaveFails_KeepsTheOldChoiceAndSaysSo', async () => {
    const { fetch } = routedFetch({
      'GET /api/me': () => json(me),
      'GET /api/me/introductions': () => json({ discoverable: false, organisationEnabled: true }),
      'PUT /api/me/introductions': () => problem(500),
    });
    renderPane(services(new FakeMailbox(null), fetch));
    fireEvent.click(screen.getByTestId('tab-settings'));
    fireEvent.click(await screen.findByRole('switch', { name: 'Share who I know with colleagues' }));
    await screen.findByRole('alert');
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Share who I know with colleagues' }).checked).toBe(false);
  });
});
