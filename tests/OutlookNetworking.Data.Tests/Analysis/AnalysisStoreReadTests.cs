using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Tests.Analysis;

public abstract class AnalysisStoreReadTests(StorageProvider provider) : StoreTestBase(provider)
{
    private static AnalysisResult Result(DateTimeOffset now, params string[] contacts) => new(
        now,
        contacts.Select(c => new Relationship(c, null, false, now.AddDays(-30), now.AddDays(-1), 3, 1, 2, 0, 0.5, 0.4, 5.0,
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2])).ToList(),
        [],
        new NoiseSummary(new Dictionary<string, int>()),
        new NetworkHealth(new HealthFigure(1, 1), new HealthFigure(1, 1), new HealthFigure(1, 1), new HealthFigure(1, 1),
            new HealthFigure(0.1, 0.1), new HealthFigure(0.5, 0.5)));

    [Fact]
    public async Task GetAnalysedAt_NoAnalysis_Null()
    {
        Assert.Null(await Get<AnalysisStore>().GetAnalysedAtAsync(Ava, CancellationToken.None));
    }

    [Fact]
    public async Task GetAnalysedAt_AfterTwoAnalyses_TimeOfTheLastOne()
    {
        var store = Get<AnalysisStore>();
        var first = new DateTimeOffset(2025, 6, 29, 2, 0, 0, TimeSpan.Zero);
        var second = new DateTimeOffset(2025, 6, 30, 2, 0, 0, TimeSpan.Zero);
        await store.SaveAsync(Ava, Result(first, "a@x.example"), 1, 0, CancellationToken.None);
        await store.SaveAsync(Ava, Result(second, "b@x.example"), 1, 0, CancellationToken.None);

        Assert.Equal(second, await store.GetAnalysedAtAsync(Ava, CancellationToken.None));
    }

    [Fact]
    public async Task GetAnalysedAt_AnotherUsersAnalysis_NotSeen()
    {
        var store = Get<AnalysisStore>();
        await store.SaveAsync(Ben, Result(Time.GetUtcNow(), "a@x.example"), 1, 0, CancellationToken.None);
        await store.SaveAsync(OtherTenantUser, Result(Time.GetUtcNow(), "a@x.example"), 1, 0, CancellationToken.None);

        Assert.Null(await store.GetAnalysedAtAsync(Ava, CancellationToken.None));
    }
}

public sealed class AnalysisStoreReadSqliteTests() : AnalysisStoreReadTests(StorageProvider.Sqlite);

public sealed class AnalysisStoreReadPostgresTests() : AnalysisStoreReadTests(StorageProvider.PostgreSql);
