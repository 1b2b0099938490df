using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>Hangfire's client as the jobs see it, recording what they enqueue so a test runs it (a worker it controls).</summary>
internal sealed class RecordingJobClient : IBackgroundJobClient
{
    private long _ids;

    public ConcurrentQueue<(string Id, Job Job)> Enqueued { get; } = new();

    public List<Job> All { get; } = [];

    public string Create(Job job, IState state)
    {
        var id = Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);
        lock (All)
        {
            All.Add(job);
        }

        Enqueued.Enqueue((id, job));
        return id;
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => true;
}
