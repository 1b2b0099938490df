using System.Reflection;
using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.TestSupport;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>
/// The night and the digest as Hangfire would run them, with the test as the worker: the real job classes resolved
/// from a container with the product's services (Graph SDK against the simulator over HTTP, a real store, the
/// digest), a <see cref="FakeTimeProvider"/> as the clock, and a <see cref="RecordingJobClient"/> that collects what
/// jobs enqueue for <see cref="DrainAsync"/> to run. The simulator's clock follows the fake clock, so outbox times
/// are the app's.
/// </summary>
internal sealed class NightHarness : IAsyncDisposable
{
    /// <summary>The roles of the harness's default app-only token: every application role an admin grants
    /// (written out, not read from the product's list), and <c>Calendars.Read</c>, what the simulator assumes for plain
    /// tokens (so calendar bodies reach the product, as the calendar tests expect).</summary>
    public static readonly IReadOnlyList<string> DefaultRoles =
        ["Mail.ReadBasic.All", "Calendars.ReadBasic.All", "User.Read.All", "MailboxSettings.Read", "GroupMember.Read.All", "Mail.Send", "Calendars.Read"];
    public const string PublicBaseUrl = "https://networking.test";

    private readonly TestDatabase _database;
    private readonly SwitchableToken _token;

    private NightHarness(GraphSimulatorHost simulator, TestDatabase database, ServiceProvider services, FakeTimeProvider clock,
        SwitchableToken token)
    {
        _token = token;
        Database = database;
        Simulator = simulator;
        _database = database;
        Services = services;
        Clock = clock;
    }

    public GraphSimulatorHost Simulator { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public TestDatabase Database { get; }

    public RecordingJobClient Jobs => (RecordingJobClient)Services.GetRequiredService<IBackgroundJobClient>();

    public Guid TenantId => Guid.Parse(Simulator.Snapshot.Tenant.TenantId);

    /// <summary>The app-only token the product presents now (the simulator accepts only it).</summary>
    public string Token => _token.Value;

    /// <summary>Stands in for an admin changing the app's grants: from now on the token for the tenant carries these roles.</summary>
    public void GrantRoles(IReadOnlyList<string> roles) => _token.Value = AppToken(TenantId, roles);

    /// <summary>From now on the product presents <paramref name="token"/> (and the simulator accepts it).</summary>
    public void UseToken(string token) => _token.Value = token;

    /// <summary>An app-only Graph token as Entra ID shapes it (<c>tid</c>, <c>idtyp</c>, <c>roles</c>), unsigned (the
    /// simulator reads its roles; the product reads its claims).</summary>
    public static string AppToken(Guid tenantId, IReadOnlyList<string> roles)
    {
        static string Part(object value) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(value)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return Part(new { alg = "none", typ = "JWT" }) + "." + Part(new { tid = tenantId.ToString("D"), idtyp = "app", roles }) + ".x";
    }

    public IReadOnlyList<SentMail> Outbox => Simulator.Control.Outbox;

    /// <summary>Starts the simulator on <paramref name="snapshotPath"/> and the services on a fresh store; the tenant
    /// is recorded as consented. The sender is the tenant's shared mailbox.</summary>
    /// <param name="logs">When given, receives every log entry of Information and above.</param>
    /// <param name="roles">The roles of the app-only token the product presents (<see cref="DefaultRoles"/> unless given;
    /// a JWT's <c>roles</c> decide what Graph serves and whether the night runs at all).</param>
    /// <param name="configure">Adds or replaces services (an OpenTelemetry exporter, say).</param>
    /// <param name="logging">Adds log providers (levels from Warning, or Information with <paramref name="logs"/>, unless it
    /// changes them).</param>
    public static async Task<NightHarness> StartAsync(string snapshotPath, StorageProvider provider = StorageProvider.Sqlite,
        ILoggerProvider? logs = null, TimeSpan? sendTransportDelay = null, IReadOnlyList<string>? roles = null,
        Action<ILoggingBuilder>? logging = null, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var token = new SwitchableToken();
        var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions
        {
            SnapshotPath = snapshotPath, TokenValidator = t => t == token.Value,
            SendTransportDelay = sendTransportDelay ?? new SimulatorOptions().SendTransportDelay,
        });
        token.Value = AppToken(Guid.Parse(simulator.Snapshot.Tenant.TenantId), roles ?? DefaultRoles);
        var clock = new FakeTimeProvider(simulator.Snapshot.Now!.Value);
        var sender = simulator.Snapshot.Users.FirstOrDefault(u => u.UserPurpose == "shared") ?? simulator.Snapshot.Users[0];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Digest:SenderMailbox"] = sender.Mail ?? sender.UserPrincipalName,
        }).Build();

        var services = new ServiceCollection();
        services.AddLogging(l =>
        {
            l.SetMinimumLevel(logs is null ? LogLevel.Warning : LogLevel.Information);
            if (logs is not null)
            {
                l.AddProvider(logs);
            }

            logging?.Invoke(l);
        });
        services.AddOutlookNetworkingPipeline(new PipelineSetup
        {
            Storage = database.Options, Clock = clock, Tokens = token,
            Graph = new GraphOptions { BaseUrl = simulator.BaseUrl, RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxPageAttempts = 2 },
        });
        services.AddSingleton(Options.Create(new AppOptions { PublicBaseUrl = PublicBaseUrl }));
        services.AddSingleton(Options.Create(new JobsOptions()));
        services.AddSingleton<OutlookNetworking.Web.Features.Links.OutlookWebLinks>();
        services.AddDigestServices(configuration);
        services.AddSingleton<JobStorage>(new InMemoryStorage());
        services.AddSingleton<IBackgroundJobClient, RecordingJobClient>();
        services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<RecurringJobsRegistrar>();
        services.AddTransient<TenantNightJob>();
        services.AddTransient<MailboxNightJob>();
        configure?.Invoke(services);

        var provider_ = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var harness = new NightHarness(simulator, database, provider_, clock, token);
        await provider_.GetRequiredService<TenantStore>().RecordConsentAsync(harness.TenantId, simulator.Snapshot.Tenant.DisplayName,
            simulator.Snapshot.Tenant.Domains, null, clock.GetUtcNow(), CancellationToken.None);
        return harness;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The tenant's night as the recurring job starts it, then every job it queued.</summary>
    public async Task RunNightAsync()
    {
        await Get<TenantNightJob>().RunAsync(TenantId, "tenant", CancellationToken.None);
        await DrainAsync();
    }

    /// <summary>Moves the clock (and the simulator's) to <paramref name="until"/> in scheduler intervals, running the
    /// digest scheduler and then every job it queued at each step; a job that throws is recorded in
    /// <paramref name="failures"/> (when given) or rethrown.</summary>
    public async Task RunMorningsAsync(DateTimeOffset until, TimeSpan? step = null, List<(Job Job, Exception Error)>? failures = null)
    {
        var interval = step ?? TimeSpan.FromMinutes(Get<IOptions<DigestOptions>>().Value.SchedulerIntervalMinutes);
        while (Clock.GetUtcNow() < until)
        {
            Clock.Advance(interval);
            Simulator.Control.SetClock(Clock.GetUtcNow());
            await Get<DigestSchedulerJob>().RunAsync(CancellationToken.None);
            await DrainAsync(failures);
        }
    }

    /// <summary>Runs every queued job (and what they queue) like a Hangfire worker would, one scope each; a job that
    /// throws is recorded in <paramref name="failures"/> (when given) or rethrown.</summary>
    public async Task DrainAsync(List<(Job Job, Exception Error)>? failures = null)
    {
        while (Jobs.Enqueued.TryDequeue(out var item))
        {
            try
            {
                await InvokeAsync(item.Job);
            }
            catch (Exception ex) when (failures is not null)
            {
                failures.Add((item.Job, ex));
            }
        }
    }

    /// <summary>Invokes one job as Hangfire would (arguments as recorded, the cancellation token supplied).</summary>
    public async Task<object?> InvokeAsync(Job job)
    {
        await using var scope = Services.CreateAsyncScope();
        var instance = scope.ServiceProvider.GetService(job.Type) ?? ActivatorUtilities.CreateInstance(scope.ServiceProvider, job.Type);
        var args = job.Args.Select((a, i) => job.Method.GetParameters()[i].ParameterType == typeof(CancellationToken) ? CancellationToken.None : a).ToArray();
        try
        {
            var task = (Task)job.Method.Invoke(instance, args)!;
            await task;
            return task.GetType().GetProperty("Result")?.GetValue(task);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    public async Task<IReadOnlyList<MailboxEntity>> PeopleAsync() =>
        (await Get<MailboxStore>().ListSyncableAsync(TenantId, CancellationToken.None)).Where(DigestDelivery.IsEligible).ToList();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Simulator.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    private sealed class SwitchableToken : IGraphAccessTokenSource
    {
        public volatile string Value = "";

        public Task<string> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken) => Task.FromResult(Value);
    }
}
