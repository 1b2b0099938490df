using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>
/// The product as a real child process (<c>dotnet OutlookNetworking.Web.dll --role …</c>), configured the way an
/// operator would, with environment variables, in the Production environment. Killed on dispose.
/// </summary>
internal sealed class ProductProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ProductProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The port given with <c>--urls</c>.</summary>
    public int Port { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output => string.Join('\n', _output);

    /// <summary>Waits up to <paramref name="timeout"/> for the process to exit (and its output to be read).</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        _process.WaitForExit();
        return true;
    }

    public static ProductProcess Start(string role, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory, // the content root: appsettings.json is read from here
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "OutlookNetworking.Web.dll", "--role", role, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // No key-encryption certificate here: accepted explicitly (DataProtectionKeysAtRestTests shows the refusal without it).
        start.Environment["DataProtection__AllowUnprotectedKeys"] = "true";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new ProductProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), port);
    }

    /// <summary>The TCP ports this process listens on (its socket descriptors matched with the kernel's LISTEN table).</summary>
    public IReadOnlySet<int> ListeningPorts()
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{_process.Id}/fd"))
        {
            if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith("socket:[", StringComparison.Ordinal))
            {
                inodes.Add(target["socket:[".Length..^1]);
            }
        }

        var ports = new HashSet<int>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                const string Listen = "0A";
                if (columns.Length > 9 && columns[3] == Listen && inodes.Contains(columns[9]))
                {
                    ports.Add(int.Parse(columns[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }
            }
        }

        return ports;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null && _output.Count < 2_000)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
