using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Tests.Feedback;

public abstract class FeedbackObserverTests(StorageProvider provider) : StoreTestBase(provider)
{
    /// <summary>Records each notification.</summary>
    private sealed class RecordingObserver : IFeedbackObserver
    {
        public List<MailboxKey> Seen { get; } = [];

        public void FeedbackChanged(MailboxKey mailbox) => Seen.Add(mailbox);
    }

    private (FeedbackStore Store, RecordingObserver Observer) StoreWithObserver()
    {
        var observer = new RecordingObserver();
        return (new FeedbackStore(Get<IAppDbContextFactory>(), Time, [observer]), observer);
    }

    [Fact]
    public async Task EveryWrite_TellsObserversOnceWithTheWritersMailbox()
    {
        var (store, observer) = StoreWithObserver();

        await store.RecordAsync(Ava, "s_1", FeedbackAction.Done, null, CancellationToken.None);
        await store.SetMutedAsync(Ava, "x@fabrikam.example", true, CancellationToken.None);
        await store.SetGoalAsync(Ben, "y@fabrikam.example", "client", 14, CancellationToken.None);
        await store.ClearGoalAsync(Ben, "y@fabrikam.example", CancellationToken.None);

        Assert.Equal([Ava, Ava, Ben, Ben], observer.Seen);
    }

    [Fact]
    public async Task Record_ObserverTold_AfterTheWriteIsReadable()
    {
        UserFeedback? readWhenTold = null;
        var reading = new ReadingObserver(Get<FeedbackStore>(), f => readWhenTold = f);
        var storeWithReader = new FeedbackStore(Get<IAppDbContextFactory>(), Time, [reading]);

        await storeWithReader.RecordAsync(Ava, "s_1", FeedbackAction.Dismissed, null, CancellationToken.None);

        Assert.NotNull(readWhenTold);
        Assert.Equal(FeedbackAction.Dismissed, readWhenTold.BySuggestionKey["s_1"].Action);
    }

    [Fact]
    public async Task Reads_TellNoObserver()
    {
        var (store, observer) = StoreWithObserver();

        await store.LoadAsync(Ava, CancellationToken.None);

        Assert.Empty(observer.Seen);
    }

    /// <summary>Reads the mailbox's feedback back (synchronously) when told, as a cache reloading at once would.</summary>
    private sealed class ReadingObserver(FeedbackStore reader, Action<UserFeedback> seen) : IFeedbackObserver
    {
        public void FeedbackChanged(MailboxKey mailbox) => seen(reader.LoadAsync(mailbox, CancellationToken.None).GetAwaiter().GetResult());
    }
}

public sealed class FeedbackObserverSqliteTests() : FeedbackObserverTests(StorageProvider.Sqlite);

public sealed class FeedbackObserverPostgresTests() : FeedbackObserverTests(StorageProvider.PostgreSql);
