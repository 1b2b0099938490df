using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Detectors.TieWorth;

/// <summary>What made a quiet tie rank, by the term that added most to its worth, compared with the other ties of its
/// kind, appended to the kind's own sentence: "…; it has been 616 days since, ranked by its 130 contact days, more than
/// with anyone else you have lost touch with."</summary>
internal static class TieWorthReason
{
    /// <param name="sentence">The kind's own reason (one sentence, ending with a full stop).</param>
    /// <param name="group">The others of this kind, as a phrase after "anyone else you": "have lost touch with".</param>
    public static string Append(string sentence, QuietTieWorth worth, QuietTieWorth.Reading reading, ContactView contact,
        Relationship tie, IReadOnlyList<Relationship> others, string group, DetectionContext context)
        => sentence.TrimEnd('.') + ", ranked by " + Clause(worth.Leading, reading, contact, tie, others, group, context) + ".";

    private static string Clause(WorthTerm term, QuietTieWorth.Reading reading, ContactView contact, Relationship tie,
        IReadOnlyList<Relationship> others, string group, DetectionContext context)
    {
        switch (term)
        {
            case WorthTerm.Closeness when reading == QuietTieWorth.Reading.Weakest:
                var more = others.Count(o => o.ContactDays > tie.ContactDays);
                return string.Create(ReasonText.Invariant, $"its only {tie.ContactDays} contact days")
                       + Than("fewer", more, others.Count, group) + ", as less time together brings newer advice";
            case WorthTerm.Closeness:
                var fewer = others.Count(o => o.ContactDays < tie.ContactDays);
                return string.Create(ReasonText.Invariant, $"its {tie.ContactDays} contact days") + Than("more", fewer, others.Count, group);
            case WorthTerm.Reciprocity:
                return string.Create(ReasonText.Invariant, $"how evenly your mail went both ways ({tie.Sent} sent, {tie.Received} received")
                       + (tie.Meetings > 0 ? string.Create(ReasonText.Invariant, $", {tie.Meetings} meetings)") : ")");
            case WorthTerm.PeakRecency:
                var older = others.Count(o => o.LastContact < tie.LastContact);
                return older == 0
                    ? string.Create(ReasonText.Invariant, $"its last contact in {context.Clock.DateOf(tie.LastContact):MMMM yyyy}")
                    : "its recent silence" + Than("more recent", older, others.Count, group);
            case WorthTerm.External:
                return contact.Name + " being outside your organisation, where new information most often comes from";
            case WorthTerm.Goal:
                return "the goal you set for " + contact.Name;
            default:
                throw new ArgumentOutOfRangeException(nameof(term), term, null);
        }
    }

    /// <summary>", more than with anyone else you have lost touch with" / ", more than with 3 of the 5 others you have
    /// lost touch with"; empty when there are no others or none is passed.</summary>
    private static string Than(string comparative, int passed, int count, string group)
    {
        if (count == 0 || passed == 0)
        {
            return "";
        }

        return passed == count
            ? $", {comparative} than with anyone else you {group}"
            : string.Create(ReasonText.Invariant, $", {comparative} than with {passed} of the {count} others you {group}");
    }
}
