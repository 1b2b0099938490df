using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Input;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// Judges addresses of the organisation's own domains that the directory does not resolve (graph-fidelity GF-14).
/// Two things look alike there: a dynamic distribution group (Exchange-only, so GET /groups never lists it, and mail
/// to it carries its own-domain address) and a colleague the directory no longer lists (departed, account deleted or
/// disabled). They are told apart by how the address is used in the mailbox:
/// <list type="bullet">
/// <item>It never wrote to the owner, never organised a meeting and never answered an invitation: a list. A list only
/// ever receives. Treating it as a list costs nothing when it is really a silent person: someone who never once
/// answered is one-way contact, which is no relationship anyway, while treating a list as a person makes follow-ups
/// "with" a list and turns a team meeting into a small one.</item>
/// <item>It wrote, organised or answered: a person. Their history is real, so they stay a contact with relationships
/// and suggestions like anyone else: a former colleague is worth reconnecting with (dormant ties give advice as useful
/// as current ones and more novel, Levin, Walter &amp; Murnighan 2011), and the product cannot know where they went.</item>
/// </list>
/// Only active when the directory's reach is known (<see cref="DirectoryInfo.KnownAddresses"/> given). Whether an
/// address acted is kept on its <see cref="State.AddressEntry.ActorRefs"/> (every message it wrote, meeting it organised
/// or invitation it answered, drafts and cancelled meetings included), so a night that adds or removes such an item
/// counts it without reading the mailbox again.
/// </summary>
internal sealed class UnresolvedInternalAddresses
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _domains = new(StringComparer.OrdinalIgnoreCase);

    private UnresolvedInternalAddresses(DirectoryInfo directory)
    {
        foreach (var raw in directory.KnownAddresses)
        {
            if (EmailAddresses.Normalize(raw) is { } normal)
            {
                _known.Add(normal);
            }
        }

        foreach (var domain in directory.InternalDomains)
        {
            if (!string.IsNullOrWhiteSpace(domain))
            {
                _domains.Add(domain.Trim().TrimStart('@'));
            }
        }
    }

    /// <summary>The rule for this directory, or null when its reach or the own domains are unknown.</summary>
    public static UnresolvedInternalAddresses? For(DirectoryInfo directory)
        => directory.KnownAddresses.Count == 0 || directory.InternalDomains.Count == 0 ? null : new UnresolvedInternalAddresses(directory);

    /// <summary>The addresses that act on <paramref name="message"/>: its sender, whatever folder it is in.</summary>
    public static IEnumerable<string?> ActorsOf(MessageMeta message)
    {
        yield return message.From?.Address;
    }

    /// <summary>The addresses that act on <paramref name="meeting"/>: its organizer and whoever answered the invitation
    /// (accepted, tentatively accepted or declined), cancelled or not.</summary>
    public static IEnumerable<string?> ActorsOf(MeetingMeta meeting)
    {
        yield return meeting.Organizer?.Address;
        foreach (var attendee in meeting.Attendees)
        {
            if (attendee.Response is ResponseKind.Accepted or ResponseKind.TentativelyAccepted or ResponseKind.Declined)
            {
                yield return attendee.Who.Address;
            }
        }
    }

    /// <summary>True for a normalised own-domain address the directory does not resolve and that never acted
    /// (<paramref name="acts"/> 0): a list.</summary>
    public bool IsUnlistedList(string normal, int acts)
    {
        var at = normal.LastIndexOf('@');
        return acts == 0 && at > 0 && !_known.Contains(normal)
               && _domains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normal.AsSpan(at + 1));
    }
}
