namespace OutlookNetworking.Web.Features.Digest;

/// <summary>One suggestion in a digest, with its one-click links.</summary>
/// <param name="OpenUrl">The thread or meeting in Outlook on the web; null when the suggestion has neither.</param>
/// <param name="OpenLabel">"Open the thread" or "Open the meeting".</param>
/// <param name="IntroductionLine">"Carla Diaz knows Maria Lopez well" under a fading tie an opted-in colleague knows
/// well (warm introductions, <see cref="DigestIntroductionLines"/>); null otherwise.</param>
public sealed record DigestItem(
    int Rank,
    string SuggestionKey,
    string KindName,
    string KindLabel,
    string ContactName,
    string ContactAddress,
    string Reason,
    string? OpenUrl,
    string OpenLabel,
    string DoneUrl,
    string SnoozeUrl,
    string DismissUrl,
    string? IntroductionLine = null);
