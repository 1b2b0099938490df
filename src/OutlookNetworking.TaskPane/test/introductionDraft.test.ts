import { describe, expect, it } from 'vitest';
import { companyOf, introductionDraft } from '../src/format/introductionDraft';

describe('introductionDraft', () => {
  it('companyOf_CompanyDomain_NamesTheCompany', () => {
    expect(companyOf('dana.kim@fabrikam.example')).toBe('Fabrikam');
    expect(companyOf('dana.kim@mail.northwind.co.uk')).toBe('Northwind');
  });

  it('companyOf_MailProviderOrNoDomain_IsNull', () => {
    expect(companyOf('dana.kim@gmail.com')).toBeNull();
    expect(companyOf('dana@outlook.co.uk')).toBeNull();
    expect(companyOf('dana')).toBeNull();
  });

  it('introductionDraft_NamesColleagueTargetAndCompany', () => {
    const draft = introductionDraft({ colleagueName: 'Carla Diaz', targetName: 'Dana Kim', targetAddress: 'dana.kim@fabrikam.example', senderName: 'Ava Patel' });
    expect(draft.subject).toBe('Introduction to Dana Kim');
    expect(draft.text.split('\n')[0]).toBe('Hi Carla,');
    expect(draft.text).toContain('Could you introduce me to Dana Kim at Fabrikam?');
    expect(draft.text.endsWith('Thanks,\nAva')).toBe(true);
  });

  it('introductionDraft_ConsumerAddressAndNoName_UsesTheAddressWithoutACompany', () => {
    const draft = introductionDraft({ colleagueName: 'Carla Diaz', targetName: 'dana@gmail.com', targetAddress: 'dana@gmail.com', senderName: null });
    expect(draft.text).toContain('Could you introduce me to dana@gmail.com?');
    expect(draft.text.endsWith('Thanks,')).toBe(true);
  });
});
