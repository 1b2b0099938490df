using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Feedback;

namespace OutlookNetworking.Core.Detectors;

/// <summary>
/// Cadence goals: the user tagged a contact with a cadence (e.g. mentor, every 30 days) and the last
/// contact of any kind is more than the cadence (plus <c>CadenceGraceDays</c>) ago, or there is none.
/// </summary>
internal static class CadenceGoalDetector
{
    /// <summary>Anchor of a goal for someone never contacted.</summary>
    private const string NeverAnchor = "never";

    public static void Detect(DetectionContext context, UserFeedback feedback, List<Suggestion> output)
    {
        if (feedback.Goals.Count == 0)
        {
            return;
        }

        var byAddress = new Dictionary<string, ContactView>(StringComparer.Ordinal);
        foreach (var contact in context.Contacts)
        {
            if (contact is not null)
            {
                byAddress[contact.Address] = contact;
            }
        }

        foreach (var (rawAddress, goal) in feedback.Goals)
        {
            if (goal.CadenceDays is not { } cadence || cadence <= 0 || EmailAddresses.Normalize(rawAddress) is not { } address)
            {
                continue;
            }

            byAddress.TryGetValue(address, out var contact);
            var known = contact is not null && !contact.Stats.IsEmpty;
            int? silent = known ? context.DaysSince(contact!.Stats.LastContact) : null;
            var overdue = known ? silent!.Value - cadence - context.Options.CadenceGraceDays : cadence;
            if (overdue <= 0)
            {
                continue;
            }

            var displayName = contact?.DisplayName ?? DirectoryName(context, address);
            var name = string.IsNullOrWhiteSpace(displayName) ? address : displayName;
            var anchor = known ? SuggestionKeys.DateAnchor(context.Clock.DateOf(contact!.Stats.LastContact)) : NeverAnchor;
            output.Add(new Suggestion(
                SuggestionKeys.For(context.OwnerId, SuggestionKind.CadenceGoal, address, anchor),
                SuggestionKind.CadenceGoal,
                address,
                displayName,
                SuggestionScores.CadenceGoal(overdue, cadence),
                Reasons.CadenceGoal(name, goal.Tag, cadence, silent),
                Evidence.ForContact(context, contact) with
                {
                    CadenceDays = cadence,
                    AnchorAt = known ? contact!.Stats.LastContact : null,
                }));
        }
    }

    private static string? DirectoryName(DetectionContext context, string address)
        => context.Input.Directory.DisplayNames.TryGetValue(address, out var name) ? name : null;
}
