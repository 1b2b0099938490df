using OutlookNetworking.Demo.Features.DemoNight;

namespace OutlookNetworking.Web.Tests.Demo;

public sealed class DemoFailedMailboxTests
{
    [Theory]
    [InlineData("HttpRequestException: Connection refused (127.0.0.1:41234)", "httpRequestException")]
    [InlineData("AppTokenUnavailableException: no token for tenant", "appTokenUnavailableException")]
    [InlineData("TaskCanceledException:", "taskCanceledException")]
    [InlineData(null, DemoFailedMailbox.NotFinished)]
    [InlineData("", DemoFailedMailbox.NotFinished)]
    [InlineData("something went wrong: no type", DemoFailedMailbox.NotFinished)]
    public void ReasonOf_LastFailure_TheExceptionTypeOnlyInCamelCase(string? lastFailure, string expected) =>
        Assert.Equal(expected, DemoFailedMailbox.ReasonOf(lastFailure));
}
