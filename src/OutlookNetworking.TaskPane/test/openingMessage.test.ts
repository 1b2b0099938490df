import { describe, expect, it } from 'vitest';
import type { DemoMessage } from '../src/api/demoContract';
import { chooseOpeningMessage, hasHistory, openingCandidates } from '../src/demo/openingMessage';
import { ben, unknownPerson } from './helpers/fakes';

const ava = 'ava.patel@contoso.example';
const message = (id: string, from: string, to: string[] = [ava], cc: string[] = []): DemoMessage => ({
  id, subject: id, from: { name: null, address: from }, to: to.map((address) => ({ name: null, address })),
  cc: cc.map((address) => ({ name: null, address })), receivedDateTime: '2025-06-25T16:00:00Z', conversationId: null,
});

describe('chooseOpeningMessage', () => {
  it('chooseOpeningMessage_NewestFromANoreply_OpensOnTheNewestFromSomeoneWithHistory', () => {
    const messages = [message('m1', 'noreply@contoso.example'), message('m2', 'stranger@fabrikam.example'), message('m3', 'ben.okafor@contoso.example')];
    const people = [unknownPerson('noreply@contoso.example'), unknownPerson('stranger@fabrikam.example'), ben()];
    expect(chooseOpeningMessage(messages, people, ava)?.id).toBe('m3');
  });

  it('chooseOpeningMessage_NoSenderWithHistory_OpensOnAMessageToSomeoneWithHistory', () => {
    const messages = [message('m1', 'noreply@contoso.example'), message('m2', ava, ['ben.okafor@contoso.example'])];
    expect(chooseOpeningMessage(messages, [unknownPerson('noreply@contoso.example'), ben()], ava)?.id).toBe('m2');
  });

  it('chooseOpeningMessage_OnlyOneWayMailOrALists_IsNotHistoryAndTheNewestOpens', () => {
    const oneWay = ben({ address: 'news@contoso.example', sent: 0, received: 40 });
    const list = ben({ address: 'all@contoso.example', isDistributionList: true });
    const muted = ben({ address: 'muted@contoso.example', isMuted: true });
    const messages = [message('m1', 'news@contoso.example'), message('m2', 'all@contoso.example'), message('m3', 'muted@contoso.example')];
    expect([oneWay, list, muted].some(hasHistory)).toBe(false);
    expect(chooseOpeningMessage(messages, [oneWay, list, muted], ava)?.id).toBe('m1');
  });

  it('chooseOpeningMessage_TheUserIsNeverTheirOwnHistory', () => {
    const messages = [message('m1', 'noreply@contoso.example', [ava]), message('m2', ava, ['stranger@fabrikam.example'])];
    expect(chooseOpeningMessage(messages, [ben({ address: ava })], ava)?.id).toBe('m1');
  });

  it('chooseOpeningMessage_NoMessages_Null', () => {
    expect(chooseOpeningMessage([], [ben()], ava)).toBeNull();
  });
});

describe('openingCandidates', () => {
  it('openingCandidates_SendersFirstWithoutTheUserAtMostFifty', () => {
    const many = Array.from({ length: 60 }, (_, i) => message(`m${i}`, `person${i}@contoso.example`, [ava, `cc${i}@contoso.example`]));
    const addresses = openingCandidates(many, 'Ava.Patel@contoso.example');
    expect(addresses).toHaveLength(50);
    expect(addresses[0]).toBe('person0@contoso.example');
    expect(addresses).not.toContain(ava);
    expect(addresses.every((a) => a.startsWith('person'))).toBe(true);
  });
});
