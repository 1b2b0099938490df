using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>
/// The digest's question to the introductions index ("who knows this fading tie well?") on the seeded tenants: Ava and
/// Ben of Contoso know Lena (Ben's tie: strength 0.31), Carol of the other tenant too. With the strong threshold at 0.3
/// Ben knows Lena well; at the default 0.6 his tie reads steady and names nobody. Same consent as the API.
/// </summary>
public sealed class IndexDigestIntroductionsTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>, IAsyncLifetime
{
    private static readonly string[] AskLena = [SeededData.Lena];

    private IntroductionStore Store => fixture.Host.Services.GetRequiredService<IntroductionStore>();

    public async Task InitializeAsync() => await SeededData.ResetAsync(fixture.Host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(true, true, true, true)]
    [InlineData(false, true, true, false)] // organisation switch off
    [InlineData(true, false, true, false)] // Ava (the asker) has not opted in: give to get
    [InlineData(true, true, false, false)] // Ben has not opted in (or opted out): never named
    public async Task WhoKnowsWell_OptInsAndSwitch_BenOnlyWhenEveryoneAgreed(bool organisationOn, bool askerIn, bool colleagueIn, bool named)
    {
        await Store.SetEnabledAsync(TestIds.HomeTenant, organisationOn, CancellationToken.None);
        await Store.SetDiscoverableAsync(SeededData.AvaKey, askerIn, CancellationToken.None);
        await Store.SetDiscoverableAsync(SeededData.BenKey, colleagueIn, CancellationToken.None);

        var known = await Index(strong: 0.3).WhoKnowsWellAsync(SeededData.AvaKey, AskLena, CancellationToken.None);

        Assert.Equal(named ? [SeededData.Lena] : [], known.Keys.ToArray());
        if (named)
        {
            Assert.Equal(TestIds.Ben.DisplayName, known[SeededData.Lena]); // never Carol (other tenant), never Ava herself
        }
    }

    [Fact]
    public async Task WhoKnowsWell_ColleaguesTieOnlySteady_NamesNobody()
    {
        await Store.SetEnabledAsync(TestIds.HomeTenant, true, CancellationToken.None);
        await Store.SetDiscoverableAsync(SeededData.AvaKey, true, CancellationToken.None);
        await Store.SetDiscoverableAsync(SeededData.BenKey, true, CancellationToken.None);

        var known = await Index(strong: new EngineOptions().StrongTieStrength).WhoKnowsWellAsync(SeededData.AvaKey, AskLena, CancellationToken.None);

        Assert.Empty(known);
    }

    [Fact]
    public async Task WhoKnowsWell_BenAsksAboutLena_AvaOptedIn_NamesAvaNotBen()
    {
        await Store.SetEnabledAsync(TestIds.HomeTenant, true, CancellationToken.None);
        await Store.SetDiscoverableAsync(SeededData.AvaKey, true, CancellationToken.None);
        await Store.SetDiscoverableAsync(SeededData.BenKey, true, CancellationToken.None);

        var known = await Index(strong: 0.3).WhoKnowsWellAsync(SeededData.BenKey, AskLena, CancellationToken.None);

        Assert.Equal(TestIds.Ava.DisplayName, Assert.Single(known).Value); // Ava's tie 0.41; Ben's own never counts for him
    }

    private IndexDigestIntroductions Index(double strong) =>
        new(Store, Options.Create(new EngineOptions { StrongTieStrength = strong, SteadyTieStrength = Math.Min(0.2, strong) }));
}
