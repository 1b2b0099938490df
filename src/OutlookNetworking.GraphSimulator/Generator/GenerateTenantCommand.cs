using System.Diagnostics;
using System.Globalization;

namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>
/// <c>generate-tenant --out DIR [--users N] [--months M] [--seed S] [--volume normal|light|X]
/// [--heavy-messages N] [--malformed N] [--now ISO] [--domain D]</c>. Exit code 0 on success,
/// 2 on a usage error, 1 when writing fails.
/// </summary>
public static class GenerateTenantCommand
{
    public const string Name = "generate-tenant";

    private const string Usage =
        "usage: generate-tenant --out DIR [--users N (40)] [--months M (12)] [--seed S (1)] " +
        "[--volume normal|light|X (normal=1, light=0.25)] [--heavy-messages N] [--malformed N (3)] [--now ISO] [--domain D]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        TenantGeneratorOptions options;
        try
        {
            options = Parse(args);
        }
        catch (FormatException exception)
        {
            stderr.WriteLine(exception.Message);
            stderr.WriteLine(Usage);
            return 2;
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            var result = TenantGenerator.Generate(options);
            var elapsed = Stopwatch.GetElapsedTime(started);
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote {result.OutputPath}: {result.Users} users, {result.Messages} messages, {result.Events} events, {result.MalformedLinesByUser.Values.Sum()} malformed lines, in {elapsed.TotalSeconds:0.0} s."));
            stdout.WriteLine("Stories planted for: " + string.Join(", ", result.StoryOwners) + " (see expected.json).");
            return 0;
        }
        catch (ArgumentException exception)
        {
            stderr.WriteLine(exception.Message);
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (IOException exception)
        {
            stderr.WriteLine("Could not write the tenant: " + exception.Message);
            return 1;
        }
        catch (UnauthorizedAccessException exception)
        {
            stderr.WriteLine("Could not write the tenant: " + exception.Message);
            return 1;
        }
    }

    private static TenantGeneratorOptions Parse(string[] args)
    {
        string? output = null;
        var defaults = new TenantGeneratorOptions { OutputPath = "." };
        int users = defaults.Users, months = defaults.Months, seed = defaults.Seed, malformed = defaults.MalformedLines;
        int? heavy = null;
        var volume = defaults.Volume;
        var now = defaults.Now;
        var domain = defaults.Domain;
        var start = args.Length > 0 && string.Equals(args[0], Name, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        for (var i = start; i < args.Length; i++)
        {
            var option = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{option} needs a value.");
            switch (option)
            {
                case "--out":
                    output = Value();
                    break;
                case "--users":
                    users = Integer(option, Value());
                    break;
                case "--months":
                    months = Integer(option, Value());
                    break;
                case "--seed":
                    seed = Integer(option, Value());
                    break;
                case "--malformed":
                    malformed = Integer(option, Value());
                    break;
                case "--heavy-messages":
                    heavy = Integer(option, Value());
                    break;
                case "--volume":
                    volume = Value() switch
                    {
                        "normal" => 1.0,
                        "light" => 0.25,
                        var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) => x,
                        var text => throw new FormatException($"--volume: '{text}' is not normal, light or a number."),
                    };
                    break;
                case "--now":
                    var nowText = Value();
                    now = DateTimeOffset.TryParse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
                        ? parsed
                        : throw new FormatException($"--now: '{nowText}' is not an ISO 8601 instant.");
                    break;
                case "--domain":
                    domain = Value();
                    break;
                default:
                    throw new FormatException($"Unknown option '{option}'.");
            }
        }

        return new TenantGeneratorOptions
        {
            OutputPath = output ?? throw new FormatException("--out is required."),
            Users = users,
            Months = months,
            Seed = seed,
            MalformedLines = malformed,
            HeavyMailboxMessages = heavy,
            Volume = volume,
            Now = now,
            Domain = domain,
        };
    }

    private static int Integer(string option, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{option}: '{text}' is not an integer.");
}
