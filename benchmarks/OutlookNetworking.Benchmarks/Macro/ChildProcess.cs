using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// A measured child process: this benchmark's own <c>macro-child</c> commands or the product's host. Its stdout lines are
/// kept (the last one is its JSON result), its stderr goes to ours; it runs with server GC unless the caller removes
/// <c>DOTNET_gcServer</c> (the API stage does, so the web host runs with its own runtimeconfig's workstation GC).
/// Killed on dispose if still running.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly string _label;

    private ChildProcess(Process process, string label)
    {
        _process = process;
        _label = label;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _lines.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"  [{_label}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Runs <c>macro-child</c> <paramref name="arguments"/> of this benchmark.</summary>
    public static ChildProcess StartBenchmarkChild(string label, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        Start(label, AppContext.BaseDirectory, [typeof(ChildProcess).Assembly.Location, "macro-child", .. arguments], environment);

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static ChildProcess Start(string label, string workingDirectory, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_gcServer"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            // An empty value removes the variable (e.g. DOTNET_gcServer, so the child's own runtimeconfig decides).
            if (value.Length == 0)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), label);
    }

    /// <summary>Waits for a stdout line that satisfies <paramref name="match"/>; fails if the process exits first.</summary>
    public async Task WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!_lines.Any(match))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_label} exited ({_process.ExitCode}) before it was ready.");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{_label} was not ready after {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the process to exit and returns its last stdout line as JSON.</summary>
    public async Task<JsonElement> ResultAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{_label} did not finish within {timeout.TotalSeconds:0} s; its last output: {LastLines()}");
        }

        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{_label} failed with exit code {_process.ExitCode} (its stderr is above); its last output: {LastLines()}");
        }

        var last = _lines.LastOrDefault(l => l.StartsWith('{')) ?? throw new InvalidOperationException($"{_label} printed no result.");
        using var document = JsonDocument.Parse(last);
        return document.RootElement.Clone();
    }

    private string LastLines() => _lines.IsEmpty ? "(none)" : string.Join(" | ", _lines.TakeLast(5));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
