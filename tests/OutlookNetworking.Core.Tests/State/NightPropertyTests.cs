using OutlookNetworking.Core.Tests.Support;

namespace OutlookNetworking.Core.Tests.State;

/// <summary>
/// Over random mailbox histories with random insertions, deletions and edits applied night by night, every night's
/// result from the kept state equals the from-scratch result of the same mailbox at the same instant (relationships,
/// suggestions, noise, health: counts and dates equal, figures within 1e-9). The long form runs ten times as many
/// histories: <c>OUTLOOKNETWORKING_LONG_PROPERTY=1 dotnet test --filter NightPropertyTests</c>.
/// </summary>
public sealed class NightPropertyTests
{
    private const int Batches = 4;
    private const int Nights = 14;

    private static int HistoriesPerBatch => Environment.GetEnvironmentVariable("OUTLOOKNETWORKING_LONG_PROPERTY") == "1" ? 100 : 10;

    public static TheoryData<int> Batch() => [.. Enumerable.Range(0, Batches)];

    /// <summary>Histories that once failed (found by the long form of the stored property test), replayed here.</summary>
    [Theory]
    [InlineData(5018)] // a message dated ahead, to the owner's own address and another person (the own-address rule)
    public void Nights_HistoriesThatOnceFailed_EqualTheFromScratchResultEveryNight(int seed)
    {
        var mailbox = new EvolvingMailbox(seed, messages: 120, meetings: 25);
        var harness = new NightHarness();
        for (var night = 0; night < Nights; night++)
        {
            if (night > 0)
            {
                mailbox.NextNight(maxChanges: 8);
            }

            var (result, scratch) = harness.Run(mailbox.Input, mailbox.Now, mailbox.Feedback);
            ResultAssert.Same(scratch, result, $"seed {seed}, night {night} ({harness.FromScratchBecause ?? "folded"})");
        }
    }

    [Theory]
    [MemberData(nameof(Batch))]
    public void Nights_RandomHistories_EqualTheFromScratchResultEveryNight(int batch)
    {
        var folded = 0;
        var nights = 0;
        var listOnly = 0;
        for (var seed = batch * 1000; seed < (batch * 1000) + HistoriesPerBatch; seed++)
        {
            var mailbox = new EvolvingMailbox(seed, messages: 120, meetings: 25);
            var harness = new NightHarness();
            for (var night = 0; night < Nights; night++)
            {
                if (night > 0)
                {
                    mailbox.NextNight(maxChanges: 8);
                }

                var (result, scratch) = harness.Run(mailbox.Input, mailbox.Now, mailbox.Feedback);
                ResultAssert.Same(scratch, result, $"seed {seed}, night {night} ({harness.FromScratchBecause ?? "folded"})");
                listOnly += result.ListOnlyContacts.Count > 0 ? 1 : 0;
                folded += harness.FromScratchBecause is null ? 1 : 0;
                nights++;
            }
        }

        // The point is the fold: most nights must have taken it (the rest met a directory change or a new room).
        Assert.True(folded >= nights * 0.7, $"only {folded} of {nights} nights folded");

        // People met on list mail only are compared too: they must be there on many nights.
        Assert.True(listOnly >= nights / 3, $"only {listOnly} of {nights} nights had list-only contacts");
    }
}
