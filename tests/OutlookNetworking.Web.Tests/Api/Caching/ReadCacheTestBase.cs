using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.TestSupport;
using OutlookNetworking.Web.Features.Suggestions;

namespace OutlookNetworking.Web.Tests.Api.Caching;

/// <summary>The task pane's read caches as the host wires them, over a fresh database on a real provider.</summary>
public abstract class ReadCacheTestBase(StorageProvider provider) : IAsyncLifetime
{
    protected static readonly MailboxKey Ava = new(Guid.Parse("11111111-aaaa-4aaa-8aaa-111111111111"), Guid.Parse("a0a0a0a0-0000-4000-8000-00000000a0a0"));
    protected static readonly MailboxKey Ben = new(Ava.TenantId, Guid.Parse("b0b0b0b0-0000-4000-8000-00000000b0b0"));

    private TestDatabase? _database;
    private ServiceProvider? _services;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 30, 18, 0, 0, TimeSpan.Zero));

    protected T Get<T>() where T : notnull => (_services ?? throw new InvalidOperationException("Not initialised.")).GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddOutlookNetworkingStorage(_database.Options);
        services.AddTaskPaneReadCaches();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Stores an analysis of <paramref name="key"/> at <paramref name="at"/>: one relationship per contact
    /// (its strength given) and one open suggestion with the given id about the first contact.</summary>
    protected Task SaveAnalysisAsync(MailboxKey key, DateTimeOffset at, string suggestionId, params (string Contact, double Strength)[] contacts)
    {
        var relationships = contacts.Select(c => new Relationship(c.Contact, null, false, at.AddDays(-90), at.AddDays(-3), 9, 4, 5, 0,
            0.8, c.Strength, 7.0, [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 5])).ToList();
        var suggestion = new Suggestion(suggestionId, SuggestionKind.FadingTie, contacts[0].Contact, null, 0.7, "Gone quiet.",
            new SuggestionEvidence(AnchorAt: at.AddDays(-3), LastContact: at.AddDays(-3)));
        var result = new AnalysisResult(at, relationships, [new RankedSuggestion(suggestion, 1, true)],
            new NoiseSummary(new Dictionary<string, int>()),
            new NetworkHealth(new HealthFigure(1, 1), new HealthFigure(1, 1), new HealthFigure(1, 1), new HealthFigure(1, 1),
                new HealthFigure(0.1, 0.1), new HealthFigure(0.5, 0.5)));
        return Get<AnalysisStore>().SaveAsync(key, result, 10, 0, CancellationToken.None);
    }
}
