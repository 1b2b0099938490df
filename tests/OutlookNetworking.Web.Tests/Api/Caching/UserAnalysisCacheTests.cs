using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Web.Features.Suggestions;

namespace OutlookNetworking.Web.Tests.Api.Caching;

public abstract class UserAnalysisCacheTests(StorageProvider provider) : ReadCacheTestBase(provider)
{
    private const string Lena = "lena@fabrikam.example";
    private const string Omar = "omar@fabrikam.example";
    private const string Stranger = "nobody@elsewhere.example";

    private UserAnalysisCache Cache => Get<UserAnalysisCache>();

    private static readonly DateTimeOffset Night = new(2025, 6, 30, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Get_NewAnalysisStoredElsewhere_ServedOnceTheCheckIntervalPassed()
    {
        await SaveAnalysisAsync(Ava, Night, "s_old", (Lena, 0.4));
        Assert.Equal("s_old", Assert.Single((await Cache.GetAsync(Ava, CancellationToken.None)).Open).Key);

        await SaveAnalysisAsync(Ava, Night.AddMinutes(1), "s_new", (Lena, 0.6));
        var beforeCheck = await Cache.GetAsync(Ava, CancellationToken.None);
        Time.Advance(UserAnalysisCache.CheckInterval);
        var afterCheck = await Cache.GetAsync(Ava, CancellationToken.None);

        Assert.Equal("s_old", Assert.Single(beforeCheck.Open).Key);
        Assert.Equal("s_new", Assert.Single(afterCheck.Open).Key);
        Assert.Equal(Night.AddMinutes(1), afterCheck.AnalysedAt);
    }

    [Fact]
    public async Task Get_AfterForget_NewAnalysisServedAtOnce()
    {
        await SaveAnalysisAsync(Ava, Night, "s_old", (Lena, 0.4));
        await Cache.GetAsync(Ava, CancellationToken.None);
        await SaveAnalysisAsync(Ava, Night.AddMinutes(1), "s_new", (Lena, 0.6));

        Cache.Forget(Ava);

        Assert.Equal("s_new", Assert.Single((await Cache.GetAsync(Ava, CancellationToken.None)).Open).Key);
    }

    [Fact]
    public async Task Get_UnchangedAnalysisAtTheCheck_KeepsTheSameSnapshot()
    {
        await SaveAnalysisAsync(Ava, Night, "s_1", (Lena, 0.4));
        var first = await Cache.GetAsync(Ava, CancellationToken.None);

        Time.Advance(UserAnalysisCache.CheckInterval);
        var checkedAgain = await Cache.GetAsync(Ava, CancellationToken.None);

        Assert.Same(first, checkedAgain);
    }

    [Fact]
    public async Task Get_UserErasedElsewhere_NothingServedOnceTheCheckIntervalPassed()
    {
        await SaveAnalysisAsync(Ava, Night, "s_1", (Lena, 0.4));
        var snapshot = await Cache.GetAsync(Ava, CancellationToken.None);
        await Cache.GetRelationshipsAsync(Ava, snapshot, [Lena], CancellationToken.None);

        await Get<UserDataStore>().EraseAndOptOutAsync(Ava, CancellationToken.None);
        Time.Advance(UserAnalysisCache.CheckInterval);
        var after = await Cache.GetAsync(Ava, CancellationToken.None);

        Assert.Null(after.AnalysedAt);
        Assert.Empty(after.Open);
        Assert.Empty(await Cache.GetRelationshipsAsync(Ava, after, [Lena], CancellationToken.None));
    }

    [Fact]
    public async Task GetRelationships_KnownAndUnknownAddresses_OnlyKnownReturned()
    {
        await SaveAnalysisAsync(Ava, Night, "s_1", (Lena, 0.4), (Omar, 0.7));
        var snapshot = await Cache.GetAsync(Ava, CancellationToken.None);

        var found = await Cache.GetRelationshipsAsync(Ava, snapshot, [Omar, Stranger], CancellationToken.None);

        Assert.Equal([Omar], found.Keys);
        Assert.Equal(0.7, found[Omar].Strength);
    }

    [Fact]
    public async Task GetRelationships_AskedBefore_AnsweredFromTheSnapshotOfTheSameAnalysis()
    {
        await SaveAnalysisAsync(Ava, Night, "s_1", (Lena, 0.4));
        var snapshot = await Cache.GetAsync(Ava, CancellationToken.None);
        await Cache.GetRelationshipsAsync(Ava, snapshot, [Lena, Stranger], CancellationToken.None);

        // Stored again without anyone telling this cache: the snapshot still answers for the addresses it looked up.
        await SaveAnalysisAsync(Ava, Night.AddMinutes(1), "s_2", (Lena, 0.9), (Stranger, 0.2));
        var again = await Cache.GetRelationshipsAsync(Ava, snapshot, [Lena, Stranger], CancellationToken.None);

        Assert.Equal(0.4, again[Lena].Strength);
        Assert.False(again.ContainsKey(Stranger));
    }

    [Fact]
    public async Task GetRelationships_TwoUsersKnowTheSameContact_EachSeesOnlyTheirOwn()
    {
        await SaveAnalysisAsync(Ava, Night, "s_ava", (Lena, 0.4));
        await SaveAnalysisAsync(Ben, Night, "s_ben", (Lena, 0.8), (Omar, 0.5));

        var ava = await Cache.GetAsync(Ava, CancellationToken.None);
        var ben = await Cache.GetAsync(Ben, CancellationToken.None);
        var avaLena = await Cache.GetRelationshipsAsync(Ava, ava, [Lena, Omar], CancellationToken.None);
        var benLena = await Cache.GetRelationshipsAsync(Ben, ben, [Lena, Omar], CancellationToken.None);

        Assert.Equal(0.4, avaLena[Lena].Strength);
        Assert.False(avaLena.ContainsKey(Omar));
        Assert.Equal(0.8, benLena[Lena].Strength);
        Assert.Equal("s_ava", Assert.Single(ava.Open).Key);
        Assert.Equal("s_ben", Assert.Single(ben.Open).Key);
    }
}

public sealed class UserAnalysisCacheSqliteTests() : UserAnalysisCacheTests(StorageProvider.Sqlite);

public sealed class UserAnalysisCachePostgresTests() : UserAnalysisCacheTests(StorageProvider.PostgreSql);
