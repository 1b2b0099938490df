namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>Browser tests share one Chromium (and run one class at a time: the machine has two cores), and the read-only
/// ones one analysed host (<see cref="AnalysedContosoHost"/>).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<AnalysedContosoHost>
{
    public const string Name = "browser";
}
