import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isOwnMailbox } from '../src/mailbox/addresses';
import { FakeMailbox, ben, json, me, messageFromBen, routedFetch, services, unknownPerson } from './helpers/fakes';
import { renderPane } from './helpers/renderPane';

describe('isOwnMailbox', () => {
  it.each([
    ['ava.patel@contoso.example', true],
    ['AVA@contoso.example', true],
    ['support@contoso.example', false],
    ['', true],
  ])('isOwnMailbox_%s_%s', (profile, own) => {
    expect(isOwnMailbox(profile, ['ava.patel@contoso.example', 'ava@contoso.example'])).toBe(own);
  });
});

describe('EmailPeopleView in another mailbox', () => {
  it('App_SharedMailboxMessage_ShowsTheNoticeAndNoCards', async () => {
    const { fetch } = routedFetch({
      'GET /api/me': () => json(me),
      'GET /api/people': (url) => json({ people: (url.searchParams.get('emails') ?? '').split(',').map((e) => (e === 'ben.okafor@contoso.example' ? ben() : unknownPerson(e))) }),
    });
    const shared = new FakeMailbox(messageFromBen());
    Object.assign(shared.userProfile, { emailAddress: 'support@contoso.example', displayName: 'Support' });
    renderPane(services(shared, fetch));
    const notice = await screen.findByTestId('state-other-mailbox');
    expect(notice.textContent).toContain('support@contoso.example');
    expect(notice.textContent).toContain(me.mail);
    expect(screen.queryByTestId('person-card')).toBeNull();
  });
});
