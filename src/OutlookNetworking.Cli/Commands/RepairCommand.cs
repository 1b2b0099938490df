using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Cli.Commands;

/// <summary>
/// <c>repair --tenant ID [--user ID] [--settings FILE]</c>: re-analyses the tenant's mailboxes (or one) from scratch on
/// the product's store: each mailbox's kept state is dropped and rebuilt from every stored message and meeting, and its
/// result rows rewritten where they differ. For a store whose rows were changed by hand or damaged (a night trusts its
/// kept state and the digests of its result rows). The store and the engine's options come from the host's
/// configuration: <c>appsettings.json</c> in the current folder, then <c>--settings FILE</c> (same format), then the
/// environment (<c>Storage__ConnectionString</c>, ...).
/// </summary>
internal static class RepairCommand
{
    public const string Usage = "usage: repair --tenant ID [--user ID] [--settings FILE]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (Parse(args, error) is not var (tenant, user, settings))
        {
            return ExitCodes.Usage;
        }

        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        if (settings is not null)
        {
            builder.AddJsonFile(Path.GetFullPath(settings), optional: false);
        }

        var configuration = builder.AddEnvironmentVariables().Build();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var engine = new EngineOptions();
        configuration.GetSection(EngineOptions.SectionName).Bind(engine, o => o.ErrorOnUnknownConfiguration = true);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(engine));
        services.AddOutlookNetworkingStorage(storage);
        services.AddMemoryCache();
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<MailboxAnalyzer>();
        await using var provider = services.BuildServiceProvider();
        return await RepairAsync(provider, tenant, user, output, error, CancellationToken.None);
    }

    private static async Task<int> RepairAsync(IServiceProvider services, Guid tenant, Guid? user, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var users = user is { } one
            ? [one]
            : (await services.GetRequiredService<MailboxStore>().ListSyncableAsync(tenant, cancellationToken)).Select(m => m.UserId).ToList();
        var analyzer = services.GetRequiredService<MailboxAnalyzer>();
        foreach (var id in users)
        {
            if (await analyzer.RunAsync(new MailboxKey(tenant, id), fromScratch: true, cancellationToken) is not { } outcome)
            {
                await error.WriteLineAsync($"repair: no mailbox {id} in tenant {tenant}.");
                return ExitCodes.Failure;
            }

            await output.WriteLineAsync($"{id}: re-analysed from scratch ({outcome.MessageCount} messages, {outcome.MeetingCount} meetings, "
                                        + $"{outcome.RowsMoved} result rows rewritten)");
        }

        await output.WriteLineAsync($"repaired {users.Count} mailbox(es) of tenant {tenant}");
        return ExitCodes.Ok;
    }

    private static (Guid Tenant, Guid? User, string? Settings)? Parse(string[] args, TextWriter error)
    {
        Guid? tenant = null;
        Guid? user = null;
        string? settings = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tenant" when i + 1 < args.Length && Guid.TryParse(args[i + 1], out var t):
                    tenant = t;
                    i++;
                    break;
                case "--user" when i + 1 < args.Length && Guid.TryParse(args[i + 1], out var u):
                    user = u;
                    i++;
                    break;
                case "--settings" when i + 1 < args.Length:
                    settings = args[++i];
                    break;
                default:
                    error.WriteLine($"repair: unexpected argument '{args[i]}'.");
                    error.WriteLine(Usage);
                    return null;
            }
        }

        if (tenant is null)
        {
            error.WriteLine(Usage);
            return null;
        }

        return (tenant.Value, user, settings);
    }
}
