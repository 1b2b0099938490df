using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OutlookNetworking.TestSupport;

/// <summary>
/// The real PostgreSQL server tests run against. ./test.sh starts a private cluster and passes its
/// connection string in OUTLOOKNETWORKING_TEST_POSTGRES; without it (a developer running
/// <c>dotnet test</c> alone) this starts a throw-away cluster itself from the installed binaries.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "OUTLOOKNETWORKING_TEST_POSTGRES";

    private static readonly Lazy<string> Server = new(StartOrFind, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to the server's maintenance database (superuser).</summary>
    public static string AdminConnectionString => Server.Value;

    private static string StartOrFind()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests: set {EnvironmentVariable} or install postgresql (./test.sh does both).");
        }

        var dir = Directory.CreateTempSubdirectory("on-pg-").FullName;
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", "postgres", dir);
        }

        Shell(asRoot, $"{bin}/initdb -D {dir}/data -U postgres -A trust -E UTF8 --no-sync");
        Shell(asRoot, $"{bin}/pg_ctl -D {dir}/data -l {dir}/log -o \"-c listen_addresses=127.0.0.1 -p {port} -k {dir} -c fsync=off -c max_connections=300\" -w start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Shell(asRoot, $"{bin}/pg_ctl -D {dir}/data -m immediate -w stop");
                Directory.Delete(dir, recursive: true);
            }
            catch (InvalidOperationException)
            {
                // best effort at exit
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Shell(bool asPostgres, string command)
    {
        if (asPostgres)
        {
            Run("su", "postgres", "-s", "/bin/sh", "-c", command);
        }
        else
        {
            Run("/bin/sh", "-c", command);
        }
    }

    private static void Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {string.Join(' ', arguments)}' failed ({process.ExitCode}): {stderr}");
        }
    }
}
