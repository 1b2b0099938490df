using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
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

        Assert.Equal(503, Assert.IsAssignableFrom<Microsoft.Kiota.Abstractions.ApiException>(refused).ResponseStatusCode);
        Assert.Equal(DigestDispatchStatus.Failed, afterRefusal?.Status);
        Assert.Equal(DigestDeliveryResult.Sent, retried);
        Assert.Equal(DigestDeliveryResult.AlreadyHandled, again);
        var mail = Assert.Single(_harness.Outbox);
        Assert.Equal(_user.Mail, mail.To.Single().Address);
        Assert.Equal(2, _harness.Simulator.Control.RequestLog.Count(r => r.PathAndQuery.Contains("/sendMail", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DigestJob_ConnectionDroppedDuringSend_NeverTriedAgainThatDay()
    {
        _harness.Simulator.Control.AddFaultRule(new FaultRule { Kind = FaultKind.DropConnection, Count = 1, PathContains = "/sendMail", Method = "POST" });

        var first = await RunJobAsync();
        var retry = await RunJobAsync();
        await _harness.Get<DigestSchedulerJob>().RunAsync(CancellationToken.None);
        await _harness.DrainAsync();

        Assert.Equal(DigestDeliveryResult.OutcomeUnknown, first);
        Assert.Equal(DigestDeliveryResult.AlreadyHandled, retry);
        Assert.Equal(DigestDispatchStatus.Reserved, (await _harness.Get<DigestLedger>().FindAsync(Key, Tuesday, CancellationToken.None))?.Status);
        Assert.Single(_harness.Simulator.Control.RequestLog, r => r.PathAndQuery.Contains("/sendMail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DigestJob_TwoServersAtOnce_ExactlyOneMail()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunJobAsync)));

        Assert.Equal(1, results.Count(r => Equals(r, DigestDeliveryResult.Sent)));
        Assert.Single(_harness.Outbox);
    }
}
