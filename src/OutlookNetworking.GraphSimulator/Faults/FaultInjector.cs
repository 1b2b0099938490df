using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.GraphSimulator.Faults;

/// <summary>
/// Chooses the fault for a request: first the "fail the next N" rules in order, then the random
/// rates. The random draw for the n-th request with a given method and path+query is a hash of
/// (seed, method, path+query, n), so it does not depend on the order concurrent requests arrive in.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<RuleState> _rules = [];
    private readonly ConcurrentDictionary<string, long> _occurrences = new(StringComparer.Ordinal);
    private FaultOptions _options = new();

    public FaultOptions Options => Volatile.Read(ref _options);

    public void Configure(FaultOptions options)
    {
        options.Validate();
        Volatile.Write(ref _options, options);
        _occurrences.Clear();
    }

    public void AddRule(FaultRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rule.Count);
        lock (_gate)
        {
            _rules.Add(new RuleState(rule, rule.Count));
        }
    }

    public void ClearRules()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Clears the rules and sets every rate to zero.</summary>
    public void Reset()
    {
        ClearRules();
        Configure(new FaultOptions());
    }

    public FaultDecision? Decide(string method, string pathAndQuery, bool isBatchItem)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var state = _rules[i];
                if (state.Remaining > 0 && state.Rule.Matches(method, pathAndQuery)
                    && !(isBatchItem && IsConnectionFault(state.Rule.Kind)))
                {
                    state.Remaining--;
                    if (state.Remaining == 0)
                    {
                        _rules.RemoveAt(i);
                    }

                    return new FaultDecision(state.Rule.Kind, state.Rule.RetryAfterSeconds, state.Rule.LatencyMilliseconds);
                }
            }
        }

        var options = Options;
        var total = options.ThrottleRate + options.ServiceUnavailableRate + options.GatewayTimeoutRate
            + options.ServiceUnavailableWithoutRetryAfterRate + options.BadGatewayHtmlRate + options.GatewayTimeoutHtmlRate
            + options.DropConnectionRate + options.TruncatedBodyRate + options.LatencyRate;
        if (total <= 0
            || (options.PathContains is not null && !pathAndQuery.Contains(options.PathContains, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var key = method + " " + pathAndQuery;
        var occurrence = _occurrences.AddOrUpdate(key, 1, static (_, n) => n + 1);
        var draw = Draw(options.Seed, key, occurrence);
        ReadOnlySpan<(double Rate, FaultKind Kind)> table =
        [
            (options.ThrottleRate, FaultKind.Throttle),
            (options.ServiceUnavailableRate, FaultKind.ServiceUnavailable),
            (options.GatewayTimeoutRate, FaultKind.GatewayTimeout),
            (options.ServiceUnavailableWithoutRetryAfterRate, FaultKind.ServiceUnavailableWithoutRetryAfter),
            (options.BadGatewayHtmlRate, FaultKind.BadGatewayHtml),
            (options.GatewayTimeoutHtmlRate, FaultKind.GatewayTimeoutHtml),
            (options.DropConnectionRate, FaultKind.DropConnection),
            (options.TruncatedBodyRate, FaultKind.TruncatedBody),
            (options.LatencyRate, FaultKind.Latency),
        ];
        var threshold = 0.0;
        foreach (var (rate, kind) in table)
        {
            threshold += rate;
            if (draw < threshold)
            {
                return isBatchItem && IsConnectionFault(kind)
                    ? null
                    : new FaultDecision(kind, options.RetryAfterSeconds, options.LatencyMilliseconds);
            }
        }

        return null;
    }

    /// <summary>Faults of the connection or of the gateway in front of Graph: a batch step never gets them (the batch does).</summary>
    private static bool IsConnectionFault(FaultKind kind) =>
        kind is FaultKind.DropConnection or FaultKind.TruncatedBody or FaultKind.AnswerLost or FaultKind.BadGatewayHtml or FaultKind.GatewayTimeoutHtml;

    /// <summary>A uniform number in [0, 1) from the seed, the request key and its occurrence.</summary>
    private static double Draw(int seed, string key, long occurrence)
    {
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seed}\n{occurrence}\n{key}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return (BinaryPrimitives.ReadUInt64LittleEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }

    private sealed class RuleState(FaultRule rule, int remaining)
    {
        public FaultRule Rule { get; } = rule;

        public int Remaining { get; set; } = remaining;
    }
}
