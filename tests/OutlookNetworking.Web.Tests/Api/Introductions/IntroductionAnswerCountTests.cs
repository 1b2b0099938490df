using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Introductions;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api.Introductions;

/// <summary>
/// The audit of introductions: each answer is counted per asker in memory (<see cref="IntroductionAnswerTally"/>) and
/// written to <c>introduction_answer_counts</c> every <see cref="IntroductionAnswerFlusher.Period"/> of its clock
/// and when the host stops; the table then holds exactly the answers given. Seeded: introductions on, Ben opted in.
/// </summary>
public sealed class IntroductionAnswerCountTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>, IAsyncLifetime
{
    private readonly ProductionTestHost _host = fixture.Host;

    private IntroductionStore Store => _host.Services.GetRequiredService<IntroductionStore>();

    private IntroductionAnswerTally Tally => _host.Services.GetRequiredService<IntroductionAnswerTally>();

    public async Task InitializeAsync()
    {
        await SeededData.ResetAsync(_host);
        Tally.Take(); // answers of earlier tests on this host, whose rows the reset removed
        await Store.SetDiscoverableAsync(SeededData.AvaKey, true, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetIntroductions_EachAnswerCountedForTheAsker_NotWhatWasAsked()
    {
        using var ava = _host.AvaClient();
        using var nia = _host.ClientFor(TestIds.HomeTenant, TestIds.Nia);

        await ava.GetJsonAsync($"/api/introductions?emails={SeededData.Lena}");
        await ava.GetJsonAsync($"/api/introductions?emails={SeededData.Maria},{SeededData.Jo}");
        await nia.GetJsonAsync($"/api/introductions?emails={SeededData.Lena}", HttpStatusCode.Forbidden); // not opted in
        Assert.Empty(await Store.ListAnswerCountsAsync(SeededData.AvaKey, CancellationToken.None)); // no write per answer

        Assert.True(await _host.Services.GetRequiredService<IntroductionAnswerFlusher>().FlushAsync(CancellationToken.None));

        var today = Assert.Single(await FlushedAsync(SeededData.AvaKey, 2));
        Assert.Equal(2, today.Answers);
        Assert.Equal("2025-06-30", today.Day);
        Assert.Empty(await Store.ListAnswerCountsAsync(new MailboxKey(TestIds.HomeTenant, TestIds.Nia.Id), CancellationToken.None));
    }

    [Fact]
    public async Task GetIntroductions_ManyConcurrentAnswersOfTwoAskers_FlushedCountsEqualTheAnswersGiven()
    {
        using var ava = _host.AvaClient();
        using var ben = _host.ClientFor(TestIds.HomeTenant, TestIds.Ben);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => ava.GetJsonAsync($"/api/introductions?emails={SeededData.Lena}"))
            .Concat(Enumerable.Range(0, 7).Select(_ => ben.GetJsonAsync($"/api/introductions?emails={SeededData.Maria}"))));
        Assert.True(await _host.Services.GetRequiredService<IntroductionAnswerFlusher>().FlushAsync(CancellationToken.None));
        Assert.Equal(40, Assert.Single(await FlushedAsync(SeededData.AvaKey, 40)).Answers);
        Assert.Equal(7, Assert.Single(await FlushedAsync(SeededData.BenKey, 7)).Answers);

        await ava.GetJsonAsync($"/api/introductions?emails={SeededData.Lena}"); // added to the day's row by the next flush
        Assert.True(await _host.Services.GetRequiredService<IntroductionAnswerFlusher>().FlushAsync(CancellationToken.None));

        Assert.Equal(41, Assert.Single(await FlushedAsync(SeededData.AvaKey, 41)).Answers);
    }

    [Fact]
    public async Task Flusher_HostStops_PendingCountsWritten()
    {
        var tally = new IntroductionAnswerTally(_host.Clock);
        var flusher = new IntroductionAnswerFlusher(tally, Store, _host.Clock, NullLogger<IntroductionAnswerFlusher>.Instance);
        await flusher.StartAsync(CancellationToken.None);
        tally.Count(SeededData.AvaKey);
        tally.Count(SeededData.AvaKey);
        tally.Count(SeededData.BenKey);

        await flusher.StopAsync(CancellationToken.None);

        Assert.Equal(2, Assert.Single(await Store.ListAnswerCountsAsync(SeededData.AvaKey, CancellationToken.None)).Answers);
        Assert.Equal(1, Assert.Single(await Store.ListAnswerCountsAsync(SeededData.BenKey, CancellationToken.None)).Answers);
        Assert.Empty(tally.Take());
    }

    [Fact]
    public async Task Flusher_ClockAdvancesOnePeriod_PendingCountsWrittenWithoutStopping()
    {
        var clock = new FakeTimeProvider(_host.Clock.GetUtcNow());
        var tally = new IntroductionAnswerTally(clock);
        using var flusher = new IntroductionAnswerFlusher(tally, Store, clock, NullLogger<IntroductionAnswerFlusher>.Instance);
        await flusher.StartAsync(CancellationToken.None);
        try
        {
            tally.Count(SeededData.AvaKey);
            tally.Count(SeededData.AvaKey);
            tally.Count(SeededData.BenKey);

            clock.Advance(IntroductionAnswerFlusher.Period - TimeSpan.FromSeconds(1));
            await Task.Delay(200);
            Assert.Empty(await Store.ListAnswerCountsAsync(SeededData.AvaKey, CancellationToken.None)); // not before the period

            clock.Advance(TimeSpan.FromSeconds(1));

            Assert.Equal(2, Assert.Single(await FlushedAsync(SeededData.AvaKey, 2)).Answers);
            Assert.Equal(1, Assert.Single(await FlushedAsync(SeededData.BenKey, 1)).Answers);
            Assert.Empty(tally.Take());

            tally.Count(SeededData.AvaKey); // the timer keeps ticking: the next period writes the next answers
            clock.Advance(IntroductionAnswerFlusher.Period);

            Assert.Equal(3, Assert.Single(await FlushedAsync(SeededData.AvaKey, 3)).Answers);
        }
        finally
        {
            await flusher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Flusher_AskerErasedBeforeTheFlush_NoCountBroughtBack()
    {
        using var ava = _host.AvaClient();
        await ava.GetJsonAsync($"/api/introductions?emails={SeededData.Lena}");

        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Delete, "/api/me/data"));
        Assert.True(await _host.Services.GetRequiredService<IntroductionAnswerFlusher>().FlushAsync(CancellationToken.None));

        Assert.Empty(await Store.ListAnswerCountsAsync(SeededData.AvaKey, CancellationToken.None));
        Assert.Empty(Tally.Take());
    }

    /// <summary>The asker's rows once the background flush wrote the expected count of answers (it runs on the host's
    /// thread pool after the clock moved); what is there after 10 seconds otherwise.</summary>
    private async Task<IReadOnlyList<IntroductionAnswerCountEntity>> FlushedAsync(MailboxKey asker, int answers)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var rows = await Store.ListAnswerCountsAsync(asker, CancellationToken.None);
            if (rows.Sum(r => r.Answers) >= answers || DateTime.UtcNow > deadline)
            {
                return rows;
            }

            await Task.Delay(20);
        }
    }
}
