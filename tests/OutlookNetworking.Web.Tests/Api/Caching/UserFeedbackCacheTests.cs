using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Web.Features.Suggestions;

namespace OutlookNetworking.Web.Tests.Api.Caching;

public abstract class UserFeedbackCacheTests(StorageProvider provider) : ReadCacheTestBase(provider)
{
    private UserFeedbackCache Cache => Get<UserFeedbackCache>();

    [Fact]
    public async Task Load_AfterAWriteInThisProcess_SeesTheWriteAtOnce()
    {
        Assert.Empty((await Cache.LoadAsync(Ava, CancellationToken.None)).BySuggestionKey);

        await Get<FeedbackStore>().RecordAsync(Ava, "s_1", FeedbackAction.Done, null, CancellationToken.None);
        await Get<FeedbackStore>().SetMutedAsync(Ava, "jo@fabrikam.example", true, CancellationToken.None);
        var after = await Cache.LoadAsync(Ava, CancellationToken.None);

        Assert.Equal(FeedbackAction.Done, after.BySuggestionKey["s_1"].Action);
        Assert.Equal(["jo@fabrikam.example"], after.MutedContacts);
    }

    [Fact]
    public async Task Load_WriteByAnotherInstance_ReusedUntilForgotten()
    {
        await Cache.LoadAsync(Ava, CancellationToken.None);
        // Another instance's store: same database, none of this process's observers.
        var elsewhere = new FeedbackStore(Get<IAppDbContextFactory>(), Time);
        await elsewhere.RecordAsync(Ava, "s_1", FeedbackAction.Dismissed, null, CancellationToken.None);

        var cached = await Cache.LoadAsync(Ava, CancellationToken.None);
        Cache.Forget(Ava);
        var reread = await Cache.LoadAsync(Ava, CancellationToken.None);

        Assert.Empty(cached.BySuggestionKey);
        Assert.Equal(FeedbackAction.Dismissed, reread.BySuggestionKey["s_1"].Action);
    }

    [Fact]
    public async Task Load_AnotherUsersWrite_DoesNotChangeThisUsersFeedback()
    {
        await Get<FeedbackStore>().SetGoalAsync(Ben, "lena@fabrikam.example", "client", 14, CancellationToken.None);

        var ava = await Cache.LoadAsync(Ava, CancellationToken.None);
        var ben = await Cache.LoadAsync(Ben, CancellationToken.None);

        Assert.Empty(ava.Goals);
        Assert.Equal("client", ben.Goals["lena@fabrikam.example"].Tag);
    }
}

public sealed class UserFeedbackCacheSqliteTests() : UserFeedbackCacheTests(StorageProvider.Sqlite);

public sealed class UserFeedbackCachePostgresTests() : UserFeedbackCacheTests(StorageProvider.PostgreSql);
