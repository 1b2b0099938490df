using System.Globalization;

namespace OutlookNetworking.Cli.Commands.Chaos;

/// <summary>The parsed arguments of <c>chaos</c>.</summary>
internal sealed record ChaosArguments(int Seeds, int FirstSeed, int Users, int Months, string? TenantPath, int RetryAfterSeconds, int PageSize, int ShowRows, int SdkRetryDelaySeconds)
{
    public static ChaosArguments? Parse(string[] args, TextWriter error)
    {
        var result = new ChaosArguments(Seeds: 10, FirstSeed: 1, Users: 12, Months: 6, TenantPath: null, RetryAfterSeconds: 1, PageSize: 25, ShowRows: 5, SdkRetryDelaySeconds: 3);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                error.WriteLine($"chaos: {name} needs a value");
                return null;
            }

            var value = args[++i];
            if (name == "--tenant")
            {
                result = result with { TenantPath = value };
                continue;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                error.WriteLine($"chaos: {name} takes a whole number, not '{value}'");
                return null;
            }

            switch (name)
            {
                case "--seeds" when number is >= 1 and <= 1000: result = result with { Seeds = number }; break;
                case "--first-seed": result = result with { FirstSeed = number }; break;
                case "--users" when number is >= 8 and <= 2000: result = result with { Users = number }; break;
                case "--months" when number is >= 1 and <= 36: result = result with { Months = number }; break;
                case "--retry-after" when number is >= 0 and <= 30: result = result with { RetryAfterSeconds = number }; break;
                case "--page-size" when number is >= 10 and <= 1000: result = result with { PageSize = number }; break;
                case "--sdk-retry-delay" when number is >= 0 and <= 180: result = result with { SdkRetryDelaySeconds = number }; break;
                case "--show-rows" when number >= 0: result = result with { ShowRows = number }; break;
                default:
                    error.WriteLine($"chaos: unknown option or value out of range: {name} {value}");
                    return null;
            }
        }

        return result;
    }
}
