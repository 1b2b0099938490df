using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Core.Tests;

public sealed class SkeletonTests
{
    [Fact]
    public void MessageMeta_At_PrefersSentTime()
    {
        var sent = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var message = new MessageMeta("m1", "c1", new Party("a@x.example"), [], [], [], sent, sent.AddMinutes(1),
            FolderKind.Inbox, InferenceClass.Focused, false);
        Assert.Equal(sent, message.At);
    }
}
