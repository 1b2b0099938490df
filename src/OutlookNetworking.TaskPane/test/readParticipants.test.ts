import { afterEach, describe, expect, it } from 'vitest';
import { readParticipants } from '../src/mailbox/readParticipants';
import { installOutlookMock, uninstallOfficeMock } from './helpers/officeMock';

const ava = { emailAddress: 'ava.patel@contoso.example', displayName: 'Ava Patel', recipientType: 'user' };
const ben = { emailAddress: 'ben.okafor@contoso.example', displayName: 'Ben Okafor', recipientType: 'user' };
const lena = { emailAddress: 'Lena.Fischer@Fabrikam.example', displayName: 'Lena Fischer', recipientType: 'externalUser' };
const team = { emailAddress: 'eng-all@contoso.example', displayName: 'Engineering', recipientType: 'distributionList' };

describe('readParticipants', () => {
  afterEach(uninstallOfficeMock);

  it('readParticipants_ReadMessage_ListsFromThenToThenCcWithoutTheUser', () => {
    const outlook = installOutlookMock({ item: { from: ben, to: [ava, lena], cc: [team] } });
    const result = readParticipants(outlook.mailbox.item, ['ava.patel@contoso.example']);
    expect(result.participants.map((p) => [p.address, p.role])).toEqual([
      ['ben.okafor@contoso.example', 'from'],
      ['lena.fischer@fabrikam.example', 'to'],
      ['eng-all@contoso.example', 'cc'],
    ]);
  });

  it('readParticipants_UserAliasInAnyCase_IsFilteredOut', () => {
    const alias = { emailAddress: 'AVA@Contoso.Example', displayName: 'Ava', recipientType: 'user' };
    const outlook = installOutlookMock({ item: { from: alias, to: [ben], cc: [ava] } });
    const result = readParticipants(outlook.mailbox.item, ['ava.patel@contoso.example', 'ava@contoso.example']);
    expect(result.participants.map((p) => p.address)).toEqual(['ben.okafor@contoso.example']);
  });

  it('readParticipants_DistributionList_IsFlaggedAndExternalUserMarked', () => {
    const outlook = installOutlookMock({ item: { from: lena, to: [team], cc: [] } });
    const [external, list] = readParticipants(outlook.mailbox.item, []).participants;
    expect(list?.isDistributionList).toBe(true);
    expect(external?.isDistributionList).toBe(false);
    expect(external?.isExternal).toBe(true);
  });

  it('readParticipants_SamePersonInToAndCc_AppearsOnceWithFirstRole', () => {
    const outlook = installOutlookMock({ item: { from: ava, to: [ben], cc: [{ ...ben, emailAddress: 'BEN.OKAFOR@contoso.example' }] } });
    const result = readParticipants(outlook.mailbox.item, ['ava.patel@contoso.example']);
    expect(result.participants).toHaveLength(1);
    expect(result.participants[0]?.role).toBe('to');
  });

  it('readParticipants_X500AndEmptyAddresses_AreSkippedAndCounted', () => {
    const x500 = { emailAddress: '/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=ben', displayName: 'Ben', recipientType: 'user' };
    const empty = { emailAddress: '', displayName: 'Someone', recipientType: 'other' };
    const outlook = installOutlookMock({ item: { from: x500, to: [empty, ben], cc: [] } });
    const result = readParticipants(outlook.mailbox.item, []);
    expect(result.participants.map((p) => p.address)).toEqual(['ben.okafor@contoso.example']);
    expect(result.unaddressable).toBe(2);
  });

  it('readParticipants_NullItem_ReturnsNobody', () => {
    const outlook = installOutlookMock({ item: null });
    expect(readParticipants(outlook.mailbox.item, ['ava.patel@contoso.example'])).toEqual({ participants: [], unaddressable: 0 });
  });

  it('readParticipants_MissingDisplayName_FallsBackToAddress', () => {
    const outlook = installOutlookMock({ item: { from: { emailAddress: 'kai@contoso.example', displayName: '' }, to: [], cc: [] } });
    expect(readParticipants(outlook.mailbox.item, []).participants[0]?.displayName).toBe('kai@contoso.example');
  });

  it('readParticipants_ComposeModeRecipientsObjects_AreIgnored', () => {
    const composeItem = { itemType: 'message', from: { getAsync() {} }, to: { getAsync() {} }, cc: { getAsync() {} } };
    expect(readParticipants(composeItem, []).participants).toEqual([]);
  });

  it('readParticipants_Appointment_ListsOrganizerAndAttendees', () => {
    const item = { itemType: 'appointment', organizer: ben, requiredAttendees: [ava, lena], optionalAttendees: [team] };
    const result = readParticipants(item, ['ava.patel@contoso.example']);
    expect(result.participants.map((p) => [p.address, p.role])).toEqual([
      ['ben.okafor@contoso.example', 'organizer'],
      ['lena.fischer@fabrikam.example', 'attendee'],
      ['eng-all@contoso.example', 'attendee'],
    ]);
  });
});
