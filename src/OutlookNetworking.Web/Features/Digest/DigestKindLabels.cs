using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>How a digest names each kind of suggestion. No catch-all arm: a new kind does not compile (CS8509) until it
/// has its label here.</summary>
internal static class DigestKindLabels
{
    public static string Of(SuggestionKind kind) => kind switch
    {
        SuggestionKind.FirstMeetingFollowUp => "Follow up on a first meeting",
        SuggestionKind.OwedReply => "A reply you owe",
        SuggestionKind.AwaitingReply => "Still waiting on a reply",
        SuggestionKind.FadingTie => "A tie that is fading",
        SuggestionKind.DormantTie => "Worth reconnecting",
        SuggestionKind.CadenceGoal => "Your goal",
        SuggestionKind.MeetingPrep => "Before you meet",
    };
}
