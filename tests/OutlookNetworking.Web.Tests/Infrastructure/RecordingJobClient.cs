using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>An <see cref="IBackgroundJobClient"/> that records what would be queued: job type name and arguments.</summary>
public sealed class RecordingJobClient : IBackgroundJobClient
{
    public ConcurrentQueue<(string Type, IReadOnlyList<object?> Args)> Created { get; } = new();

    public string Create(Job job, IState state)
    {
        Created.Enqueue((job.Type.Name, job.Args.ToList()));
        return Created.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => false;

    /// <summary>The user ids of the mailbox jobs queued (second argument of <c>MailboxNightJob.RunAsync</c>).</summary>
    public IReadOnlyList<Guid> MailboxJobUsers() =>
        Created.Where(c => c.Type == "MailboxNightJob").Select(c => (Guid)c.Args[1]!).ToList();
}
