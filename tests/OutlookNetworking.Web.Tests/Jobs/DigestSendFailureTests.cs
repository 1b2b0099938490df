using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Graph.Mail;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>At most once per user per local day, whatever the send does: refused, dropped, or raced by a second server.</summary>
public sealed class DigestSendFailureTests : IAsyncLifetime
{
    private static readonly DateOnly Tuesday = new(2025, 7, 1);
    private NightHarness _harness = null!;
    private MailboxEntity _user = null!;

    public async Task InitializeAsync()
    {
        _harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        await _harness.RunNightAsync();
        // Someone with something to say: the one whose preview has a model.
        foreach (var person in await _harness.PeopleAsync())
        {
            var composed = await _harness.Get<DigestComposer>().ComposeAsync(person, Tuesday, _harness.Clock.GetUtcNow(), "https://x.test", CancellationToken.None);
            if (composed.Model is not null)
            {
                _user = person;
                break;
            }
        }

        Assert.NotNull(_user);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private MailboxKey Key => new(_user.TenantId, _user.UserId);

    private DigestLedger Ledger => _harness.Get<DigestLedger>();

    private int SendRequests() =>
        _harness.Simulator.Control.RequestLog.Count(r => r.PathAndQuery.Contains("/sendMail", StringComparison.Ordinal));

    /// <summary>The first send's connection drops (its outcome unknown, the row left reserved), then the grace passes.</summary>
    private async Task LoseTheFirstSendAndPassTheGraceAsync()
    {
        _harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.DropConnection, Count = 1, PathContains = "/sendMail", Method = "POST" });
        Assert.Equal(DigestDeliveryResult.OutcomeUnknown, await RunJobAsync());
        PassTheGrace();
    }

    /// <summary>Moves the clock past <see cref="DigestOptions.UnknownOutcomeGrace"/> (10 minutes by default).</summary>
    private void PassTheGrace()
    {
        _harness.Clock.Advance(TimeSpan.FromMinutes(11));
        _harness.Simulator.Control.SetClock(_harness.Clock.GetUtcNow());
    }

    private Task<object?> RunJobAsync() =>
        _harness.Get<DigestJob>().RunAsync(_user.TenantId, _user.UserId, "2025-07-01", _user.DisplayName, CancellationToken.None)
            .ContinueWith(t => (object?)t.GetAwaiter().GetResult(), TaskScheduler.Default);

    [Fact]
    public async Task DigestJob_SendRefusedOnceThenRetried_ExactlyOneMail()
    {
        _harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.ServiceUnavailable, Count = 1, PathContains = "/sendMail", Method = "POST" });

        var refused = await Assert.ThrowsAnyAsync<Exception>(RunJobAsync);
        var afterRefusal = await _harness.Get<DigestLedger>().FindAsync(Key, Tuesday, CancellationToken.None);
        var retried = await RunJobAsync();   // Hangfire's automatic retry
        var again = await RunJobAsync();     // and a stray extra run

        Assert.StartsWith("Graph 503", Assert.IsType<JobFailureException>(refused).Message.Split(": ")[^1], StringComparison.Ordinal);
        Assert.Equal(DigestDispatchStatus.Failed, afterRefusal?.Status);
        Assert.Equal(DigestDeliveryResult.Sent, retried);
        Assert.Equal(DigestDeliveryResult.AlreadyHandled, again);
        var mail = Assert.Single(_harness.Outbox);
        Assert.Equal(_user.Mail, mail.To.Single().Address);
        Assert.Equal(2, _harness.Simulator.Control.RequestLog.Count(r => r.PathAndQuery.Contains("/sendMail", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DigestJob_ConnectionDroppedDuringSend_NotRetriedWithinTheGraceThenSentOnceAfterSentItemsSearched()
    {
        _harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.DropConnection, Count = 1, PathContains = "/sendMail", Method = "POST" });

        var first = await RunJobAsync();
        var retry = await RunJobAsync();
        await _harness.Get<DigestSchedulerJob>().RunAsync(CancellationToken.None);
        await _harness.DrainAsync();
        var sendsWithinGrace = SendRequests();
        var statusWithinGrace = (await Ledger.FindAsync(Key, Tuesday, CancellationToken.None))?.Status;

        PassTheGrace();
        var resolved = await RunJobAsync();
        var after = await RunJobAsync();

        Assert.Equal(DigestDeliveryResult.OutcomeUnknown, first);
        Assert.Equal(DigestDeliveryResult.AlreadyHandled, retry);
        Assert.Equal(1, sendsWithinGrace);
        Assert.Equal(DigestDispatchStatus.Reserved, statusWithinGrace);
        Assert.Equal(DigestDeliveryResult.Sent, resolved);
        Assert.Equal(DigestDeliveryResult.AlreadyHandled, after);
        Assert.Equal(DigestDispatchStatus.Sent, (await Ledger.FindAsync(Key, Tuesday, CancellationToken.None))?.Status);
        Assert.Single(_harness.Outbox);
        // The lost send was looked for by recipient and time in Drafts, then Sent Items; never by Message-ID.
        var searches = _harness.Simulator.Control.RequestLog.Where(r => r.PathAndQuery.Contains("/messages?", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, searches.Count);
        Assert.Contains("/mailFolders/drafts/messages", searches[0].PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("/mailFolders/sentitems/messages", searches[1].PathAndQuery, StringComparison.Ordinal);
        Assert.All(searches, r => Assert.DoesNotContain("internetMessageId", Uri.UnescapeDataString(r.PathAndQuery), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task DigestJob_SendAcceptedButItsAnswerLost_FoundInSentItemsAndNotSentAgain()
    {
        // A crash between "Graph accepted" and "the ledger says sent": the row stays reserved, the mail is out.
        Assert.True(await Ledger.TryReserveAsync(Key, Tuesday, CancellationToken.None));
        var sender = _harness.Get<Microsoft.Extensions.Options.IOptions<DigestOptions>>().Value.SenderMailbox!;
        await _harness.Get<MailSender>().SendAsync(_user.TenantId, sender,
            new OutgoingMail(_user.Mail, _user.DisplayName, "digest", "<p>digest</p>"), CancellationToken.None);

        var withinGrace = await RunJobAsync();
        PassTheGrace();
        var resolved = await RunJobAsync();
        var after = await RunJobAsync();

        Assert.Equal(DigestDeliveryResult.AlreadyHandled, withinGrace);
        Assert.Equal(DigestDeliveryResult.FoundSent, resolved);
        Assert.Equal(DigestDeliveryResult.AlreadyHandled, after);
        Assert.Equal(DigestDispatchStatus.Sent, (await Ledger.FindAsync(Key, Tuesday, CancellationToken.None))?.Status);
        Assert.Single(_harness.Outbox);
        Assert.Equal(1, SendRequests());
    }

    [Fact]
    public async Task DigestJob_Gf15_ExchangeReplacedTheMessageIdAndTheAnswerWasLost_FoundBySenderCopyAndSentOnce()
    {
        // Graph carries the send out (Exchange gives it its own Message-ID and keeps only what JSON may carry), then the
        // connection drops before any answer: the product cannot know, and cannot look for a Message-ID of its own.
        _harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.AnswerLost, Count = 1, PathContains = "/sendMail", Method = "POST" });

        var first = await RunJobAsync();
        PassTheGrace();
        var resolved = await RunJobAsync();
        var after = await RunJobAsync();

        Assert.Equal(DigestDeliveryResult.OutcomeUnknown, first);
        Assert.Equal(DigestDeliveryResult.FoundSent, resolved);
        Assert.Equal(DigestDeliveryResult.AlreadyHandled, after);
        Assert.Equal(DigestDispatchStatus.Sent, (await Ledger.FindAsync(Key, Tuesday, CancellationToken.None))?.Status);
        var mail = Assert.Single(_harness.Outbox);
        Assert.Null(mail.RequestedInternetMessageId);
        Assert.EndsWith(".simulator.prod.outlook.invalid>", mail.InternetMessageId, StringComparison.Ordinal);
        Assert.Equal(1, SendRequests());
    }

    [Fact]
    public async Task DigestJob_Gf15_AnswerLostAndTransportSlow_FoundInTheSendersDraftsAndNotSentAgain()
    {
        // Exchange creates the message in the sender's Drafts before it answers 202 and moves it to Sent Items only once
        // transport took it (docs: outlook-things-to-know-about-send-mail): still a draft when the lost send is resolved.
        await using var slow = await NightHarness.StartAsync(JobTenants.ThreeZones, sendTransportDelay: TimeSpan.FromHours(2));
        await slow.RunNightAsync();
        var person = (await slow.PeopleAsync()).First(p => p.Mail == _user.Mail);
        slow.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.AnswerLost, Count = 1, PathContains = "/sendMail", Method = "POST" });
        Task<object?> Run() => slow.Get<DigestJob>().RunAsync(person.TenantId, person.UserId, "2025-07-01", person.DisplayName, CancellationToken.None)
            .ContinueWith(t => (object?)t.GetAwaiter().GetResult(), TaskScheduler.Default);

        var first = await Run();
        slow.Clock.Advance(TimeSpan.FromMinutes(11));
        slow.Simulator.Control.SetClock(slow.Clock.GetUtcNow());
        var resolved = await Run();

        Assert.Equal(DigestDeliveryResult.OutcomeUnknown, first);
        Assert.Equal(DigestDeliveryResult.FoundSent, resolved);
        Assert.Single(slow.Outbox);
        var searches = slow.Simulator.Control.RequestLog.Where(r => r.PathAndQuery.Contains("/messages?", StringComparison.Ordinal)).ToList();
        Assert.Contains("/mailFolders/drafts/messages", Assert.Single(searches).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestJob_Gf15_OtherMailFromTheSenderSinceTheReservation_OnlyMailToThisUserCounts()
    {
        await LoseTheFirstSendAndPassTheGraceAsync();
        // Since the reservation, the sender mailbox sent to someone else: not this user's digest.
        var sender = _harness.Get<Microsoft.Extensions.Options.IOptions<DigestOptions>>().Value.SenderMailbox!;
        await _harness.Get<MailSender>().SendAsync(_user.TenantId, sender,
            new OutgoingMail("someone.else@contoso.example", null, "digest", "<p>digest</p>"), CancellationToken.None);
        _harness.Simulator.Control.AdvanceClock(TimeSpan.FromMinutes(1));

        var resolved = await RunJobAsync();

        Assert.Equal(DigestDeliveryResult.Sent, resolved);
        Assert.Single(_harness.Outbox, m => m.To.Single().Address == _user.Mail);
    }

    [Fact]
    public async Task MailSender_Gf15_HeaderNotNamedX_RefusedBeforeAnythingIsSent()
    {
        var sender = _harness.Get<Microsoft.Extensions.Options.IOptions<DigestOptions>>().Value.SenderMailbox!;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _harness.Get<MailSender>().SendAsync(_user.TenantId, sender,
            new OutgoingMail(_user.Mail, null, "digest", "<p>digest</p>")
            {
                Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
            }, CancellationToken.None));

        Assert.Contains("Auto-Submitted", error.Message, StringComparison.Ordinal);
        Assert.True(MailSendErrors.CertainlyNotSent(error));
        Assert.Equal(0, SendRequests());
    }

    [Fact]
    public async Task DigestJob_LostSendResolvedByFourServersAtOnce_ExactlyOneMail()
    {
        await LoseTheFirstSendAndPassTheGraceAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunJobAsync)));

        Assert.Equal(1, results.Count(r => Equals(r, DigestDeliveryResult.Sent)));
        Assert.Single(_harness.Outbox);
        Assert.Equal(2, SendRequests());
    }

    [Fact]
    public async Task DigestJob_SentItemsCannotBeSearched_StaysReservedAndSendsNothing()
    {
        await LoseTheFirstSendAndPassTheGraceAsync();
        _harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.DropConnection, Count = 1, PathContains = "/drafts/messages", Method = "GET" });

        var unresolved = await RunJobAsync();
        var resolved = await RunJobAsync();

        Assert.Equal(DigestDeliveryResult.OutcomeUnknown, unresolved);
        Assert.Equal(DigestDeliveryResult.Sent, resolved);
        Assert.Single(_harness.Outbox);
        Assert.Equal(2, SendRequests());
    }

    [Fact]
    public async Task DigestScheduler_LostSendPastTheGrace_QueuedAgainAndSentOnce()
    {
        var (due, date) = NextDigestMoment(_user);
        _harness.Clock.SetUtcNow(due);
        _harness.Simulator.Control.SetClock(due);
        Assert.True(await Ledger.TryReserveAsync(Key, date, CancellationToken.None)); // a send cut off by a crash, say

        await _harness.Get<DigestSchedulerJob>().RunAsync(CancellationToken.None);
        await _harness.DrainAsync();
        _harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var queuedWithinGrace = await _harness.Get<DigestSchedulerJob>().RunAsync(CancellationToken.None);
        await _harness.DrainAsync();
        var toUserWithinGrace = _harness.Outbox.Count(m => m.To.Single().Address == _user.Mail);
        PassTheGrace();
        var queuedAfterGrace = await _harness.Get<DigestSchedulerJob>().RunAsync(CancellationToken.None);
        await _harness.DrainAsync();

        Assert.Equal(0, queuedWithinGrace);
        Assert.Equal(0, toUserWithinGrace);
        Assert.Equal(1, queuedAfterGrace);
        Assert.Equal(DigestDispatchStatus.Sent, (await Ledger.FindAsync(Key, date, CancellationToken.None))?.Status);
        Assert.Single(_harness.Outbox, m => m.To.Single().Address == _user.Mail);
    }

    /// <summary>Five minutes past the person's digest hour, the next time it comes (within a day: the analysis stays recent).</summary>
    private (DateTimeOffset Utc, DateOnly LocalDate) NextDigestMoment(MailboxEntity person)
    {
        var now = _harness.Clock.GetUtcNow();
        var zone = MailboxClock.Zone(person.TimeZone);
        var local = MailboxClock.LocalNow(now, person.TimeZone).Date.AddHours(Math.Clamp(person.DigestHour, 0, 23)).AddMinutes(5);
        var utc = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone));
        if (utc <= now)
        {
            local = local.AddDays(1);
            utc = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone));
        }

        return (utc, DateOnly.FromDateTime(local));
    }

    [Fact]
    public async Task DigestJob_TwoServersAtOnce_ExactlyOneMail()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunJobAsync)));

        Assert.Equal(1, results.Count(r => Equals(r, DigestDeliveryResult.Sent)));
        Assert.Single(_harness.Outbox);
    }
}
