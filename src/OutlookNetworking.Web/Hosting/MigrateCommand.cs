using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Hosting;

/// <summary><c>dotnet OutlookNetworking.Web.dll migrate [Key=value ...]</c>: applies the release's pending migrations to the
/// configured database (the same settings as the host: appsettings, environment variables, arguments) and exits; one
/// line on stdout (done) or stderr (failed: the database is as the last migration that completed left it).</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error)
    {
        try
        {
            var configuration = WebApplication.CreateBuilder(arguments).Configuration;
            var app = configuration.GetSection(AppOptions.SectionName).Get<AppOptions>() ?? new AppOptions();
            var storage = HostStorage.Resolve(configuration, app);
            await using var services = new ServiceCollection().AddOutlookNetworkingStorage(storage).BuildServiceProvider();
            var factory = services.GetRequiredService<IAppDbContextFactory>();
            int pending;
            await using (var db = factory.CreateDbContext())
            {
                pending = (await db.Database.GetPendingMigrationsAsync()).Count();
            }

            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            await output.WriteLineAsync(pending == 0
                ? $"migrate: the {storage.Provider} database is up to date; nothing to apply."
                : $"migrate: applied {pending} migration(s) to the {storage.Provider} database; it is up to date.");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await error.WriteLineAsync($"migrate failed: {ex.GetType().Name}: {FirstLine(ex.Message)} " +
                                       "(each migration is one transaction: the database is as the last completed one left it; see docs/admin-guide.md, 'Upgrade and roll back').");
            return ExitCodes.Failure;
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd();
}
