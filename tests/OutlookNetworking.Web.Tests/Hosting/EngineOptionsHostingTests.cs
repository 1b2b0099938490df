using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>The host binds each detector's section under <c>Engine:Detectors</c> and refuses to start on a bad value or
/// an unknown key under <c>Engine</c>, naming it.</summary>
public sealed class EngineOptionsHostingTests
{
    [Fact]
    public async Task Start_DetectorSectionsConfigured_BindIntoTheEngineOptions()
    {
        await using var host = new AuthTestHost(role: HostRole.Web, settings: new Dictionary<string, string>
        {
            ["Engine:Detectors:OwedReply:MaxAge"] = "3.00:00:00",
            ["Engine:Detectors:FirstMeetingFollowUp:Window"] = "7.00:00:00",
            ["Engine:Detectors:CadenceGoal:GraceDays"] = "2",
            ["Engine:DailyListSize"] = "4",
        });
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<EngineOptions>>().Value;

        Assert.Equal(TimeSpan.FromDays(3), options.Detectors.OwedReply.MaxAge);
        Assert.Equal(TimeSpan.FromDays(1), options.Detectors.OwedReply.Grace);
        Assert.Equal(TimeSpan.FromDays(7), options.Detectors.FirstMeetingFollowUp.Window);
        Assert.Equal(2, options.Detectors.CadenceGoal.GraceDays);
        Assert.Equal(4, options.DailyListSize);
    }

    [Fact]
    public async Task Start_DetectorOptionOutOfRange_RefusesNamingItsSection()
    {
        await using var host = new AuthTestHost(role: HostRole.Web, settings: new Dictionary<string, string>
        {
            ["Engine:Detectors:AwaitingReply:MinAge"] = "10.00:00:00",
            ["Engine:Detectors:AwaitingReply:MaxAge"] = "5.00:00:00",
        });

        Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(host.ErrorLog.Errors, e => e.Contains("Refusing to start: Engine:Detectors:AwaitingReply: MinAge must not exceed MaxAge.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_EngineKeyFromBeforeTheDetectorSections_RefusesNamingIt()
    {
        await using var host = new AuthTestHost(role: HostRole.Web, settings: new Dictionary<string, string>
        {
            ["Engine:OwedReplyMaxDays"] = "14",
        });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("'OwedReplyMaxDays'", error.GetBaseException().Message, StringComparison.Ordinal);
    }
}
