using System.Collections.Concurrent;

namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>Process-local <see cref="IConsentAuditLog"/> for tests and the single-process default.</summary>
public sealed class InMemoryConsentAuditLog : IConsentAuditLog
{
    private readonly ConcurrentQueue<ConsentAuditEntry> _entries = new();

    /// <summary>The entries in the order they were appended.</summary>
    public IReadOnlyList<ConsentAuditEntry> Entries => [.. _entries];

    public Task AppendAsync(ConsentAuditEntry entry, CancellationToken ct)
    {
        _entries.Enqueue(entry);
        return Task.CompletedTask;
    }
}
