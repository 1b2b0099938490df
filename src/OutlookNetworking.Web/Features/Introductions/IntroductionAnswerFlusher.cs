using OutlookNetworking.Data.Introductions;

namespace OutlookNetworking.Web.Features.Introductions;

/// <summary>
/// Writes the in-memory count of introductions answers (<see cref="IntroductionAnswerTally"/>) to
/// <c>introduction_answer_counts</c> every <see cref="Period"/> and once more when the host stops, so the table holds
/// every answer given; what cannot be written (the database away) goes back to the tally for the next flush.
/// </summary>
internal sealed partial class IntroductionAnswerFlusher(
    IntroductionAnswerTally tally, IntroductionStore store, TimeProvider time, ILogger<IntroductionAnswerFlusher> logger)
    : BackgroundService
{
    /// <summary>How often the counts are written.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(30);

    private PeriodicTimer? _timer;

    /// <summary>Writes every pending count now; false when some could not be written (they stay pending).</summary>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        var pending = tally.Take();
        for (var i = 0; i < pending.Count; i++)
        {
            try
            {
                await store.AddAnswersAsync(pending[i], cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                tally.Restore(pending.Skip(i));
                LogFlushFailed(logger, e, pending.Count - i);
                return false;
            }
        }

        return true;
    }

    /// <summary>Starts the period at once (the timer is made here, not in <see cref="ExecuteAsync"/>, which .NET runs
    /// later on the thread pool): the first flush comes <see cref="Period"/> of the clock after the start.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        _timer = new PeriodicTimer(Period, time);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timer = _timer ?? throw new InvalidOperationException("The flusher runs from StartAsync.");
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Pending} introductions answer counts; kept for the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, int pending);
}
