using System.Diagnostics.CodeAnalysis;
using OutlookNetworking.Demo.Hosting;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Demo;

/// <summary>
/// The demo host: the production app composed as production composes it (<see cref="OutlookNetworkingApp"/>), plus
/// the Graph simulator over a generated tenant, the local stand-in for Entra ID, the demo pages and the demo clock.
/// Development only, loopback only (<see cref="DemoStartGuard"/>). <c>dotnet run --project src/OutlookNetworking.Demo</c>.
/// </summary>
[SuppressMessage("Design", "CA1052:Static holder types should be Static or NotInheritable",
    Justification = "A type argument of the tests' WebApplicationFactory<DemoProgram>, which a static class cannot be.")]
public sealed class DemoProgram
{
    private DemoProgram()
    {
    }

    public static Task<int> Main(string[] args) =>
        OutlookNetworkingApp.RunAsync(args,
            addBefore: builder => builder.AddOutlookNetworkingDemo(),
            addAfter: builder => builder.AddOutlookNetworkingDemoSeeders(),
            mapAfter: app => app.MapOutlookNetworkingDemo());
}
