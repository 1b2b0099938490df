namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary>Tests that run the product as child processes run one at a time, after the other tests of this assembly
/// (not beside them), so each one's host shares the machine's two cores with as little of this test run as possible.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChildHostCollection
{
    public const string Name = "Child host processes";
}
