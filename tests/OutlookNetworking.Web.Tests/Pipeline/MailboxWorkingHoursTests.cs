using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>The working days of <c>mailboxSettings.workingHours</c> (read through the SDK with <c>$select</c>, served
/// by the simulator from the snapshot) are kept on the mailbox row, where meeting preparation reads them.</summary>
public sealed class MailboxWorkingHoursTests
{
    [Fact]
    public async Task Directory_WorkingHoursInTheSnapshot_KeptOnTheMailboxRow()
    {
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, GeneratedTenants.Contoso);

        var ava = await harness.MailboxAsync("ava.patel@contoso.example");
        var ben = await harness.MailboxAsync("ben.okafor@contoso.example");

        Assert.Equal("monday,tuesday,wednesday,thursday,friday", ava.WorkingDays);
        Assert.Null(ben.WorkingDays); // the fixture gives Ben no workingHours
    }
}
