namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>
/// Tests that start product hosts with Hangfire servers run one at a time, after the parallel ones: Hangfire keeps
/// some process-wide state (its global configuration), and a night of work wants the machine's two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireHosts
{
    public const string Name = "Hangfire hosts";
}
