using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Graph.Throttling;

namespace OutlookNetworking.Graph.Tests.Throttling;

/// <summary>The cap on concurrent Graph requests (graph-fidelity GF-16): what a request weighs, and who waits.</summary>
public sealed class GraphRequestLimiterTests
{
    private static GraphRequestLimiter Limiter(int cap, IGraphRequestSlots? shared = null) =>
        new(Options.Create(new GraphOptions { MaxConcurrentRequests = cap }), shared);

    private static GraphRequestShape Mailbox(string id) =>
        new(1, new Dictionary<string, int>(StringComparer.Ordinal) { [id] = 1 });

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/users/ABC-1/mailFolders/inbox/messages/delta?$skiptoken=x", "abc-1")]
    [InlineData("https://graph.microsoft.com/v1.0/users/digest%40contoso.com/sendMail", "digest@contoso.com")]
    [InlineData("https://graph.microsoft.com/v1.0/users?$select=id", null)]
    [InlineData("https://graph.microsoft.com/v1.0/users/abc-1", null)]
    [InlineData("https://graph.microsoft.com/v1.0/groups", null)]
    public async Task Shape_Gf16_OneRequest_WeighsOneAndNamesItsMailbox(string url, string? mailbox)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);

        var shape = await GraphRequestShape.OfAsync(request, CancellationToken.None);

        Assert.Equal(1, shape.Concurrent);
        Assert.Equal(mailbox is null ? [] : [mailbox], shape.PerMailbox.Keys);
    }

    [Fact]
    public async Task Shape_Gf16_BatchOfTwentySteps_WeighsFourAsGraphRunsFourAtOnce()
    {
        var steps = Enumerable.Range(0, 20).Select(i => $$"""{"id":"{{i}}","method":"GET","url":"/users/{{(i < 6 ? "a" : "u" + i)}}/mailboxSettings"}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://graph.microsoft.com/v1.0/$batch")
        {
            Content = new StringContent("{\"requests\":[" + string.Join(',', steps) + "]}", Encoding.UTF8, "application/json"),
        };

        var shape = await GraphRequestShape.OfAsync(request, CancellationToken.None);

        Assert.Equal(4, shape.Concurrent);
        Assert.Equal(4, shape.PerMailbox["a"]); // six steps for one mailbox, at most four at once
        Assert.Equal(1, shape.PerMailbox["u19"]);
        Assert.Equal("{\"requests\":[", (await request.Content!.ReadAsStringAsync())[..13]); // still there to be sent
    }

    [Fact]
    public async Task Acquire_Gf16_BeyondTheCap_WaitsUntilAPlaceIsGivenBack()
    {
        using var limiter = Limiter(cap: 2);
        var first = await limiter.AcquireAsync(Mailbox("a"), CancellationToken.None);
        var second = await limiter.AcquireAsync(Mailbox("b"), CancellationToken.None);

        var third = limiter.AcquireAsync(Mailbox("c"), CancellationToken.None).AsTask();
        await Task.Delay(100);
        var waitedWhileFull = !third.IsCompleted;
        await first.DisposeAsync();
        var admitted = await third.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(waitedWhileFull);
        await second.DisposeAsync();
        await admitted.DisposeAsync();
    }

    [Fact]
    public async Task Acquire_Gf16_FifthRequestToOneMailbox_WaitsEvenUnderALargerCap()
    {
        using var limiter = Limiter(cap: 16);
        var held = new List<IAsyncDisposable>();
        for (var i = 0; i < 4; i++)
        {
            held.Add(await limiter.AcquireAsync(Mailbox("a"), CancellationToken.None));
        }

        var fifth = limiter.AcquireAsync(Mailbox("a"), CancellationToken.None).AsTask();
        var other = await limiter.AcquireAsync(Mailbox("b"), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(100);

        Assert.False(fifth.IsCompleted);
        await held[0].DisposeAsync();
        await (await fifth.WaitAsync(TimeSpan.FromSeconds(5))).DisposeAsync();
        await other.DisposeAsync();
    }

    [Fact]
    public async Task Acquire_Gf16_MailboxThrottledWithRetryAfter_ItsNextRequestWaitsOthersGoAtOnce()
    {
        // On a clock the test moves (the wall clock made this flaky: a busy machine, a clock step).
        var time = new FakeTimeProvider();
        using var limiter = new GraphRequestLimiter(Options.Create(new GraphOptions { MaxConcurrentRequests = 4 }), realTime: time);
        limiter.Throttled("a", TimeSpan.FromMilliseconds(400));

        // Another mailbox goes without the clock moving at all.
        await (await limiter.AcquireAsync(Mailbox("b"), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(30))).DisposeAsync();

        var throttled = limiter.AcquireAsync(Mailbox("a"), CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(399));
        Assert.False(throttled.IsCompleted, "the throttled mailbox went before its Retry-After was over");
        time.Advance(TimeSpan.FromMilliseconds(1));
        await (await throttled.WaitAsync(TimeSpan.FromSeconds(30))).DisposeAsync();
    }

    [Fact]
    public async Task Acquire_Gf16_SharedStore_TakesTheRequestsWeightOfTheDeploymentCap()
    {
        var shared = new RecordingSlots();
        using var limiter = Limiter(cap: 3, shared);

        await (await limiter.AcquireAsync(new GraphRequestShape(4, new Dictionary<string, int>()), CancellationToken.None)).DisposeAsync();

        Assert.Equal([(3, 3)], shared.Taken); // a batch weighs at most the cap, out of the cap
        Assert.Equal(1, shared.Released);
    }

    private sealed class RecordingSlots : IGraphRequestSlots
    {
        public List<(int Count, int Cap)> Taken { get; } = [];

        public int Released { get; private set; }

        public ValueTask<IAsyncDisposable> TakeAsync(int count, int cap, CancellationToken cancellationToken)
        {
            Taken.Add((count, cap));
            return ValueTask.FromResult<IAsyncDisposable>(new Release(this));
        }

        private sealed class Release(RecordingSlots owner) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                owner.Released++;
                return ValueTask.CompletedTask;
            }
        }
    }
}
