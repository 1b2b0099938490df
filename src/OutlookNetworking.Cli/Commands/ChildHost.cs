using System.Collections.Concurrent;
using System.Diagnostics;
using OutlookNetworking.Demo;

namespace OutlookNetworking.Cli.Commands;

/// <summary>
/// The demo host as a child process: <c>dotnet OutlookNetworking.Demo.dll --urls http://127.0.0.1:0</c> (the
/// assembly built beside this one, so a command or a test runs the very build it belongs to), configured with environment
/// variables (<c>Section:Key</c> becomes <c>Section__Key</c>) and listening on a port it picks itself. Killed
/// (SIGKILL, no shutdown) by <see cref="Kill"/> and on dispose.
/// </summary>
internal sealed class ChildHost : IDisposable
{
    private const string ListeningOn = "Now listening on: ";
    private const int KeptLines = 400;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildHost(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.Exited += (_, _) => _address.TrySetException(new InvalidOperationException(
            $"The host exited before it listened (exit code {process.ExitCode}):\n{Output}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time the host has used so far (every thread, user and kernel).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The host's last lines of console output (stdout and stderr).</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the host with these settings (the environment is <c>Development</c> unless they say otherwise).</summary>
    public static ChildHost Start(IReadOnlyDictionary<string, string> settings)
    {
        var web = typeof(DemoProgram).Assembly.Location; // OutlookNetworking.Demo.dll, beside this tool's own
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!, // the content root: appsettings*.json are read from here
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { web, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information"; // "Now listening on: …"
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new ChildHost(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>The address the host listens on, once it does; fails when the host exits first or after the timeout.</summary>
    public async Task<Uri> WaitForAddressAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await _address.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The host did not listen within {timeout.TotalSeconds:0} s:\n{Output}");
        }
    }

    /// <summary>SIGKILL: the process ends at once, mid-write if it was writing; no shutdown code runs.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }

        var at = line.IndexOf(ListeningOn, StringComparison.Ordinal);
        if (at >= 0 && Uri.TryCreate(line[(at + ListeningOn.Length)..].Trim(), UriKind.Absolute, out var address))
        {
            _address.TrySetResult(address);
        }
    }
}
