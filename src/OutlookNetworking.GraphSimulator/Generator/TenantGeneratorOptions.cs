namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>What <see cref="TenantGenerator"/> writes. Same options and seed: byte-identical output.</summary>
public sealed class TenantGeneratorOptions
{
    /// <summary>The folder to write the snapshot to (created; existing snapshot files are overwritten).</summary>
    public required string OutputPath { get; init; }

    /// <summary>Users with a mailbox (rooms and the shared mailbox come on top). Default 40; at least 8.</summary>
    public int Users { get; init; } = 40;

    /// <summary>Months of regular activity before <see cref="Now"/>. Default 12; 1 to 60.</summary>
    public int Months { get; init; } = 12;

    /// <summary>Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The snapshot's <c>now</c>. Default 2025-06-30T18:00:00Z (fixed: never the wall clock).</summary>
    public DateTimeOffset Now { get; init; } = new(2025, 6, 30, 18, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Scales how often people write (1 = a busy office worker, about 600 messages a year; 0.25 =
    /// light, for 1,000-user scale tests). Default 1; 0.05 to 4.
    /// </summary>
    public double Volume { get; init; } = 1.0;

    /// <summary>When set, adds one extra mailbox (<c>heavy.mailbox@…</c>) holding about this many messages (for benchmarks).</summary>
    public int? HeavyMailboxMessages { get; init; }

    /// <summary>Malformed lines written into mailboxes (at least one per story owner). Default 3.</summary>
    public int MalformedLines { get; init; } = 3;

    /// <summary>The organisation's domain. Default <c>contoso.example</c>.</summary>
    public string Domain { get; init; } = "contoso.example";

    /// <summary>Default "Contoso".</summary>
    public string TenantName { get; init; } = "Contoso";

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(OutputPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(Users, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Users, 20_000);
        ArgumentOutOfRangeException.ThrowIfLessThan(Months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Months, 60);
        if (Volume is < 0.05 or > 4 || double.IsNaN(Volume))
        {
            throw new ArgumentOutOfRangeException(nameof(Volume), Volume, "Volume must be between 0.05 and 4.");
        }

        if (HeavyMailboxMessages is < 1 or > 5_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(HeavyMailboxMessages), HeavyMailboxMessages, "Between 1 and 5,000,000.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MalformedLines);
    }
}
