using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Tests.Digest;

public abstract class DigestLedgerTests(StorageProvider provider) : StoreTestBase(provider)
{
    private static readonly DateOnly Day = new(2025, 7, 1);

    private DigestLedger Ledger => Get<DigestLedger>();

    [Fact]
    public async Task TryReserve_SecondCallSameDay_False()
    {
        Assert.True(await Ledger.TryReserveAsync(Ava, Day, CancellationToken.None));
        Assert.False(await Ledger.TryReserveAsync(Ava, Day, CancellationToken.None));
        Assert.True(await Ledger.TryReserveAsync(Ava, Day.AddDays(1), CancellationToken.None));
        Assert.True(await Ledger.TryReserveAsync(Ben, Day, CancellationToken.None));
    }

    [Fact]
    public async Task TryReserve_AfterSent_False()
    {
        Assert.True(await Ledger.TryReserveAsync(Ava, Day, CancellationToken.None));
        await Ledger.MarkSentAsync(Ava, Day, 3, CancellationToken.None);

        Assert.False(await Ledger.TryReserveAsync(Ava, Day, CancellationToken.None));
        var row = await Ledger.FindAsync(Ava, Day, CancellationToken.None);
        Assert.Equal(DigestDispatchStatus.Sent, row!.Status);
        Assert.Equal(3, row.SuggestionCount);
    }

    [Fact]
    public async Task TryReserve_AfterFailedSend_ExactlyOneRetryWins()
    {
        Assert.True(await Ledger.TryReserveAsync(Ava, Day, CancellationToken.None));
        await Ledger.MarkFailedAsync(Ava, Day, "503 from Graph", CancellationToken.None);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Ledger.TryReserveAsync(Ava, Day, CancellationToken.None)));

        Assert.Equal(1, attempts.Count(won => won));
    }

    [Fact]
    public async Task TryReserve_Concurrent_ExactlyOneWins()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Ledger.TryReserveAsync(Ava, Day, CancellationToken.None))));

        Assert.Equal(1, attempts.Count(won => won));
    }

    [Fact]
    public async Task TryReclaim_LostSendReadByFourServers_ExactlyOneTakesItOver()
    {
        Assert.True(await Ledger.TryReserveAsync(Ava, Day, CancellationToken.None));
        var lost = (await Ledger.FindAsync(Ava, Day, CancellationToken.None))!.ReservedAt;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Ledger.TryReclaimAsync(Ava, Day, lost, CancellationToken.None))));
        var again = await Ledger.TryReclaimAsync(Ava, Day, lost, CancellationToken.None);

        Assert.Equal(1, attempts.Count(won => won));
        Assert.False(again);
        var row = await Ledger.FindAsync(Ava, Day, CancellationToken.None);
        Assert.Equal(DigestDispatchStatus.Reserved, row!.Status);
        Assert.NotEqual(lost, row.ReservedAt);
    }

    [Fact]
    public async Task TryReclaim_RowSentMeanwhile_False()
    {
        Assert.True(await Ledger.TryReserveAsync(Ava, Day, CancellationToken.None));
        var lost = (await Ledger.FindAsync(Ava, Day, CancellationToken.None))!.ReservedAt;
        await Ledger.MarkSentAsync(Ava, Day, 2, CancellationToken.None);

        Assert.False(await Ledger.TryReclaimAsync(Ava, Day, lost, CancellationToken.None));
        Assert.Equal(DigestDispatchStatus.Sent, (await Ledger.FindAsync(Ava, Day, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task ListRecorded_ReservationOlderThanTheGrace_LeftOutToBeResolved()
    {
        Assert.True(await Ledger.TryReserveAsync(Ava, Day, CancellationToken.None)); // lost, long ago
        Time.Advance(TimeSpan.FromMinutes(30));
        Assert.True(await Ledger.TryReserveAsync(Ben, Day, CancellationToken.None)); // in flight now
        Assert.True(await Ledger.TryReserveAsync(Ava, Day.AddDays(1), CancellationToken.None));
        await Ledger.MarkSentAsync(Ava, Day.AddDays(1), 1, CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(5));

        var recorded = await Ledger.ListRecordedAsync(Ava.TenantId, ["2025-07-01", "2025-07-02"],
            Time.GetUtcNow() - TimeSpan.FromMinutes(10), CancellationToken.None);

        Assert.Equal(
            new[] { (Ava.UserId, "2025-07-02"), (Ben.UserId, "2025-07-01") }.Order(),
            recorded.Order());
    }
}

public sealed class DigestLedgerSqliteTests() : DigestLedgerTests(StorageProvider.Sqlite);

public sealed class DigestLedgerPostgresTests() : DigestLedgerTests(StorageProvider.PostgreSql);
