using Npgsql;
using NpgsqlTypes;

namespace OutlookNetworking.Data.Coordination;

/// <summary>
/// The deployment-wide cap on concurrent Graph requests, held in PostgreSQL when several instances share the work: one
/// row per slot (<c>graph_request_slots</c>), each taken by one request at a time with a lease on the database's clock,
/// so a worker that dies holding slots frees them when the lease runs out. A request takes all the slots it needs in one
/// transaction or none (two batches each holding half of what they need would wait on each other), and waits, polling,
/// while too few are free. The table is made on first use (as Hangfire makes its own schema), outside the EF Core model.
/// </summary>
public sealed class GraphRequestSlotTable : IAsyncDisposable
{
    /// <summary>How long a taken slot stays taken when its holder never gives it back (a crash). Longer than any Graph
    /// request lives (the Graph client gives up after 100 s).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(100);
    private readonly NpgsqlDataSource _source;
    private readonly SemaphoreSlim _prepare = new(1, 1);
    private int _preparedFor;

    public GraphRequestSlotTable(string connectionString)
    {
        _source = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>Takes <paramref name="count"/> of the first <paramref name="cap"/> slots, waiting while too few are free;
    /// returns the slots taken and the holder's id, for <see cref="ReleaseAsync"/>.</summary>
    public async Task<(int[] Slots, Guid Holder)> TakeAsync(int count, int cap, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, cap);
        await PrepareAsync(cap, cancellationToken);
        var holder = Guid.NewGuid();
        var wait = FirstPoll;
        while (true)
        {
            if (await TryTakeAsync(count, cap, holder, cancellationToken) is { } slots)
            {
                return (slots, holder);
            }

            await Task.Delay(wait + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 5)), cancellationToken);
            wait = wait * 2 > LongestPoll ? LongestPoll : wait * 2;
        }
    }

    public async Task ReleaseAsync(int[] slots, Guid holder, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            "UPDATE graph_request_slots SET holder = NULL, lease_until = NULL WHERE slot = ANY(@slots) AND holder = @holder");
        command.Parameters.Add(new NpgsqlParameter("slots", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = slots });
        command.Parameters.AddWithValue("holder", holder);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How many slots are taken right now (leases not run out).</summary>
    public async Task<int> CountTakenAsync(CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(
            "SELECT count(*) FROM graph_request_slots WHERE holder IS NOT NULL AND lease_until >= clock_timestamp()");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        _prepare.Dispose();
    }

    private async Task<int[]?> TryTakeAsync(int count, int cap, Guid holder, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            WITH free AS (
                SELECT slot FROM graph_request_slots
                WHERE slot < @cap AND (holder IS NULL OR lease_until < clock_timestamp())
                ORDER BY slot LIMIT @count FOR UPDATE SKIP LOCKED)
            UPDATE graph_request_slots s SET holder = @holder, lease_until = clock_timestamp() + @lease
            FROM free WHERE s.slot = free.slot
            RETURNING s.slot
            """, connection, transaction);
        command.Parameters.AddWithValue("cap", cap);
        command.Parameters.AddWithValue("count", count);
        command.Parameters.AddWithValue("holder", holder);
        command.Parameters.AddWithValue("lease", Lease);
        var slots = new List<int>(count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                slots.Add(reader.GetInt32(0));
            }
        }

        if (slots.Count < count)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        await transaction.CommitAsync(cancellationToken);
        return [.. slots];
    }

    /// <summary>Makes the table and its first <paramref name="cap"/> slots, once per process and cap.</summary>
    private async Task PrepareAsync(int cap, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _preparedFor) >= cap)
        {
            return;
        }

        await _prepare.WaitAsync(cancellationToken);
        try
        {
            if (_preparedFor >= cap)
            {
                return;
            }

            await using var command = _source.CreateCommand("""
                CREATE TABLE IF NOT EXISTS graph_request_slots (slot integer PRIMARY KEY, holder uuid NULL, lease_until timestamptz NULL);
                INSERT INTO graph_request_slots (slot) SELECT generate_series(0, @last) ON CONFLICT DO NOTHING;
                """);
            command.Parameters.AddWithValue("last", cap - 1);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                    break;
                }
                catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation && attempt < 3)
                {
                    // Two instances made the table at the same moment (CREATE TABLE IF NOT EXISTS races in the catalog): again.
                }
            }

            Volatile.Write(ref _preparedFor, cap);
        }
        finally
        {
            _prepare.Release();
        }
    }
}
