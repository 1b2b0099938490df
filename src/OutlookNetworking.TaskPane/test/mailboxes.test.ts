import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DemoMessage, DemoUser } from '../src/api/demoContract';
import { DemoMailbox } from '../src/demo/DemoMailbox';
import { outlookMailbox } from '../src/host/outlookMailbox';
import { writeFollowUp } from '../src/mailbox/compose';
import { readParticipants } from '../src/mailbox/readParticipants';
import { installOutlookMock, uninstallOfficeMock } from './helpers/officeMock';

const ben = { emailAddress: 'ben.okafor@contoso.example', displayName: 'Ben Okafor', recipientType: 'user' };
const lena = { emailAddress: 'lena.fischer@fabrikam.example', displayName: 'Lena Fischer', recipientType: 'externalUser' };
const ava: DemoUser = { id: 'u1', upn: 'ava.patel@contoso.example', displayName: 'Ava Patel', mail: 'ava.patel@contoso.example' };

const demoMessage = (overrides: Partial<DemoMessage> = {}): DemoMessage => ({
  id: 'm1',
  subject: 'Sprint notes',
  from: { name: 'Ben Okafor', address: 'ben.okafor@contoso.example' },
  to: [{ name: 'Ava Patel', address: 'ava.patel@contoso.example' }],
  cc: [{ name: 'Lena Fischer', address: 'lena.fischer@fabrikam.example' }, { name: 'Engineering', address: 'eng-all@contoso.example', recipientType: 'distributionList' }],
  receivedDateTime: '2025-06-25T16:00:00Z',
  conversationId: 'conv-ben',
  ...overrides,
});

describe('outlookMailbox (ItemChanged)', () => {
  afterEach(uninstallOfficeMock);

  it('onItemChanged_OutlookRaisesItemChanged_EverySubscriberSeesTheNewItem', () => {
    const outlook = installOutlookMock({ item: { from: ben } });
    const port = outlookMailbox(outlook.mailbox as unknown as Office.Mailbox);
    const seen: Array<string | undefined> = [];
    port.onItemChanged(() => seen.push((port.item?.from as { emailAddress?: string } | undefined)?.emailAddress));
    port.onItemChanged(() => seen.push('second'));
    outlook.selectItem({ from: lena });
    expect(seen).toEqual(['lena.fischer@fabrikam.example', 'second']);
  });

  it('onItemChanged_SelectionCleared_ItemIsNull', () => {
    const outlook = installOutlookMock({ item: { from: ben } });
    const port = outlookMailbox(outlook.mailbox as unknown as Office.Mailbox);
    let calls = 0;
    port.onItemChanged(() => calls++);
    outlook.selectItem(null);
    expect(calls).toBe(1);
    expect(port.item).toBeNull();
    expect(readParticipants(port.item, []).participants).toEqual([]);
  });

  it('onItemChanged_Unsubscribed_HandlerIsNotCalled', () => {
    const outlook = installOutlookMock({ item: { from: ben } });
    const port = outlookMailbox(outlook.mailbox as unknown as Office.Mailbox);
    const handler = vi.fn();
    const unsubscribe = port.onItemChanged(handler);
    unsubscribe();
    outlook.selectItem({ from: lena });
    expect(handler).not.toHaveBeenCalled();
  });

  it('displayNewMessageForm_Mailbox16_UsesOutlooksForm', () => {
    const outlook = installOutlookMock({ item: { from: ben }, supportedSets: { Mailbox: '1.6' } });
    const port = outlookMailbox(outlook.mailbox as unknown as Office.Mailbox);
    port.displayNewMessageForm({ toRecipients: ['lena.fischer@fabrikam.example'], subject: 'Catching up', htmlBody: '<p>Hi</p>', plainBody: 'Hi' });
    expect(outlook.displayNewMessageForm).toHaveBeenCalledWith({ toRecipients: ['lena.fischer@fabrikam.example'], subject: 'Catching up', htmlBody: '<p>Hi</p>' });
  });
});

describe('writeFollowUp', () => {
  afterEach(uninstallOfficeMock);

  it('writeFollowUp_PersonIsTheSender_OpensReplyFormWithDraft', () => {
    const outlook = installOutlookMock({ item: { from: ben, conversationId: 'conv-ben' } });
    const port = outlookMailbox(outlook.mailbox as unknown as Office.Mailbox);
    expect(writeFollowUp(port, { address: 'Ben.Okafor@contoso.example', displayName: 'Ben Okafor', kind: 'owedReply' })).toBe('reply');
    const form = outlook.displayReplyForm.mock.calls[0]?.[0] as { htmlBody: string };
    expect(form.htmlBody).toContain('Hi Ben,');
    expect(outlook.displayNewMessageForm).not.toHaveBeenCalled();
  });

  it('writeFollowUp_SuggestionAboutTheOpenThread_OpensReplyForm', () => {
    const outlook = installOutlookMock({ item: { from: lena, conversationId: 'conv-ben' } });
    const port = outlookMailbox(outlook.mailbox as unknown as Office.Mailbox);
    expect(writeFollowUp(port, { address: 'ben.okafor@contoso.example', displayName: 'Ben Okafor', kind: 'awaitingReply', conversationId: 'conv-ben' })).toBe('reply');
  });

  it('writeFollowUp_SomeoneElse_OpensNewMessageToThem', () => {
    const outlook = installOutlookMock({ item: { from: ben, conversationId: 'conv-ben' } });
    const port = outlookMailbox(outlook.mailbox as unknown as Office.Mailbox);
    expect(writeFollowUp(port, { address: 'lena.fischer@fabrikam.example', displayName: 'Lena Fischer', kind: 'fadingTie' })).toBe('new');
    const form = outlook.displayNewMessageForm.mock.calls[0]?.[0] as { toRecipients: string[]; subject: string; htmlBody: string };
    expect(form.toRecipients).toEqual(['lena.fischer@fabrikam.example']);
    expect(form.subject).toBe('Catching up');
    expect(form.htmlBody).toContain('Hi Lena,');
    expect(outlook.displayReplyForm).not.toHaveBeenCalled();
  });
});

describe('DemoMailbox', () => {
  it('select_Message_RaisesItemChangedWithReadModeDetails', () => {
    const mailbox = new DemoMailbox(ava, ['contoso.example'], () => {});
    const changed = vi.fn();
    mailbox.onItemChanged(changed);
    mailbox.select(demoMessage());
    expect(changed).toHaveBeenCalledTimes(1);
    const parsed = readParticipants(mailbox.item, [mailbox.userProfile.emailAddress]).participants;
    expect(parsed.map((p) => [p.address, p.isDistributionList, p.isExternal])).toEqual([
      ['ben.okafor@contoso.example', false, false],
      ['lena.fischer@fabrikam.example', false, true],
      ['eng-all@contoso.example', true, false],
    ]);
  });

  it('select_Null_ClearsTheItem', () => {
    const mailbox = new DemoMailbox(ava, ['contoso.example'], () => {});
    mailbox.select(demoMessage());
    mailbox.select(null);
    expect(mailbox.item).toBeNull();
  });

  it('displayReplyForm_InDemo_ShowsDraftAddressedToSenderAndSendsNothing', () => {
    const compose = vi.fn();
    const mailbox = new DemoMailbox(ava, ['contoso.example'], compose);
    mailbox.select(demoMessage());
    writeFollowUp(mailbox, { address: 'ben.okafor@contoso.example', displayName: 'Ben Okafor', kind: 'owedReply' });
    expect(compose).toHaveBeenCalledWith(expect.objectContaining({ mode: 'reply', to: ['ben.okafor@contoso.example'], subject: 'RE: Sprint notes' }));
  });

  it('displayNewMessageForm_InDemo_ShowsNewDraft', () => {
    const compose = vi.fn();
    const mailbox = new DemoMailbox(ava, ['contoso.example'], compose);
    mailbox.displayNewMessageForm({ toRecipients: ['kai@contoso.example'], subject: 'Catching up', htmlBody: '<p>Hi Kai,</p>', plainBody: 'Hi Kai,' });
    expect(compose).toHaveBeenCalledWith({ mode: 'new', to: ['kai@contoso.example'], subject: 'Catching up', htmlBody: '<p>Hi Kai,</p>' });
  });
});
