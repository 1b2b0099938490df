using System.Collections.Concurrent;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Tests.Infrastructure.Consent;

/// <summary>Process-local <see cref="IConsentAuditLog"/> for tests.</summary>
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
