using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Digest.Links;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>
/// Each digest link is protected with a purpose named after its action, and links already sent sit in people's
/// mailboxes until they expire: the purposes, written down here by hand, must not change, or every link out there
/// stops working. Renaming a <see cref="DigestLinkAction"/> member fails here first.
/// </summary>
public sealed class DigestLinkPurposeTests
{
    public static TheoryData<DigestLinkAction, string> Purposes() => new()
    {
        { DigestLinkAction.Done, "Done" },
        { DigestLinkAction.Snooze, "Snooze" },
        { DigestLinkAction.Dismiss, "Dismiss" },
        { DigestLinkAction.Unsubscribe, "Unsubscribe" },
    };

    [Theory]
    [MemberData(nameof(Purposes))]
    public void Sign_EachAction_UsesItsPinnedPurpose(DigestLinkAction action, string purpose)
    {
        var protection = new EphemeralDataProtectionProvider();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 30, 18, 0, 0, TimeSpan.Zero));
        var signer = new DigestLinkSigner(protection, Options.Create(new DigestOptions()), time);

        var token = signer.Sign(action, Guid.NewGuid(), Guid.NewGuid(), "s_0123456789abcdef");

        var text = protection.CreateProtector("OutlookNetworking.DigestLink", purpose).Unprotect(token);
        Assert.EndsWith(time.GetUtcNow().AddDays(7).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Purposes_EveryAction_IsPinned()
        => Assert.Equal(Enum.GetValues<DigestLinkAction>().Order(), Purposes().Select(row => (DigestLinkAction)row[0]).Order());
}
