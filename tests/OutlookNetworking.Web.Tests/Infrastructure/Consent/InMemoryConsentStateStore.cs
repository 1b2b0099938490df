using System.Collections.Concurrent;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Tests.Infrastructure.Consent;

/// <summary>Process-local <see cref="IConsentStateStore"/>; expired entries are pruned as new ones arrive.</summary>
public sealed class InMemoryConsentStateStore(TimeProvider timeProvider) : IConsentStateStore
{
    private readonly ConcurrentDictionary<string, PendingConsentState> _states = new(StringComparer.Ordinal);

    public Task AddAsync(string state, PendingConsentState pending, CancellationToken ct)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (key, value) in _states)
        {
            if (value.ExpiresAt <= now)
            {
                _states.TryRemove(key, out _);
            }
        }

        if (!_states.TryAdd(state, pending))
        {
            throw new InvalidOperationException("A consent state value was generated twice.");
        }

        return Task.CompletedTask;
    }

    public Task<PendingConsentState?> TakeAsync(string state, CancellationToken ct) =>
        Task.FromResult(_states.TryRemove(state, out var pending) ? pending : null);
}
