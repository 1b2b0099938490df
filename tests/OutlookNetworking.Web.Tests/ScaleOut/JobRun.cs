namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>One background job as Hangfire's history tells it: its method, arguments and states, oldest first.</summary>
internal sealed record JobRun(string JobId, Type? Type, IReadOnlyList<object?> Args, IReadOnlyList<JobRunState> States)
{
    public int SucceededCount => States.Count(s => s.Name == "Succeeded");

    /// <summary>The servers that took the job, in order (more than one when a server stopped while running it).</summary>
    public IReadOnlyList<string> ProcessedBy => States.Where(s => s.Name == "Processing" && s.ServerId is not null)
        .Select(s => s.ServerId!).ToList();

    /// <summary>The server that ran the job to success.</summary>
    public string? SucceededOn
    {
        get
        {
            var succeeded = States.ToList().FindLastIndex(s => s.Name == "Succeeded");
            return succeeded <= 0 ? null : States.Take(succeeded).Where(s => s.Name == "Processing").Select(s => s.ServerId).LastOrDefault();
        }
    }
}

/// <summary>One state of a job; <paramref name="ServerId"/> is set for Processing states.</summary>
internal readonly record struct JobRunState(string Name, string? ServerId);
