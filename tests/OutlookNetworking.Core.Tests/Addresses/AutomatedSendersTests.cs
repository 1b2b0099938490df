using OutlookNetworking.Core.Addresses;

namespace OutlookNetworking.Core.Tests.Addresses;

public sealed class AutomatedSendersTests
{
    [Theory]
    [InlineData("noreply@github.example")]
    [InlineData("no-reply@tickets.contoso.example")]
    [InlineData("no_reply@bank.example")]
    [InlineData("donotreply@hr.example")]
    [InlineData("do-not-reply@hr.example")]
    [InlineData("mailer-daemon@contoso.example")]
    [InlineData("postmaster@contoso.example")]
    [InlineData("notifications@github.example")]
    [InlineData("notification-eu@service.example")]
    [InlineData("noreply+12345@service.example")]
    [InlineData("bounces@lists.example")]
    public void IsAutomated_MachineSender_ReturnsTrue(string address)
        => Assert.True(AutomatedSenders.IsAutomated(address));

    [Theory]
    [InlineData("ben.okafor@contoso.example")]
    [InlineData("nora.reply@contoso.example")]
    [InlineData("noah@contoso.example")]
    [InlineData("info@fabrikam.example")]
    public void IsAutomated_Person_ReturnsFalse(string address)
        => Assert.False(AutomatedSenders.IsAutomated(address));
}
