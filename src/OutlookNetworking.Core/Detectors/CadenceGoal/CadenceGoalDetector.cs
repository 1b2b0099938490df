using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Detectors.CadenceGoal;

/// <summary>
/// Cadence goals: the user tagged a contact with a cadence (e.g. mentor, every 30 days) and the last contact of any
/// kind is more than the cadence (plus <see cref="CadenceGoalOptions.GraceDays"/>) ago, or there is none. Anchored on
/// the last-contact date (or "never").
/// </summary>
internal sealed class CadenceGoalDetector(CadenceGoalOptions options) : ISuggestionDetector
{
    /// <summary>Anchor of a goal for someone never contacted.</summary>
    private const string NeverAnchor = "never";

    public SuggestionKind Kind => SuggestionKind.CadenceGoal;

    public void Detect(DetectionContext context, List<Suggestion> output)
    {
        if (context.Feedback.Goals.Count == 0)
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

        foreach (var (rawAddress, goal) in context.Feedback.Goals)
        {
            if (goal.CadenceDays is not { } cadence || cadence <= 0 || EmailAddresses.Normalize(rawAddress) is not { } address)
            {
                continue;
            }

            byAddress.TryGetValue(address, out var contact);
            var known = contact is not null && !contact.Stats.IsEmpty;
            int? silent = known ? context.DaysSince(contact!.Stats.LastContact) : null;
            var overdue = known ? silent!.Value - cadence - options.GraceDays : cadence;
            if (overdue <= 0)
            {
                continue;
            }

            var displayName = contact?.DisplayName ?? DirectoryName(context, address);
            var name = string.IsNullOrWhiteSpace(displayName) ? address : displayName;
            var anchor = known ? SuggestionKeys.DateAnchor(context.Clock.DateOf(contact!.Stats.LastContact)) : NeverAnchor;
            output.Add(context.Suggest(Kind, address, displayName, anchor,
                CadenceGoalScore.Of(overdue, cadence),
                CadenceGoalReason.For(name, goal.Tag, cadence, silent),
                Evidence.ForContact(context, contact) with
                {
                    CadenceDays = cadence,
                    AnchorAt = known ? contact!.Stats.LastContact : null,
                }));
        }
    }

    private static string? DirectoryName(DetectionContext context, string address)
        => context.Directory.DisplayNames.TryGetValue(address, out var name) ? name : null;
}
