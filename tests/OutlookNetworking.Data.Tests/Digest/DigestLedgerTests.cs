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
}

public sealed class DigestLedgerSqliteTests() : DigestLedgerTests(StorageProvider.Sqlite);

public sealed class DigestLedgerPostgresTests() : DigestLedgerTests(StorageProvider.PostgreSql);
