using System.Globalization;

namespace OutlookNetworking.Cli.Commands.Load;

/// <summary>What <c>load</c> runs: the request rate and how long, the tenant, and what kind of night runs meanwhile.</summary>
internal sealed record LoadSettings
{
    public const string Usage =
        "usage: load [--rps 1000] [--seconds 60] [--warm-up 5] [--users 40] [--months 12] [--seed 7] [--tenant DIR] [--night full|delta|none] [--connections 256]";

    /// <summary>Requests started per second, on a fixed schedule whatever the server does. Default 1,000.</summary>
    public int RequestsPerSecond { get; init; } = 1000;

    /// <summary>The measured window. Default 60 s.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Load before the measured window (connections open, the night under way, code jitted). Default 5 s.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>People in the generated tenant (each signs in and sends requests with their own token). Default 40.</summary>
    public int Users { get; init; } = 40;

    /// <summary>Months of history in the generated tenant. Default 12.</summary>
    public int Months { get; init; } = 12;

    /// <summary>The generated tenant's seed. Default 7 (the demo tenant's).</summary>
    public int Seed { get; init; } = 7;

    /// <summary>An existing tenant snapshot instead of a generated one.</summary>
    public string? TenantPath { get; init; }

    /// <summary>What runs in the host meanwhile. Default <see cref="NightKind.Full"/>.</summary>
    public NightKind Night { get; init; } = NightKind.Full;

    /// <summary>Most connections the load generator opens. Default 256.</summary>
    public int Connections { get; init; } = 256;

    public static LoadSettings? Parse(string[] args, TextWriter error)
    {
        var settings = new LoadSettings();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                error.WriteLine($"load: {name} needs a value\n{Usage}");
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--tenant":
                    settings = settings with { TenantPath = value };
                    continue;
                case "--night" when Enum.TryParse<NightKind>(value, ignoreCase: true, out var night):
                    settings = settings with { Night = night };
                    continue;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                error.WriteLine($"load: {name} takes a whole number, not '{value}'\n{Usage}");
                return null;
            }

            switch (name)
            {
                case "--rps" when number is >= 1 and <= 20_000: settings = settings with { RequestsPerSecond = number }; break;
                case "--seconds" when number is >= 1 and <= 3600: settings = settings with { Duration = TimeSpan.FromSeconds(number) }; break;
                case "--warm-up" when number <= 600: settings = settings with { WarmUp = TimeSpan.FromSeconds(number) }; break;
                case "--users" when number is >= 5 and <= 5000: settings = settings with { Users = number }; break;
                case "--months" when number is >= 1 and <= 36: settings = settings with { Months = number }; break;
                case "--seed": settings = settings with { Seed = number }; break;
                case "--connections" when number is >= 1 and <= 10_000: settings = settings with { Connections = number }; break;
                default:
                    error.WriteLine($"load: unknown option or value out of range: {name} {value}\n{Usage}");
                    return null;
            }
        }

        return settings;
    }
}
