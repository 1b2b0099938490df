using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;

namespace OutlookNetworking.Core.Tests.Properties;

/// <summary>Invariants that hold for every mailbox, checked over many seeded random timelines.</summary>
public sealed class EnginePropertyTests
{
    private const int Timelines = 150;
    private static readonly RelationshipEngine Engine = new(new EngineOptions());

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var batch = 0; batch < 5; batch++)
        {
            data.Add(batch);
        }

        return data;
    }

    /// <summary>Runs <paramref name="check"/> on <see cref="Timelines"/>/5 timelines per batch.</summary>
    private static void ForEachTimeline(int batch, Action<int, Timeline> check)
    {
        for (var seed = batch * (Timelines / 5); seed < (batch + 1) * (Timelines / 5); seed++)
        {
            check(seed, RandomMailbox.Create(seed));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analyze_AddingAnInteraction_NeverLowersLastContactNorRemovesATie(int batch)
        => ForEachTimeline(batch, (seed, timeline) =>
        {
            var before = timeline.Analyze().Relationships.ToDictionary(r => r.ContactAddress);
            var random = new Random(seed + 10_000);
            for (var i = 0; i < 3; i++)
            {
                if (random.Next(2) == 0)
                {
                    RandomMailbox.AddMessage(timeline, random);
                }
                else
                {
                    RandomMailbox.AddMeeting(timeline, random);
                }
            }

            var after = timeline.Analyze().Relationships.ToDictionary(r => r.ContactAddress);
            foreach (var (address, tie) in before)
            {
                Assert.True(after.TryGetValue(address, out var later), $"seed {seed}: lost {address}");
                Assert.True(later.LastContact >= tie.LastContact, $"seed {seed}: {address} last contact went back");
                Assert.True(later.FirstContact <= tie.FirstContact, $"seed {seed}: {address} first contact went forward");
                Assert.True(later.ContactDays >= tie.ContactDays, $"seed {seed}: {address} lost contact days");
            }
        });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analyze_MutedContact_NeverAppearsInSuggestions(int batch)
        => ForEachTimeline(batch, (seed, timeline) =>
        {
            var random = new Random(seed);
            var muted = RandomMailbox.People.Where(_ => random.Next(2) == 0).ToList();
            var goals = RandomMailbox.People.ToDictionary(p => p, _ => new ContactGoal("tag", 7));
            var feedback = new UserFeedback(new Dictionary<string, SuggestionFeedback>(),
                muted.Select(m => m.ToUpperInvariant()).ToList(), goals);

            var result = timeline.Analyze(feedback: feedback);

            Assert.DoesNotContain(result.Suggestions, s => muted.Contains(s.Suggestion.ContactAddress));
        });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analyze_DailyList_HasEachContactOnceAndAtMostTheListSize(int batch)
        => ForEachTimeline(batch, (seed, timeline) =>
        {
            var goals = RandomMailbox.People.ToDictionary(p => p, _ => new ContactGoal("tag", 5));
            var result = timeline.Analyze(feedback: UserFeedback.None with { Goals = goals });

            var today = result.Suggestions.Where(s => s.Today).Select(s => s.Suggestion.ContactAddress).ToList();
            Assert.Equal(today.Count, today.Distinct().Count());
            Assert.InRange(today.Count, 0, new EngineOptions().DailyListSize);
            Assert.Equal(result.Suggestions.Count, result.Suggestions.Select(s => s.Suggestion.Key).Distinct().Count());
            Assert.Equal(Enumerable.Range(1, result.Suggestions.Count), result.Suggestions.Select(s => s.Rank));
        });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analyze_Noise_NeverBecomesAContactOrASuggestion(int batch)
        => ForEachTimeline(batch, (seed, timeline) =>
        {
            var result = timeline.Analyze();
            var noise = RandomMailbox.Noise.Select(n => n.ToLowerInvariant()).ToHashSet();

            Assert.DoesNotContain(result.Relationships, r => noise.Contains(r.ContactAddress));
            Assert.DoesNotContain(result.Suggestions, s => noise.Contains(s.Suggestion.ContactAddress));
        });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analyze_AnyTimeline_KeepsFiguresInTheirRanges(int batch)
        => ForEachTimeline(batch, (seed, timeline) =>
        {
            var result = timeline.Analyze();
            foreach (var tie in result.Relationships)
            {
                Assert.InRange(tie.Strength, 0, 1);
                Assert.InRange(tie.PeakStrength, tie.Strength, 1);
                Assert.InRange(tie.Reciprocity, 0, 1);
                Assert.True(tie.FirstContact <= tie.LastContact && tie.LastContact <= Timeline.Now, $"seed {seed}");
                Assert.Equal(12, tie.MonthlyContactDays.Count);
                Assert.InRange(tie.MonthlyContactDays.Sum(), 0, tie.ContactDays);
                Assert.True((tie.Sent > 0 && tie.Received > 0) || tie.Meetings > 0, $"seed {seed}: one-way tie {tie.ContactAddress}");
                Assert.True(tie.MedianGapDays is null or >= 1);
            }

            Assert.All(result.Suggestions, s => Assert.InRange(s.Suggestion.Score, 0, 1));
            Assert.All(result.Suggestions, s => Assert.True(SuggestionKeys.IsWellFormed(s.Suggestion.Key)));
            Assert.All(result.Noise.Counts.Values, c => Assert.True(c > 0));
        });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analyze_InputInAnotherOrder_GivesTheSameResult(int batch)
        => ForEachTimeline(batch, (seed, timeline) =>
        {
            var input = timeline.Build();
            var random = new Random(seed);
            var shuffled = input with
            {
                Messages = input.Messages.OrderBy(_ => random.Next()).ToList(),
                Meetings = input.Meetings.Reverse().ToList(),
            };

            var a = Engine.Analyze(input, UserFeedback.None, Timeline.Now);
            var b = Engine.Analyze(shuffled, UserFeedback.None, Timeline.Now);

            Assert.Equal(Describe(a), Describe(b));
        });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analyze_SameInputTwice_GivesTheSameKeysAndOrder(int batch)
        => ForEachTimeline(batch, (seed, timeline) =>
        {
            var input = timeline.Build();
            var first = Engine.Analyze(input, UserFeedback.None, Timeline.Now).Suggestions.Select(s => s.Suggestion.Key);
            var second = Engine.Analyze(input, UserFeedback.None, Timeline.Now).Suggestions.Select(s => s.Suggestion.Key);

            Assert.Equal(first, second);
        });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Rank_DismissingEveryTodaySuggestion_NeverShowsThemAgain(int batch)
        => ForEachTimeline(batch, (seed, timeline) =>
        {
            var first = timeline.Analyze();
            var dismissed = first.Suggestions.Where(s => s.Today)
                .ToDictionary(s => s.Suggestion.Key, _ => new SuggestionFeedback(FeedbackAction.Dismissed, Timeline.Now));

            var second = timeline.Analyze(feedback: UserFeedback.None with { BySuggestionKey = dismissed });

            Assert.DoesNotContain(second.Suggestions, s => dismissed.ContainsKey(s.Suggestion.Key));
        });

    private static string Describe(AnalysisResult result)
        => string.Join("\n", result.Relationships.Select(r =>
                $"{r.ContactAddress} {r.FirstContact:O} {r.LastContact:O} {r.ContactDays} {r.Sent} {r.Received} {r.Meetings} {r.Strength:R} {r.MedianGapDays}"))
            + "\n" + string.Join("\n", result.Suggestions.Select(s => $"{s.Rank} {s.Suggestion.Key} {s.Suggestion.Score:R}"))
            + "\n" + string.Join(",", result.Noise.Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
}
