namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary>Tests that run the product as child processes take turns: each one's host gets the machine's cores to
/// itself as far as this test run goes.</summary>
[CollectionDefinition(Name)]
public sealed class ChildHostCollection
{
    public const string Name = "Child host processes";
}
