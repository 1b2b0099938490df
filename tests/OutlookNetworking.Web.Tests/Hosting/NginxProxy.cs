using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>
/// The shipped <c>deploy/linux/nginx.conf</c> run by the Debian nginx as a child process, with its own prefix, a
/// self-signed certificate for <see cref="HostName"/> and loopback ports. The configuration is rendered with the
/// substitutions an admin makes (host name, certificate paths) plus the ports; each must match the shipped file, so a
/// change to the recipe fails here instead of testing something else. Killed on dispose.
/// </summary>
internal sealed class NginxProxy : IDisposable
{
    public const string HostName = "outlooknetworking.test";
    private const string Binary = "/usr/sbin/nginx";
    private readonly DirectoryInfo _prefix = Directory.CreateTempSubdirectory("on-nginx-");
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public NginxProxy()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException(
                $"{Binary} is not installed: the reverse-proxy test needs the Debian nginx package (./test.sh installs it: apt-get install nginx).");
        }

        HttpsPort = FreePort();
        HttpPort = FreePort();
        CertificatePath = Path.Combine(_prefix.FullName, "proxy.pem");
        KeyPath = Path.Combine(_prefix.FullName, "proxy.key");
        Run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + HostName,
            "-addext", "subjectAltName=DNS:" + HostName, "-keyout", KeyPath, "-out", CertificatePath);
        Certificate = X509Certificate2.CreateFromPem(File.ReadAllText(CertificatePath));
    }

    public int HttpsPort { get; }

    public int HttpPort { get; }

    /// <summary>The public origin clients use: <c>https://outlooknetworking.test:{HttpsPort}</c>.</summary>
    public string PublicOrigin => $"https://{HostName}:{HttpsPort}";

    public string CertificatePath { get; }

    public string KeyPath { get; }

    public X509Certificate2 Certificate { get; }

    public string ErrorLog => File.Exists(ErrorLogPath) ? File.ReadAllText(ErrorLogPath) : "(no error log)";

    private string ErrorLogPath => Path.Combine(_prefix.FullName, "error.log");

    public static string ShippedConfiguration()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OutlookNetworking.sln")))
            {
                return File.ReadAllText(Path.Combine(folder.FullName, "deploy", "linux", "nginx.conf"));
            }
        }

        throw new InvalidOperationException("OutlookNetworking.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The shipped file with the admin's substitutions (see docs/operations.md) and this test's ports.</summary>
    public string Render(int upstreamPort)
    {
        var text = ShippedConfiguration();
        (string From, string To)[] substitutions =
        [
            ("server 127.0.0.1:5080;", $"server 127.0.0.1:{upstreamPort};"),
            ("listen 80;", $"listen 127.0.0.1:{HttpPort};"),
            ("listen 443 ssl;", $"listen 127.0.0.1:{HttpsPort} ssl;"),
            ("/etc/ssl/certs/networking.contoso.example.pem", CertificatePath),
            ("/etc/ssl/private/networking.contoso.example.key", KeyPath),
            ("networking.contoso.example", HostName),
        ];
        foreach (var (from, to) in substitutions)
        {
            if (!text.Contains(from, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"deploy/linux/nginx.conf no longer contains `{from}`: update this test's rendering and docs/operations.md");
            }

            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Starts nginx in front of <c>127.0.0.1:{upstreamPort}</c> and waits until it accepts TLS connections.</summary>
    public async Task StartAsync(int upstreamPort)
    {
        var configuration = Path.Combine(_prefix.FullName, "nginx.conf");
        await File.WriteAllTextAsync(configuration, Render(upstreamPort));
        var start = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-p", _prefix.FullName + "/", "-c", configuration,
                     "-g", $"daemon off; pid {_prefix.FullName}/nginx.pid; error_log {ErrorLogPath};",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}:\n{string.Join('\n', _output)}\n{ErrorLog}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, HttpsPort);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.WaitForExit();
        _process?.Dispose();
        Certificate.Dispose();
        _prefix.Delete(recursive: true);
    }

    private void Keep(string? line)
    {
        if (line is not null && _output.Count < 500)
        {
            _output.Enqueue(line);
        }
    }

    /// <summary>A client that resolves every host name to 127.0.0.1, connects from <paramref name="local"/>, and trusts
    /// only the proxy's own certificate (<paramref name="trusted"/>); keeps cookies only when <paramref name="cookies"/> is given.</summary>
    public static SocketsHttpHandler ClientHandler(IPAddress local, X509Certificate2? trusted, CookieContainer? cookies = null) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = cookies is not null,
        CookieContainer = cookies ?? new CookieContainer(),
        PooledConnectionLifetime = TimeSpan.Zero,
        SslOptions =
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                trusted is not null && certificate is not null && certificate.GetCertHashString() == trusted.GetCertHashString(),
        },
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    private static void Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(file + " did not start");
        var error = process.StandardError.ReadToEnd(); // openssl writes little, and to stderr only
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
