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
/// Only active when the directory's reach is known (<see cref="DirectoryInfo.KnownAddresses"/> given).
/// </summary>
internal sealed class UnresolvedInternalAddresses
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _domains = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _actors = new(StringComparer.Ordinal);

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

    /// <summary>The rule for this mailbox, or null when the directory's reach or the own domains are unknown.</summary>
    public static UnresolvedInternalAddresses? For(MailboxInput input)
    {
        if (input.Directory.KnownAddresses.Count == 0 || input.Directory.InternalDomains.Count == 0)
        {
            return null;
        }

        var rule = new UnresolvedInternalAddresses(input.Directory);
        var raws = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in input.Messages)
        {
            if (message.From?.Address is { } from)
            {
                raws.Add(from);
            }
        }

        foreach (var meeting in input.Meetings)
        {
            if (meeting.Organizer?.Address is { } organizer)
            {
                raws.Add(organizer);
            }

            foreach (var attendee in meeting.Attendees)
            {
                if ((attendee.Response is ResponseKind.Accepted or ResponseKind.TentativelyAccepted or ResponseKind.Declined)
                    && attendee.Who.Address is { } answered)
                {
                    raws.Add(answered);
                }
            }
        }

        foreach (var raw in raws)
        {
            if (EmailAddresses.Normalize(raw) is { } normal)
            {
                rule._actors.Add(normal);
            }
        }

        return rule;
    }

    /// <summary>True for a normalised own-domain address the directory does not resolve and that never acted: a list.</summary>
    public bool IsUnlistedList(string normal)
    {
        var at = normal.LastIndexOf('@');
        return at > 0 && !_known.Contains(normal) && !_actors.Contains(normal)
               && _domains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normal.AsSpan(at + 1));
    }
}
