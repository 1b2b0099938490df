import { describe, expect, it, vi } from 'vitest';
import { ApiClient, MaxPeoplePerRequest } from '../src/api/ApiClient';
import { ApiError } from '../src/api/ApiError';
import type { TokenProvider } from '../src/api/TokenProvider';

function tokens(values: string[] = ['t1', 't2']): TokenProvider & { calls: boolean[] } {
  const calls: boolean[] = [];
  let i = 0;
  return {
    calls,
    getAccessToken: async (force = false) => {
      calls.push(force);
      return values[Math.min(i++, values.length - 1)] ?? 'none';
    },
  };
}

const jsonResponse = (status: number, body: unknown, type = 'application/json') =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('ApiClient', () => {
  it('getPeople_Addresses_SendsBearerAndCommaSeparatedQuery', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, { people: [] }));
    const api = new ApiClient(tokens(), fetch);
    await api.getPeople(['ben.okafor@contoso.example', 'lena@fabrikam.example']);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/people?emails=ben.okafor%40contoso.example%2Clena%40fabrikam.example');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer t1');
  });

  it('getPeople_MoreThanFiftyAddresses_RejectsWithoutCalling', async () => {
    const fetch = vi.fn();
    const api = new ApiClient(tokens(), fetch);
    const many = Array.from({ length: MaxPeoplePerRequest + 1 }, (_, i) => `p${i}@x.example`);
    await expect(api.getPeople(many)).rejects.toBeInstanceOf(RangeError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('send_Unauthorized_RetriesOnceWithFreshToken', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(jsonResponse(401, { title: 'Unauthorized', status: 401 })).mockResolvedValueOnce(jsonResponse(200, { date: '2025-06-30', suggestions: [] }));
    const provider = tokens();
    const api = new ApiClient(provider, fetch);
    const list = await api.getSuggestions();
    expect(list.date).toBe('2025-06-30');
    expect(provider.calls).toEqual([false, true]);
    const second = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect((second[1].headers as Record<string, string>).Authorization).toBe('Bearer t2');
  });

  it('send_ProblemWithConsentCode_IsNotConsented', async () => {
    const fetch = vi.fn(async () => jsonResponse(403, { title: 'Forbidden', status: 403, code: 'tenant_not_consented' }, 'application/problem+json'));
    const error = await new ApiClient(tokens(), fetch).getMe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('notConsented');
    expect((error as ApiError).problem?.code).toBe('tenant_not_consented');
  });

  it('send_PlainForbidden_IsForbiddenNotConsent', async () => {
    const fetch = vi.fn(async () => jsonResponse(403, { title: 'Not allowed', status: 403, code: 'forbidden' }, 'application/problem+json'));
    const error = (await new ApiClient(tokens(), fetch).getMe().catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('forbidden');
  });

  it('send_NotFoundProblem_IsNotFoundWithDetail', async () => {
    const fetch = vi.fn(async () => jsonResponse(404, { title: 'Not Found', status: 404, detail: 'No such suggestion.' }, 'application/problem+json'));
    const error = (await new ApiClient(tokens(), fetch).markDone('s_1').catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('notFound');
    expect(error.problem?.detail).toBe('No such suggestion.');
  });

  it('send_ServerErrorWithoutBody_IsServerKind', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 503 }));
    const error = (await new ApiClient(tokens(), fetch).getHealth().catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('server');
    expect(error.status).toBe(503);
  });

  it('send_NetworkFailure_IsOffline', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await new ApiClient(tokens(), fetch).getMe().catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('offline');
  });

  it('snooze_Date_PostsUntilAsJsonAndAccepts204', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    await expect(new ApiClient(tokens(), fetch).snooze('s_2f6c', '2025-07-07')).resolves.toBeUndefined();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/suggestions/s_2f6c/snooze');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"until":"2025-07-07"}');
  });

  it('setGoal_Address_IsPathEncodedAndPut', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    await new ApiClient(tokens(), fetch).setGoal('ben.okafor@contoso.example', { tag: 'mentor', cadenceDays: 30 });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/contacts/ben.okafor%40contoso.example/goal');
    expect(init.method).toBe('PUT');
    expect(JSON.parse(init.body as string)).toEqual({ tag: 'mentor', cadenceDays: 30 });
  });

  it('getConfig_Anonymous_SendsNoAuthorization', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, { clientId: 'c', apiScope: 's', authority: 'a', demo: true }));
    await new ApiClient(null, fetch).getConfig();
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('getSuggestions_TopOutOfRange_IsClampedToContract', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, { date: 'd', suggestions: [] }));
    const api = new ApiClient(tokens(), fetch);
    await api.getSuggestions(500);
    await api.getSuggestions(0);
    expect(fetch.mock.calls.map((c) => (c as unknown as [string])[0])).toEqual(['/api/suggestions?top=50', '/api/suggestions?top=1']);
  });
});
