using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Health;

public sealed class NetworkHealthTests
{
    [Fact]
    public void Analyze_MixedNetwork_CountsEachStateNowAndThirtyDaysEarlier()
    {
        var timeline = new Timeline()
            .Weekly("ben@contoso.example", 30, 2)      // active now and then
            .Weekly("chen@northwind.example", 20, 3)   // active now and then, external
            .Exchange("dana@contoso.example", DaysAgo(10))  // new this month
            .Weekly("eli@adatum.example", 42, 616);    // dormant now and then
        for (var m = 0; m < 13; m++)
        {
            // monthly until 100 days ago: fading now (100 >= 3 x 30), active 30 days ago (70 < 87)
            timeline.Exchange("maria@fabrikam.example", DaysAgo(100 + (30 * m)));
        }

        var health = timeline.Analyze().Health;

        Assert.Equal(3, health.ActiveTies.Value);    // ben, chen, dana
        Assert.Equal(3, health.ActiveTies.Previous); // ben, chen, maria
        Assert.Equal(0, health.ActiveTies.Change);
        Assert.Equal(1, health.NewTiesThisMonth.Value);
        Assert.Equal(0, health.NewTiesThisMonth.Previous);
        Assert.Equal(1, health.FadingTies.Value);
        Assert.Equal(0, health.FadingTies.Previous);
        Assert.Equal(1, health.DormantTies.Value);
        Assert.Equal(1, health.DormantTies.Previous);
        Assert.Equal(1.0 / 3, health.ExternalShare.Value, 6);
        Assert.Equal(2.0 / 3, health.ExternalShare.Previous, 6);
        Assert.Equal(1.0, health.Reciprocity.Value, 6);
    }

    [Fact]
    public void Analyze_EmptyMailbox_HasAllZeroHealth()
    {
        var health = new Timeline().Analyze().Health;

        Assert.Equal(0, health.ActiveTies.Value);
        Assert.Equal(0, health.ExternalShare.Value);
        Assert.Equal(0, health.Reciprocity.Previous);
    }

    [Fact]
    public void Analyze_OneSidedActiveTie_LowersReciprocity()
    {
        var timeline = new Timeline()
            .Received("ben@contoso.example", DaysAgo(9)).Received("ben@contoso.example", DaysAgo(8))
            .Received("ben@contoso.example", DaysAgo(7)).Sent(["ben@contoso.example"], DaysAgo(6));

        Assert.Equal(1.0 / 3, timeline.Analyze().Health.Reciprocity.Value, 6);
    }
}
