using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Tests.Kept;

/// <summary>
/// Over random mailbox histories with random insertions, deletions and edits stored night by night (as delta pages
/// would store them), every night on the kept state equals the from-scratch analysis of what the store holds, in what it
/// returns and in the rows it leaves (relationships, suggestions, health, noise: counts and dates equal, figures within
/// 1e-9), on SQLite and PostgreSQL. The long form runs ten times as many histories:
/// <c>OUTLOOKNETWORKING_LONG_PROPERTY=1 dotnet test tests/OutlookNetworking.Data.Tests --filter KeptNightProperty</c>.
/// </summary>
public abstract class KeptNightPropertyTests(StorageProvider provider) : StoreTestBase(provider)
{
    private const int Nights = 14;

    private static int Histories => Environment.GetEnvironmentVariable("OUTLOOKNETWORKING_LONG_PROPERTY") == "1" ? 40 : 4;

    public static TheoryData<int> Batch() => [0, 1];

    [Theory]
    [MemberData(nameof(Batch))]
    public async Task Nights_RandomHistories_EqualTheFromScratchResultEveryNight(int batch)
    {
        var (folded, nights) = (0, 0);
        for (var seed = 5000 + (batch * 1000); seed < 5000 + (batch * 1000) + Histories; seed++)
        {
            var key = new MailboxKey(Ava.TenantId, Guid.NewGuid());
            await AddMailboxAsync(key);
            var metadata = Get<MailboxMetadataStore>();
            var stored = new StoredMailbox(metadata, Get<KeptNight>(), Get<AnalysisStore>(), key);
            var mailbox = new EvolvingMailbox(seed, messages: 120, meetings: 25);
            for (var night = 0; night < Nights; night++)
            {
                if (night > 0)
                {
                    mailbox.NextNight(maxChanges: 8);
                }

                var input = mailbox.Input;
                await stored.StoreAsync(input);
                var (messages, meetings) = await metadata.LoadAsync(key, CancellationToken.None);
                var held = new MailboxInput(input.Owner, messages, meetings, input.Directory);
                var (outcome, scratch) = await stored.NightAsync(held, mailbox.Now, mailbox.Feedback);
                var where = $"seed {seed}, night {night} ({outcome.FromScratchBecause ?? "folded"})";
                ResultAssert.Same(scratch, outcome.Result, where);
                await stored.AssertStoredAsync(scratch, where);
                folded += outcome.FromScratchBecause is null ? 1 : 0;
                nights++;
            }
        }

        // The point is the fold: most nights must have taken it (the rest are first nights or met a directory change).
        Assert.True(folded >= nights * 0.6, $"only {folded} of {nights} nights folded");
    }
}

public sealed class KeptNightPropertySqliteTests() : KeptNightPropertyTests(StorageProvider.Sqlite);

public sealed class KeptNightPropertyPostgresTests() : KeptNightPropertyTests(StorageProvider.PostgreSql);
